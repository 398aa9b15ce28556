"use client";

import { AppLink } from "@/components/ui/app-link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { WaitingBadge } from "@/components/live/waiting-badge";
import type { ReviewQueueCount } from "@/lib/dto/review-dto";

const LINKS = [
  { href: "/my-work", label: "myWork" },
  { href: "/articles", label: "articles" },
  { href: "/review", label: "review" },
  { href: "/settings", label: "settings" },
] as const;

const DASHBOARD_LINK = { href: "/dashboard", label: "dashboard" } as const;
const ADMIN_LINK = { href: "/admin/users", label: "admin" } as const;

export function AppNav({ isAdmin, showDashboard, reviews, waiting }: { isAdmin: boolean; showDashboard: boolean; reviews: boolean; waiting: ReviewQueueCount }) {
  const pathname = usePathname();
  const t = useTranslations("nav");
  const links = [...LINKS.slice(0, 3), ...(showDashboard ? [DASHBOARD_LINK] : []), ...(isAdmin ? [ADMIN_LINK] : []), LINKS[3]];
  return (
    <nav aria-label={t("main")}>
      <ul className="flex flex-wrap gap-1">
        {links.map((link) => {
          const active = pathname === link.href || pathname.startsWith(`${link.href}/`);
          return (
            <li key={link.href}>
              <AppLink
                href={link.href}
                aria-current={active ? "page" : undefined}
                className={`rounded-md px-3 py-1.5 text-sm no-underline ${active ? "bg-gray-900 text-white" : "text-[var(--color-ink)] hover:bg-gray-100"}`}
              >
                {t(link.label)}
                {link.href === "/review" && <WaitingBadge initial={waiting} reviews={reviews} />}
              </AppLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
