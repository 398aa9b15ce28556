/** How long an open item has waited for a reviewer, in buckets of days (lower bound included). */
export const OPEN_AGE_BUCKETS = [
  { id: "under_1_day", label: "Under 1 day", minDays: 0 },
  { id: "1_to_3_days", label: "1–3 days", minDays: 1 },
  { id: "3_to_7_days", label: "3–7 days", minDays: 3 },
  { id: "7_to_14_days", label: "7–14 days", minDays: 7 },
  { id: "14_days_or_more", label: "14 days or more", minDays: 14 },
] as const;

export type OpenAgeBucketId = (typeof OPEN_AGE_BUCKETS)[number]["id"];

/** The bucket of an item that has waited `ageSeconds` (negative ages, from clock skew, count as new). */
export function openAgeBucket(ageSeconds: number): OpenAgeBucketId {
  const days = ageSeconds / 86_400;
  let found: OpenAgeBucketId = OPEN_AGE_BUCKETS[0].id;
  for (const bucket of OPEN_AGE_BUCKETS) if (days >= bucket.minDays) found = bucket.id;
  return found;
}
