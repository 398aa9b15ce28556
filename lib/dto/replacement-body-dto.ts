import type { JSONContent } from "@tiptap/core";
import type { RevisionSourceName } from "@/lib/revisions/revision-sources";

/** A body ready to load into the editor (nothing is saved until the editor saves). */
export type ReplacementBodyDto = { doc: JSONContent; source: RevisionSourceName; title: string | null; words: number };
