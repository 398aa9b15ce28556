/** How each figure is counted (the same definitions as the API documentation). */
export function DashboardHelp() {
  return (
    <details className="mt-8 rounded-lg border border-[var(--color-line)] bg-white p-4 text-sm">
      <summary className="cursor-pointer font-medium">How these figures are counted</summary>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        <li>
          <strong>Created, submitted, decided</strong> come from the desk&apos;s history of changes, on the day they happened in the desk&apos;s time zone. Every submission counts, so an annotation sent back and
          submitted again counts twice. Decided = approved + rejected + sent back for changes. Deleted annotations still count for what was done before they were deleted.
        </li>
        <li>
          <strong>Time to decision</strong> runs from the latest time the annotation entered review before the decision (its submission, a resubmission, a reopening, or going back to review after an edit or a
          change to the article) to the decision. The median is the middle value; the 90th percentile is the time 9 in 10 decisions took at most.
        </li>
        <li>
          <strong>Open items</strong> are the annotations waiting for a reviewer now (submitted or needing re-review, on articles not deleted), by how long since they last entered review; they do not depend on
          the dates chosen.
        </li>
        <li>
          <strong>Verdicts</strong> are those of claims approved during the dates chosen that are still approved now.
        </li>
        <li>
          <strong>Throughput</strong> is what each person created, submitted and decided during the dates chosen.
        </li>
      </ul>
    </details>
  );
}
