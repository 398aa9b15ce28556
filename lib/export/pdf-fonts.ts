import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as fontkit from "fontkit";

/**
 * Fonts for the PDF report. PDFKit's standard Helvetica only has Latin-1, so the report embeds
 * (subsetted) OFL fonts from npm: Noto Sans (`@expo-google-fonts/noto-sans`: Latin, Latin
 * Extended, Greek, Cyrillic, Vietnamese, Devanagari) and Noto Naskh Arabic (`@embedpdf/fonts-arabic`:
 * Arabic, Persian, Urdu) and monochrome Noto Emoji (`@expo-google-fonts/noto-emoji`). Each text run
 * is set in the first font that has its characters; text no font covers (CJK, Thai…) is replaced by
 * a named placeholder (see pdf-uncovered.ts).
 */

/** The font styles the report uses. */
export type FontRole = "regular" | "bold" | "italic";

/** Font files (paths or bytes) for each script and role. */
export type PdfFontFiles = {
  latin: Record<FontRole, string | Buffer>;
  /** Arabic script has no italic; the regular face stands in. */
  arabic: Record<"regular" | "bold", string | Buffer>;
  /** One monochrome emoji face serves every role. */
  emoji: string | Buffer;
};

/**
 * Which font a character is set in: 0 Latin, 1 Arabic, 2 either (spaces, digits, punctuation,
 * emoji joiners: they follow their neighbours), 3 none (CJK…: replaced by a named placeholder),
 * 4 Emoji.
 */
export type FontSlot = 0 | 1 | 2 | 3 | 4;

/** A slot that has a font: Latin, Arabic or Emoji. */
export type FaceSlot = 0 | 1 | 4;

/** Zero-width joiner, variation selectors and the combining keycap: they belong to the emoji around them. */
const EMOJI_JOINERS = new Set([0x200d, 0xfe0e, 0xfe0f, 0x20e3]);

/** True for the characters that join or qualify emoji (ZWJ, VS15/VS16, combining keycap). */
export function isEmojiJoiner(codePoint: number): boolean {
  return EMOJI_JOINERS.has(codePoint);
}

/**
 * Folder of the file a package specifier resolves to: looked up from the project root at run time
 * (so a bundler cannot rewrite the lookup), else from this module.
 */
function resolvedDir(specifier: string): string {
  try {
    return dirname(createRequire(join(process.cwd(), "package.json")).resolve(specifier));
  } catch {
    return dirname(createRequire(import.meta.url).resolve(specifier));
  }
}

/** The fonts shipped by the npm packages named above. */
export function defaultPdfFontFiles(): PdfFontFiles {
  const latin = resolvedDir("@expo-google-fonts/noto-sans/package.json");
  // This package only exports its entry point (dist/), the fonts sit beside it.
  const arabic = join(resolvedDir("@embedpdf/fonts-arabic"), "..", "fonts");
  const emoji = resolvedDir("@expo-google-fonts/noto-emoji/package.json");
  return {
    latin: {
      regular: join(latin, "400Regular", "NotoSans_400Regular.ttf"),
      bold: join(latin, "700Bold", "NotoSans_700Bold.ttf"),
      italic: join(latin, "400Regular_Italic", "NotoSans_400Regular_Italic.ttf"),
    },
    arabic: {
      regular: join(arabic, "NotoNaskhArabic-Regular.ttf"),
      bold: join(arabic, "NotoNaskhArabic-Bold.ttf"),
    },
    emoji: join(emoji, "400Regular", "NotoEmoji_400Regular.ttf"),
  };
}

/** Font bytes and coverage, loaded once per set of files and shared by every render. */
export type LoadedFonts = {
  files: { latin: Record<FontRole, Buffer>; arabic: Record<"regular" | "bold", Buffer>; emoji: Buffer };
  /** The slot of a code point (cached). */
  slotOf(codePoint: number): FontSlot;
};

const bytes = (file: string | Buffer) => (typeof file === "string" ? readFileSync(file) : file);
const loaded = new WeakMap<PdfFontFiles, LoadedFonts>();
let defaults: PdfFontFiles | null = null;

function open(buffer: Buffer): fontkit.Font {
  const font = fontkit.create(buffer);
  if (!("hasGlyphForCodePoint" in font)) throw new Error("font collections are not supported");
  return font;
}

/** Reads the font files and prepares coverage lookups; the default files are read only once. */
export function loadFonts(files?: PdfFontFiles): LoadedFonts {
  const source = files ?? (defaults ??= defaultPdfFontFiles());
  const known = loaded.get(source);
  if (known) return known;
  const latin = { regular: bytes(source.latin.regular), bold: bytes(source.latin.bold), italic: bytes(source.latin.italic) };
  const arabic = { regular: bytes(source.arabic.regular), bold: bytes(source.arabic.bold) };
  const latinFont = open(latin.regular);
  const arabicFont = open(arabic.regular);
  const emoji = bytes(source.emoji);
  const emojiFont = open(emoji);
  const slots = new Map<number, FontSlot>();
  const result: LoadedFonts = {
    files: { latin, arabic, emoji },
    slotOf(codePoint) {
      let slot = slots.get(codePoint);
      if (slot === undefined) {
        const inLatin = latinFont.hasGlyphForCodePoint(codePoint);
        const inArabic = arabicFont.hasGlyphForCodePoint(codePoint);
        // The emoji font comes last: characters with a text form in Noto Sans (©, ™, ↔) stay text.
        if (EMOJI_JOINERS.has(codePoint)) slot = 2;
        else if (inLatin && inArabic) slot = 2;
        else if (inLatin) slot = 0;
        else if (inArabic) slot = 1;
        else slot = emojiFont.hasGlyphForCodePoint(codePoint) ? 4 : 3;
        slots.set(codePoint, slot);
      }
      return slot;
    },
  };
  loaded.set(source, result);
  return result;
}

/** Name under which a face is registered in a PDFKit document. */
export function fontName(role: FontRole, slot: FaceSlot): string {
  if (slot === 4) return "emoji";
  return slot === 1 ? (role === "bold" ? "arabic-bold" : "arabic") : `latin-${role}`;
}

/** Registers every face in a PDFKit document under `fontName`'s names. */
export function registerFonts(doc: PDFKit.PDFDocument, fonts: LoadedFonts): void {
  for (const role of ["regular", "bold", "italic"] as const) doc.registerFont(fontName(role, 0), fonts.files.latin[role]);
  doc.registerFont(fontName("regular", 1), fonts.files.arabic.regular);
  doc.registerFont(fontName("bold", 1), fonts.files.arabic.bold);
  doc.registerFont(fontName("regular", 4), fonts.files.emoji);
}
