/** R2: C concurrent updates of one annotation, all sent with the same If-Match → exactly 1 wins, C−1 get 409. */
import { soakRequest } from "./soak-http";
import { claimBody, type ScenarioResult, type SoakContext } from "./soak-context";
import { createSoakArticle } from "./soak-setup";

export async function staleUpdates(context: SoakContext, concurrent: number): Promise<ScenarioResult> {
  const author = context.editors[0];
  const articleId = await createSoakArticle(context, "R2 stale updates");
  const created = await soakRequest(context.baseUrl, `/api/articles/${articleId}/annotations`, { method: "POST", token: author.token, body: claimBody(1) });
  if (created.status !== 201) return { name: "R2 stale updates", ok: false, summary: `could not create the annotation: ${created.status}` };
  const annotation = created.json as { id: string; version: number };
  const etag = created.headers.get("etag") ?? `"${annotation.version}"`;
  const responses = await Promise.all(
    Array.from({ length: concurrent }, (_, i) =>
      soakRequest(context.baseUrl, `/api/annotations/${annotation.id}`, {
        method: "PATCH",
        token: author.token,
        headers: { "if-match": etag },
        body: { note: `update ${i}` },
      }),
    ),
  );
  const wins = responses.filter((r) => r.status === 200).length;
  const conflicts = responses.filter((r) => r.status === 409).length;
  const other = responses.filter((r) => r.status !== 200 && r.status !== 409);
  const ok = wins === 1 && conflicts === concurrent - 1;
  return {
    name: "R2 stale updates",
    ok,
    summary: `${concurrent} with one If-Match: ${wins} won, ${conflicts} got 409, ${other.length} other`,
    details: other.slice(0, 5).map((r) => `${r.status} ${r.error ?? JSON.stringify(r.json).slice(0, 160)}`),
  };
}
