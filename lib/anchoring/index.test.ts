import { describe, expect, it } from "vitest";
import * as anchoring from "./index";

describe("public API", () => {
  it("exports the functions and constants other modules use", () => {
    for (const name of [
      "codePointLength",
      "codePointSlice",
      "createCodePointIndex",
      "createTextModel",
      "documentToText",
      "describeSpan",
      "checkSpan",
      "findQuote",
      "resolveAnchor",
      "reanchorAnnotations",
      "isCosmeticChange",
      "diffTexts",
    ]) {
      expect(typeof (anchoring as Record<string, unknown>)[name], name).toBe("function");
    }
    expect(anchoring.CONTEXT_LENGTH).toBe(32);
    expect(anchoring.ACCEPTANCE.fuzzyThreshold).toBe(0.7);
    expect(new anchoring.InvalidSpanError("empty", "x").problem).toBe("empty");
  });

  it("round-trips a document through text, selectors and re-anchoring", () => {
    const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
    const doc = { type: "doc", content: [paragraph("First paragraph 😀."), paragraph("Second paragraph with a claim.")] };
    const model = anchoring.createTextModel(doc);
    const start = model.text.indexOf("a claim") - 1;
    const selectors = anchoring.describeSpan(model.index, start, start + 7);
    expect(selectors.quote.exact).toBe("a claim");
    const from = model.offsetToPos(start);
    expect(model.posToOffset(from)).toBe(start);
    const [result] = anchoring.reanchorAnnotations(model.text, "New lead.\n" + model.text, [selectors]);
    expect(result).toMatchObject({ status: "moved", start: start + 10 });
  });
});
