"use client";

import { useEffect, useState } from "react";
import type { AppError } from "@/lib/dto/app-error";
import type { ClaimMatchesDto } from "@/lib/dto/claim-match-dto";

/** What the panel shows: still asking, the answer, or why it could not ask (the server's error; null: no answer at all). */
export type SimilarClaimsState = { status: "loading" } | { status: "ready"; result: ClaimMatchesDto } | { status: "failed"; error: Pick<AppError, "code" | "message"> | null };

class AnswerError extends Error {
  constructor(readonly error: Pick<AppError, "code" | "message">) {
    super(error.message);
  }
}

/** Asks `GET /api/claims/similar` about `text` (after a short pause while it changes). */
export function useSimilarClaims(text: string, options: { articleId?: string; excludeAnnotationId?: string }): SimilarClaimsState {
  const [state, setState] = useState<SimilarClaimsState>({ status: "loading" });
  const { articleId, excludeAnnotationId } = options;
  useEffect(() => {
    const controller = new AbortController();
    const query = new URLSearchParams({ q: text.slice(0, 2000), limit: "5" });
    if (articleId) query.set("article", articleId);
    if (excludeAnnotationId) query.set("excludeAnnotation", excludeAnnotationId);
    const timer = window.setTimeout(() => {
      fetch(`/api/claims/similar?${query}`, { signal: controller.signal })
        .then(async (response) => {
          const body = await response.json();
          if (!response.ok) throw new AnswerError({ code: body?.error?.code ?? "unprocessable", message: body?.error?.message ?? `HTTP ${response.status}` });
          setState({ status: "ready", result: body as ClaimMatchesDto });
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) setState({ status: "failed", error: error instanceof AnswerError ? error.error : null });
        });
    }, 250);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [text, articleId, excludeAnnotationId]);
  return state;
}
