import "server-only";
import type { DeskEventInput } from "@/lib/events/event-types";
import type { Prisma } from "@/lib/server/db/generated/client";
import { db } from "@/lib/server/db/prisma";
import { afterMailCommitted, mailIsOn } from "@/lib/server/mail/after-mail-committed";
import { draftNotifications, insertNotifications } from "@/lib/server/notifications/write-notifications";
import { writeEvents } from "./write-events";

type Tx = Prisma.TransactionClient;

/** Collects the events of one change; they are written when the change's transaction ends. */
export class EventLog {
  readonly #events: DeskEventInput[] = [];

  /** Records that something happened (written with the change, or not at all). */
  add(...events: DeskEventInput[]): void {
    this.#events.push(...events);
  }

  /** The events recorded so far, in order. */
  get events(): readonly DeskEventInput[] {
    return this.#events;
  }
}

/**
 * Runs one change of state and its events in one transaction: `change` does the writes and adds
 * its events to the log; the events are appended last, so they commit with the change, in
 * commit order, or not at all; the notifications the events cause (lib/notifications) are
 * derived before them (reads, kept out of the ordering lock) and inserted right after them, in the same transaction (with their e-mail pending when mail is on,
 * queued once the transaction commits). The one way the data layer writes to the event stream.
 */
export async function transactWithEvents<T>(
  change: (tx: Tx, events: EventLog) => Promise<T>,
  options?: { timeout?: number; maxWait?: number; isolationLevel?: Prisma.TransactionIsolationLevel },
): Promise<T> {
  const mail = mailIsOn();
  let mailPending: string[] = [];
  const result = await db().$transaction(async (tx) => {
    const log = new EventLog();
    const value = await change(tx, log);
    // Reads first: from writing the events to COMMIT every other writer waits (the stream's ordering lock).
    const notifications = await draftNotifications(tx, log.events);
    const position = await writeEvents(tx, log.events);
    mailPending = await insertNotifications(tx, notifications, position, { mail });
    return value;
  }, options);
  if (mailPending.length) afterMailCommitted(mailPending);
  return result;
}
