/** Every key of the article page, in one place: selecting, tagging, moving and reviewing. */
export function KeyboardHelp({ canDecide }: { canDecide: boolean }) {
  return (
    <details className="mb-3 text-xs text-[var(--color-muted)]" data-testid="keyboard-help">
      <summary className="inline-flex min-h-6 cursor-pointer items-center font-medium text-[var(--color-ink)]">Keyboard shortcuts</summary>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt>
          <kbd>Tab</kbd>
        </dt>
        <dd>Put the caret in the article text (click it, or Tab to it)</dd>
        <dt>
          <kbd>.</kbd>
        </dt>
        <dd>Select the sentence at the caret; press again for the next sentence</dd>
        <dt>
          <kbd>,</kbd>
        </dt>
        <dd>Select the previous sentence</dd>
        <dt>
          <kbd>+</kbd> <kbd>-</kbd>
        </dt>
        <dd>Extend or shrink the selection by a word</dd>
        <dt>
          <kbd>W</kbd> <kbd>B</kbd>
        </dt>
        <dd>Move the caret to the next or previous word</dd>
        <dt>
          <kbd>)</kbd> <kbd>(</kbd>
        </dt>
        <dd>Move the caret to the next or previous sentence</dd>
        <dt>
          <kbd>Shift</kbd> + arrows
        </dt>
        <dd>Select character by character</dd>
        <dt>
          <kbd>C</kbd> <kbd>Q</kbd> <kbd>A</kbd>
        </dt>
        <dd>Tag the selection as a claim, a quote or an allegation</dd>
        <dt>
          <kbd>Enter</kbd>
        </dt>
        <dd>On highlighted text: open its annotation, or list every annotation there</dd>
        <dt>
          <kbd>Esc</kbd>
        </dt>
        <dd>Clear the selection; in the form, close it (asking first if you typed something)</dd>
        <dt>
          <kbd>J</kbd> <kbd>K</kbd>
        </dt>
        <dd>Next or previous annotation</dd>
        {canDecide && (
          <>
            <dt>
              <kbd>A</kbd> <kbd>R</kbd> <kbd>S</kbd>
            </dt>
            <dd>Approve, reject or send back the selected annotation (with nothing selected in the text)</dd>
          </>
        )}
        <dt>
          <kbd>]</kbd> <kbd>[</kbd>
        </dt>
        <dd>Next or previous suggestion; Enter opens it, Delete dismisses it</dd>
      </dl>
    </details>
  );
}
