import { describe, expect, it } from "vitest";
import { describeSpan } from "@/lib/anchoring/selectors";
import type { AnnotationDto } from "./annotation-dto";
import { packAnnotations, packedAnnotationsFromJson, packedAnnotationsToJson, unpackAnnotations } from "./packed-annotations";

const TEXT = "The minister said 🇵🇰 taxes fell by 3.5% last year.\nوزیر نے کہا کہ ٹیکس کم ہوئے۔\nCritics disagree 😀 on air, and said so twice over the weekend.";
const editor = { id: "u-editor", name: "Nadia" };
const reviewer = { id: "u-reviewer", name: "Omar" };

function annotation(id: string, start: number, end: number, overrides: Partial<AnnotationDto> = {}): AnnotationDto {
  const quote = end <= Array.from(TEXT).length ? describeSpan(TEXT, start, end).quote : { exact: "", prefix: "", suffix: "" };
  return {
    kind: "claim",
    fields: { claimant: "The minister", verdict: "unverified", rationale: "" },
    id,
    articleId: "art-1",
    status: "draft",
    anchorState: "anchored",
    version: 1,
    revision: 2,
    start,
    end,
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    previousExact: null,
    note: "",
    evidence: [],
    author: editor,
    lastEditedBy: editor,
    lastDecision: null,
    reusedFrom: null,
    createdAt: "2026-03-14T09:01:30.123Z",
    updatedAt: "2026-03-14T09:01:30.123Z",
    ...overrides,
  } as AnnotationDto;
}

const roundTrip = (annotations: AnnotationDto[]) => unpackAnnotations(JSON.parse(JSON.stringify(packAnnotations("art-1", TEXT, annotations))));

describe("packAnnotations / unpackAnnotations", () => {
  it("gives back the same DTOs, key for key, for every kind", () => {
    const annotations = [
      annotation("a", 0, 17),
      annotation("b", 18, 30, {
        kind: "quote",
        fields: { speaker: "وزیر", saidWhere: "Radio", saidOn: "2026-03-01", wordingVerified: true },
        status: "approved",
        lastDecision: { id: "d1", action: "approve", reason: "", by: reviewer, at: "2026-03-15T10:00:00.000Z" },
        updatedAt: "2026-03-15T10:00:00.000Z",
      }),
      annotation("c", 60, 72, {
        kind: "allegation",
        fields: { allegedBy: "Critics", allegedAgainst: "", rightOfReplySought: false, rightOfReplySoughtOn: null },
        evidence: [{ url: "https://example.org/a", title: "T", excerpt: "", accessedOn: null }],
        lastEditedBy: reviewer,
        note: 'Line "one"\n<two>',
      }),
      annotation("d", 20, 25, { reusedFrom: { annotationId: "x", articleId: "art-0", articleTitle: "Older" } }),
    ];
    expect(JSON.stringify(roundTrip(annotations))).toBe(JSON.stringify(annotations));
  });

  it("keeps quotes and context that are not the text's (changed, orphaned, offsets past the end)", () => {
    const changed = annotation("changed", 5, 12, { anchorState: "changed", exact: "minister", prefix: "Old ", suffix: " old", previousExact: "ministers" });
    const orphan = annotation("orphan", 400, 420, { anchorState: "orphaned", exact: "gone text", prefix: "", suffix: "" });
    const packed = packAnnotations("art-1", TEXT, [changed, orphan]);
    expect(packed.rows[0].slice(9, 12)).toEqual(["minister", "Old ", " old"]);
    expect(packed.rows[1].slice(9, 12)).toEqual(["gone text", "", ""]);
    expect(packed.text).toBeNull();
    expect(JSON.stringify(unpackAnnotations(packed))).toBe(JSON.stringify([changed, orphan]));
  });

  it("counts offsets in code points (flags and emoji are one or two code points, never half)", () => {
    const flag = TEXT.indexOf("🇵🇰");
    const start = Array.from(TEXT.slice(0, flag)).length;
    const around = annotation("flag", start, start + 2);
    expect(around.exact).toBe("🇵🇰");
    const packed = packAnnotations("art-1", TEXT, [around]);
    expect(packed.rows[0][9]).toBeNull();
    expect(unpackAnnotations(packed)[0].exact).toBe("🇵🇰");
  });

  it("sends each person once and no text when there are no annotations", () => {
    const packed = packAnnotations("art-1", TEXT, [annotation("a", 0, 3), annotation("b", 4, 8, { lastEditedBy: reviewer })]);
    expect(packed.people).toEqual([
      ["u-editor", "Nadia"],
      ["u-reviewer", "Omar"],
    ]);
    expect(packAnnotations("art-1", TEXT, [])).toEqual({ articleId: "art-1", text: null, people: [], rows: [] });
  });

  it("is much smaller than the DTOs' JSON", () => {
    const many = Array.from({ length: 200 }, (_, i) => annotation(`id-${String(i).padStart(20, "0")}`, i % 40, (i % 40) + 8));
    const packedSize = JSON.stringify(packAnnotations("art-1", TEXT, many)).length;
    expect(packedSize).toBeLessThan(JSON.stringify(many).length / 3);
  });

  it("refuses an annotation of another article", () => {
    expect(() => packAnnotations("art-2", TEXT, [annotation("a", 0, 3)])).toThrow(/not of article art-2/);
  });

  it("travels as one JSON text and comes back the same (quotes, newlines and Urdu included)", () => {
    const annotations = [annotation("a", 0, 17, { note: 'Line "one"\n<two> \u2028 وزیر' }), annotation("b", 18, 30)];
    const packed = packAnnotations("art-1", TEXT, annotations);
    const json = packedAnnotationsToJson(packed);
    expect(typeof json).toBe("string");
    expect(packedAnnotationsFromJson(json)).toEqual(packed);
    expect(JSON.stringify(unpackAnnotations(packedAnnotationsFromJson(json)))).toBe(JSON.stringify(annotations));
  });

  it("refuses a text that is not packed annotations", () => {
    expect(() => packedAnnotationsFromJson("{}")).toThrow(/not packed annotations/);
    expect(() => packedAnnotationsFromJson("[1,2]")).toThrow(/not packed annotations/);
  });
});
