"use client";

import { useTranslations } from "next-intl";
import { peoplePresent, type PresenceEntry } from "@/lib/live/presence";

const TONES = ["bg-sky-700", "bg-emerald-700", "bg-amber-700", "bg-rose-700", "bg-violet-700", "bg-teal-700"];

function toneOf(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return TONES[Math.abs(hash) % TONES.length];
}

/** Who else has this screen open: initials in a row, what each does in their tooltip and for screen readers. */
export function PresenceAvatars({ entries, selfUserId, label }: { entries: PresenceEntry[]; selfUserId: string; label?: string }) {
  const people = peoplePresent(entries, selfUserId);
  const t = useTranslations("live.presence");
  const title = label ?? t("alsoHere");
  const describe = (person: (typeof people)[number]) => t(person.activity === "editing" ? "editing" : person.activity === "reviewing" ? "reviewing" : "viewing", { name: person.name });
  if (people.length === 0) return null;
  return (
    <div className="flex items-center gap-2 text-xs text-[var(--color-muted)]" data-testid="presence">
      <span>{title}:</span>
      <ul className="flex -space-x-1" aria-label={title}>
        {people.map((person) => (
          <li key={person.userId} title={describe(person)} data-testid="presence-person" data-activity={person.activity}>
            <span
              aria-hidden
              className={`inline-flex h-7 w-7 items-center justify-center rounded-full border-2 border-white text-[0.7rem] font-semibold text-white ${toneOf(person.userId)} ${person.activity === "viewing" ? "" : "ring-2 ring-amber-400"}`}
            >
              {person.initials}
            </span>
            <span className="sr-only">{describe(person)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
