"use client";

import { DateTime } from "@/components/ui/date-time";
import { useEffect, useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/use-error-text";
import { useFieldErrorText } from "@/components/ui/use-field-error-text";
import { addCommentAction, editCommentAction } from "@/app/(app)/review/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import { commentSegments } from "@/lib/notifications/mentions";
import { MAX_PAGE_LIMIT } from "@/lib/paging/page-cursor";
import { allows, type PolicyActor } from "@/lib/policy/policy";
import type { CommentDto } from "@/lib/dto/comment-dto";
import { MentionTextArea } from "./mention-text-area";

type Props = { annotationId: string; currentUser: PolicyActor; /** Changes when the thread may have grown elsewhere (e.g. a send-back). */ refreshKey: number };

/** Every comment of the thread, following the API's pages. */
async function loadThread(annotationId: string): Promise<CommentDto[]> {
  const comments: CommentDto[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ limit: String(MAX_PAGE_LIMIT), ...(cursor ? { cursor } : {}) });
    const response = await fetch(`/api/annotations/${annotationId}/comments?${query}`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const page = (await response.json()) as { comments: CommentDto[]; nextCursor: string | null };
    comments.push(...page.comments);
    cursor = page.nextCursor;
  } while (cursor);
  return comments;
}

/** The comment thread of one annotation: everyone can read and add; only authors edit their own. */
export function CommentThread({ annotationId, currentUser, refreshKey }: Props) {
  const [comments, setComments] = useState<CommentDto[] | null>(null);
  const [body, setBody] = useState("");
  const [mentions, setMentions] = useState<{ id: string; name: string }[]>([]);
  const [editing, setEditing] = useState<{ id: string; body: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const t = useTranslations("review.comments");
  const locale = useLocale();
  const errorText = useErrorText();
  const fieldErrorText = useFieldErrorText();

  useEffect(() => {
    let cancelled = false;
    loadThread(annotationId)
      .then((thread) => !cancelled && setComments(thread))
      .catch(() => !cancelled && setError(t("loadFailed")));
    return () => {
      cancelled = true;
    };
  }, [annotationId, refreshKey, t]);

  return (
    <section aria-label={t("title")} className="space-y-2" data-testid="comment-thread">
      <h3 className="text-sm font-semibold">
        {t("title")} {comments && comments.length > 0 && <span className="font-normal text-[var(--color-muted)]">({comments.length})</span>}
      </h3>
      {error && <Alert tone="error">{error}</Alert>}
      {comments === null && !error && <p className="text-xs text-[var(--color-muted)]">{t("loading")}</p>}
      {comments?.length === 0 && <p className="text-xs text-[var(--color-muted)]">{t("none")}</p>}
      <ol className="space-y-2">
        {comments?.map((comment) => (
          <li key={comment.id} className="rounded-md bg-gray-50 p-2 text-sm" data-testid="comment">
            <p className="text-xs text-[var(--color-muted)]">
              <span className="font-medium text-[var(--color-ink)]" dir="auto">
                {comment.author.name}
              </span>{" "}
              · <DateTime value={comment.createdAt} locale={locale} />
              {comment.editedAt && ` · ${t("edited")}`}
            </p>
            {editing?.id === comment.id ? (
              <form
                className="mt-1 space-y-1"
                onSubmit={(event) => {
                  event.preventDefault();
                  startTransition(async () => {
                    const result = await editCommentAction({ id: comment.id, body: editing.body });
                    if (!result.ok) return setError(errorText(result.error));
                    setComments((current) => current?.map((c) => (c.id === comment.id ? result.value : c)) ?? null);
                    setEditing(null);
                  });
                }}
                onKeyDown={(event) => event.stopPropagation()}
              >
                <TextArea label={t("editLabel")} dir="auto" rows={2} value={editing.body} onChange={(e) => setEditing({ id: comment.id, body: e.target.value })} />
                <div className="flex gap-2">
                  <Button type="submit" size="sm" variant="primary" disabled={pending}>
                    {t("save")}
                  </Button>
                  <Button size="sm" onClick={() => setEditing(null)}>
                    {t("cancel")}
                  </Button>
                </div>
              </form>
            ) : (
              <p className="mt-1 whitespace-pre-wrap break-words" dir="auto">
                {commentSegments(comment.body, comment.mentions).map((segment, index) =>
                  "mention" in segment ? (
                    <span key={index} className="rounded bg-indigo-100 px-1 font-medium text-indigo-900" data-testid="mention" title={segment.mention.name}>
                      @{segment.mention.name}
                    </span>
                  ) : (
                    <span key={index}>{segment.text}</span>
                  ),
                )}
              </p>
            )}
            {allows(currentUser, "comment.edit", { authorId: comment.author.id }) && editing?.id !== comment.id && (
              <button type="button" className="mt-1 text-xs underline" onClick={() => setEditing({ id: comment.id, body: comment.body })}>
                {t("edit")}
              </button>
            )}
          </li>
        ))}
      </ol>
      <form
        className="space-y-1"
        onSubmit={(event) => {
          event.preventDefault();
          startTransition(async () => {
            // Only members still written as @Name in the text are sent; the server checks again.
            const mentioned = [...new Set(mentions.filter((member) => body.includes(`@${member.name}`)).map((member) => member.id))];
            const result = await addCommentAction({ annotationId, body, mentions: mentioned });
            if (!result.ok) return setError(result.error.fieldErrors?.body ? fieldErrorText(result.error.fieldErrors.body) : errorText(result.error));
            setError(null);
            setBody("");
            setMentions([]);
            setComments((current) => [...(current ?? []), result.value]);
          });
        }}
        onKeyDown={(event) => event.stopPropagation()}
      >
        <MentionTextArea label={t("add")} value={body} onChange={setBody} onMention={(member) => setMentions((current) => [...current, member])} />
        <Button type="submit" size="sm" disabled={pending || body.trim() === ""}>
          {t("submit")}
        </Button>
      </form>
    </section>
  );
}
