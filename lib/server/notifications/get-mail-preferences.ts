import "server-only";
import { getAppConfig } from "@/lib/config/app-config";
import type { MailPreferencesDto } from "@/lib/dto/notification-dto";
import { DEFAULT_MAIL_DELIVERY, effectiveMailPreferences } from "@/lib/notifications/mail-preferences";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { ok, type Result } from "@/lib/server/errors";

/** The actor's own e-mail choices for every kind of notification (defaults where they have not chosen). */
export async function getMailPreferences(actor: Actor): Promise<Result<MailPreferencesDto>> {
  const allowed = can(actor, "notification.preferences");
  if (!allowed.ok) return refusedBy(allowed);
  const stored = await db().notificationMailPreference.findMany({ where: { userId: actor.id }, select: { kind: true, delivery: true } });
  const config = getAppConfig();
  return ok({
    mailEnabled: Boolean(config.SMTP_URL),
    preferences: effectiveMailPreferences(stored),
    defaults: { ...DEFAULT_MAIL_DELIVERY },
    digestHour: config.FACTDESK_DIGEST_HOUR,
    digestTimeZone: config.FACTDESK_DIGEST_TIMEZONE,
  });
}
