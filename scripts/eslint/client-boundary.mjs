/**
 * `factdesk/client-boundary`: a module that starts with "use client" is bundled for the browser, so
 * it may import types from the server-only data layer (`@/lib/server/...`) but nothing that runs.
 * (`no-restricted-imports` covers components/ by path; this covers "use client" modules anywhere.)
 */
const SERVER_LAYER = /^(@\/lib\/server|(\.{1,2}\/)+(.*\/)?lib\/server)(\/|$)/;

function isUseClient(program) {
  for (const statement of program.body) {
    if (statement.type !== "ExpressionStatement" || typeof statement.directive !== "string") return false;
    if (statement.directive === "use client") return true;
  }
  return false;
}

function isTypeOnly(node) {
  if (node.importKind === "type" || node.exportKind === "type") return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((specifier) => specifier.importKind === "type" || specifier.exportKind === "type");
}

/** @type {import("eslint").Rule.RuleModule} */
export const clientBoundary = {
  meta: {
    type: "problem",
    docs: { description: 'Forbid run-time imports of @/lib/server from "use client" modules' },
    schema: [],
    messages: {
      serverImport: '"use client" module imports {{source}} at run time: import types only (`import type`), or move the code to a client-safe module (lib/dto, lib/domain, lib/export/export-formats).',
    },
  },
  create(context) {
    let client = false;
    const check = (node, source) => {
      if (client && typeof source === "string" && SERVER_LAYER.test(source) && !isTypeOnly(node)) {
        context.report({ node, messageId: "serverImport", data: { source } });
      }
    };
    return {
      Program(program) {
        client = isUseClient(program);
      },
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value),
    };
  },
};
