"use client";

import { AppLink } from "@/components/ui/app-link";
import { usePathname } from "next/navigation";
import { WaitingBadge } from "@/components/live/waiting-badge";
import type { ReviewQueueCount } from "@/lib/dto/review-dto";

const LINKS = [
  { href: "/my-work", label: "My work" },
  { href: "/articles", label: "Articles" },
  { href: "/review", label: "Review queue" },
  { href: "/settings", label: "Settings" },
];

const DASHBOARD_LINK = { href: "/dashboard", label: "Dashboard" };

export function AppNav({ isAdmin, showDashboard, reviews, waiting }: { isAdmin: boolean; showDashboard: boolean; reviews: boolean; waiting: ReviewQueueCount }) {
  const pathname = usePathname();
  const links = [...LINKS.slice(0, 3), ...(showDashboard ? [DASHBOARD_LINK] : []), ...(isAdmin ? [{ href: "/admin/users", label: "Admin" }] : []), LINKS[3]];
  return (
    <nav aria-label="Main">
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
                {link.label}
                {link.href === "/review" && <WaitingBadge initial={waiting} reviews={reviews} />}
              </AppLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
