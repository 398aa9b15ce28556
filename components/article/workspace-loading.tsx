import { useTranslations } from "next-intl";

/** Stands in for the article workspace while its annotations are still on their way (streamed after the page's header). */
export function WorkspaceLoading() {
  const t = useTranslations("article.workspace");
  return (
    <div role="status" aria-live="polite" className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]" data-testid="workspace-loading">
      <div className="min-h-[60vh] animate-pulse rounded-lg bg-gray-100">
        <span className="sr-only">{t("loading")}</span>
      </div>
      <div aria-hidden className="hidden min-h-[40vh] animate-pulse rounded-lg bg-gray-100 lg:block" />
    </div>
  );
}
