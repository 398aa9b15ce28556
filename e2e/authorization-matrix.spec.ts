import fs from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext, type Browser } from "./support/test";
import type { Role } from "../lib/domain/roles";
import { POLICY_ACTIONS, type PolicyActor } from "../lib/policy/policy";
import { seedAnnotation, seedArticle } from "./support/articles";
import { ACTION_RULES, API_RULES, gateRefusal, PAGE_RULES, PUBLIC_PAGES, rolesFor, TOKEN_ROUTES, type Rule } from "./support/authorization-rules";
import { seedUser, testDb, type SeededUser } from "./support/database";
import { signIn } from "./support/sign-in";

/**
 * The authorization matrix: every page, API route and server action the app has × anonymous,
 * editor, reviewer, admin, deactivated and invited (still on a one-time password) callers, with
 * the expectations read from the policy through support/authorization-rules.ts. Allowed means
 * "not refused for who you are" (the request may still be invalid); refused means 401/sign-in for
 * anonymous and deactivated callers, 403 `password_change_required` (pages: /change-password) for
 * the invited admin, and 403 for the wrong role. Callers sign in through the real form; the
 * deactivated one is deactivated after signing in, so it holds a session that must stop working.
 */
type Persona = "anonymous" | "deactivated" | "invited" | Role;
const PERSONAS: Persona[] = ["anonymous", "deactivated", "invited", "editor", "reviewer", "admin"];
/** The invited caller as the policy sees them: an admin, so only the one-time password can refuse them. */
const INVITED: PolicyActor = { id: "invited", role: "admin", active: true, mustChangePassword: true };
const ROOT = process.cwd();

// ---- Discovering the entry points ------------------------------------------------------------

function walk(dir: string, file: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, file, out);
    else if (entry.name === file) out.push(path.relative(ROOT, full));
  }
  return out;
}

/** `app/(app)/articles/[id]/page.tsx` → `/articles/[id]`. */
function routeOf(file: string): string {
  const segments = path
    .dirname(file)
    .split(path.sep)
    .slice(1)
    .filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

const pageRoutes = [...walk(path.join(ROOT, "app"), "page.tsx"), ...walk(path.join(ROOT, "app"), "route.ts").filter((f) => !f.startsWith(`app${path.sep}api`))].map(routeOf);

const apiRoutes = walk(path.join(ROOT, "app/api"), "route.ts")
  .filter((file) => !file.includes("[...nextauth]"))
  .flatMap((file) => {
    const source = fs.readFileSync(path.join(ROOT, file), "utf8");
    const methods = [...source.matchAll(/export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
    return methods.map((method) => `${method} ${routeOf(file)}`);
  });

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, ManifestEntry> };
const actions = Object.entries(manifest.node)
  .filter(([, entry]) => entry.filename && entry.exportedName)
  .map(([id, entry]) => ({ id, key: `${entry.filename}#${entry.exportedName}`, page: routeOf(`${Object.keys(entry.workers)[0]}.tsx`) }));

// ---- Seeded world -----------------------------------------------------------------------------

type World = {
  articleId: string;
  userId: string;
  draftId: string;
  commentId: string;
  /** A fresh annotation for each decision (submitted; approved for reopen), so one case never changes another's. */
  decisionTargets: Record<string, string>;
  otherId: string;
};

let world: World;
const storage: Partial<Record<Persona, string>> = {};
const contexts: Partial<Record<Persona, APIRequestContext>> = {};

async function signedInState(browser: Browser, user: SeededUser, file: string) {
  return signedInStateAt(browser, user, file, /\/my-work/);
}

async function signedInStateAt(browser: Browser, user: SeededUser, file: string, landing: RegExp) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user, landing);
  await context.storageState({ path: file });
  await context.close();
  return file;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }, info) => {
  const owner = await seedUser("editor", { name: "Matrix Owner" });
  const article = await seedArticle(owner, { title: `Authorization matrix ${Date.now()}` });
  const sentence = (i: number) =>
    ["Pakistani diplomats", "Afghan Taliban delegation", "Doha-III conference", "bilateral relations", "regional concerns", "counter-terrorism operation", "mutual desire", "cross-border attacks"][i];
  const seed = (i: number, status: "draft" | "submitted" | "approved") => seedAnnotation(article, owner, { exact: sentence(i), kind: "claim", status });
  const draft = await seed(0, "draft");
  const decisionTargets: Record<string, string> = {};
  let i = 1;
  for (const step of ["approve", "reject", "request-changes", "approveAnnotationAction", "rejectAnnotationAction", "requestChangesAction"])
    decisionTargets[step] = (await seed(i++ % 8, "submitted")).id;
  for (const step of ["reopen", "reopenAnnotationAction"]) decisionTargets[step] = (await seed(7, "approved")).id;
  const other = await seed(6, "submitted");
  const comment = await testDb().comment.create({ data: { annotationId: other.id, authorId: owner.id, body: "Owner's comment" } });
  world = { articleId: article.id, userId: owner.id, draftId: draft.id, commentId: comment.id, decisionTargets, otherId: other.id };

  const dir = info.project.outputDir;
  fs.mkdirSync(dir, { recursive: true });
  for (const role of ["editor", "reviewer", "admin"] as const) storage[role] = await signedInState(browser, await seedUser(role), path.join(dir, `${role}.json`));
  const leaver = await seedUser("editor");
  storage.deactivated = await signedInState(browser, leaver, path.join(dir, "deactivated.json"));
  await testDb().user.update({ where: { id: leaver.id }, data: { active: false } });
  const invited = await seedUser("admin", { name: "Invited Admin" });
  await testDb().user.update({ where: { id: invited.id }, data: { mustChangePassword: true } });
  storage.invited = await signedInStateAt(browser, invited, path.join(dir, "invited.json"), /\/change-password/);

  const baseURL = info.project.use.baseURL!;
  for (const persona of PERSONAS) {
    contexts[persona] = await playwrightRequest.newContext({ baseURL, storageState: storage[persona], maxRedirects: 0 });
  }
});

