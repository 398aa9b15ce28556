import { REVIEW_STATUS_LABELS } from "../domain/review-statuses";
import { describeDecision, describeFields } from "./annotation-fields";
import type { ExportAnnotation } from "./export-types";
import { formatDate, toIsoDateTime } from "./format-dates";
import { safeHttpUrl } from "./safe-url";

/** Body purposes used by Factdesk, all from the Web Annotation motivation list. */
export type W3cPurpose = "tagging" | "assessing" | "describing" | "commenting" | "linking";

/** An embedded text body (W3C model §3.2.4). */
export type W3cTextualBody = { type: "TextualBody"; purpose: W3cPurpose; value: string; format: "text/plain" };

/** A link to an evidence resource (§4), with the date it was consulted as a TimeState (§4.3.1). */
export type W3cEvidenceBody = {
  type: "SpecificResource";
  purpose: "linking";
  source: string;
  state?: { type: "TimeState"; sourceDate: string };
};

/** Any body Factdesk exports. */
export type W3cBody = W3cTextualBody | W3cEvidenceBody;

const text = (purpose: W3cPurpose, value: string): W3cTextualBody => ({ type: "TextualBody", purpose, value, format: "text/plain" });

/** Value of the `tagging` body that marks an annotation not placed in the exported revision. */
export const W3C_NOT_PLACED_TAG = "not-placed";

/**
 * The bodies that say an annotation is not placed in revision `revision` (orphaned, or its
 * positions no longer hold its quote): a `tagging` body `not-placed` for software and a
 * `commenting` body for people. Its target then has a TextQuoteSelector only.
 */
export function buildNotPlacedBodies(revision: number): W3cTextualBody[] {
  return [text("tagging", W3C_NOT_PLACED_TAG), text("commenting", `Not placed in the current revision (${revision}): the quoted text was not found where it was annotated, so no position is given.`)];
}

/**
 * The bodies of one annotation, in a fixed order:
 * - the kind as a `tagging` body (value `claim` | `quote` | `allegation`);
 * - one body per kind field, `Label: value`; the verdict's purpose is `assessing`, the others `describing`;
 * - the review status (`describing`, only when the export includes every status) and the reviewer's decision;
 * - the note (`commenting`);
 * - per evidence item a `linking` SpecificResource (http(s) URLs only) with its access date as a
 *   TimeState, and a `describing` body with its title and excerpt when it has them.
 */
export function buildW3cBodies(annotation: ExportAnnotation, includeStatus: boolean): W3cBody[] {
  const bodies: W3cBody[] = [text("tagging", annotation.kind)];
  for (const line of describeFields(annotation)) {
    bodies.push(text(line.key === "verdict" ? "assessing" : "describing", `${line.label}: ${line.value}`));
  }
  if (includeStatus) bodies.push(text("describing", `Review status: ${REVIEW_STATUS_LABELS[annotation.status] ?? annotation.status}`));
  const decision = describeDecision(annotation);
  if (decision) bodies.push(text("describing", decision));
  if (annotation.note) bodies.push(text("commenting", annotation.note));
  for (const item of annotation.evidence) {
    const url = safeHttpUrl(item.url);
    if (url) {
      const body: W3cEvidenceBody = { type: "SpecificResource", purpose: "linking", source: url };
      const sourceDate = toIsoDateTime(item.accessedOn);
      if (sourceDate) body.state = { type: "TimeState", sourceDate };
      bodies.push(body);
    }
    if (item.title || item.excerpt || !url) {
      const words = [item.title, item.excerpt ? `“${item.excerpt}”` : ""].filter(Boolean).join(" — ");
      const accessed = item.accessedOn ? ` (accessed ${formatDate(item.accessedOn)})` : "";
      bodies.push(text("describing", `Evidence: ${words ? `${words} ` : ""}<${item.url}>${accessed}`));
    }
  }
  return bodies;
}
