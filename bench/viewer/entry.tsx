// Browser side of the viewer benchmark: mounts the real ArticleViewer component.
import { createRef } from "react";
import { createRoot, type Root } from "react-dom/client";
import { flushSync } from "react-dom";
import { ArticleViewer, type ArticleViewerHandle, type ViewerAnnotation } from "../../components/article/article-viewer";
import { generateArticle } from "./generate-article";

declare global {
  interface Window {
    bench: {
      mount(annotationCount: number): Promise<number>;
      addOne(index: number): Promise<number>;
      /** Milliseconds from the last mount's start until the overlap marks were painted. */
      layersReady(): Promise<number>;
      unmount(): void;
    };
  }
}

const article = generateArticle(20_000, 5_000);
let root: Root | null = null;
let current: ViewerAnnotation[] = [];
let mountedAt = 0;
const container = document.getElementById("root")!;
const noop = () => undefined;

function render(annotations: ViewerAnnotation[]) {
  const ref = createRef<ArticleViewerHandle>();
  root!.render(<ArticleViewer ref={ref} doc={article.doc} annotations={annotations} focusedId={null} flashToken={0} onSelectionChange={noop} onTag={noop} onHighlightClick={noop} />);
}

/** Resolves once `done()` holds after a DOM change, then forces layout. */
function whenRendered(done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!done()) return false;
      document.body.getBoundingClientRect();
      resolve();
      return true;
    };
    if (check()) return;
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(container, { childList: true, subtree: true, attributes: true });
  });
}

window.bench = {
  async mount(annotationCount) {
    current = article.annotations.slice(0, annotationCount);
    const started = performance.now();
    mountedAt = started;
    root = createRoot(container);
    render(current);
    await whenRendered(() => {
      const text = container.querySelector(".ProseMirror");
      return Boolean(text && text.childElementCount >= 400 && container.querySelector(`[data-highlights="${current.length}"]`));
    });
    return performance.now() - started;
  },
  async addOne(index) {
    const id = `new-${index}`;
    const base = article.annotations[(index * 97) % article.annotations.length];
    current = [...current, { ...base, id }];
    const started = performance.now();
    flushSync(() => render(current));
    await whenRendered(() => container.querySelector(`[data-highlights="${current.length}"]`) !== null);
    return performance.now() - started;
  },
  async layersReady() {
    await whenRendered(() => container.querySelector(".ProseMirror[data-layered-stretches]") !== null);
    return performance.now() - mountedAt;
  },
  unmount() {
    root?.unmount();
    root = null;
    container.innerHTML = "";
  },
};
