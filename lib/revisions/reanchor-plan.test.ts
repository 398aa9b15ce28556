import { describe, expect, it } from "vitest";
import { describeSpan } from "../anchoring/selectors";
import type { AnchorState, ReviewStatus } from "../domain/review-statuses";
import { planReanchor, type PlanAnnotation } from "./reanchor-plan";
import { sameArticleBody } from "./same-body";
import { describeReanchorSummary } from "./summary-text";

const OLD = [
  "The minister opened the new bridge on Monday.",
  "Both remain neighbors and brothers and have a lot in common, including a strong desire for regional peace.",
  "Exports grew by twelve per cent last year, the ministry said in a statement.",
  "Officials did not respond to requests for comment before publication.",
].join("\n");

let counter = 0;
function annotation(text: string, quote: string, extra: Partial<PlanAnnotation> = {}, revisionId = "r1"): PlanAnnotation {
  const at = Array.from(text).join("").indexOf(quote);
  if (at < 0) throw new Error(`not in text: ${quote}`);
  const start = Array.from(text.slice(0, at)).length;
  const { position, quote: q } = describeSpan(text, start, start + Array.from(quote).length);
  counter += 1;
  return {
    id: `a${counter}`,
    revisionId,
    status: "draft" as ReviewStatus,
    anchorState: "anchored" as AnchorState,
    start: position.start,
    end: position.end,
    exact: q.exact,
    prefix: q.prefix,
    suffix: q.suffix,
    previousExact: null,
    ...extra,
  };
}

const texts = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe("planReanchor", () => {
  it("sorts annotations into moved, changed, orphaned and unchanged, with the row updates", () => {
    const quote = annotation(OLD, "Both remain neighbors and brothers and have a lot in common", { status: "approved" });
    const claim = annotation(OLD, "Exports grew by twelve per cent last year", { status: "approved" });
    const gone = annotation(OLD, "Officials did not respond to requests for comment", { status: "submitted" });
    const first = annotation(OLD, "The minister", { status: "draft" });
    const newText = OLD.replace("Both remain", "A new paragraph was added here.\nBoth remain")
      .replace("twelve per cent", "eleven per cent")
      .replace("\nOfficials did not respond to requests for comment before publication.", "");
    // Keep the first sentence's context identical so it is "unchanged" with only its revision moving.
    const plan = planReanchor({ newText, oldTexts: texts({ r1: OLD }), annotations: [quote, claim, gone, first] });

    expect(plan.summary).toEqual({ unchanged: 1, moved: 1, changed: 1, orphaned: 1, stillOrphaned: 0, needsRereview: 1 });
    const [q, c, g, f] = plan.annotations;

    expect(q.result).toBe("moved");
    expect(q.update).toMatchObject({ toNewRevision: true, status: "approved", anchorState: "anchored", bumpVersion: false, previousExact: null });
    expect(newText.slice(q.update!.start, q.update!.end)).toBe(quote.exact);
    expect(q.audited).toBe(true);

    expect(c.result).toBe("changed");
    expect(c.update).toMatchObject({ toNewRevision: true, status: "needs_rereview", anchorState: "changed", previousExact: claim.exact, bumpVersion: true });
    expect(c.update!.exact).toBe("Exports grew by eleven per cent last year");
    expect(c.before.status).toBe("approved");

    expect(g.result).toBe("orphaned");
    expect(g.reason).toBe("deleted");
    expect(g.update).toMatchObject({ toNewRevision: false, anchorState: "orphaned", previousExact: gone.exact, status: "submitted", start: gone.start, end: gone.end, bumpVersion: true });

    expect(f.result).toBe("unchanged");
    expect(f.update).toMatchObject({ toNewRevision: true, bumpVersion: false, revisionOnly: true });
    expect(f.audited).toBe(false);
  });

  it("only sends approved annotations to re-review; other statuses keep theirs when the text changes", () => {
    const statuses: ReviewStatus[] = ["draft", "submitted", "changes_requested", "rejected", "needs_rereview"];
    const annotations = statuses.map((status) => annotation(OLD, "Exports grew by twelve per cent last year", { status }));
    const plan = planReanchor({ newText: OLD.replace("twelve", "eleven"), oldTexts: texts({ r1: OLD }), annotations });
    expect(plan.annotations.map((p) => [p.result, p.after.status])).toEqual(statuses.map((status) => ["changed", status]));
    expect(plan.summary.needsRereview).toBe(0);
  });

  it("never attaches an annotation whose text is gone to an identical twin elsewhere", () => {
    const text = "The minister said it was fine.\nLater, the minister said it was fine.";
    const twin = annotation(text, "the minister said it was fine", {}, "r1");
    const newText = "The minister said it was fine.\nLater, nothing more was said.";
    const plan = planReanchor({ newText, oldTexts: texts({ r1: text }), annotations: [twin] });
    expect(plan.annotations[0].result).toBe("orphaned");
  });

  it("keeps an orphan orphaned, writing nothing, unless its exact quote is back exactly once", () => {
    const orphan: PlanAnnotation = { ...annotation(OLD, "Officials did not respond"), anchorState: "orphaned", previousExact: "Officials did not respond", revisionId: "r1" };
    const without = OLD.replace("Officials did not respond", "Nobody answered");
    const stays = planReanchor({ newText: without, oldTexts: texts({ r2: without }), annotations: [orphan] });
    expect(stays.annotations[0]).toMatchObject({ result: "orphaned", stillOrphaned: true, update: null, audited: false });
    expect(stays.summary).toMatchObject({ orphaned: 0, stillOrphaned: 1 });

    const twice = `${OLD}\nOfficials did not respond again.`;
    expect(planReanchor({ newText: twice, oldTexts: texts({}), annotations: [orphan] }).annotations[0].stillOrphaned).toBe(true);

    const back = `Officials did not respond, a spokesman said.\n${without}`;
    const restored = planReanchor({ newText: back, oldTexts: texts({}), annotations: [orphan] }).annotations[0];
    expect(restored).toMatchObject({ result: "moved", restored: true, audited: true });
    expect(restored.update).toMatchObject({ toNewRevision: true, anchorState: "anchored", previousExact: null, start: 0, end: 25, bumpVersion: true });
  });

  it("sends an approved annotation whose text is deleted to re-review (never published as approved)", () => {
    const approved = annotation(OLD, "Officials did not respond to requests for comment", { status: "approved" });
    const newText = OLD.replace("\nOfficials did not respond to requests for comment before publication.", "");
    const plan = planReanchor({ newText, oldTexts: texts({ r1: OLD }), annotations: [approved] });
    expect(plan.annotations[0]).toMatchObject({ result: "orphaned", before: { status: "approved" }, after: { status: "needs_rereview", anchorState: "orphaned" } });
    expect(plan.annotations[0].update).toMatchObject({ status: "needs_rereview", anchorState: "orphaned", bumpVersion: true });
  });

  it("keeps a rejected orphan rejected", () => {
    const rejected = annotation(OLD, "Officials did not respond to requests for comment", { status: "rejected" });
    const newText = OLD.replace("\nOfficials did not respond to requests for comment before publication.", "");
    expect(planReanchor({ newText, oldTexts: texts({ r1: OLD }), annotations: [rejected] }).annotations[0].after.status).toBe("rejected");
  });

  it("sends a restored orphan that was still approved to re-review", () => {
    const orphan: PlanAnnotation = { ...annotation(OLD, "Officials did not respond"), status: "approved", anchorState: "orphaned", previousExact: "Officials did not respond" };
    const restored = planReanchor({ newText: `Officials did not respond, a spokesman said.`, oldTexts: texts({}), annotations: [orphan] }).annotations[0];
    expect(restored).toMatchObject({ restored: true, after: { status: "needs_rereview", anchorState: "anchored" } });
  });

  it("re-anchors each annotation from the text of its own revision", () => {
    const r1 = "Alpha beta gamma delta.";
    const r2 = "Zeta. Alpha beta gamma delta.";
    const onR1 = annotation(r1, "beta gamma", {}, "r1");
    const onR2 = annotation(r2, "Zeta", {}, "r2");
    const newText = "Intro. Zeta. Alpha beta gamma delta.";
    const plan = planReanchor({ newText, oldTexts: texts({ r1, r2 }), annotations: [onR1, onR2] });
    expect(plan.annotations.map((p) => [p.result, newText.slice(p.after.start, p.after.end)])).toEqual([
      ["moved", "beta gamma"],
      ["moved", "Zeta"],
    ]);
  });

  it("counts positions in code points (emoji before the quote)", () => {
    const text = "Ok.\nThe 👍🏽 minister said yes.";
    const a = annotation(text, "minister said yes");
    const newText = "Ok 🇵🇰.\nThe 👍🏽 minister said yes.";
    const p = planReanchor({ newText, oldTexts: texts({ r1: text }), annotations: [a] }).annotations[0];
    expect(p.result).toBe("moved");
    expect(Array.from(newText).slice(p.after.start, p.after.end).join("")).toBe("minister said yes");
  });
});

