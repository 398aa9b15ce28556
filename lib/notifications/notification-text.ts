import type { NotificationParams } from "./notification-types";

/** How a language names what a notification's parameters leave out. */
export type NotificationFallbacks = { someone: string; anAnnotation: string };

/**
 * The arguments of a notification's message (`notifications.text.<type>`): its parameters with
 * the missing parts filled in (`none` selects the branch without a reason or a due date). Pure.
 */
export function notificationMessageValues(params: NotificationParams, fallbacks: NotificationFallbacks): Record<string, string | number> {
  return {
    actor: params.actor ?? fallbacks.someone,
    quote: params.quote ?? fallbacks.anAnnotation,
    reason: params.reason || "none",
    role: params.role ?? "annotate",
    due: params.due ?? "none",
    count: params.count ?? 1,
    result: params.result ?? "changed",
    revision: params.revision ?? 0,
    changed: params.changed ?? 0,
    orphaned: params.orphaned ?? 0,
  };
}

/** Whether a stored notification carries parameters (rows written before they existed don't). */
export function hasNotificationParams(params: unknown): params is NotificationParams {
  return typeof params === "object" && params !== null && !Array.isArray(params);
}
