/**
 * Decodes an uploaded text file: UTF-8 (with or without BOM) or UTF-16 with a BOM. Returns null
 * for binary data (NUL bytes in UTF-8 text), which is almost always a mislabelled file.
 */
export function decodeText(data: Uint8Array): string | null {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le").decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be").decode(data.subarray(2));
  const text = new TextDecoder("utf-8").decode(data);
  return text.includes("\u0000") ? null : text.replace(/^\uFEFF/, "");
}
