"use client";

import { useLocale, useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/use-error-text";
import { DateTime } from "@/components/ui/date-time";
import { useEffect, useState, useTransition } from "react";
import { NEW_NOTIFICATIONS_EVENT } from "@/components/live/open-live-streams";
import { markNotificationsReadAction } from "@/app/(app)/notifications/actions";
import { Alert } from "@/components/ui/alert";
import { AppLink } from "@/components/ui/app-link";
import { Button } from "@/components/ui/button";
import type { NotificationDto, NotificationPageDto } from "@/lib/dto/notification-dto";
import { notificationHref } from "@/lib/notifications/notification-types";
import { INBOX_CHANGED_EVENT } from "./use-unread-count";
import { notificationMessageValues } from "@/lib/notifications/notification-text";

type Props = { initial: NotificationDto[]; initialUnread: number; initialCursor: string | null; pageSize: number };

/** The inbox: each notification links to its annotation; mark one or all read. */
export function NotificationList({ initial, initialUnread, initialCursor, pageSize }: Props) {
  const [notifications, setNotifications] = useState(initial);
  const [cursor, setCursor] = useState(initialCursor);
  const [unread, setUnread] = useState(initialUnread);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const t = useTranslations("notifications");
  const locale = useLocale();
  // In English the stored text; otherwise worded from its parts (older notifications: their kind, with the English below).
  const textOf = (notification: NotificationDto) =>
    locale === "en"
      ? notification.text
      : notification.params
        ? t(`text.${notification.type}`, notificationMessageValues(notification.params, { someone: t("someone"), anAnnotation: t("anAnnotation") }))
        : t(`type.${notification.type}`, { name: notification.actor?.name ?? t("someone") });
  const errorText = useErrorText();

  function markRead(input: { ids: string[] } | { all: true }) {
    startTransition(async () => {
      const result = await markNotificationsReadAction(input);
      if (!result.ok) return setError(errorText(result.error));
      setError(null);
      setUnread(result.value.unread);
      setNotifications((current) => current.map((n) => ("all" in input || input.ids.includes(n.id) ? { ...n, read: true } : n)));
      window.dispatchEvent(new Event(INBOX_CHANGED_EVENT));
    });
  }

  /**
   * Marks one read as its link is followed: a keepalive request to the API, which the navigation
   * does not abort (a server action would be cut off mid-flight, and logged as ERR_ABORTED).
   */
  function markReadOnTheWay(id: string) {
    void fetch("/api/notifications/read", { method: "POST", keepalive: true, headers: { "content-type": "application/json" }, body: JSON.stringify({ ids: [id] }) })
      .then(() => window.dispatchEvent(new Event(INBOX_CHANGED_EVENT)))
      .catch(() => undefined);
  }

  // New notifications arrive at the top as they happen, without a reload.
  useEffect(() => {
    const showNew = () => {
      fetch(`/api/notifications?${new URLSearchParams({ limit: String(pageSize) })}`, { cache: "no-store" })
        .then((response) => (response.ok ? (response.json() as Promise<NotificationPageDto>) : null))
        .then((page) => {
          if (!page) return;
          setUnread(page.unread);
          setNotifications((current) => [...page.notifications.filter((n) => !n.read && !current.some((shown) => shown.id === n.id)), ...current]);
        })
        .catch(() => {});
    };
    window.addEventListener(NEW_NOTIFICATIONS_EVENT, showNew);
    return () => window.removeEventListener(NEW_NOTIFICATIONS_EVENT, showNew);
  }, [pageSize]);

  function showMore() {
    if (!cursor) return;
    startTransition(async () => {
      const response = await fetch(`/api/notifications?${new URLSearchParams({ limit: String(pageSize), cursor })}`, { cache: "no-store" });
      if (!response.ok) return setError(t("moreFailed"));
      const page = (await response.json()) as NotificationPageDto;
      // Marking some read reorders the inbox, so a later page may repeat one already shown.
      setNotifications((current) => [...current, ...page.notifications.filter((n) => !current.some((shown) => shown.id === n.id))]);
      setUnread(page.unread);
      setCursor(page.nextCursor);
    });
  }

  return (
    <div className="space-y-3">
      <div className="flex items-center gap-3">
        <p className="text-sm" data-testid="unread-count">
          {t("unread", { count: unread })}
        </p>
        <Button size="sm" disabled={pending || unread === 0} onClick={() => markRead({ all: true })}>
          {t("markAllRead")}
        </Button>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      {notifications.length === 0 && <p className="text-sm text-[var(--color-muted)]">{t("none")}</p>}
      <ul className="divide-y divide-[var(--color-line)] rounded-md border border-[var(--color-line)] bg-white">
        {notifications.map((notification) => (
          <li key={notification.id} className={`flex items-start gap-3 p-3 text-sm ${notification.read ? "" : "bg-amber-50"}`} data-testid="notification" data-read={notification.read}>
            <div className="min-w-0 flex-1">
              <AppLink href={notificationHref(notification)} className="break-words" onClick={() => !notification.read && markReadOnTheWay(notification.id)}>
                {textOf(notification)}
              </AppLink>
              {locale !== "en" && !notification.params && (
                <p className="text-xs text-[var(--color-muted)]" lang="en" dir="auto">
                  {notification.text}
                </p>
              )}
              <p className="text-xs text-[var(--color-muted)]">
                {!notification.read && <span className="font-medium text-[var(--color-ink)]">{t("unreadMark")} · </span>}
                <DateTime value={notification.createdAt} locale={locale} />
              </p>
            </div>
            {!notification.read && (
              <Button size="sm" disabled={pending} onClick={() => markRead({ ids: [notification.id] })} aria-label={`${t("markRead")}: ${textOf(notification)}`}>
                {t("markRead")}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {cursor && (
        <Button size="sm" disabled={pending} onClick={showMore}>
          {t("showMore")}
        </Button>
      )}
    </div>
  );
}
