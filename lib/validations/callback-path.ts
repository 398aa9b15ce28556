/** Only same-site paths may be redirected to after sign-in (no open redirects). */
export function safeCallbackPath(value: string | null | undefined, fallback = "/my-work"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (value.startsWith("/sign-in") || value.startsWith("/api/")) return fallback;
  return value;
}
