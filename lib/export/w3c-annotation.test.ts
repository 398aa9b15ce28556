import { describe, expect, it } from "vitest";
import { createCodePointIndex } from "../anchoring/code-points";
import type { ExportInput } from "./export-types";
import { emptyInput, ENGLISH_TEXT, englishInput, urduInput } from "./sample-input.test-helper";
import {
  buildW3cAnnotationCollection,
  serialiseW3cAnnotations,
  W3C_ANNOTATION_CONTENT_TYPE,
  W3C_ANNOTATION_CONTEXT,
  type W3cAnnotation,
  type W3cTextPositionSelector,
  type W3cTextQuoteSelector,
} from "./w3c-annotation";
import { failedW3cMusts, runW3cTestList } from "./w3c-conformance.test-helper";

const items = (input: ExportInput): W3cAnnotation[] => buildW3cAnnotationCollection(input).first?.items ?? [];
const position = (item: W3cAnnotation) => item.target.selector.find((s): s is W3cTextPositionSelector => s.type === "TextPositionSelector");
const quote = (item: W3cAnnotation) => item.target.selector.find((s): s is W3cTextQuoteSelector => s.type === "TextQuoteSelector")!;
const INPUTS: [string, ExportInput][] = [
  ["English, approved", englishInput(false)],
  ["English, all", englishInput(true)],
  ["Urdu and emoji", urduInput(true)],
];

describe("W3C collection", () => {
  it("exports the content type with the anno.jsonld profile", () => {
    expect(W3C_ANNOTATION_CONTENT_TYPE).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
  });

  it("is an AnnotationCollection with total and one embedded first page (approved ones that are placed)", () => {
    const collection = buildW3cAnnotationCollection(englishInput());
    expect(collection["@context"]).toBe(W3C_ANNOTATION_CONTEXT);
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.id).toBe("https://factdesk.example.org/api/articles/art-1/export?format=w3c");
    expect(collection.label).toContain("Doha meeting");
    expect(collection.label).toContain("revision 3");
    expect(collection.total).toBe(5);
    expect(collection.first?.type).toBe("AnnotationPage");
    expect(collection.first?.partOf).toEqual({ id: collection.id, total: 5 });
    expect(collection.first?.startIndex).toBe(0);
    expect(collection.first?.items).toHaveLength(5);
    expect(collection.last).toBe(collection.first?.id);
  });

  it("includes only approved annotations unless includeAll", () => {
    expect(items(englishInput(false)).map((a) => a.id.split("/").pop())).toEqual(["a-quote", "a-unemployment", "a-accused", "a-invoices", "a-script"]);
    expect(items(englishInput(true))).toHaveLength(9);
    expect(buildW3cAnnotationCollection(englishInput(true)).id).toContain("scope=all");
  });

  it("orders items in document order: start, then the longer first", () => {
    const starts = items(englishInput(true))
      .filter(position)
      .map((a) => position(a)!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const ids = items(englishInput(true)).map((a) => a.id.split("/").pop());
    expect(ids.indexOf("a-unemployment")).toBeLessThan(ids.indexOf("a-doubled"));
    expect(ids.at(-1)).toBe("a-orphan");
  });

  it("has no page for an empty collection", () => {
    const collection = buildW3cAnnotationCollection(emptyInput());
    expect(collection.total).toBe(0);
    expect(collection.first).toBeUndefined();
    expect(JSON.parse(serialiseW3cAnnotations(emptyInput())).total).toBe(0);
  });
});

