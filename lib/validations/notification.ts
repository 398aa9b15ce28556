import { MAIL_DELIVERIES, type MailDelivery } from "../notifications/mail-preferences";
import { NOTIFICATION_TYPES, type NotificationType } from "../notifications/notification-types";
import { z } from "./zod";

const id = z.string().trim().min(1).max(64, "Not a valid id");

/** Body of `POST /api/notifications/read` and the mark-read action: some of one's notifications, or all. */
export const markNotificationsReadSchema = z.union([z.strictObject({ ids: z.array(id).min(1, "Give at least one id").max(500, "At most 500 ids") }), z.strictObject({ all: z.literal(true) })], {
  error: 'Send { "ids": [...] } or { "all": true }',
});
export type MarkNotificationsRead = z.infer<typeof markNotificationsReadSchema>;

/** `GET /api/members?q=`: the start of a desk member's name (or any part of it). */
export const memberQuerySchema = z.object({ q: z.string().trim().max(100, "q must be at most 100 characters").default("") });

/**
 * Body of `PUT /api/notifications/preferences` and the settings form: for some kinds, how to
 * e-mail them (`immediately`, `digest` or `off`); kinds left out keep their current choice.
 */
export const mailPreferencesSchema = z.strictObject({
  preferences: z
    .record(z.string(), z.unknown())
    .superRefine((value, context) => {
      for (const [kind, delivery] of Object.entries(value)) {
        if (!(NOTIFICATION_TYPES as readonly string[]).includes(kind)) {
          context.addIssue({ code: "custom", path: [kind], message: `Unknown notification kind "${kind}"; use one of ${NOTIFICATION_TYPES.join(", ")}` });
        } else if (!(MAIL_DELIVERIES as readonly unknown[]).includes(delivery)) {
          context.addIssue({ code: "custom", path: [kind], message: `Choose immediately, digest or off` });
        }
      }
    })
    .transform((value) => value as Partial<Record<NotificationType, MailDelivery>>),
});
export type MailPreferencesInput = z.infer<typeof mailPreferencesSchema>;
