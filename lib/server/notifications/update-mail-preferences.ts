import "server-only";
import type { MailPreferencesDto } from "@/lib/dto/notification-dto";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import type { Result } from "@/lib/server/errors";
import type { MailPreferencesInput } from "@/lib/validations/notification";
import { getMailPreferences } from "./get-mail-preferences";

/**
 * Sets the actor's own e-mail choices for the kinds given (others keep theirs) and returns them all.
 * Like marking one's inbox read, it is a personal setting, not a change of the desk's state: no
 * event in the audit trail. A choice applies to mail not sent yet: turning a kind off also stops
 * its pending mail; moving it to the digest sends it there.
 */
export async function updateMailPreferences(actor: Actor, input: MailPreferencesInput): Promise<Result<MailPreferencesDto>> {
  const allowed = can(actor, "notification.preferences");
  if (!allowed.ok) return refusedBy(allowed);
  const entries = Object.entries(input.preferences);
  await db().$transaction(
    entries.map(([kind, delivery]) =>
      db().notificationMailPreference.upsert({ where: { userId_kind: { userId: actor.id, kind } }, create: { userId: actor.id, kind, delivery: delivery! }, update: { delivery: delivery! } }),
    ),
  );
  return getMailPreferences(actor);
}
