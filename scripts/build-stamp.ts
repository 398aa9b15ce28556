import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { BuildState } from "../lib/config/start-plan";

/** Everything whose change makes a new `next build` necessary (paths relative to the checkout). */
const SOURCES = [
  "app",
  "components",
  "lib",
  "i18n",
  "messages",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
  "prisma/schema.prisma",
];
const SKIP = new Set(["node_modules", ".next", "fixtures", "generated"]);
const STAMP_FILE = ".next/factdesk-build-stamp";

export type { BuildState };

function collect(root: string, relative: string, out: string[]): void {
  const absolute = path.join(root, relative);
  if (!fs.existsSync(absolute)) return;
  if (fs.statSync(absolute).isDirectory()) {
    for (const name of fs.readdirSync(absolute).sort()) if (!SKIP.has(name)) collect(root, path.posix.join(relative, name), out);
    return;
  }
  if (/\.test\.tsx?$/.test(relative)) return;
  const contentHash = createHash("sha256").update(fs.readFileSync(absolute)).digest("hex");
  out.push(`${relative}:${contentHash}`);
}

/**
 * A hash of the sources' relative paths and contents, stored beside the build it made. It does
 * not depend on the folder the checkout sits in nor on file times, so a built tree copied
 * elsewhere (a container image, another server) is still current. Tests and fixtures don't count.
 */
export function sourceStamp(root: string): string {
  const files: string[] = [];
  for (const source of SOURCES) collect(root, source, files);
  return createHash("sha256").update(files.join("\n")).digest("hex");
}

/** Whether `.next` holds a build of the current sources (`npm run build` writes the stamp). */
export function buildState(root: string): BuildState {
  const stampPath = path.join(root, STAMP_FILE);
  if (!fs.existsSync(path.join(root, ".next/BUILD_ID")) || !fs.existsSync(stampPath)) return "missing";
  return fs.readFileSync(stampPath, "utf8") === sourceStamp(root) ? "current" : "stale";
}

export function buildIsCurrent(root: string): boolean {
  return buildState(root) === "current";
}

export function writeBuildStamp(root: string): void {
  fs.writeFileSync(path.join(root, STAMP_FILE), sourceStamp(root));
}
