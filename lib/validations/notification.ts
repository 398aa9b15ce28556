import { z } from "./zod";

const id = z.string().trim().min(1).max(64, "Not a valid id");

/** Body of `POST /api/notifications/read` and the mark-read action: some of one's notifications, or all. */
export const markNotificationsReadSchema = z.union([z.strictObject({ ids: z.array(id).min(1, "Give at least one id").max(500, "At most 500 ids") }), z.strictObject({ all: z.literal(true) })], {
  error: 'Send { "ids": [...] } or { "all": true }',
});
export type MarkNotificationsRead = z.infer<typeof markNotificationsReadSchema>;

/** `GET /api/members?q=`: the start of a desk member's name (or any part of it). */
export const memberQuerySchema = z.object({ q: z.string().trim().max(100, "q must be at most 100 characters").default("") });
