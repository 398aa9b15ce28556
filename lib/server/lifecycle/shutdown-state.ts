import "server-only";

// On globalThis: instrumentation and the route bundles are separate module graphs in one process.
const state = globalThis as unknown as { factdeskShuttingDownSince?: Date };

/** Marks this process as draining (SIGTERM received): readiness answers 503 from now on. */
export function markShuttingDown(now = new Date()): void {
  state.factdeskShuttingDownSince ??= now;
}

/** Whether this process is draining. */
export function isShuttingDown(): boolean {
  return state.factdeskShuttingDownSince !== undefined;
}
