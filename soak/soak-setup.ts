/** The soak desk: editors with API tokens (made in the database, as an admin would) and articles made over HTTP. */
import { randomUUID } from "node:crypto";
import { soakRequest } from "./soak-http";
import { ARTICLE_TEXT, type SoakContext, type SoakEditor } from "./soak-context";

/** Creates `count` active editors, each with a personal API token. Needs DATABASE_URL set. */
export async function createSoakEditors(count: number): Promise<SoakEditor[]> {
  const { createTestUser } = await import("@/test/integration/factories");
  const { tokenFor } = await import("@/test/integration/api-client");
  const editors: SoakEditor[] = [];
  for (let i = 0; i < count; i += 1) {
    const user = await createTestUser("editor", { name: `Soak editor ${i + 1}` });
    editors.push({ id: user.id, token: await tokenFor(user) });
  }
  return editors;
}

/** A fresh article for one scenario, created through the load balancer by the first editor. */
export async function createSoakArticle(context: SoakContext, title: string, text = ARTICLE_TEXT): Promise<string> {
  // Retried (same Idempotency-Key) while the desk is still reconnecting after the previous scenario.
  const key = randomUUID();
  let response = await soakRequest(context.baseUrl, "/api/articles", {
    method: "POST",
    token: context.editors[0].token,
    body: { title, outlet: "Soak Daily", text },
    headers: { "idempotency-key": key },
    timeoutMs: 120_000,
  });
  for (let attempt = 1; attempt < 20 && [0, 502, 503, 504].includes(response.status); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    response = await soakRequest(context.baseUrl, "/api/articles", {
      method: "POST",
      token: context.editors[0].token,
      body: { title, outlet: "Soak Daily", text },
      headers: { "idempotency-key": key },
      timeoutMs: 120_000,
    });
  }
  if (response.status !== 201) throw new Error(`Could not create the article "${title}": ${response.status} ${JSON.stringify(response.json).slice(0, 200)}`);
  return (response.json as { id: string }).id;
}
