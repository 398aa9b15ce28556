import "server-only";
import type { JSONContent } from "@tiptap/core";
import { can } from "@/lib/policy/policy";
import type { ReplacementBodyDto } from "@/lib/dto/replacement-body-dto";
import { buildRevisionBody } from "@/lib/revisions/revision-body";
import { countWords } from "@/lib/revisions/word-tokens";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import type { RevisionSource } from "@/lib/server/db/generated/client";
import { fail, ok, type Result } from "@/lib/server/errors";
import { readImport, type ImportSourceInput } from "./read-import";

export type { ReplacementBodyDto };

/**
 * Turns pasted text or HTML, an uploaded file or a web page into an article document for the
 * editor page's "replace" actions (editors and admins). HTML is sanitised on the way; the result
 * is loaded into the editor for the person to check, and becomes a revision only when saved.
 */
export async function prepareReplacementBody(actor: Actor, input: ImportSourceInput | { text: string } | { html: string }): Promise<Result<ReplacementBodyDto>> {
  const allowed = can(actor, "article.revise");
  if (!allowed.ok) return refusedBy(allowed);
  let html: string | null = null;
  let text: string | null = null;
  let source: RevisionSource;
  let title: string | null = null;
  if ("text" in input) {
    text = input.text;
    source = "text";
  } else if ("html" in input) {
    html = input.html;
    source = "html";
  } else {
    const read = await readImport(input);
    if (!read.ok) return read;
    html = read.value.article.html;
    source = read.value.source;
    title = read.value.article.title || null;
  }
  const built = buildRevisionBody(html !== null ? { html } : { text: text ?? "" });
  if (!built.ok) return fail("unprocessable", built.message, { fieldErrors: { [built.field]: built.message } });
  // ProseMirror's JSON has prototype-less attrs; a plain copy can cross to the client.
  const doc = JSON.parse(JSON.stringify(built.body.doc)) as JSONContent;
  return ok({ doc, source, title, words: countWords(built.body.text) });
}
