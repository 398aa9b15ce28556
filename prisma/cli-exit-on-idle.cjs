// Preloaded into the Prisma CLI (see scripts/prisma-cli.mjs). The Wasm schema engine leaves a
// ~10 s timer armed after it finishes, which keeps the CLI alive long after its work is done.
// Long timers are unref'd so they never hold the process open on their own; anything the CLI is
// still really doing (an open database socket, a child process) still keeps it alive.
const LONG_TIMER_MS = 5_000;
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = function setTimeoutUnrefLong(callback, delay, ...args) {
  const timer = originalSetTimeout(callback, delay, ...args);
  if (typeof delay === "number" && delay >= LONG_TIMER_MS && typeof timer?.unref === "function") timer.unref();
  return timer;
};