test.afterAll(async () => {
  for (const context of Object.values(contexts)) await context?.dispose();
});

const fill = (route: string, ids: Partial<Record<"id" | "n", string>> = {}) => route.replace("[id]", ids.id ?? world.articleId).replace("[n]", ids.n ?? "1");
const version = async (id: string) => (await testDb().annotation.findUniqueOrThrow({ where: { id } })).version;
/** How the policy refuses `persona` on `rule` (a deactivated account's session is simply over), or null. */
function refusal(rule: Rule | "public", persona: Persona): "signed_out" | "password_change_required" | "forbidden" | null {
  if (rule === "public") return null;
  if (persona === "anonymous" || persona === "deactivated") return "signed_out";
  if (persona === "invited") {
    const code = gateRefusal(rule, INVITED);
    return code === null ? null : code === "password_change_required" ? code : "forbidden";
  }
  return rolesFor(rule).includes(persona) ? null : "forbidden";
}

// ---- Coverage: nothing unlisted --------------------------------------------------------------

test("every page, API route and server action has a rule", () => {
  expect(pageRoutes.filter((route) => !(route in PAGE_RULES) && !PUBLIC_PAGES.includes(route) && !TOKEN_ROUTES.includes(route))).toEqual([]);
  expect(apiRoutes.filter((route) => !(route in API_RULES))).toEqual([]);
  expect(actions.map((a) => a.key).filter((key) => !(key in ACTION_RULES))).toEqual([]);
  expect(actions.length).toBeGreaterThan(15);
});

test("every action of the policy is something some entry point does (signing out is open to all)", () => {
  const used = new Set([...Object.values(PAGE_RULES), ...Object.values(API_RULES), ...Object.values(ACTION_RULES)].flatMap((rule) => (rule === "public" ? [] : [rule.action])));
  expect(POLICY_ACTIONS.filter((action) => !used.has(action))).toEqual(["session.end"]);
});

// ---- Pages ------------------------------------------------------------------------------------

for (const [route, rule] of Object.entries(PAGE_RULES)) {
  test(`page ${route}`, async () => {
    for (const persona of PERSONAS) {
      const response = await contexts[persona]!.get(fill(route), { maxRedirects: 0 });
      const location = response.headers()["location"] ?? "";
      const outcome = `${persona} → ${response.status()} ${location}`;
      const refused = refusal(rule, persona);
      if (refused === "signed_out") expect(location, outcome).toMatch(/\/sign-in/);
      else if (refused === "password_change_required") expect(location, outcome).toMatch(/\/change-password$/);
      else if (refused === "forbidden") expect(response.status(), outcome).toBe(403);
      else {
        expect(response.status(), outcome).toBeLessThan(400);
        expect(location, outcome).not.toMatch(/\/sign-in/);
      }
    }
  });
}

