import type { LoadedFonts } from "./pdf-fonts";

/**
 * Text that none of the report's fonts can draw (Chinese, Japanese, Korean, Thai, Hebrew…) is not
 * left to print as U+FFFD boxes without notice: each stretch of it is replaced by a placeholder
 * naming its script, e.g. "[CJK text]", so a reader knows what is missing and can look it up in
 * the HTML report or the desk.
 */

/** Scripts named in placeholders, by Unicode Script_Extensions; the first match wins. */
const SCRIPT_NAMES: readonly [RegExp, string][] = [
  [/[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Bopomofo}]/u, "CJK"],
  [/\p{scx=Thai}/u, "Thai"],
  [/\p{scx=Hebrew}/u, "Hebrew"],
  [/\p{scx=Armenian}/u, "Armenian"],
  [/\p{scx=Georgian}/u, "Georgian"],
  [/\p{scx=Ethiopic}/u, "Ethiopic"],
  [/\p{scx=Bengali}/u, "Bengali"],
  [/\p{scx=Gurmukhi}/u, "Gurmukhi"],
  [/\p{scx=Gujarati}/u, "Gujarati"],
  [/\p{scx=Tamil}/u, "Tamil"],
  [/\p{scx=Telugu}/u, "Telugu"],
  [/\p{scx=Kannada}/u, "Kannada"],
  [/\p{scx=Malayalam}/u, "Malayalam"],
  [/\p{scx=Sinhala}/u, "Sinhala"],
  [/\p{scx=Khmer}/u, "Khmer"],
  [/\p{scx=Lao}/u, "Lao"],
  [/\p{scx=Myanmar}/u, "Myanmar"],
  [/\p{scx=Tibetan}/u, "Tibetan"],
  [/\p{scx=Mongolian}/u, "Mongolian"],
  [/\p{scx=Syriac}/u, "Syriac"],
  [/\p{scx=Thaana}/u, "Thaana"],
  [/\p{scx=Cherokee}/u, "Cherokee"],
];

// eslint-disable-next-line no-control-regex -- Latin-1 starts at U+0000 by definition.
const ONLY_LATIN_1 = /^[\u0000-\u00FF]*$/;
const SPACE = /\s/;

/** The name of the script of `char` used in placeholders ("unsupported" when it has none here). */
export function scriptNameOf(char: string): string {
  for (const [pattern, name] of SCRIPT_NAMES) if (pattern.test(char)) return name;
  return "unsupported";
}

/** The placeholder standing for text in `script`. */
export function uncoveredPlaceholder(script: string): string {
  return `[${script} text]`;
}

/**
 * `text` with every stretch of characters no font covers replaced by its script's placeholder.
 * Stretches of one script separated only by spaces are one stretch: "한국어 문장" gives one
 * "[CJK text]"; digits and Latin text between them are kept.
 */
export function replaceUncovered(text: string, fonts: LoadedFonts): string {
  if (ONLY_LATIN_1.test(text)) return text;
  let out = "";
  /** Script of the placeholder just written, and what came after it that may still be absorbed. */
  let openScript: string | null = null;
  let pending = "";
  for (const char of text) {
    const slot = fonts.slotOf(char.codePointAt(0)!);
    if (slot === 3) {
      const script = scriptNameOf(char);
      if (script !== openScript) {
        out += pending + uncoveredPlaceholder(script);
        openScript = script;
      }
      pending = "";
    } else if (openScript !== null && SPACE.test(char)) {
      pending += char;
    } else {
      out += pending + char;
      pending = "";
      openScript = null;
    }
  }
  return out + pending;
}
