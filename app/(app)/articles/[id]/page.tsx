import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { ArticleHeader } from "@/components/article/article-header";
import { getAppConfig } from "@/lib/config/app-config";
import { StreamedArticleWorkspace } from "@/components/article/streamed-workspace";
import { CorrectionsLog } from "@/components/corrections/corrections-log";
import { listCorrections } from "@/lib/server/corrections/list-corrections";
import { packAnnotations, packedAnnotationsToJson } from "@/lib/dto/packed-annotations";
import { allows, policyActorOf } from "@/lib/policy/policy";
import { listAnnotations } from "@/lib/server/annotations/list-annotations";
import { getArticle } from "@/lib/server/articles/get-article";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { readStreamPosition } from "@/lib/server/live/read-stream-position";
import { listAssignableUsers } from "@/lib/server/users/list-assignable-users";

/** One read of the article per request, shared by the metadata and the page. */
const loadArticle = cache(async (id: string) => getArticle(await requirePageUser("article.read"), id, { withDocument: true }));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const article = await loadArticle((await params).id);
  return { title: article.ok ? article.value.title : (await getTranslations("article"))("fallbackTitle") };
}

export default async function ArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ annotation?: string | string[] }> }) {
  const user = await requirePageUser("article.read");
  const { id } = await params;
  const { annotation: focus } = await searchParams;
  // Read before the data: live updates start after it, so nothing committed meanwhile is lost.
  const livePosition = await readStreamPosition();
  // The annotations are not waited for: the page (header, navigation, the browser's scripts) is
  // sent at once and the annotated workspace follows in the same response as soon as they are read
  // and packed, so the browser loads the app while the server reads thousands of annotations.
  const [article, users, corrections] = await Promise.all([loadArticle(id), allows(user, "article.assign") ? listAssignableUsers(user) : null, listCorrections(user, id)]);
  if (!article.ok) notFound();
  const now = new Date().toISOString();
  const { doc, text, ...metadata } = article.value;
  // Read once the rest is in hand, so the page's first part is sent before the server is busy with them.
  const annotations = listAnnotations(user, id).then((read) => {
    // The article was there a moment ago: only its deletion in between gets here (the error page says so).
    if (!read.ok) throw new Error(`The annotations of article ${metadata.id} could not be read: ${read.error.message}`);
    return packedAnnotationsToJson(packAnnotations(metadata.id, text, read.value));
  });
  return (
    <div>
      <ArticleHeader article={metadata} viewer={policyActorOf(user)} assignableUsers={users?.ok ? users.value : null} now={now} />
      <StreamedArticleWorkspace
        articleId={metadata.id}
        revision={metadata.revision.number}
        doc={doc as object}
        annotations={annotations}
        currentUser={policyActorOf(user)}
        focusId={typeof focus === "string" ? focus : null}
        livePosition={livePosition}
        undoSeconds={getAppConfig().FACTDESK_UNDO_SECONDS}
      />
      <CorrectionsLog corrections={corrections.ok ? corrections.value : []} />
    </div>
  );
}
