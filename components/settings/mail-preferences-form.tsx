"use client";

import { useState, useTransition } from "react";
import { updateMailPreferencesAction } from "@/app/(app)/settings/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { MailPreferencesDto } from "@/lib/dto/notification-dto";
import { MAIL_DELIVERIES, NOTIFICATION_KIND_LABELS, type MailDelivery } from "@/lib/notifications/mail-preferences";
import { NOTIFICATION_TYPES, type NotificationType } from "@/lib/notifications/notification-types";

const TEXT = {
  heading: "E-mail notifications",
  intro: "For each kind of notification, choose whether to get an e-mail at once, in one daily digest, or not at all. The bell and the inbox always show everything.",
  mailOff: "This desk does not send e-mail yet (no mail server is set up). Your choices are kept for when it does.",
  digestAt: (hour: number, zone: string) => `The daily digest goes out at ${String(hour).padStart(2, "0")}:00 (${zone}), only when there is something you have not read.`,
  kind: "Notification",
  save: "Save e-mail choices",
  saving: "Saving…",
  saved: "Your e-mail choices are saved.",
  defaultMark: "(default)",
  choices: { immediately: "Immediately", digest: "Daily digest", off: "Off" } satisfies Record<MailDelivery, string>,
};

/** The settings section where a person chooses, per kind, how notifications reach them by e-mail. */
export function MailPreferencesForm({ initial }: { initial: MailPreferencesDto }) {
  const [preferences, setPreferences] = useState(initial.preferences);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  const choose = (kind: NotificationType, delivery: MailDelivery) => {
    setPreferences((current) => ({ ...current, [kind]: delivery }));
    setMessage(null);
  };

  return (
    <section id="email" aria-labelledby="email-heading" className="rounded-lg border border-[var(--color-line)] bg-white p-5 lg:col-span-2">
      <h2 id="email-heading" className="text-base font-semibold">
        {TEXT.heading}
      </h2>
      <p className="mt-1 text-sm text-gray-600">{TEXT.intro}</p>
      {!initial.mailEnabled && (
        <div className="mt-3">
          <Alert tone="info">{TEXT.mailOff}</Alert>
        </div>
      )}
      <form
        className="mt-4 space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          startTransition(async () => {
            const result = await updateMailPreferencesAction({ preferences });
            if (result && !result.ok) setMessage({ tone: "error", text: result.error.message });
            else if (result?.ok) {
              setPreferences(result.value.preferences);
              setMessage({ tone: "success", text: TEXT.saved });
            }
          });
        }}
      >
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left text-gray-600">
              <th scope="col" className="py-1 pr-4 font-medium">
                {TEXT.kind}
              </th>
              {MAIL_DELIVERIES.map((delivery) => (
                <th key={delivery} scope="col" className="px-2 py-1 text-center font-medium">
                  {TEXT.choices[delivery]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {NOTIFICATION_TYPES.map((kind) => (
              <tr key={kind} className="border-t border-[var(--color-line)]" data-testid={`mail-preference-${kind}`}>
                <th scope="row" className="py-2 pr-4 text-left font-normal">
                  {NOTIFICATION_KIND_LABELS[kind]}
                </th>
                {MAIL_DELIVERIES.map((delivery) => (
                  <td key={delivery} className="px-2 py-2 text-center">
                    <input
                      type="radio"
                      name={`mail-${kind}`}
                      value={delivery}
                      checked={preferences[kind] === delivery}
                      onChange={() => choose(kind, delivery)}
                      aria-label={`${NOTIFICATION_KIND_LABELS[kind]}: ${TEXT.choices[delivery]}${initial.defaults[kind] === delivery ? ` ${TEXT.defaultMark}` : ""}`}
                      className="h-4 w-4"
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-sm text-gray-600">{TEXT.digestAt(initial.digestHour, initial.digestTimeZone)}</p>
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? TEXT.saving : TEXT.save}
        </Button>
      </form>
    </section>
  );
}
