/** What every soak scenario gets: the cluster's address, a desk of editors with API tokens, and the database. */
import type { db } from "@/lib/server/db/prisma";

export type SoakEditor = { id: string; token: string };

export type SoakContext = {
  baseUrl: string;
  editors: SoakEditor[];
  db: ReturnType<typeof db>;
  short: boolean;
};

/** One row of the closing table: `ok` false fails the run. */
export type ScenarioResult = { name: string; ok: boolean; summary: string; details?: string[] };

export const ARTICLE_TEXT = Array.from({ length: 40 }, (_, i) => `Sentence ${i + 1}: the minister said the grid is fine and critics disagree.`).join("\n");

/** A claim on the n-th sentence-sized span of ARTICLE_TEXT. */
export function claimBody(n: number) {
  const start = (n * 7) % (ARTICLE_TEXT.length - 40);
  return { kind: "claim", fields: { claimant: `Soak ${n}` }, start, end: start + 12 };
}