describe("W3C annotation", () => {
  const [quoteItem, claim] = items(englishInput());

  it("has ids, dates, creator and generator", () => {
    expect(claim.id).toBe("https://factdesk.example.org/api/annotations/a-unemployment");
    expect(claim.type).toBe("Annotation");
    expect(claim.created).toBe("2024-06-20T09:00:14.000Z");
    expect(claim.modified).toBe("2024-06-21T09:00:00.000Z");
    expect(claim.creator).toEqual({ id: "https://factdesk.example.org/users/u-ed", type: "Person", name: "Erin Editor" });
    expect(claim.generator.name).toBe("Factdesk");
    expect(claim.generated).toBe("2024-06-23T08:30:00.000Z");
  });

  it("motivates claims with a verdict as assessing and the rest as classifying", () => {
    expect(claim.motivation).toBe("assessing");
    expect(quoteItem.motivation).toBe("classifying");
    const doubled = items(englishInput(true)).find((a) => a.id.endsWith("a-doubled"))!;
    expect(doubled.motivation).toBe("classifying");
  });

  it("tags the kind and writes fields, note and evidence as bodies", () => {
    expect(claim.body[0]).toEqual({ type: "TextualBody", purpose: "tagging", value: "claim", format: "text/plain" });
    const values = claim.body.map((b) => ("value" in b ? `${b.purpose}|${b.value}` : `${b.purpose}|${b.source}`));
    expect(values).toContain("describing|Claimant: Opposition leader");
    expect(values).toContain("assessing|Verdict: False");
    expect(values).toContain("describing|Rationale: It rose by 15%, it did not double.");
    expect(values).toContain("describing|Reviewed by Ravi Reviewer on 2024-06-22");
    expect(values).toContain("commenting|Checked against the survey.");
    expect(values).toContain("linking|https://stats.example.gov/labour/2024");
    expect(values.some((v) => v.startsWith("describing|Evidence: Labour force survey 2024 — “Unemployment"))).toBe(true);
    expect(claim.body.find((b) => b.type === "SpecificResource")).toMatchObject({ state: { type: "TimeState", sourceDate: "2024-06-21T00:00:00.000Z" } });
  });

  it("never links a javascript: evidence URL, but keeps it as text", () => {
    expect(claim.body.filter((b) => b.type === "SpecificResource")).toHaveLength(1);
    expect(JSON.stringify(claim.body)).toContain("<javascript:alert(1)>");
  });

  it("shows the review status only when every status is exported", () => {
    expect(JSON.stringify(items(englishInput(false)))).not.toContain("Review status");
    const doubled = items(englishInput(true)).find((a) => a.id.endsWith("a-doubled"))!;
    expect(doubled.body).toContainEqual({ type: "TextualBody", purpose: "describing", value: "Review status: Submitted", format: "text/plain" });
  });

  it("targets the article URL with quote and position selectors", () => {
    expect(claim.target.source).toBe("https://news.example.com/world/doha-meeting?id=1&lang=en");
    expect(quote(claim)).toEqual({ type: "TextQuoteSelector", exact: "unemployment had doubled since 2020", prefix: expect.any(String), suffix: expect.any(String) });
    const start = ENGLISH_TEXT.indexOf("unemployment had doubled");
    expect(position(claim)).toEqual({ type: "TextPositionSelector", start, end: start + 35 });
  });

  it("falls back to the Factdesk article page when the article has no URL", () => {
    const input = englishInput();
    input.article.url = "";
    expect(items(input)[0].target.source).toBe("https://factdesk.example.org/articles/art-1");
  });

  it("gives an orphaned annotation its quote but no position", () => {
    const orphan = items(englishInput(true)).find((a) => a.id.endsWith("a-orphan"))!;
    expect(position(orphan)).toBeUndefined();
    expect(quote(orphan).exact).toBe("a sentence that was since removed");
  });
});

describe("W3C conformance of our export", () => {
  it.each(INPUTS)("every annotation passes all MUST assertions (%s)", (_name, input) => {
    const exported = items(input);
    expect(exported.length).toBeGreaterThan(0);
    for (const item of exported) expect(failedW3cMusts(item), item.id).toEqual([]);
  });

  it("passes the optional assertions it implements", () => {
    const claim = items(englishInput())[1];
    const passing = (list: "annotationOptionals" | "annotationsAgentOptionals") =>
      runW3cTestList(list, claim)
        .filter((r) => r.passed)
        .map((r) => r.assertion.split("/").pop());
    const optionals = passing("annotationOptionals");
    for (const name of [
      "3.3.1-annotationCreatedImplemented.json",
      "3.3.1-annotationModifiedImplemented.json",
      "3.3.1-annotationGeneratedImplemented.json",
      "3.3.5-annotationMotivationImplemented.json",
      "3.3.5-annotationSingleMotivationImplemented.json",
      "3.1-bodyKeyFound.json",
      "3.3.5-bodyPurpose.json",
      "4.2.4-textQuoteSelector.json",
      "4.2.4-prefix.json",
      "4.2.4-suffix.json",
      "4.2.5-textPositionSelector.json",
      "4.3.1-timeState.json",
    ]) {
      expect(optionals).toContain(name);
    }
    const agents = passing("annotationsAgentOptionals");
    for (const name of ["3.3.2-annotationCreatorAgentIdImplemented.json", "3.3.2-annotationCreatorAgentTypeImplemented.json", "3.3.2-annotationCreatorAgentNameImplemented.json"]) {
      expect(agents).toContain(name);
    }
  });
});

describe("W3C round trip", () => {
  it.each(INPUTS)("positions applied to the exported text give back each exact quote (%s)", (_name, input) => {
    const text = input.article.text;
    const index = createCodePointIndex(text);
    const placed = items(input).filter(position);
    expect(placed.length).toBeGreaterThan(0);
    for (const item of placed) {
      const { start, end } = position(item)!;
      expect(index.slice(start, end)).toBe(quote(item).exact);
      expect(Array.from(text).slice(start, end).join("")).toBe(quote(item).exact);
    }
  });

  it("counts code points, not UTF-16 units, after emoji", () => {
    const input = urduInput();
    const prices = items(input).find((a) => a.id.endsWith("u-prices"))!;
    const utf16 = input.article.text.indexOf("🎉");
    expect(position(prices)!.start).toBe(Array.from(input.article.text.slice(0, utf16)).length);
    expect(position(prices)!.start).toBe(utf16 - 1);
    const family = items(input).find((a) => a.id.endsWith("u-cafe"))!;
    expect(position(family)!.end - position(family)!.start).toBe(Array.from("Cafe\u0301 owners 👩‍👩‍👧").length);
  });

  it("survives serialisation unchanged", () => {
    const input = urduInput(true);
    expect(JSON.parse(serialiseW3cAnnotations(input))).toEqual(JSON.parse(JSON.stringify(buildW3cAnnotationCollection(input))));
  });
});
