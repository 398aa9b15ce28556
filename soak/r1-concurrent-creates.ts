/** R1: E editors each create A annotations at once → exactly E×A annotations and E×A audit events, 0 errors. */
import { quantile, soakRequest } from "./soak-http";
import { claimBody, type ScenarioResult, type SoakContext } from "./soak-context";
import { createSoakArticle } from "./soak-setup";

export async function concurrentCreates(context: SoakContext, perEditor: number): Promise<ScenarioResult & { latencies: number[] }> {
  const editors = context.editors;
  const articleId = await createSoakArticle(context, "R1 concurrent creates");
  const auditBefore = await context.db.auditEvent.count({ where: { articleId, type: "annotation.created" } });
  const failures: string[] = [];
  const latencies: number[] = [];
  await Promise.all(
    editors.map(async (editor, e) => {
      for (let a = 0; a < perEditor; a += 1) {
        const response = await soakRequest(context.baseUrl, `/api/articles/${articleId}/annotations`, { method: "POST", token: editor.token, body: claimBody(e * perEditor + a) });
        latencies.push(response.ms);
        if (response.status !== 201) failures.push(`${response.status} ${response.error ?? JSON.stringify(response.json).slice(0, 160)}`);
      }
    }),
  );
  const expected = editors.length * perEditor;
  const annotations = await context.db.annotation.count({ where: { articleId } });
  const audit = (await context.db.auditEvent.count({ where: { articleId, type: "annotation.created" } })) - auditBefore;
  const ok = failures.length === 0 && annotations === expected && audit === expected;
  return {
    name: "R1 concurrent creates",
    ok,
    summary: `${editors.length}×${perEditor}: ${annotations}/${expected} annotations, ${audit}/${expected} audit events, ${failures.length} errors, p50 ${quantile(latencies, 0.5).toFixed(0)} ms, p95 ${quantile(latencies, 0.95).toFixed(0)} ms`,
    details: failures.slice(0, 5),
    latencies,
  };
}
