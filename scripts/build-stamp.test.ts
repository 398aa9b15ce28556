import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildState, sourceStamp, writeBuildStamp } from "./build-stamp";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-stamp-"));
  made.push(dir);
  return dir;
}

function write(root: string, file: string, content: string): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), content);
}

/** A small checkout: sources, a test, a fixture and generated code. */
function checkout(): string {
  const root = tempDir();
  write(root, "app/page.tsx", "export default function Page() { return null; }\n");
  write(root, "lib/anchoring/text.ts", "export const text = 1;\n");
  write(root, "lib/anchoring/text.test.ts", "test\n");
  write(root, "lib/anchoring/fixtures/case.json", "{}\n");
  write(root, "lib/server/db/generated/client.ts", "generated\n");
  write(root, "package-lock.json", "{}\n");
  write(root, "next.config.js", "export default {};\n");
  return root;
}

function copyTo(source: string): string {
  const target = path.join(tempDir(), "elsewhere", "factdesk");
  fs.cpSync(source, target, { recursive: true, preserveTimestamps: false });
  return target;
}

describe("sourceStamp", () => {
  it("is the same for a copy of the checkout in another folder, with new file times", () => {
    const original = checkout();
    const copy = copyTo(original);
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(copy, "app/page.tsx"), later, later);
    expect(sourceStamp(copy)).toBe(sourceStamp(original));
  });

  it("changes when a source changes, even with the same size", () => {
    const root = checkout();
    const before = sourceStamp(root);
    write(root, "lib/anchoring/text.ts", "export const text = 2;\n");
    expect(sourceStamp(root)).not.toBe(before);
  });

  it("changes when a source is renamed or added", () => {
    const root = checkout();
    const before = sourceStamp(root);
    fs.renameSync(path.join(root, "app/page.tsx"), path.join(root, "app/other.tsx"));
    const renamed = sourceStamp(root);
    expect(renamed).not.toBe(before);
    write(root, "components/button.tsx", "export {};\n");
    expect(sourceStamp(root)).not.toBe(renamed);
  });

  it("ignores tests, fixtures and generated code", () => {
    const root = checkout();
    const before = sourceStamp(root);
    write(root, "lib/anchoring/text.test.ts", "another test\n");
    write(root, "lib/anchoring/fixtures/case.json", '{"changed":true}\n');
    write(root, "lib/server/db/generated/client.ts", "regenerated\n");
    write(root, "lib/export/export.int.test.ts", "new integration test\n");
    expect(sourceStamp(root)).toBe(before);
  });
});

describe("buildState", () => {
  it("is missing without a build, current after one, stale after a source change", () => {
    const root = checkout();
    expect(buildState(root)).toBe("missing");
    write(root, ".next/BUILD_ID", "abc");
    expect(buildState(root)).toBe("missing");
    writeBuildStamp(root);
    expect(buildState(root)).toBe("current");
    expect(buildState(copyTo(root))).toBe("current");
    write(root, "app/page.tsx", "export default function Page() { return 1; }\n");
    expect(buildState(root)).toBe("stale");
  });
});
