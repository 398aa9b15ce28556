import { AppLink } from "@/components/ui/app-link";
import { KIND_LABELS } from "@/lib/domain/annotation-kinds";
import { REVIEW_STATUS_LABELS } from "@/lib/domain/review-statuses";
import { describeReanchorSummary } from "@/lib/revisions/summary-text";
import type { ReanchoredAnnotationDto, SaveRevisionDto } from "@/lib/dto/revision-dto";

type Saved = Extract<SaveRevisionDto, { created: true }>;

const REASONS: Record<string, string> = {
  deleted: "its text was deleted",
  rewritten: "its text was rewritten beyond recognition",
  ambiguous: "its text now appears in several places",
  "weak-context": "its text appears elsewhere, in a different context",
  "low-confidence": "no place matched it closely enough",
  "not-found": "its text is not in the article",
};

function Quote({ children, tone }: { children: string; tone?: "old" | "new" }) {
  const style = tone === "old" ? "bg-rose-50 text-rose-900 line-through decoration-rose-400" : tone === "new" ? "bg-emerald-50 text-emerald-900" : "";
  return (
    <q dir="auto" className={`rounded px-0.5 font-serif ${style}`}>
      {children}
    </q>
  );
}

function ChangedItem({ a }: { a: ReanchoredAnnotationDto }) {
  return (
    <li className="space-y-1" data-testid="reanchor-changed" data-annotation-id={a.id}>
      <p>
        <span className="font-semibold">{KIND_LABELS[a.kind]}</span>{" "}
        <span className="text-xs text-[var(--color-muted)]">
          {a.previousStatus !== a.status ? `${REVIEW_STATUS_LABELS[a.previousStatus]} → ${REVIEW_STATUS_LABELS[a.status]}` : REVIEW_STATUS_LABELS[a.status]}
        </span>
      </p>
      <p className="text-sm">
        Was <Quote tone="old">{a.previousExact ?? ""}</Quote>
      </p>
      <p className="text-sm">
        Now <Quote tone="new">{a.exact}</Quote>
      </p>
    </li>
  );
}

function OrphanedItem({ a }: { a: ReanchoredAnnotationDto }) {
  return (
    <li className="space-y-1" data-testid="reanchor-orphaned" data-annotation-id={a.id}>
      <p>
        <span className="font-semibold">{KIND_LABELS[a.kind]}</span>{" "}
        <span className="text-xs text-[var(--color-muted)]">
          {a.previousStatus !== a.status ? `${REVIEW_STATUS_LABELS[a.previousStatus]} → ${REVIEW_STATUS_LABELS[a.status]}` : REVIEW_STATUS_LABELS[a.status]}
          {a.reason && REASONS[a.reason] ? ` · ${REASONS[a.reason]}` : ""}
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
  return (
    <section
      aria-labelledby="revision-saved-heading"
      data-testid="reanchor-summary"
      className={`rounded-lg border p-4 text-sm ${attention ? "border-amber-300 bg-amber-50" : "border-emerald-300 bg-emerald-50"}`}
      role="status"
    >
      <h2 id="revision-saved-heading" className="font-semibold">
        Revision {saved.revision.number} saved: {describeReanchorSummary(saved.summary)}.
      </h2>
      {changed.length > 0 && (
        <div className="mt-3">
          <h3 className="font-medium">
            Changed: the text under these was edited. They follow it
            {changed.some((a) => a.status === "needs_rereview" && a.previousStatus !== "needs_rereview") ? "; approved ones go back to the review queue" : ""}.
          </h3>
          <ul className="mt-2 space-y-3">
            {changed.map((a) => (
              <ChangedItem key={a.id} a={a} />
            ))}
          </ul>
        </div>
      )}
      {orphaned.length > 0 && (
        <div className="mt-3">
          <h3 className="font-medium">
            Orphaned: these could not be placed on the new text. They are kept; re-attach or delete them on the article page
            {orphaned.some((a) => a.previousStatus === "approved") ? " (approved ones go back to review)" : ""}.
          </h3>
          <ul className="mt-2 space-y-3">
            {orphaned.map((a) => (
              <OrphanedItem key={a.id} a={a} />
            ))}
          </ul>
        </div>
      )}
      <p className="mt-3 flex flex-wrap gap-4">
        <AppLink href={`/articles/${articleId}`}>Open the article</AppLink>
        <AppLink href={`/articles/${articleId}/revisions/${saved.revision.number}`}>See what changed in revision {saved.revision.number}</AppLink>
      </p>
    </section>
  );
}
