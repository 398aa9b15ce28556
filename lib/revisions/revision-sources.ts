/** Where a revision's body came from (mirrors the `RevisionSource` enum of the schema). */
export const REVISION_SOURCES = ["text", "html", "editor", "docx", "markdown", "url", "seed"] as const;
export type RevisionSourceName = (typeof REVISION_SOURCES)[number];

export const REVISION_SOURCE_LABELS: Record<RevisionSourceName, string> = {
  text: "Pasted text",
  html: "Pasted HTML",
  editor: "Edited in Factdesk",
  docx: "Word file",
  markdown: "Markdown file",
  url: "Web page",
  seed: "Sample data",
};
