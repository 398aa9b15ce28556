import { describe, expect, it } from "vitest";
import { describeCorrection } from "./correction-lines";
import { URDU_REPORT } from "./report-words";

const base = { at: "2026-12-01T10:00:00.000Z", note: "New figures from the bureau.", by: { id: "u", name: "Sana Malik" }, rationaleBefore: "a", rationaleAfter: "a" };

describe("describeCorrection", () => {
  it("says what changed, when and by whom, with the note apart", () => {
    expect(describeCorrection({ ...base, verdictBefore: "false", verdictAfter: "misleading" })).toEqual({
      head: "2026-12-01 · Verdict: False → Misleading · by Sana Malik",
      note: "New figures from the bureau.",
    });
  });

  it("mentions a changed rationale without repeating it", () => {
    expect(describeCorrection({ ...base, verdictBefore: "false", verdictAfter: "false", rationaleAfter: "b" }).head).toBe("2026-12-01 · rationale changed · by Sana Malik");
  });

  it("is worded in the report's language", () => {
    expect(describeCorrection({ ...base, verdictBefore: "false", verdictAfter: "misleading", rationaleAfter: "b" }, URDU_REPORT).head).toBe(
      "2026-12-01 · فیصلہ: غلط ← گمراہ کن · وجہ بدلی گئی · از Sana Malik",
    );
  });
});
