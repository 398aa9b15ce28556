import type { z } from "zod";

/** Field problems keyed by dotted path (`fields.speaker`, `evidence.0.url`); the first per path wins. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "input";
    if (issue.code === "unrecognized_keys") {
      for (const field of issue.keys) {
        const path = key === "input" ? field : `${key}.${field}`;
        errors[path] ??= `Unknown field "${field}"`;
      }
      continue;
    }
    errors[key] ??= issue.message;
  }
  return errors;
}

/** One sentence naming every field that failed, for API error bodies and logs. */
export function describeFieldErrors(fieldErrors: Record<string, string>): string {
  return Object.entries(fieldErrors)
    .map(([field, message]) => `${field}: ${message}`)
    .join("; ");
}
