/** Escaping for text and attribute values in the HTML report; every user string goes through it. */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const SPECIAL = /[&<>"']/g;
const HAS_SPECIAL = /[&<>"']/;

/** `value` safe inside element content and inside quoted attribute values. */
export function escapeHtml(value: string): string {
  return HAS_SPECIAL.test(value) ? value.replace(SPECIAL, (char) => ENTITIES[char]) : value;
}

/** Escaped text with line breaks kept as `<br>`. */
export function escapeMultiline(value: string): string {
  return escapeHtml(value).replace(/\r?\n/g, "<br>");
}
