/**
 * The interface languages Factdesk speaks, and how one is chosen for a request: the signed-in
 * person's setting, else the browser's `Accept-Language`, else English. Pure: no framework.
 */

/** Interface languages, in the order the settings page offers them. */
export const LOCALES = ["en", "ur"] as const;

/** One of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];

/** The language used when neither the person nor the browser names one Factdesk speaks. */
export const DEFAULT_LOCALE: Locale = "en";

/** Each language's own name for itself (what the language picker shows). */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ur: "اردو" };

const RTL_LOCALES: ReadonlySet<Locale> = new Set(["ur"]);

/** Whether `value` is a language Factdesk speaks. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Writing direction of a language: `rtl` for Urdu, `ltr` otherwise. */
export function directionOf(locale: Locale): "ltr" | "rtl" {
  return RTL_LOCALES.has(locale) ? "rtl" : "ltr";
}

type Preference = { tag: string; q: number; order: number };

function parseAcceptLanguage(header: string): Preference[] {
  return header
    .split(",")
    .map((part, order) => {
      const [rawTag, ...params] = part.trim().split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { tag: rawTag.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((pref) => pref.tag.length > 0 && pref.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
}

/**
 * The best language of {@link LOCALES} for an `Accept-Language` header (`ur-PK,ur;q=0.9,en;q=0.8`
 * → `ur`), matching on the primary subtag; `*`, nothing we speak, or no header → null.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale | null {
  if (!acceptLanguage) return null;
  for (const { tag } of parseAcceptLanguage(acceptLanguage)) {
    const primary = tag.split("-")[0];
    if (isLocale(primary)) return primary;
  }
  return null;
}

/** The language of a request: the person's saved choice, else the browser's, else {@link DEFAULT_LOCALE}. */
export function resolveLocale(saved: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(saved)) return saved;
  return negotiateLocale(acceptLanguage) ?? DEFAULT_LOCALE;
}
