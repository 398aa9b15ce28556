"use client";

import { Suspense, use, useMemo, type ComponentProps } from "react";
import { packedAnnotationsFromJson } from "@/lib/dto/packed-annotations";
import { ArticleWorkspace } from "./article-workspace";
import { WorkspaceLoading } from "./workspace-loading";

type Props = Omit<ComponentProps<typeof ArticleWorkspace>, "initialAnnotations"> & {
  /** The article's annotations, packed, as JSON (see packedAnnotationsToJson), still on their way from the server. */
  annotations: Promise<string>;
};

/**
 * The article workspace for a page that streams its annotations after the rest. This part is in
 * the page's first bytes, so the browser loads and runs the workspace's code (the editor, the
 * highlighter, the list) while the server is still reading the annotations; the workspace itself
 * appears as soon as they arrive, a placeholder standing in until then.
 */
export function StreamedArticleWorkspace({ annotations, ...props }: Props) {
  return (
    <Suspense fallback={<WorkspaceLoading />}>
      <WorkspaceWhenLoaded annotations={annotations} {...props} />
    </Suspense>
  );
}

function WorkspaceWhenLoaded({ annotations, ...props }: Props) {
  const json = use(annotations);
  const packed = useMemo(() => packedAnnotationsFromJson(json), [json]);
  return <ArticleWorkspace initialAnnotations={packed} {...props} />;
}
