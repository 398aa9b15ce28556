import JSON5 from "json5";
import { describe, expect, it } from "vitest";
import { englishInput } from "./sample-input.test-helper";
import { buildW3cAnnotationCollection, buildW3cAnnotationPage } from "./w3c-annotation";
import { failedW3cMusts, listAssertions, readW3cSample, runW3cTestList } from "./w3c-conformance.test-helper";

const MUST_PASS = [...Array.from({ length: 10 }, (_, i) => `anno${i + 1}.json`), ...Array.from({ length: 27 }, (_, i) => `anno${i + 14}.json`), "anno41-example44.json"];

/** The README's must-fail table: sample → a MUST assertion that catches its defect. */
const MUST_FAIL: [string, string][] = [
  ["incorrect/anno2.json", "annotations/3.1-annotationContextValidated.json"],
  ["incorrect/anno3.json", "annotations/3.1-annotationContextValidated.json"],
  ["incorrect/anno4.json", "annotations/3.1-annotationContextValidated.json"],
  ["incorrect/anno5.json", "annotations/3.1-annotationContextValidated.json"],
  ["incorrect/anno6.json", "annotations/3.1-annotationIdValidated.json"],
  ["incorrect/anno8.json", "annotations/3.1-annotationTypeValidated.json"],
  ["incorrect/anno9.json", "annotations/3.1-annotationTypeValidated.json"],
  ["incorrect/anno10.json", "annotations/3.1-targetKeyFound.json"],
  ["incorrect/anno19.json", "annotations/3.2.5-notBodyBodyValue.json"],
  ["incorrect/anno28.json", "annotations/3.3.1-annotationCreatedValidated.json"],
  ["incorrect/anno34.json", "annotations/3.3.6-annotationRightsValidated.json"],
  ["incorrect/anno38.json", "annotations/specificResource/4.2-fragmentCssXPathSelectorValid.json"],
  ["incorrect/anno39.json", "annotations/specificResource/4.2-fragmentCssXPathSelectorValid.json"],
  ["correct/anno11.json", "annotations/3.2-targetObjectsRecognized.json"],
  ["correct/anno12.json", "annotations/3.2-targetObjectsRecognized.json"],
  ["correct/anno13.json", "annotations/3.2-targetObjectsRecognized.json"],
];

describe("W3C Web Annotation conformance runner", () => {
  it("lists the 54 MUST assertions", () => {
    expect(listAssertions("annotationMusts")).toHaveLength(54);
  });

  it.each(MUST_PASS)("correct/%s meets every MUST", (sample) => {
    expect(failedW3cMusts(readW3cSample(`correct/${sample}`))).toEqual([]);
  });

  it.each(MUST_FAIL)("%s fails %s", (sample, assertion) => {
    expect(failedW3cMusts(readW3cSample(sample, JSON5.parse))).toContain(assertion);
  });

  it("fails every incorrect sample that parses (JSON5)", () => {
    const numbers = Array.from({ length: 38 }, (_, i) => i + 2);
    for (const n of numbers) {
      expect(failedW3cMusts(readW3cSample(`incorrect/anno${n}.json`, JSON5.parse)).length, `anno${n}`).toBeGreaterThan(0);
    }
  });

  it("runs the SHOULD/MAY lists without errors", () => {
    const sample = readW3cSample("correct/anno41-example44.json");
    expect(runW3cTestList("annotationOptionals", sample).length).toBeGreaterThan(50);
    expect(runW3cTestList("annotationsAgentOptionals", sample).length).toBeGreaterThan(10);
  });
});

describe("Factdesk's W3C export against the suite", () => {
  const input = englishInput(true);
  const pageSize = 2;
  const pages = Array.from({ length: Math.ceil(buildW3cAnnotationCollection(input, { pageSize }).total / pageSize) }, (_, i) => buildW3cAnnotationPage(input, i + 1, { pageSize })!);

  it("every annotation of every page meets every MUST on its own", () => {
    expect(pages.flatMap((page) => page.items)).toHaveLength(9);
    for (const item of pages.flatMap((page) => page.items)) expect(failedW3cMusts(JSON.parse(JSON.stringify(item))), item.id).toEqual([]);
  });

  it("an annotation not placed meets every MUST and still has a TextQuoteSelector, without a TextPositionSelector", () => {
    const orphan = pages.flatMap((page) => page.items).find((item) => item.id.endsWith("/a-orphan"))!;
    expect(failedW3cMusts(orphan)).toEqual([]);
    const optional = Object.fromEntries(runW3cTestList("annotationOptionals", orphan).map((r) => [r.assertion.split("/").pop(), r.passed]));
    expect(optional["4.2.4-textQuoteSelector.json"]).toBe(true);
    expect(optional["3.3.5-bodyPurpose.json"]).toBe(true);
    expect(JSON.stringify(orphan.target)).not.toContain("TextPositionSelector");
  });
});
