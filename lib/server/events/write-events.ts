import "server-only";

/**
 * The stream's writer (one INSERT per transaction, ordering lock, commit signal on
 * {@link EVENT_CHANNEL}): implemented in lib/db/append-events.ts so the seed, which runs outside
 * the app, writes through it too. Use `transactWithEvents`, which calls it after the change.
 */
export { appendEvents as writeEvents, EVENT_CHANNEL } from "@/lib/db/append-events";
