"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { PresenceEntry } from "@/lib/live/presence";
import { PresenceAvatars } from "./presence-avatars";
import { useLiveStream } from "./use-live-stream";

/** On the text editor: tells the article's readers that this person is editing it, and shows who else is there. */
export function EditingPresence({ articleId, after, selfUserId }: { articleId: string; after: string; selfUserId: string }) {
  const [presence, setPresence] = useState<PresenceEntry[]>([]);
  const [savedBy, setSavedBy] = useState<string | null>(null);
  const t = useTranslations("live");
  const { connected, setActivity } = useLiveStream({
    articleId,
    after,
    onChanges: (events) => {
      const saved = events.filter((event) => event.type === "revision.saved" && event.actorId !== selfUserId).at(-1);
      if (saved) setSavedBy(saved.actorName ?? t("someone"));
    },
    onPresence: setPresence,
  });
  useEffect(() => {
    if (connected) setActivity("editing");
  }, [connected, setActivity]);
  return (
    <div className="mb-3 space-y-2">
      <PresenceAvatars entries={presence} selfUserId={selfUserId} />
      {savedBy && (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm">
          {t("savedWhileEditing", { name: savedBy })}
        </p>
      )}
    </div>
  );
}
