/**
 * Whether a `Content-Type` declares JSON: `application/json` or a `+json` type such as
 * `application/merge-patch+json`, with no charset or UTF-8 (JSON is UTF-8, RFC 8259 §8.1).
 * Anything else, or no type at all, is not JSON however the body looks.
 */
export function isJsonContentType(contentType: string | null): boolean {
  if (!contentType) return false;
  const [essence, ...parameters] = contentType.split(";").map((part) => part.trim().toLowerCase());
  if (essence !== "application/json" && !/^application\/[a-z0-9!#$&^_.-]+\+json$/.test(essence)) return false;
  return parameters.every((parameter) => {
    const [name, rawValue = ""] = parameter.split("=").map((part) => part.trim());
    if (name !== "charset") return true;
    const value = rawValue.replace(/^"(.*)"$/, "$1");
    return value === "utf-8" || value === "utf8";
  });
}
