import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Everything whose change makes a new `next build` necessary. */
const SOURCES = ["app", "components", "lib", "proxy.ts", "instrumentation.ts", "next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json", "prisma/schema.prisma"];
const SKIP = new Set(["node_modules", ".next", "fixtures", "generated"]);

function collect(entry: string, out: string[]): void {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) if (!SKIP.has(name)) collect(path.join(entry, name), out);
    return;
  }
  if (!/\.test\.tsx?$/.test(entry)) out.push(`${entry}:${stat.size}:${stat.mtimeMs}`);
}

/** A hash of the sources' names, sizes and times; stored beside the build it made. */
export function sourceStamp(root: string): string {
  const files: string[] = [];
  for (const source of SOURCES) collect(path.join(root, source), files);
  return createHash("sha256").update(files.join("\n")).digest("hex");
}

const STAMP_FILE = ".next/factdesk-build-stamp";

export function buildIsCurrent(root: string): boolean {
  const stampPath = path.join(root, STAMP_FILE);
  if (!fs.existsSync(path.join(root, ".next/BUILD_ID")) || !fs.existsSync(stampPath)) return false;
  return fs.readFileSync(stampPath, "utf8") === sourceStamp(root);
}

export function writeBuildStamp(root: string): void {
  fs.writeFileSync(path.join(root, STAMP_FILE), sourceStamp(root));
}
