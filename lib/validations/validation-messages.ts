/**
 * The field problems a form can show, as message keys. The schemas and use cases word them in
 * English (what the API answers); the interface shows them in the reader's language by looking the
 * English wording up here: `{name}` parts are the message's arguments. Pure: no framework.
 */

/** Key (under `validation.` in messages/<locale>.json) → the English wording it translates. */
export const VALIDATION_MESSAGES = {
  titleRequired: "Title is required",
  nameRequired: "Name is required",
  claimantRequired: "Claimant is required",
  speakerRequired: "Speaker is required",
  allegedByRequired: "Alleged by is required",
  allegedAgainstRequired: "Alleged against is required",
  required: "Required",
  tooLong: "Must be at most {max} characters",
  nameTooLong: "Name must be at most {max} characters",
  correctionNoteTooLong: "The correction note must be at most {max} characters",
  dateFormat: "Use a date like 2024-06-22",
  notARealDate: "Not a real date",
  httpUrl: "Must be an http(s) URL",
  replyDateWithoutReply: "A date is only given when right of reply was sought",
  verdictChoice: "Verdict must be one of: {choices}",
  correctionNoteRequired: "Write a correction note: readers will see why the verdict changed",
  commentRequired: "Write a comment",
  rejectReason: "Give a reason for the rejection.",
  changesReason: "Say what needs to change.",
  reopenReason: "Give a reason for reopening this annotation.",
  emailInvalid: "Enter a valid e-mail address",
  emailTooLong: "E-mail is too long",
  emailTaken: "A user with this e-mail already exists",
  passwordTooShort: "Use at least {min} characters",
  passwordTooLong: "Use at most {max} characters",
  currentPasswordRequired: "Enter your current password",
  currentPasswordWrong: "The current password is not right",
  passwordsDiffer: "The passwords don't match",
  passwordUnchanged: "Choose a password different from the current one",
  tokenNameRequired: "Give the token a name",
  urlRequired: "Enter a web address",
  urlTooLong: "This web address is too long",
  fullUrl: "Enter a full web address starting with http:// or https://.",
  pasteText: "Paste some text",
  pasteHtml: "Paste some HTML",
  dashboardDay: "{field} must be a date written YYYY-MM-DD, e.g. 2026-11-01",
  dashboardOrder: "to ({to}) must be on or after from ({from})",
  dashboardTooLong: "The range can cover at most {max} days; {from} to {to} is {days} days",
  reusePickAnother: "Pick another decided claim",
  searchEmpty: "Type something to search for.",
  searchTooLong: "The search is too long: keep it under {max} characters.",
  searchNoWords: "The search has no words or numbers to look for.",
  searchDay: "{field} must be a date like 2026-12-01",
  chooseImport: "Choose a file or enter a web address",
  fileEmpty: "This file is empty.",
} as const;

/** A key of {@link VALIDATION_MESSAGES}. */
export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES;

/** A field problem as a message key and its arguments, ready for translation. */
export type ValidationMessage = { key: ValidationMessageKey; values: Record<string, string> };

type Matcher = { key: ValidationMessageKey; pattern: RegExp; names: string[] };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const MATCHERS: Matcher[] = (Object.entries(VALIDATION_MESSAGES) as [ValidationMessageKey, string][]).map(([key, template]) => {
  const names: string[] = [];
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!name) return escapeRegExp(part);
      names.push(name);
      return "(.+?)";
    })
    .join("");
  return { key, pattern: new RegExp(`^${source}$`), names };
});

/**
 * The key and arguments of an English field problem (`"Must be at most 300 characters"` →
 * `{ key: "tooLong", values: { max: "300" } }`); null when it is not one the interface knows.
 */
export function validationMessageOf(message: string): ValidationMessage | null {
  const text = message.trim();
  for (const { key, pattern, names } of MATCHERS) {
    const match = pattern.exec(text);
    if (match) return { key, values: Object.fromEntries(names.map((name, i) => [name, match[i + 1]])) };
  }
  return null;
}
