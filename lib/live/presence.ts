/** What someone is doing in an open tab: reading, changing the article's text, or reviewing one annotation. */
export const PRESENCE_ACTIVITIES = ["viewing", "editing", "reviewing"] as const;
export type PresenceActivity = (typeof PRESENCE_ACTIVITIES)[number];

/** One open live stream (a browser tab) and what its person is doing. */
export type PresenceEntry = {
  streamId: string;
  userId: string;
  name: string;
  activity: PresenceActivity | string;
  articleId: string | null;
  annotationId: string | null;
};

/** One person present, however many tabs they have open. */
export type PresentPerson = {
  userId: string;
  name: string;
  initials: string;
  /** Their most significant activity over all their tabs (editing > reviewing > viewing). */
  activity: PresenceActivity;
  /** The annotations they are reviewing. */
  reviewing: string[];
};

const RANK: Record<PresenceActivity, number> = { viewing: 0, reviewing: 1, editing: 2 };

function activityOf(value: string): PresenceActivity {
  return (PRESENCE_ACTIVITIES as readonly string[]).includes(value) ? (value as PresenceActivity) : "viewing";
}

/** "Riya Sharma" → "RS", "cher" → "C"; at most two letters, from the first and last word. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "?";
  const first = Array.from(words[0])[0] ?? "";
  const last = words.length > 1 ? (Array.from(words[words.length - 1])[0] ?? "") : "";
  return (first + last).toLocaleUpperCase();
}

/**
 * The people in `entries`, one each, in a stable order (by name), leaving out `selfUserId`
 * (a person does not need to be told they are here).
 */
export function peoplePresent(entries: readonly PresenceEntry[], selfUserId: string | null): PresentPerson[] {
  const people = new Map<string, PresentPerson>();
  for (const entry of entries) {
    if (entry.userId === selfUserId) continue;
    const activity = activityOf(entry.activity);
    const person = people.get(entry.userId) ?? { userId: entry.userId, name: entry.name, initials: initialsOf(entry.name), activity, reviewing: [] };
    if (RANK[activity] > RANK[person.activity]) person.activity = activity;
    if (activity === "reviewing" && entry.annotationId && !person.reviewing.includes(entry.annotationId)) person.reviewing.push(entry.annotationId);
    people.set(entry.userId, person);
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
}

/** Who other than `selfUserId` is reviewing each annotation (first by name when several are). */
export function reviewersByAnnotation(entries: readonly PresenceEntry[], selfUserId: string | null): Map<string, string> {
  const reviewers = new Map<string, string>();
  for (const person of peoplePresent(entries, selfUserId)) {
    for (const annotationId of person.reviewing) if (!reviewers.has(annotationId)) reviewers.set(annotationId, person.name);
  }
  return reviewers;
}

/** How a person's presence reads, e.g. "Riya Sharma is editing the text". */
export function describePresence(person: PresentPerson): string {
  switch (person.activity) {
    case "editing":
      return `${person.name} is editing the text`;
    case "reviewing":
      return `${person.name} is reviewing`;
    default:
      return `${person.name} is viewing`;
  }
}
