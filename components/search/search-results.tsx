import { AppLink } from "@/components/ui/app-link";
import { Badge } from "@/components/ui/badge";
import { useTranslations } from "next-intl";
import type { SearchGroupDto, SearchHitDto } from "@/lib/dto/search-dto";
import type { SnippetPart } from "@/lib/search/snippet";

/** A snippet with its hits marked (text only: nothing in it is HTML). */
export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <span dir="auto">
      {parts.map((part, i) =>
        part.hit ? (
          <mark key={i} className="rounded bg-amber-200 px-0.5 text-[var(--color-ink)]">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  );
}

function HitItem({ hit }: { hit: SearchHitDto }) {
  const annotation = hit.annotation;
  const t = useTranslations("search.results");
  const kinds = useTranslations("kinds");
  const verdicts = useTranslations("verdicts");
  const statuses = useTranslations("reviewStatuses");
  return (
    <li>
      <AppLink href={hit.href} className="block rounded-md px-3 py-2 no-underline hover:bg-gray-50 focus:bg-amber-50 focus:outline-2" data-testid="search-hit">
        <span className="mb-1 flex flex-wrap items-center gap-2 text-xs text-[var(--color-muted)]">
          <span className="font-medium">{t(`source.${hit.source}`)}</span>
          {annotation && <Badge>{kinds(annotation.kind)}</Badge>}
          {annotation && <Badge>{statuses(annotation.status)}</Badge>}
          {annotation?.verdict && annotation.kind === "claim" && <Badge>{verdicts(annotation.verdict)}</Badge>}
          {annotation && <span>{t("by", { name: annotation.authorName })}</span>}
        </span>
        <span className="block text-sm text-[var(--color-ink)]">
          <Snippet parts={hit.snippet} />
        </span>
      </AppLink>
    </li>
  );
}

/** Search results grouped by article, best first; each hit opens its annotation or passage. */
export function SearchResults({ groups }: { groups: readonly SearchGroupDto[] }) {
  const t = useTranslations("search.results");
  return (
    <ol className="space-y-4" aria-label={t("label")}>
      {groups.map((group) => (
        <li key={group.article.id} className="rounded-lg border border-[var(--color-line)] bg-white p-3" data-testid="search-group">
          <h2 className="px-3 text-base font-semibold" dir="auto">
            <AppLink href={`/articles/${group.article.id}`}>{group.article.title}</AppLink>
          </h2>
          <p className="px-3 text-xs text-[var(--color-muted)]">
            {[group.article.outlet, t("matches", { count: group.totalHits })].filter(Boolean).join(" · ")}
            {group.totalHits > group.hits.length ? ` ${t("bestShown", { count: group.hits.length })}` : ""}
          </p>
          <ul className="mt-2 space-y-1">
            {group.hits.map((hit) => (
              <HitItem key={`${hit.source}-${hit.href}-${hit.snippet.map((p) => p.text).join("")}`} hit={hit} />
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
