/**
 * R3: PostgreSQL crashes (`pg_ctl stop -m immediate`) and comes back under a write loop → every
 * write acknowledged with 2xx is present afterwards; while it is down clients get 503 with
 * Retry-After (never 500); writes succeed again within 5 s of PostgreSQL, without restarting the app.
 */
import type { ThrowawayPostgres } from "@/test/integration/throwaway-postgres";
import { soakRequest } from "./soak-http";
import { claimBody, type ScenarioResult, type SoakContext } from "./soak-context";
import { createSoakArticle } from "./soak-setup";
import { missingAnnotations } from "./soak-verify";

const RECOVERY_LIMIT_MS = 5_000;

export async function postgresRestart(context: SoakContext, postgres: ThrowawayPostgres, writers: number): Promise<ScenarioResult> {
  const articleId = await createSoakArticle(context, "R3 PostgreSQL restart");
  const acknowledged: string[] = [];
  const statuses = new Map<number, number>();
  const bad: string[] = [];
  let backAt = Number.POSITIVE_INFINITY;
  let firstSuccessAfterBack = Number.POSITIVE_INFINITY;
  let stopAt = Date.now() + 60_000;
  let n = 0;
  const writer = async (editor: (typeof context.editors)[number]) => {
    for (let i = 0; i < 2_000 && Date.now() < stopAt; i += 1) {
      const response = await soakRequest(context.baseUrl, `/api/articles/${articleId}/annotations`, { method: "POST", token: editor.token, body: claimBody(n++), timeoutMs: 15_000 });
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status === 201) {
        acknowledged.push((response.json as { id: string }).id);
        if (Date.now() >= backAt) firstSuccessAfterBack = Math.min(firstSuccessAfterBack, Date.now());
      } else if (response.status === 503) {
        if (!response.headers.get("retry-after")) bad.push("503 without Retry-After");
        await new Promise((resolve) => setTimeout(resolve, 100));
      } else {
        bad.push(`${response.status} ${response.error ?? JSON.stringify(response.json).slice(0, 120)}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };
  const loop = Promise.all(context.editors.slice(0, writers).map(writer));
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  await postgres.restart({ mode: "immediate", downMs: 3_000 });
  backAt = Date.now();
  stopAt = Math.min(stopAt, backAt + 8_000);
  await loop;
  const missing = await missingAnnotations(context, acknowledged);
  const recoveryMs = firstSuccessAfterBack - backAt;
  const ok = missing.length === 0 && bad.length === 0 && recoveryMs <= RECOVERY_LIMIT_MS && (statuses.get(503) ?? 0) > 0;
  const counts = [...statuses.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${count}×${status}`)
    .join(", ");
  return {
    name: "R3 PostgreSQL restart",
    ok,
    summary: `${acknowledged.length} acknowledged, ${missing.length} lost; ${counts}; writes back ${Number.isFinite(recoveryMs) ? `${(recoveryMs / 1000).toFixed(1)} s` : "never"} after PostgreSQL`,
    details: [...bad.slice(0, 5), ...missing.slice(0, 3).map((id) => `lost ${id}`)],
  };
}
