"use client";

import { useState, useTransition } from "react";
import { updateMailPreferencesAction } from "@/app/(app)/settings/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { MailPreferencesDto } from "@/lib/dto/notification-dto";
import { MAIL_DELIVERIES, type MailDelivery } from "@/lib/notifications/mail-preferences";
import { NOTIFICATION_TYPES, type NotificationType } from "@/lib/notifications/notification-types";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/use-error-text";

/** The settings section where a person chooses, per kind, how notifications reach them by e-mail. */
export function MailPreferencesForm({ initial }: { initial: MailPreferencesDto }) {
  const [preferences, setPreferences] = useState(initial.preferences);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const t = useTranslations("settings.mail");
  const kinds = useTranslations("notifications.kinds");
  const errorText = useErrorText();

  const choose = (kind: NotificationType, delivery: MailDelivery) => {
    setPreferences((current) => ({ ...current, [kind]: delivery }));
    setMessage(null);
  };

  return (
    <section id="email" aria-labelledby="email-heading" className="rounded-lg border border-[var(--color-line)] bg-white p-5 lg:col-span-2">
      <h2 id="email-heading" className="text-base font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-gray-600">{t("intro")}</p>
      {!initial.mailEnabled && (
        <div className="mt-3">
          <Alert tone="info">{t("mailOff")}</Alert>
        </div>
      )}
      <form
        className="mt-4 space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          startTransition(async () => {
            const result = await updateMailPreferencesAction({ preferences });
            if (result && !result.ok) setMessage({ tone: "error", text: errorText(result.error) });
            else if (result?.ok) {
              setPreferences(result.value.preferences);
              setMessage({ tone: "success", text: t("saved") });
            }
          });
        }}
      >
        <table className="w-full text-sm">
          <thead>
            <tr className="text-start text-gray-600">
              <th scope="col" className="py-1 pe-4 font-medium">
                {t("kind")}
              </th>
              {MAIL_DELIVERIES.map((delivery) => (
                <th key={delivery} scope="col" className="px-2 py-1 text-center font-medium">
                  {t(`choices.${delivery}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {NOTIFICATION_TYPES.map((kind) => (
              <tr key={kind} className="border-t border-[var(--color-line)]" data-testid={`mail-preference-${kind}`}>
                <th scope="row" className="py-2 pe-4 text-start font-normal">
                  {kinds(kind)}
                </th>
                {MAIL_DELIVERIES.map((delivery) => (
                  <td key={delivery} className="px-2 py-2 text-center">
                    <input
                      type="radio"
                      name={`mail-${kind}`}
                      value={delivery}
                      checked={preferences[kind] === delivery}
                      onChange={() => choose(kind, delivery)}
                      aria-label={`${kinds(kind)}: ${t(`choices.${delivery}`)}${initial.defaults[kind] === delivery ? ` ${t("defaultMark")}` : ""}`}
                      className="h-4 w-4"
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-sm text-gray-600">{t("digestAt", { hour: String(initial.digestHour).padStart(2, "0"), zone: initial.digestTimeZone })}</p>
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </form>
    </section>
  );
}
