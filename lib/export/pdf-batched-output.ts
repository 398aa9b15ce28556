/**
 * Coalesces PDFKit's output into larger chunks. PDFKit pushes every object header, dictionary,
 * `endobj` and stream onto its Readable stream as a separate small chunk; a tagged report has an
 * object per paragraph (its structure element), so a long report makes hundreds of thousands of
 * tiny chunks whose stream bookkeeping costs more than producing them. Chunks are gathered and
 * pushed in batches of about `batchBytes`, in order; the end of the document flushes the rest.
 * It replaces `push` on this one document (PDFKit writes through `this.push`).
 */
export function batchPdfOutput(doc: PDFKit.PDFDocument, batchBytes = 256 * 1024): void {
  const stream = doc as unknown as { push(chunk: Uint8Array | null): boolean };
  const push = stream.push.bind(doc);
  let pending: Uint8Array[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length === 0) return;
    const batch = pending.length === 1 ? pending[0] : Buffer.concat(pending, size);
    pending = [];
    size = 0;
    push(batch);
  };
  stream.push = (chunk) => {
    if (chunk === null) {
      flush();
      return push(null);
    }
    pending.push(chunk);
    size += chunk.length;
    if (size >= batchBytes) flush();
    return true;
  };
}
