"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { EXPORT_FORMATS, type ExportFormat, type ExportScope } from "@/lib/export/export-formats";

type Props = { articleId: string };

/** The downloads, in menu order; each is `GET /api/articles/{id}/export?format=…`. */
const MENU_ORDER: readonly ExportFormat[] = ["pdf", "html", "w3c", "claimreview", "csv"];
const DOWNLOADS = MENU_ORDER.map((id) => EXPORT_FORMATS.find((format) => format.id === id)!);

const SCOPES: readonly ExportScope[] = ["approved", "all"];

const itemClass = "block rounded px-2 py-1.5 text-sm no-underline hover:bg-gray-100 focus-visible:bg-gray-100";

/**
 * "Export" on the article page: a disclosure panel with the scope (approved only, the default, or
 * every annotation with its status) and a link per format. The HTML report opens printable in a
 * new tab; the others download from the export API. Escape or a click elsewhere closes it.
 */
export function ExportMenu({ articleId }: Props) {
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<ExportScope>("approved");
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const t = useTranslations("article.export");

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const id = encodeURIComponent(articleId);
  const query = scope === "all" ? "&scope=all" : "";
  const reportHref = `/articles/${id}/report${scope === "all" ? "?scope=all" : ""}`;

  return (
    <div
      ref={rootRef}
      className="relative"
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="rounded-md border border-[var(--color-line)] bg-white px-3 py-1.5 text-sm hover:bg-gray-50"
      >
        {t("button")} <span aria-hidden="true">▾</span>
      </button>
      <div
        id={panelId}
        hidden={!open}
        role="region"
        aria-label={t("button")}
        data-testid="export-menu"
        className="absolute end-0 top-full z-30 mt-1 w-72 max-w-[calc(100vw-2rem)] space-y-3 rounded-lg border border-[var(--color-line)] bg-white p-3 shadow-lg"
      >
        <fieldset>
          <legend className="mb-1 text-xs font-semibold uppercase tracking-wide text-[var(--color-muted)]">{t("scope")}</legend>
          {SCOPES.map((option) => (
            <label key={option} className="flex items-center gap-2 py-0.5 text-sm">
              <input type="radio" name={`${panelId}-scope`} value={option} checked={scope === option} onChange={() => setScope(option)} />
              {t(`scopes.${option}`)}
            </label>
          ))}
        </fieldset>
        <ul className="space-y-0.5" aria-label={t("formats")}>
          <li>
            <a href={reportHref} target="_blank" rel="noopener" className={itemClass}>
              {t("report")} <span className="text-xs text-[var(--color-muted)]">{t("reportHint")}</span>
            </a>
          </li>
          {DOWNLOADS.map((item) => (
            <li key={item.id}>
              <a href={`/api/articles/${id}/export?format=${item.id}${query}`} download className={itemClass}>
                {t(`format.${item.id}`)}
              </a>
            </li>
          ))}
        </ul>
        <p className="text-xs text-[var(--color-muted)]">{t("claimReviewNote")}</p>
      </div>
    </div>
  );
}
