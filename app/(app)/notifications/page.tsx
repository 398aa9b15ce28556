import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotificationList } from "@/components/notifications/notification-list";
import { PageHeader } from "@/components/ui/page-header";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { requirePageUser } from "@/lib/server/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

const INBOX_PAGE = 100;

/** The signed-in person's notifications: unread first, newest first. */
export default async function NotificationsPage() {
  const user = await requirePageUser("notification.read");
  const inbox = await listNotifications(user, { limit: INBOX_PAGE, cursor: null });
  if (!inbox.ok) throw new Error(inbox.error.message);
  const t = await getTranslations("notifications");
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} />
      <NotificationList initial={inbox.value.notifications} initialUnread={inbox.value.unread} initialCursor={inbox.value.nextCursor} pageSize={INBOX_PAGE} />
    </div>
  );
}
