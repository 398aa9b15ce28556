import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * Who may read `/metrics`: nobody when FACTDESK_METRICS_TOKEN is unset (`disabled`: answer 404,
 * as if it did not exist), else whoever sends `Authorization: Bearer <that token>` (compared in
 * constant time).
 */
export function metricsAccess(configuredToken: string | undefined, authorization: string | null): "disabled" | "refused" | "allowed" {
  if (!configuredToken) return "disabled";
  const match = /^bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) return "refused";
  return timingSafeEqual(digest(match[1]), digest(configuredToken)) ? "allowed" : "refused";
}
