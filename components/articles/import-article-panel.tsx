/**
 * PLACEHOLDER — article import (.docx, Markdown/HTML file, URL) is built separately and will
 * replace this panel. It is shown beside the paste form on /articles/new; when import lands it
 * can become a third body source of `NewArticleForm` (see BODY_SOURCES there).
 */
export function ImportArticlePanel() {
  return (
    <section
      aria-labelledby="import-article-heading"
      data-testid="import-article-placeholder"
      className="rounded-lg border border-dashed border-[var(--color-line)] bg-white p-5"
    >
      <h2 id="import-article-heading" className="text-base font-semibold">
        Import
      </h2>
      <p className="mt-2 text-sm text-[var(--color-muted)]">Import from .docx, Markdown/HTML file or URL — coming with article import.</p>
    </section>
  );
}
