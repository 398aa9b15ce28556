import { useTranslations } from "next-intl";

/** Every key of the article page, in one place: selecting, tagging, moving and reviewing. */
export function KeyboardHelp({ canDecide }: { canDecide: boolean }) {
  const t = useTranslations("article.keyboard");
  return (
    <details className="mb-3 text-xs text-[var(--color-muted)]" data-testid="keyboard-help">
      <summary className="inline-flex min-h-6 cursor-pointer items-center font-medium text-[var(--color-ink)]">{t("title")}</summary>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt>
          <kbd>Tab</kbd>
        </dt>
        <dd>{t("caret")}</dd>
        <dt>
          <kbd>.</kbd>
        </dt>
        <dd>{t("sentence")}</dd>
        <dt>
          <kbd>,</kbd>
        </dt>
        <dd>{t("previousSentence")}</dd>
        <dt>
          <kbd>+</kbd> <kbd>-</kbd>
        </dt>
        <dd>{t("extend")}</dd>
        <dt>
          <kbd>W</kbd> <kbd>B</kbd>
        </dt>
        <dd>{t("word")}</dd>
        <dt>
          <kbd>)</kbd> <kbd>(</kbd>
        </dt>
        <dd>{t("moveSentence")}</dd>
        <dt>{t.rich("shiftArrows", { kbd: (chunks) => <kbd>{chunks}</kbd> })}</dt>
        <dd>{t("character")}</dd>
        <dt>
          <kbd>C</kbd> <kbd>Q</kbd> <kbd>A</kbd>
        </dt>
        <dd>{t("tag")}</dd>
        <dt>
          <kbd>Enter</kbd>
        </dt>
        <dd>{t("enter")}</dd>
        <dt>
          <kbd>Esc</kbd>
        </dt>
        <dd>{t("escape")}</dd>
        <dt>
          <kbd>J</kbd> <kbd>K</kbd>
        </dt>
        <dd>{t("annotation")}</dd>
        {canDecide && (
          <>
            <dt>
              <kbd>A</kbd> <kbd>R</kbd> <kbd>S</kbd>
            </dt>
            <dd>{t("decide")}</dd>
          </>
        )}
        <dt>
          <kbd>]</kbd> <kbd>[</kbd>
        </dt>
        <dd>{t("suggestion")}</dd>
      </dl>
    </details>
  );
}
