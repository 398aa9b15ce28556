import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { batchPdfOutput } from "./pdf-batched-output";

/** A small tagged document with many objects; returns its bytes and how many chunks it came in. */
async function render(batched: boolean): Promise<{ bytes: Buffer; chunks: number }> {
  const doc = new PDFDocument({ tagged: true, compress: false, info: { CreationDate: new Date("2024-01-01T00:00:00Z") } });
  if (batched) batchPdfOutput(doc, 4096);
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve) => doc.on("end", resolve));
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const root = doc.struct("Document");
  doc.addStructure(root);
  for (let i = 0; i < 200; i++) root.add(doc.struct("P", {}, [() => doc.text(`Paragraph ${i}`)]));
  doc.end();
  await done;
  return { bytes: Buffer.concat(chunks), chunks: chunks.length };
}

describe("batchPdfOutput", () => {
  it("gives the same bytes in far fewer chunks", async () => {
    const plain = await render(false);
    const batched = await render(true);
    expect(batched.bytes.equals(plain.bytes)).toBe(true);
    expect(batched.chunks).toBeLessThan(plain.chunks / 10);
  });
});
