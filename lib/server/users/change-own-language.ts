import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { notFound, ok, type Result } from "@/lib/server/errors";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";

/** Sets the actor's interface language (`null`: follow the browser); nothing is written when it is unchanged. */
export async function changeOwnLanguage(actor: Actor, locale: Locale | null): Promise<Result<{ locale: Locale | null }>> {
  const allowed = can(actor, "preferences.change");
  if (!allowed.ok) return refusedBy(allowed);
  return transactWithEvents(async (tx, events) => {
    const user = await tx.user.findUnique({ where: { id: actor.id }, select: { locale: true } });
    if (!user) return notFound("User");
    if (user.locale === locale) return ok({ locale });
    await tx.user.update({ where: { id: actor.id }, data: { locale } });
    events.add({ type: "user.language_changed", actorId: actor.id, entityId: actor.id, articleId: null, payload: { before: { locale: user.locale }, after: { locale } } });
    return ok({ locale });
  });
}
