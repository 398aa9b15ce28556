import { z } from "./zod";
import { VERDICTS } from "../domain/verdicts";

/** Field limits shared by the forms, the API and the database checks. */
export const LIMITS = {
  name: 200,
  shortText: 300,
  longText: 5000,
  url: 2048,
  evidenceItems: 30,
} as const;

const trimmed = (max: number) => z.string().trim().max(max, `Must be at most ${max} characters`);
const requiredName = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(LIMITS.name, `Must be at most ${LIMITS.name} characters`);

/** A calendar date as `YYYY-MM-DD` (or empty for none). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2024-06-22")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "Not a real date");

const optionalDate = z
  .union([isoDateSchema, z.literal("").transform(() => null), z.null()])
  .optional()
  .transform((v) => v ?? null);

export const httpUrlSchema = z
  .string()
  .trim()
  .max(LIMITS.url, `Must be at most ${LIMITS.url} characters`)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, "Must be an http(s) URL");

export const evidenceSchema = z.strictObject({
  url: httpUrlSchema,
  title: trimmed(LIMITS.shortText).default(""),
  excerpt: trimmed(LIMITS.longText).default(""),
  accessedOn: optionalDate,
});
export type EvidenceInput = z.infer<typeof evidenceSchema>;

export const claimFieldsSchema = z.strictObject({
  claimant: requiredName("Claimant"),
  verdict: z.enum(VERDICTS, { error: `Verdict must be one of: ${VERDICTS.join(", ")}` }).default("unverified"),
  rationale: trimmed(LIMITS.longText).default(""),
});

export const quoteFieldsSchema = z.strictObject({
  speaker: requiredName("Speaker"),
  saidWhere: trimmed(LIMITS.shortText).default(""),
  saidOn: optionalDate,
  wordingVerified: z.boolean().default(false),
});

export const allegationFieldsSchema = z
  .strictObject({
    allegedBy: requiredName("Alleged by"),
    allegedAgainst: requiredName("Alleged against"),
    rightOfReplySought: z.boolean().default(false),
    rightOfReplySoughtOn: optionalDate,
  })
  .refine((v) => v.rightOfReplySought || !v.rightOfReplySoughtOn, {
    path: ["rightOfReplySoughtOn"],
    message: "A date is only given when right of reply was sought",
  });

export type ClaimFields = z.infer<typeof claimFieldsSchema>;
export type QuoteFields = z.infer<typeof quoteFieldsSchema>;
export type AllegationFields = z.infer<typeof allegationFieldsSchema>;

const common = {
  note: trimmed(LIMITS.longText).default(""),
  evidence: z.array(evidenceSchema).max(LIMITS.evidenceItems, `At most ${LIMITS.evidenceItems} evidence items`).default([]),
};

/**
 * The content of an annotation (not its place in the text): kind, the kind's own fields, a note
 * and evidence. A field that belongs to another kind is refused (strict objects).
 */
export const annotationContentSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("claim"), fields: claimFieldsSchema, ...common }),
    z.strictObject({ kind: z.literal("quote"), fields: quoteFieldsSchema, ...common }),
    z.strictObject({ kind: z.literal("allegation"), fields: allegationFieldsSchema, ...common }),
  ],
  { error: "kind must be one of: claim, quote, allegation" },
);
export type AnnotationContent = z.infer<typeof annotationContentSchema>;
export type AnnotationContentInput = z.input<typeof annotationContentSchema>;
export type AnnotationFields = AnnotationContent["fields"];
