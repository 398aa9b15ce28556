import { codePointLength } from "../anchoring/code-points";
import type { ExportAnnotation, ExportInput } from "./export-types";

/**
 * Hand-made export inputs for the tests: an English article with nested, overlapping and
 * paragraph-crossing annotations in every status and hostile strings; an Urdu/emoji article; an
 * article without annotations.
 */

type Spec = Partial<Omit<ExportAnnotation, "kind" | "fields">> & Pick<ExportAnnotation, "kind" | "fields"> & { quote: string; occurrence?: number };

const PERSON = { id: "u-ed", name: "Erin Editor" };
const REVIEWER = { id: "u-rev", name: "Ravi Reviewer" };

/** Builds an annotation on `text` at the `occurrence`-th match of `quote`, with code point selectors. */
export function annotate(text: string, id: string, spec: Spec): ExportAnnotation {
  let at = -1;
  for (let n = 0; n <= (spec.occurrence ?? 0); n++) at = text.indexOf(spec.quote, at + 1);
  if (at < 0) throw new Error(`quote not in text: ${spec.quote}`);
  const start = codePointLength(text.slice(0, at));
  const end = start + codePointLength(spec.quote);
  const before = Array.from(text.slice(0, at));
  const after = Array.from(text.slice(at + spec.quote.length));
  const { quote: _quote, occurrence: _occurrence, ...rest } = spec;
  return {
    id,
    status: "approved",
    anchorState: "anchored",
    start,
    end,
    exact: spec.quote,
    prefix: before.slice(-32).join(""),
    suffix: after.slice(0, 32).join(""),
    note: "",
    evidence: [],
    author: PERSON,
    reviewer: REVIEWER,
    decidedAt: "2024-06-22T10:00:00.000Z",
    createdAt: `2024-06-20T09:00:${String(id.length).padStart(2, "0")}.000Z`,
    updatedAt: "2024-06-21T09:00:00.000Z",
    ...rest,
  } as ExportAnnotation;
}

const CONTEXT = {
  baseUrl: "https://factdesk.example.org/",
  organisation: { name: "Example Fact Desk", url: "https://factdesk.example.org" },
  generatedAt: "2024-06-23T08:30:00.000Z",
  includeAll: false,
};

/** English paragraphs, one per line. */
export const ENGLISH_TEXT = [
  'Ministers met in Doha on Tuesday to discuss the ceasefire. "We have agreed on a framework," said the foreign minister, Amina Khalid.',
  "The opposition leader claimed that unemployment had doubled since 2020, a figure the statistics office disputes.",
  "Critics accused the contractor, Northwind Ltd, of inflating invoices by 40%, an allegation the company denies.",
  '=SUM(A1) was typed by a prankster, and <script>alert(1)</script> appears in the text & "quotes".',
].join("\n");

/** An article with every kind, status and overlap shape the renderers must handle. */
export function englishInput(includeAll = false): ExportInput {
  const t = ENGLISH_TEXT;
  const evidence = [
    { url: "https://stats.example.gov/labour/2024", title: "Labour force survey 2024", excerpt: "Unemployment rose from 6.1% to 7.0%.", accessedOn: "2024-06-21" },
    { url: "javascript:alert(1)", title: '<img src=x onerror="alert(1)">', excerpt: "", accessedOn: null },
  ];
  const annotations: ExportAnnotation[] = [
    annotate(t, "a-quote", {
      kind: "quote",
      quote: '"We have agreed on a framework,"',
      fields: { speaker: "Amina Khalid", saidWhere: "Press conference, Doha", saidOn: "2024-06-18", wordingVerified: true },
    }),
    annotate(t, "a-unemployment", {
      kind: "claim",
      quote: "unemployment had doubled since 2020",
      note: "Checked against the survey.",
      evidence,
      fields: { claimant: "Opposition leader", verdict: "false", rationale: "It rose by 15%, it did not double." },
    }),
    annotate(t, "a-doubled", {
      kind: "claim",
      status: "submitted",
      reviewer: null,
      decidedAt: null,
      quote: "doubled",
      fields: { claimant: "Opposition leader", verdict: "unverified", rationale: "" },
    }),
    annotate(t, "a-accused", {
      kind: "allegation",
      quote: "accused the contractor, Northwind Ltd, of inflating invoices by 40%",
      fields: { allegedBy: "Critics", allegedAgainst: "Northwind Ltd", rightOfReplySought: true, rightOfReplySoughtOn: "2024-06-19" },
    }),
    annotate(t, "a-invoices", {
      kind: "claim",
      quote: "invoices by 40%, an allegation the company denies",
      fields: { claimant: "Critics", verdict: "unsubstantiated", rationale: "No documents were produced." },
    }),
    annotate(t, "a-crossing", {
      kind: "claim",
      status: "draft",
      reviewer: null,
      decidedAt: null,
      quote: "a figure the statistics office disputes.\nCritics accused",
      fields: { claimant: "Statistics office", verdict: "mostly_true", rationale: "" },
    }),
    annotate(t, "a-script", {
      kind: "claim",
      quote: "<script>alert(1)</script>",
      note: '=HYPERLINK("http://evil.example","click")',
      fields: { claimant: "=cmd|' /C calc'!A0", verdict: "misleading", rationale: '-2+3, "quoted", and a line\nbreak' },
    }),
    annotate(t, "a-rejected", {
      kind: "allegation",
      status: "rejected",
      quote: "the company denies",
      fields: { allegedBy: "Northwind Ltd", allegedAgainst: "Critics", rightOfReplySought: false, rightOfReplySoughtOn: null },
    }),
    {
      ...annotate(t, "a-orphan", { kind: "quote", quote: "Ministers met", fields: { speaker: "Unknown", saidWhere: "", saidOn: null, wordingVerified: false } }),
      anchorState: "orphaned",
      exact: "a sentence that was since removed",
    },
  ];
  return {
    article: {
      id: "art-1",
      title: 'Doha meeting: "framework" agreed <b>?</b>',
      outlet: "The Daily Example",
      byline: "Sam Writer & Jo Reporter",
      url: "https://news.example.com/world/doha-meeting?id=1&lang=en",
      publishedOn: "2024-06-20",
      revision: { number: 3, createdAt: "2024-06-21T12:00:00.000Z" },
      text: t,
    },
    annotations,
    context: { ...CONTEXT, includeAll },
  };
}

