import { describe, expect, it } from "vitest";
import { describeDecision, describeEvidence, describeFields } from "./annotation-fields";
import { formatDate, formatDateTime, toIsoDateTime } from "./format-dates";
import { escapeHtml, escapeMultiline } from "./html-escape";
import { summariseReport } from "./report-summary";
import { safeHttpUrl, trimBaseUrl } from "./safe-url";
import { emptyInput, englishInput } from "./sample-input.test-helper";
import { selectAnnotations } from "./select-annotations";

describe("summariseReport", () => {
  it("counts approved annotations by kind, verdict and status", () => {
    const input = englishInput();
    const summary = summariseReport(input, selectAnnotations(input));
    expect(summary.total).toBe(5);
    expect(summary.byKind.map((l) => [l.key, l.count])).toEqual([
      ["claim", 3],
      ["quote", 1],
      ["allegation", 1],
    ]);
    expect(summary.byVerdict.map((l) => [l.label, l.count])).toEqual([
      ["Misleading", 1],
      ["False", 1],
      ["Unsubstantiated", 1],
    ]);
    expect(summary.byStatus).toEqual([{ key: "approved", label: "Approved", count: 5 }]);
    expect(summary.notPlaced).toBe(0);
    expect(summary.scopeLabel).toBe("Approved annotations only");
  });

  it("counts every status with includeAll", () => {
    const input = englishInput(true);
    const summary = summariseReport(input, selectAnnotations(input));
    expect(summary.byStatus.map((l) => l.key)).toEqual(["draft", "submitted", "approved", "rejected"]);
    expect(summary.byVerdict.map((l) => l.key)).toEqual(["unverified", "mostly_true", "misleading", "false", "unsubstantiated"]);
    expect(summary.emptyMessage).toBe("No annotations yet.");
  });

  it("keeps zero kinds and gives an empty message", () => {
    const summary = summariseReport(emptyInput(), []);
    expect(summary.byKind.map((l) => l.count)).toEqual([0, 0, 0]);
    expect(summary.byVerdict).toEqual([]);
    expect(summary.emptyMessage).toBe("No approved annotations yet.");
  });
});

describe("annotation fields", () => {
  const [quote, claim, allegation] = selectAnnotations(englishInput()).map((e) => e.annotation);

  it("describes each kind's fields in a fixed order", () => {
    expect(describeFields(claim).map((l) => `${l.label}: ${l.value}`)).toEqual(["Claimant: Opposition leader", "Verdict: False", "Rationale: It rose by 15%, it did not double."]);
    expect(describeFields(quote).map((l) => l.key)).toEqual(["speaker", "saidWhere", "saidOn", "wordingVerified"]);
    expect(describeFields(allegation).at(-1)).toEqual({ key: "rightOfReplySought", label: "Right of reply sought", value: "Yes, on 2024-06-19" });
  });

  it("leaves out empty optional fields", () => {
    const bare = { ...quote, fields: { speaker: "S", saidWhere: "", saidOn: null, wordingVerified: false } } as typeof quote;
    expect(describeFields(bare).map((l) => `${l.label}: ${l.value}`)).toEqual(["Speaker: S", "Wording verified: No"]);
  });

  it("describes evidence and decisions", () => {
    expect(describeEvidence({ url: "https://x.example", title: "", excerpt: "", accessedOn: null })).toBe("https://x.example");
    expect(describeEvidence({ url: "https://x.example", title: "T", excerpt: "e", accessedOn: "2024-01-02" })).toBe("T <https://x.example> (accessed 2024-01-02)");
    expect(describeDecision(claim)).toBe("Reviewed by Ravi Reviewer on 2024-06-22");
    expect(describeDecision({ ...claim, reviewer: null })).toBe("");
    expect(describeDecision({ ...claim, decidedAt: null })).toBe("Reviewed by Ravi Reviewer");
  });
});

describe("small helpers", () => {
  it("formats dates in UTC whatever the input zone", () => {
    expect(formatDate("2024-06-22T23:30:00-02:00")).toBe("2024-06-23");
    expect(formatDate("2024-06-22")).toBe("2024-06-22");
    expect(formatDate("nonsense")).toBe("");
    expect(formatDate(null)).toBe("");
    expect(formatDateTime("2024-06-22T10:05:59.999Z")).toBe("2024-06-22 10:05 UTC");
    expect(toIsoDateTime("2024-06-22")).toBe("2024-06-22T00:00:00.000Z");
    expect(toIsoDateTime("2024-06-22T12:00:00+02:00")).toBe("2024-06-22T10:00:00.000Z");
    expect(toIsoDateTime("")).toBeNull();
  });

  it("escapes HTML, repeatedly and safely", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    expect(escapeHtml("a&b")).toBe("a&amp;b");
    expect(escapeHtml("b&c")).toBe("b&amp;c");
    expect(escapeHtml("plain مہنگائی 😀")).toBe("plain مہنگائی 😀");
    expect(escapeMultiline("a<\nb\r\nc")).toBe("a&lt;<br>b<br>c");
  });

  it("accepts only absolute http(s) URLs", () => {
    expect(safeHttpUrl("https://example.org/a b")).toBe("https://example.org/a%20b");
    expect(safeHttpUrl(" http://example.org ")).toBe("http://example.org/");
    for (const bad of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "/relative", "example.org", "ftp://x.org", "", null]) {
      expect(safeHttpUrl(bad)).toBeNull();
    }
    expect(trimBaseUrl("https://x.org///")).toBe("https://x.org");
  });
});
