import { describe, expect, it } from "vitest";
import type { z } from "zod";
import en from "../../messages/en.json";
import ur from "../../messages/ur.json";
import { icuArguments } from "../i18n/message-catalogue";
import { annotationContentSchema } from "./annotation";
import { articleMetadataSchema } from "./article";
import { correctionNoteSchema } from "./correction";
import { parseDashboardQuery } from "./dashboard";
import { commentBodySchema, REASON_REQUIRED_MESSAGES } from "./review";
import { importUrlSchema, pastedBodySchema } from "./revision";
import { createAdminSchema, newPasswordSchema } from "./user";
import { VALIDATION_MESSAGES, validationMessageOf } from "./validation-messages";

const messagesOf = (result: { success: boolean; error?: z.ZodError }) => (result.error?.issues ?? []).map((issue) => issue.message);

describe("validationMessageOf", () => {
  it("finds a fixed message", () => {
    expect(validationMessageOf("Title is required")).toEqual({ key: "titleRequired", values: {} });
  });
  it("reads the arguments of a message with numbers in it", () => {
    expect(validationMessageOf("Must be at most 300 characters")).toEqual({ key: "tooLong", values: { max: "300" } });
    expect(validationMessageOf("The range can cover at most 366 days; 2025-01-01 to 2026-03-01 is 425 days")).toEqual({
      key: "dashboardTooLong",
      values: { max: "366", from: "2025-01-01", to: "2026-03-01", days: "425" },
    });
  });
  it("answers null for wording it does not know, and does not match a message inside a longer one", () => {
    expect(validationMessageOf("Something else entirely")).toBeNull();
    expect(validationMessageOf("Title is required, and more")).toBeNull();
  });
});

describe("every problem the forms can show has a key", () => {
  const known = (messages: string[]) => messages.filter((message) => validationMessageOf(message) === null);

  it("the tagging form's fields, evidence and dates", () => {
    const tooLong = "x".repeat(6000);
    const failures = [
      annotationContentSchema.safeParse({ kind: "claim", fields: { claimant: "", rationale: tooLong }, note: tooLong, evidence: [{ url: "ftp://x", accessedOn: "2024-13-45" }] }),
      annotationContentSchema.safeParse({ kind: "quote", fields: { speaker: " ", saidOn: "yesterday" }, note: "", evidence: [] }),
      annotationContentSchema.safeParse({ kind: "allegation", fields: { allegedBy: "", allegedAgainst: "", rightOfReplySoughtOn: "2024-06-22" }, note: "", evidence: [] }),
    ];
    const messages = failures.flatMap(messagesOf);
    expect(messages.length).toBeGreaterThan(5);
    expect(known(messages)).toEqual([]);
  });
  it("the article, comment, correction, import and password forms", () => {
    const messages = [
      articleMetadataSchema.safeParse({ title: "", outlet: "x".repeat(201), url: "javascript:alert(1)", publishedOn: "2024-02-31" }),
      commentBodySchema.safeParse(" "),
      correctionNoteSchema.safeParse(""),
      importUrlSchema.safeParse({ url: "" }),
      pastedBodySchema.safeParse({ text: "" }),
      createAdminSchema.safeParse({ email: "not an address", name: "", password: "short" }),
      newPasswordSchema.safeParse({ currentPassword: "", newPassword: "long enough password", confirmPassword: "other" }),
    ].flatMap(messagesOf);
    expect(messages.length).toBeGreaterThan(8);
    expect(known([...messages, ...Object.values(REASON_REQUIRED_MESSAGES)])).toEqual([]);
  });
  it("the dashboard's range", () => {
    for (const input of [{ from: "2026-13-01" }, { from: "2026-02-01", to: "2026-01-01" }, { from: "2020-01-01", to: "2026-01-01" }]) {
      const parsed = parseDashboardQuery(input, "2026-06-01");
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(known(Object.values(parsed.fieldErrors))).toEqual([]);
    }
  });
});

describe("the message files", () => {
  const validation = { en: en.validation as Record<string, string>, ur: ur.validation as Record<string, string> };
  it("translate every key, with the template's arguments", () => {
    for (const [key, template] of Object.entries(VALIDATION_MESSAGES)) {
      for (const language of ["en", "ur"] as const) {
        expect(validation[language][key], `${language}: validation.${key}`).toBeTruthy();
        expect(icuArguments(validation[language][key]), `${language}: validation.${key}`).toEqual(icuArguments(template));
      }
    }
  });
  it("word each message in English as the schemas do", () => {
    for (const [key, template] of Object.entries(VALIDATION_MESSAGES)) expect(validation.en[key]).toBe(template);
  });
});
