import { getTranslations } from "next-intl/server";
import { AppLink } from "@/components/ui/app-link";
import { allows, canAttempt, type PolicyActor } from "@/lib/policy/policy";
import { signOutAction } from "@/app/(app)/sign-out-action";
import { NotificationBell } from "@/components/notifications/notification-bell";
import type { ReviewQueueCount } from "@/lib/dto/review-dto";
import { HeaderSearch } from "@/components/search/header-search";
import { AppNav } from "./app-nav";

export async function AppHeader({ user, waiting }: { user: PolicyActor & { name: string }; waiting: ReviewQueueCount }) {
  const t = await getTranslations("nav");
  const roles = await getTranslations("roles");
  return (
    <header className="border-b border-[var(--color-line)] bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <AppLink href="/articles" className="text-lg font-semibold tracking-tight text-[var(--color-ink)] no-underline">
          Factdesk
        </AppLink>
        <AppNav isAdmin={allows(user, "user.manage")} showDashboard={allows(user, "dashboard.read")} reviews={canAttempt(user, "annotation.decide").ok} waiting={waiting} />
        <HeaderSearch />
        <div className="ms-auto flex items-center gap-3 text-sm">
          <NotificationBell />
          <span data-testid="current-user">
            <span className="font-medium" dir="auto">
              {user.name}
            </span>{" "}
            <span className="rounded-full bg-gray-100 px-2 py-0.5 text-xs text-[var(--color-muted)]">{roles(user.role)}</span>
          </span>
          <form action={signOutAction}>
            <button type="submit" className="rounded-md border border-[var(--color-line)] px-2.5 py-1 text-sm hover:bg-gray-50">
              {t("signOut")}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
