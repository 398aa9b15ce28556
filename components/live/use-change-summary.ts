"use client";

import { useCallback } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { LiveEvent } from "@/lib/live/live-event";
import { groupChanges } from "@/lib/live/live-summary";

/**
 * Phrases changes made by others for the live announcer in the interface language:
 * "2 new annotations by Riya Sharma; 1 annotation approved by Ali" (empty when nothing is worth saying).
 */
export function useChangeSummary(): (events: readonly LiveEvent[], selfUserId: string | null) => string {
  const t = useTranslations("live.changes");
  const format = useFormatter();
  return useCallback(
    (events, selfUserId) =>
      groupChanges(events, selfUserId, t("someone"))
        .map(({ type, count, names }) => {
          const shown = names.length > 3 ? [...names.slice(0, 2), t("others", { count: names.length - 2 })] : names;
          const key = `type.${type.replace(".", "_")}`;
          return t.has(key) ? t(key as "type.comment_added", { count, names: format.list(shown) }) : "";
        })
        .filter(Boolean)
        .join("; "),
    [t, format],
  );
}
