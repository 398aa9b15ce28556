import { NOTIFICATION_TYPES, type NotificationType } from "./notification-types";

/** How a person gets e-mail about one kind of notification. */
export const MAIL_DELIVERIES = ["immediately", "digest", "off"] as const;

/** One of {@link MAIL_DELIVERIES}. */
export type MailDelivery = (typeof MAIL_DELIVERIES)[number];

/**
 * What someone gets before choosing: at once for what asks something of them (being assigned or
 * mentioned, work submitted for them to review, their work rejected or sent back, a re-review),
 * in the daily digest for what is
 * only good to know (approvals, replies, revisions).
 */
export const DEFAULT_MAIL_DELIVERY: Readonly<Record<NotificationType, MailDelivery>> = Object.freeze({
  assigned: "immediately",
  mentioned: "immediately",
  review_requested: "immediately",
  annotation_approved: "digest",
  annotation_rejected: "immediately",
  annotation_changes_requested: "immediately",
  thread_reply: "digest",
  rereview_needed: "immediately",
  article_revised: "digest",
});

/** Labels of the kinds, as the settings page and the digest name them. */
export const NOTIFICATION_KIND_LABELS: Readonly<Record<NotificationType, string>> = Object.freeze({
  assigned: "Assigned to an article",
  mentioned: "Mentioned in a comment",
  review_requested: "Annotations submitted on an article I review",
  annotation_approved: "My annotation approved",
  annotation_rejected: "My annotation rejected",
  annotation_changes_requested: "My annotation sent back",
  thread_reply: "Reply in a thread I am in",
  rereview_needed: "Re-review needed on something I approved",
  article_revised: "Revision changed annotations on an article I am on",
});

/** Every kind with the person's choice, their stored choices over the defaults (unknown kinds ignored). */
export function effectiveMailPreferences(stored: readonly { kind: string; delivery: string }[]): Record<NotificationType, MailDelivery> {
  const result = { ...DEFAULT_MAIL_DELIVERY };
  for (const row of stored) {
    if ((NOTIFICATION_TYPES as readonly string[]).includes(row.kind) && (MAIL_DELIVERIES as readonly string[]).includes(row.delivery)) {
      result[row.kind as NotificationType] = row.delivery as MailDelivery;
    }
  }
  return result;
}

/** The person's choice for one kind (the default when they have not chosen, or the stored value is unknown). */
export function mailDeliveryFor(kind: string, stored: readonly { kind: string; delivery: string }[]): MailDelivery {
  if (!(NOTIFICATION_TYPES as readonly string[]).includes(kind)) return "off";
  return effectiveMailPreferences(stored)[kind as NotificationType];
}