/** Urdu, emoji (surrogate pairs and ZWJ sequences) and a combining mark. */
export const URDU_TEXT = ["وزیر اعظم نے کہا کہ مہنگائی 😀 کم ہو گئی ہے۔", "Prices rose 🎉 by 12% in Karachi, Cafe\u0301 owners 👩‍👩‍👧 said.", "", "پاکستان میں بجلی کی قیمتیں دوگنی ہو گئیں۔"].join("\n");

/** A non-Latin article whose positions differ in code points and UTF-16 units. */
export function urduInput(includeAll = false): ExportInput {
  const t = URDU_TEXT;
  return {
    article: {
      id: "art-ur",
      title: "مہنگائی پر وزیر اعظم کا بیان 😀",
      outlet: "روزنامہ مثال",
      byline: "علی رضا",
      url: "https://ur.example.com/خبریں/1",
      publishedOn: "2024-05-01",
      revision: { number: 1, createdAt: "2024-05-01T08:00:00.000Z" },
      text: t,
    },
    annotations: [
      annotate(t, "u-inflation", { kind: "claim", quote: "مہنگائی 😀 کم ہو گئی ہے", fields: { claimant: "وزیر اعظم", verdict: "false", rationale: "ادارہ شماریات کے مطابق مہنگائی بڑھی ہے۔" } }),
      annotate(t, "u-emoji", { kind: "quote", quote: "😀", fields: { speaker: "وزیر اعظم", saidWhere: "", saidOn: null, wordingVerified: false } }),
      annotate(t, "u-prices", { kind: "claim", quote: "🎉 by 12%", fields: { claimant: "Officials", verdict: "true", rationale: "" } }),
      annotate(t, "u-cafe", { kind: "quote", quote: "Cafe\u0301 owners 👩‍👩‍👧", fields: { speaker: "Café owners", saidWhere: "Karachi", saidOn: "2024-04-30", wordingVerified: true } }),
      annotate(t, "u-power", { kind: "allegation", quote: "بجلی کی قیمتیں دوگنی", fields: { allegedBy: "اپوزیشن", allegedAgainst: "حکومت", rightOfReplySought: false, rightOfReplySoughtOn: null } }),
    ],
    context: { ...CONTEXT, includeAll },
  };
}

/** An article nobody has annotated yet. */
export function emptyInput(includeAll = false): ExportInput {
  return {
    article: {
      id: "art-empty",
      title: "Quiet day",
      outlet: "",
      byline: "",
      url: "",
      publishedOn: null,
      revision: { number: 1, createdAt: "2024-06-01T00:00:00.000Z" },
      text: "Nothing happened.\nStill nothing.",
    },
    annotations: [],
    context: { ...CONTEXT, includeAll },
  };
}

/** Text in scripts the report's fonts do not cover (CJK, Hebrew, Thai) beside emoji and Latin. */
export const SCRIPTS_TEXT = ["The mayor said 北京 会议 in 2024 was a success 👍🏽 and ✅.", "Signs read שלום and สวัสดี at the border; 日本語のテキスト too."].join("\n");

/** A report with emoji and uncovered scripts, including inside a claim with a verdict. */
export function scriptsInput(): ExportInput {
  const t = SCRIPTS_TEXT;
  return {
    article: { id: "art-scripts", title: "Scripts 🌍 北京", outlet: "", byline: "", url: "", publishedOn: null, revision: { number: 2, createdAt: "2024-06-01T00:00:00.000Z" }, text: t },
    annotations: [
      annotate(t, "s-meeting", { kind: "claim", quote: "北京 会议 in 2024 was a success 👍🏽", fields: { claimant: "The mayor", verdict: "misleading", rationale: "" } }),
      annotate(t, "s-signs", { kind: "quote", quote: "שלום and สวัสดี", fields: { speaker: "Signs", saidWhere: "", saidOn: null, wordingVerified: true } }),
    ],
    context: { ...CONTEXT, includeAll: false },
  };
}
