// ESLint flat config: typescript-eslint, React hooks (with the React Compiler rules), Next's rules,
// and the import boundaries between client code, the pure core and the server-only data layer.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import { clientBoundary } from "./scripts/eslint/client-boundary.mjs";

/** The server-only data layer: client code may import its types, never its code. */
const SERVER_LAYER = {
  group: ["@/lib/server", "@/lib/server/**", "**/lib/server/**"],
  allowTypeImports: true,
  message: "Client code must not load the server-only data layer: move what it needs to a client-safe module (lib/dto, lib/domain, lib/export/export-formats).",
};

/** Framework-free core: no Next, React, Prisma or server layer. */
const CORE_FOLDERS = ["anchoring", "review", "export", "editor", "html", "revisions", "policy", "events", "domain", "validations", "dto", "paging"];
const CORE_RESTRICTIONS = [
  { group: ["next", "next/**", "next-auth", "next-auth/**"], message: "lib/ core is framework-free: no Next imports." },
  { group: ["react", "react/**", "react-dom", "react-dom/**", "@tiptap/react"], message: "lib/ core is framework-free: no React imports (Tiptap's core and ProseMirror are fine)." },
  { group: ["@prisma/**", "**/db/generated/**"], message: "lib/ core does not touch the database: take plain values." },
  { group: ["server-only", "@/lib/server", "@/lib/server/**"], message: "lib/ core must not depend on the server-only data layer." },
];

export default defineConfig(
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".data/**",
      ".test-results/**",
      "test-results/**",
      "playwright-report/**",
      "coverage/**",
      "tmp/**",
      "lib/server/db/generated/**",
      "next-env.d.ts",
      "**/fixtures/**",
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly", setTimeout: "readonly", clearTimeout: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat["recommended-latest"],
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ...nextPlugin.configs["core-web-vitals"],
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [SERVER_LAYER] }] },
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { factdesk: { rules: { "client-boundary": clientBoundary } } },
    rules: { "factdesk/client-boundary": "error" },
  },
  {
    files: CORE_FOLDERS.map((folder) => `lib/${folder}/**/*.{ts,tsx}`),
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: CORE_RESTRICTIONS }] },
  },
);
