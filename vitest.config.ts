import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

const shared = {
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws outside a React Server environment; tests call the data layer directly.
      { find: /^server-only$/, replacement: `${root}/test/server-only-stub.ts` },
    ],
  },
};

const ROOTS = ["lib", "app", "components", "prisma", "scripts", "test"];

export default defineConfig({
  ...shared,
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          include: ROOTS.map((dir) => `${dir}/**/*.test.ts`),
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
          testTimeout: 20_000,
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          include: ROOTS.map((dir) => `${dir}/**/*.int.test.ts`),
          exclude: ["node_modules/**"],
          environment: "node",
          globalSetup: ["test/integration/global-setup.ts"],
          // next-auth imports "next/server" without an extension; let Vite resolve it.
          server: { deps: { inline: [/next-auth/] } },
          setupFiles: ["test/integration/setup-env.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
