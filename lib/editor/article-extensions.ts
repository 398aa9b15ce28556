import { getSchema, type AnyExtension } from "@tiptap/core";
import { StarterKit } from "@tiptap/starter-kit";
import { ArticleLink } from "./article-link";

/** Heading levels an article body may use (h5/h6 from outside are turned into h4). */
export const ARTICLE_HEADING_LEVELS = [1, 2, 3, 4] as const;

/**
 * The one list of Tiptap extensions that defines an article document. The browser editor and
 * the server (HTML → document) must both use it so they agree on the schema.
 *
 * Kept: paragraphs, headings 1–4, bullet and ordered lists, blockquotes, bold, italic, underline,
 * strikethrough (corrections), links, hard breaks, horizontal rules. Left out: code blocks and
 * inline code (not article content; their text is kept as plain text) and the trailing empty
 * paragraph StarterKit adds, which would change the article's text.
 */
export const articleExtensions: AnyExtension[] = [
  StarterKit.configure({
    heading: { levels: [...ARTICLE_HEADING_LEVELS] },
    code: false,
    codeBlock: false,
    link: false,
    trailingNode: false,
  }),
  ArticleLink,
];

/** ProseMirror schema of an article document, built from {@link articleExtensions}. */
export const articleSchema = getSchema(articleExtensions);
