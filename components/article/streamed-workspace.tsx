"use client";

import { useEffect, useState, type ComponentProps } from "react";
import { packedAnnotationsFromJson, type PackedAnnotations } from "@/lib/dto/packed-annotations";
import { ArticleWorkspace } from "./article-workspace";
import { WorkspaceLoading } from "./workspace-loading";

type Props = Omit<ComponentProps<typeof ArticleWorkspace>, "initialAnnotations"> & {
  /** The article's annotations, packed, as JSON (see packedAnnotationsToJson), still on their way from the server. */
  annotations: Promise<string>;
};

/**
 * The article workspace for a page that streams its annotations after the rest. This part is in
 * the page's first bytes, so the browser loads and runs the workspace's code (the editor, the
 * highlighter, the list) while the server is still reading the annotations; the workspace is
 * rendered the moment they arrive, a placeholder standing in until then. It waits in an effect,
 * not in a Suspense boundary: the server's HTML would reveal a streamed boundary no sooner than
 * 300 ms after the first paint (React batches such reveals), slower than rendering it here.
 */
export function StreamedArticleWorkspace({ annotations, ...props }: Props) {
  const [loaded, setLoaded] = useState<{ packed: PackedAnnotations } | { error: Error } | null>(null);
  useEffect(() => {
    let current = true;
    // React's promise for streamed data is a bare thenable (its then() returns nothing): adopt it first.
    Promise.resolve(annotations)
      .then(packedAnnotationsFromJson)
      .then(
        (packed) => current && setLoaded({ packed }),
        (error: unknown) => current && setLoaded({ error: error instanceof Error ? error : new Error(String(error)) }),
      );
    return () => {
      current = false;
    };
  }, [annotations]);
  // Shown by the error page, like any failure of the page's own reads.
  if (loaded && "error" in loaded) throw loaded.error;
  if (!loaded) return <WorkspaceLoading />;
  return <ArticleWorkspace initialAnnotations={loaded.packed} {...props} />;
}
