import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const eslint = new ESLint({ cwd: root });

/** The rule ids ESLint reports for `code` as if it were the file at `file` (relative to the root). */
async function findings(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

describe("import boundaries", () => {
  it("keeps the server-only data layer out of components at run time, types allowed", async () => {
    expect(await findings("components/example.tsx", 'import { db } from "@/lib/server/db/prisma";\nexport const x = db;\n')).toContain("no-restricted-imports");
    expect(await findings("components/example.tsx", 'import type { Actor } from "@/lib/server/auth/actor";\nexport type X = Actor;\n')).toEqual([]);
    expect(await findings("components/example.tsx", 'import { type Actor } from "@/lib/server/auth/actor";\nexport type X = Actor;\n')).toEqual([]);
  });

  it('keeps it out of any "use client" module, wherever it is', async () => {
    const code = '"use client";\nimport { logger } from "@/lib/server/logger";\nexport const x = logger;\n';
    expect(await findings("app/example/client-part.tsx", code)).toContain("factdesk/client-boundary");
    expect(await findings("app/example/client-part.tsx", '"use client";\nimport type { Actor } from "@/lib/server/auth/actor";\nexport type X = Actor;\n')).toEqual([]);
    expect(await findings("app/example/client-part.tsx", '"use client";\nexport { logger } from "../../lib/server/logger";\n')).toContain("factdesk/client-boundary");
    // A server module may of course use the data layer.
    expect(await findings("app/example/page.tsx", 'import { logger } from "@/lib/server/logger";\nexport const x = logger;\n')).toEqual([]);
  });

  it("keeps Next, React and Prisma out of the framework-free core", async () => {
    for (const source of ["next/server", "react", "@prisma/client", "@/lib/server/db/generated/client", "@/lib/server/logger", "server-only"]) {
      expect(await findings("lib/anchoring/example.ts", `import * as m from "${source}";\nexport const x = m;\n`), source).toContain("no-restricted-imports");
    }
    expect(await findings("lib/editor/example.ts", 'import { Extension } from "@tiptap/core";\nexport const x = Extension;\n')).toEqual([]);
    expect(await findings("lib/dto/example.ts", 'import { useState } from "react";\nexport const x = useState;\n')).toContain("no-restricted-imports");
  });
});
