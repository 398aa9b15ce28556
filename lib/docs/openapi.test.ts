import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import YAML from "yaml";

/**
 * Keeps docs/openapi.yaml in step with the route handlers: every `route.ts` under app/api (but
 * Auth.js's own) must have its path and methods documented, and nothing documented may be gone.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const apiDir = path.join(root, "app/api");
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

type OpenApiDocument = {
  openapi: string;
  paths: Record<string, Record<string, { responses?: Record<string, unknown>; operationId?: string; security?: unknown[] }>>;
};

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** `app/api/articles/[id]/annotations/route.ts` → `/api/articles/{id}/annotations` (route groups dropped). */
function routePath(file: string): string {
  const segments = path
    .relative(path.join(root, "app"), path.dirname(file))
    .split(path.sep)
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => segment.replace(/^\[(?:\.\.\.)?(.+)\]$/, "{$1}"));
  return `/${segments.join("/")}`;
}

/** The HTTP methods a route module exports (`export const GET = …`, `export async function POST`, `export const { GET } = …`). */
function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:const|let|(?:async\s+)?function)\s+([A-Z]+)\b/g)) found.add(match[1]);
  for (const match of source.matchAll(/export\s+const\s*\{([^}]*)\}/g)) {
    for (const name of match[1].split(","))
      found.add(
        name
          .trim()
          .split(/\s*:\s*/)
          .pop() ?? "",
      );
  }
  return [...found].filter((name) => (HTTP_METHODS as readonly string[]).includes(name)).sort();
}

const routes = routeFiles(apiDir)
  .filter((file) => !path.relative(apiDir, file).startsWith(`auth${path.sep}`))
  .map((file) => ({ file: path.relative(root, file), path: routePath(file), methods: exportedMethods(fs.readFileSync(file, "utf8")) }));

const documentText = fs.readFileSync(path.join(root, "docs/openapi.yaml"), "utf8");
const document = YAML.parse(documentText) as OpenApiDocument;

describe("docs/openapi.yaml", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    expect(document.openapi).toMatch(/^3\.1\./);
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document) as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("has no $ref pointing nowhere", () => {
    const broken: string[] = [];
    const resolve = (pointer: string) =>
      pointer
        .slice(2)
        .split("/")
        .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
        .reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), document);
    const walk = (node: unknown): void => {
      if (!node || typeof node !== "object") return;
      for (const [key, value] of Object.entries(node)) {
        if (key === "$ref" && typeof value === "string" && resolve(value) === undefined) broken.push(value);
        walk(value);
      }
    };
    walk(document);
    expect(broken).toEqual([]);
  });

  it("finds the route handlers it checks", () => {
    expect(routes.length).toBeGreaterThanOrEqual(6);
    expect(routes.find((route) => route.path === "/api/articles/{id}/annotations")?.methods).toEqual(["GET", "POST"]);
  });

  it.each(routes.map((route) => [route.file, route] as const))("documents every method of %s", (_file, route) => {
    expect(route.methods.length, `${route.file} exports no HTTP method`).toBeGreaterThan(0);
    const item = document.paths[route.path];
    expect(item, `${route.path} (${route.file}) is missing from docs/openapi.yaml`).toBeDefined();
    for (const method of route.methods) {
      expect(item[method.toLowerCase()], `${method} ${route.path} is missing from docs/openapi.yaml`).toBeDefined();
    }
  });

  it("documents no path or method that no longer exists", () => {
    const implemented = new Set(routes.flatMap((route) => route.methods.map((method) => `${method.toLowerCase()} ${route.path}`)));
    const documented = Object.entries(document.paths).flatMap(([route, item]) =>
      Object.keys(item)
        .filter((key) => (HTTP_METHODS as readonly string[]).includes(key.toUpperCase()))
        .map((method) => `${method} ${route}`),
    );
    expect(documented.filter((operation) => !implemented.has(operation))).toEqual([]);
  });

  it("gives every operation an id, a success response and the 401 every signed-in route can answer", () => {
    for (const [route, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (!(HTTP_METHODS as readonly string[]).includes(method.toUpperCase())) continue;
        const statuses = Object.keys(operation.responses ?? {});
        expect(operation.operationId, `${method} ${route} has no operationId`).toBeTruthy();
        expect(
          statuses.some((status) => status.startsWith("2")),
          `${method} ${route} has no 2xx response`,
        ).toBe(true);
        // Public operations (`security: []`, the health checks) never ask who calls.
        const isPublic = Array.isArray(operation.security) && operation.security.length === 0;
        if (!isPublic) expect(statuses, `${method} ${route} does not document 401`).toContain("401");
      }
    }
  });

  it("describes the shared error body and the code-point offsets", () => {
    expect(documentText).toContain("fieldErrors");
    expect(documentText).toMatch(/Unicode code points/);
    for (const status of ["400", "401", "403", "404", "409", "412", "422", "428"]) expect(documentText).toContain(`"${status}"`);
  });
});

describe("route path and method discovery", () => {
  it("maps folders to OpenAPI paths", () => {
    expect(routePath(path.join(root, "app/api/articles/[id]/annotations/route.ts"))).toBe("/api/articles/{id}/annotations");
    expect(routePath(path.join(root, "app/api/(internal)/queue/[...rest]/route.ts"))).toBe("/api/queue/{rest}");
  });

  it("reads exported methods in every style", () => {
    const source = "export const GET = apiRoute();\nexport async function POST() {}\nexport const { PATCH, DELETE: remove } = handlers;\nexport const config = {};";
    expect(exportedMethods(source)).toEqual(["GET", "PATCH", "POST"]);
    expect(exportedMethods("export const { GET, POST } = handlers;")).toEqual(["GET", "POST"]);
  });
});