describe("describeReanchorSummary", () => {
  const zero = { unchanged: 0, moved: 0, changed: 0, orphaned: 0, stillOrphaned: 0, needsRereview: 0 };
  it("reads like the editor expects", () => {
    expect(describeReanchorSummary({ ...zero, moved: 1, changed: 1, needsRereview: 1, orphaned: 1, unchanged: 3 })).toBe("1 moved, 1 changed (now needs re-review), 1 orphaned, 3 unchanged");
    expect(describeReanchorSummary({ ...zero, changed: 3, needsRereview: 1 })).toBe("3 changed (1 now needs re-review)");
    expect(describeReanchorSummary({ ...zero, changed: 2, needsRereview: 2, stillOrphaned: 1 })).toBe("2 changed (now need re-review), 1 still orphaned");
    expect(describeReanchorSummary(zero)).toBe("no annotations to re-anchor");
  });
});

describe("sameArticleBody", () => {
  const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Hello" }] }] };
  it("ignores key order and implicit default attributes, not formatting", () => {
    const reordered = { content: [{ content: [{ text: "Hello", type: "text" }], type: "paragraph" }], type: "doc" };
    expect(sameArticleBody({ text: "Hello", doc }, { text: "Hello", doc: reordered })).toBe(true);
    const bold = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Hello", marks: [{ type: "bold" }] }] }] };
    expect(sameArticleBody({ text: "Hello", doc }, { text: "Hello", doc: bold })).toBe(false);
    expect(sameArticleBody({ text: "Hello", doc }, { text: "Hallo", doc })).toBe(false);
  });
});
