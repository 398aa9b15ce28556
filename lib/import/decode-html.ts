/** Charset named in a Content-Type header ("text/html; charset=ISO-8859-1"), if any. */
function headerCharset(contentType: string | undefined): string | null {
  return /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? "")?.[1] ?? null;
}

/** Charset declared by a `<meta charset>` or `<meta http-equiv content-type>` near the start of the page. */
function metaCharset(head: string): string | null {
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/**
 * Decodes a web page's bytes as browsers do, in order: byte-order mark, the HTTP charset, a
 * `<meta>` charset in the first 2 KB, then UTF-8.
 */
export function decodeHtml(body: Uint8Array, contentType?: string): string {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return new TextDecoder("utf-8").decode(body.subarray(3));
  if (body[0] === 0xff && body[1] === 0xfe) return new TextDecoder("utf-16le").decode(body.subarray(2));
  if (body[0] === 0xfe && body[1] === 0xff) return new TextDecoder("utf-16be").decode(body.subarray(2));
  const head = new TextDecoder("latin1").decode(body.subarray(0, 2048));
  const decoder = decoderFor(headerCharset(contentType)) ?? decoderFor(metaCharset(head)) ?? new TextDecoder("utf-8");
  return decoder.decode(body);
}
