"use server";

import { authedAction } from "@/lib/server/actions/action-client";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";
import { markNotificationsReadSchema } from "@/lib/validations/notification";

/** Marks some (`{ ids }`) or all (`{ all: true }`) of the signed-in person's notifications read. */
export const markNotificationsReadAction = authedAction({ action: "notification.read", schema: markNotificationsReadSchema }, async (input, actor) => markNotificationsRead(actor, input));
