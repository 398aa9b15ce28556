import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/layout/app-header";
import { policyActorOf } from "@/lib/policy/policy";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { countReviewQueue } from "@/lib/server/review/count-review-queue";

/** The signed-in shell: navigation on top, the page below (someone on a one-time password is sent to change it). */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser("article.read");
  const waiting = await countReviewQueue(user);
  const t = await getTranslations("nav");
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("skipToContent")}
      </a>
      <AppHeader user={{ ...policyActorOf(user), name: user.name }} waiting={waiting} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
        {children}
      </main>
    </div>
  );
}
