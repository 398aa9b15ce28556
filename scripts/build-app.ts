import path from "node:path";
import { writeBuildStamp } from "./build-stamp";
import { runCommand } from "./run-command";

/**
 * The one way Factdesk is built (`npm run build`, the embedded `npm start`, `npm test`):
 * the Prisma client, then a production `next build`, then the stamp `npm start` checks.
 */
export async function buildApp(root: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const buildEnv = { ...env, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1" };
  await runCommand(process.execPath, [path.join(root, "scripts/prisma-cli.mjs"), "generate"], { cwd: root, env: buildEnv, stdio: ["ignore", "ignore", "inherit"] });
  await runCommand(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: root, env: buildEnv });
  writeBuildStamp(root);
}
