import type { AppConfig } from "./app-config";

/** Whether `.next` holds a build of the current sources (see scripts/build-stamp.ts). */
export type BuildState = "current" | "stale" | "missing";

export type StartPlan = { action: "refuse"; message: string } | { action: "start"; database: "embedded" | "external"; build: boolean; seedDemo: boolean; warnings: string[] };

/**
 * What `npm start` does. On the embedded database (a try-out desk) it builds when needed and
 * adds the demo desk. On a real DATABASE_URL it never builds at boot (a missing or stale build
 * is refused, naming `npm run build`) and adds demo accounts only with FACTDESK_SEED_DEMO=1.
 */
export function planStart(input: { config: Pick<AppConfig, "DATABASE_URL" | "FACTDESK_SEED_DEMO" | "AUTH_SECRET">; buildState: BuildState }): StartPlan {
  const { config, buildState } = input;
  if (!config.DATABASE_URL) {
    return { action: "start", database: "embedded", build: buildState !== "current", seedDemo: true, warnings: [] };
  }
  if (buildState === "missing") {
    return { action: "refuse", message: "the app is not built. Run `npm run build` first (once per release), then `npm start`." };
  }
  if (buildState === "stale") {
    return { action: "refuse", message: "the build in .next is out of date: the sources changed since it was made. Run `npm run build`, then `npm start`." };
  }
  const warnings = config.AUTH_SECRET ? [] : ["Warning: AUTH_SECRET is not set; using a secret stored in the data folder. Set AUTH_SECRET (the same on every instance) for any real deployment."];
  return { action: "start", database: "external", build: false, seedDemo: config.FACTDESK_SEED_DEMO, warnings };
}