// ---- API routes -------------------------------------------------------------------------------

/** Route → the record it acts on and a body that passes validation where a role check comes later. */
async function apiCall(key: string): Promise<{ url: string; body?: unknown; headers?: Record<string, string> }> {
  const [method, route] = key.split(" ");
  const decision = /\/(approve|reject|request-changes|reopen|submit)$/.exec(route)?.[1];
  if (route.startsWith("/api/annotations/") && decision) {
    const id = decision === "submit" ? world.draftId : world.decisionTargets[decision];
    return { url: fill(route, { id }), body: { version: await version(id), reason: "Authorization matrix" } };
  }
  if (route.startsWith("/api/annotations/")) return { url: fill(route, { id: world.otherId }), body: method === "GET" ? undefined : {} };
  if (route === "/api/comments/[id]") return { url: fill(route, { id: world.commentId }), body: { body: "Edited by someone else" } };
  if (route === "/api/users/[id]") return { url: fill(route, { id: world.userId }), body: {} };
  if (route === "/api/articles/[id]/export") return { url: `${fill(route)}?format=csv` };
  // An open stream never ends: ask for a missing article's, which answers at once (404) once the caller is let in.
  if (route === "/api/events") return { url: `${route}?articleId=missing-article` };
  return { url: fill(route), body: method === "GET" ? undefined : {} };
}

for (const [key, rule] of Object.entries(API_RULES)) {
  test(`API ${key}`, async ({ baseURL }) => {
    const method = key.split(" ")[0];
    for (const persona of PERSONAS) {
      const call = await apiCall(key);
      const response = await contexts[persona]!.fetch(call.url, {
        method,
        data: call.body,
        headers: { origin: baseURL!, ...(call.headers ?? {}) },
      });
      const text = await response.text();
      const outcome = `${persona} → ${response.status()} ${text.slice(0, 200)}`;
      const refused = refusal(rule, persona);
      if (refused === "signed_out") expect(response.status(), outcome).toBe(401);
      else if (refused) {
        expect(response.status(), outcome).toBe(403);
        expect((JSON.parse(text) as { error: { code: string } }).error.code, outcome).toBe(refused);
      } else {
        expect([401, 403], outcome).not.toContain(response.status());
        expect(response.status(), outcome).toBeLessThan(500);
      }
    }
  });
}

// ---- Server actions (called directly, as a forged POST would) ---------------------------------

async function actionArgument(key: string): Promise<unknown> {
  const name = key.split("#")[1];
  const target = world.decisionTargets[name];
  if (target) return { id: target, version: await version(target), reason: "Authorization matrix" };
  return {};
}

for (const [key, rule] of Object.entries(ACTION_RULES)) {
  if (rule === "public") continue;
  test(`server action ${key}`, async ({ baseURL }) => {
    const action = actions.find((a) => a.key === key);
    expect(action, `${key} is in the build`).toBeDefined();
    for (const persona of PERSONAS) {
      // A signed-out caller brings a forged session cookie, so the proxy lets the POST reach the action.
      const headers: Record<string, string> = { "next-action": action!.id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: baseURL! };
      if (persona === "anonymous") headers.cookie = "authjs.session-token=forged";
      const response = await contexts[persona]!.post(fill(action!.page), { headers, data: JSON.stringify([await actionArgument(key)]) });
      const text = await response.text();
      const codes = [...text.matchAll(/"code":"(\w+)"/g)].map((m) => m[1]);
      const outcome = `${persona} → ${response.status()} ${text.slice(0, 300)}`;
      expect(response.status(), outcome).toBeLessThan(500);
      const refused = refusal(rule, persona);
      if (refused) expect(codes, outcome).toContain(refused === "signed_out" ? "unauthenticated" : refused);
      else
        expect(
          codes.filter((code) => code === "unauthenticated" || code === "forbidden" || code === "password_change_required"),
          outcome,
        ).toEqual([]);
    }
  });
}
