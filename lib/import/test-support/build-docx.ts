import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild } from "docx";

/** Paragraph content for {@link buildDocx}: plain text, or Paragraph objects built with the docx package. */
export type DocxBlock = string | Paragraph;

/** Builds a .docx file in memory from paragraphs (tests only). */
export async function buildDocx(blocks: DocxBlock[]): Promise<Buffer> {
  const children = blocks.map((block) => (typeof block === "string" ? new Paragraph({ text: block }) : block));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** A typical newsroom Word file: title, byline, heading, formatted paragraph with links, a bulleted list. */
export function sampleArticleBlocks(): DocxBlock[] {
  const runs: ParagraphChild[] = [
    new TextRun("The minister said exports grew by "),
    new TextRun({ text: "12 per cent", bold: true }),
    new TextRun(" in "),
    new TextRun({ text: "2023", italics: true }),
    new TextRun(", citing "),
    new ExternalHyperlink({ children: [new TextRun({ text: "the bureau's report", style: "Hyperlink" })], link: "https://stats.example.org/report" }),
    new TextRun(" and "),
    new ExternalHyperlink({ children: [new TextRun("a script")], link: "javascript:alert(1)" }),
    new TextRun("."),
  ];
  return [
    new Paragraph({ text: "Minister claims record export growth", heading: HeadingLevel.HEADING_1 }),
    "By Jane Doe and Ali Khan",
    new Paragraph({ text: "What was said", heading: HeadingLevel.HEADING_2 }),
    new Paragraph({ children: runs }),
    new Paragraph({ text: "Textiles up 20%", bullet: { level: 0 } }),
    new Paragraph({ text: "Rice down 3%", bullet: { level: 0 } }),
    "Officials did not respond to requests for comment.",
  ];
}
