import { useTranslations } from "next-intl";
import { AppLink } from "@/components/ui/app-link";
import { useReanchorSummaryText } from "./use-reanchor-summary";
import type { ReanchoredAnnotationDto, SaveRevisionDto } from "@/lib/dto/revision-dto";

type Saved = Extract<SaveRevisionDto, { created: true }>;

const REASONS = ["deleted", "rewritten", "ambiguous", "weak-context", "low-confidence", "not-found"];

/** "Approved → Needs re-review", or the one status when it did not move. */
function StatusChange({ a }: { a: ReanchoredAnnotationDto }) {
  const statuses = useTranslations("reviewStatuses");
  return <>{a.previousStatus !== a.status ? `${statuses(a.previousStatus)} → ${statuses(a.status)}` : statuses(a.status)}</>;
}

function Quote({ children, tone }: { children: string; tone?: "old" | "new" }) {
  const style = tone === "old" ? "bg-rose-50 text-rose-900 line-through decoration-rose-400" : tone === "new" ? "bg-emerald-50 text-emerald-900" : "";
  return (
    <q dir="auto" className={`rounded px-0.5 font-serif ${style}`}>
      {children}
    </q>
  );
}

function ChangedItem({ a }: { a: ReanchoredAnnotationDto }) {
  const t = useTranslations("revisions.saved");
  const kinds = useTranslations("kinds");
  return (
    <li className="space-y-1" data-testid="reanchor-changed" data-annotation-id={a.id}>
      <p>
        <span className="font-semibold">{kinds(a.kind)}</span>{" "}
        <span className="text-xs text-[var(--color-muted)]">
          <StatusChange a={a} />
        </span>
      </p>
      <p className="text-sm">
        {t("was")} <Quote tone="old">{a.previousExact ?? ""}</Quote>
      </p>
      <p className="text-sm">
        {t("now")} <Quote tone="new">{a.exact}</Quote>
      </p>
    </li>
  );
}

function OrphanedItem({ a }: { a: ReanchoredAnnotationDto }) {
  const t = useTranslations("revisions.saved");
  const kinds = useTranslations("kinds");
  return (
    <li className="space-y-1" data-testid="reanchor-orphaned" data-annotation-id={a.id}>
      <p>
        <span className="font-semibold">{kinds(a.kind)}</span>{" "}
        <span className="text-xs text-[var(--color-muted)]">
          <StatusChange a={a} />
          {a.reason && REASONS.includes(a.reason) ? ` · ${t(`reason.${a.reason}` as "reason.deleted")}` : ""}
        </span>
      </p>
      <p className="text-sm">
        <Quote>{a.previousExact ?? a.exact}</Quote>
      </p>
    </li>
  );
}

/**
 * What saving a revision did to the annotations: the counts in one sentence, then each changed
 * annotation (old and new text) and each orphaned one (its old quote), with where to act on them.
 */
export function RevisionSavedSummary({ articleId, saved }: { articleId: string; saved: Saved }) {
  const changed = saved.annotations.filter((a) => a.result === "changed");
  const orphaned = saved.annotations.filter((a) => a.result === "orphaned" && !a.stillOrphaned);
  const attention = changed.length + orphaned.length > 0;
  const t = useTranslations("revisions.saved");
  const describeReanchorSummary = useReanchorSummaryText();
  return (
    <section
      aria-labelledby="revision-saved-heading"
      data-testid="reanchor-summary"
      className={`rounded-lg border p-4 text-sm ${attention ? "border-amber-300 bg-amber-50" : "border-emerald-300 bg-emerald-50"}`}
      role="status"
    >
      <h2 id="revision-saved-heading" className="font-semibold">
        {t("heading", { number: saved.revision.number, summary: describeReanchorSummary(saved.summary) })}
      </h2>
      {changed.length > 0 && (
        <div className="mt-3">
          <h3 className="font-medium">{changed.some((a) => a.status === "needs_rereview" && a.previousStatus !== "needs_rereview") ? t("changedRereview") : t("changed")}</h3>
          <ul className="mt-2 space-y-3">
            {changed.map((a) => (
              <ChangedItem key={a.id} a={a} />
            ))}
          </ul>
        </div>
      )}
      {orphaned.length > 0 && (
        <div className="mt-3">
          <h3 className="font-medium">{orphaned.some((a) => a.previousStatus === "approved") ? t("orphanedApproved") : t("orphaned")}</h3>
          <ul className="mt-2 space-y-3">
            {orphaned.map((a) => (
              <OrphanedItem key={a.id} a={a} />
            ))}
          </ul>
        </div>
      )}
      <p className="mt-3 flex flex-wrap gap-4">
        <AppLink href={`/articles/${articleId}`}>{t("open")}</AppLink>
        <AppLink href={`/articles/${articleId}/revisions/${saved.revision.number}`}>{t("seeChanges", { number: saved.revision.number })}</AppLink>
      </p>
    </section>
  );
}
