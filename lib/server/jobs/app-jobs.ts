import "server-only";
import { evidenceArchiveRegistration, evidenceArchiveSweepRegistration } from "@/lib/server/evidence/evidence-archive-job";
import { appMailRegistrations } from "@/lib/server/mail/mail-jobs";
import { jobRunner, type JobRegistration } from "./job-runner-instance";

/**
 * Every queue this app works on, with its handler and schedule: add a `jobRegistration(...)` here
 * for a new kind of background work. Each instance starts a worker for each (instrumentation.ts).
 */
export function appJobRegistrations(): JobRegistration[] {
  return [...appMailRegistrations(jobRunner), evidenceArchiveRegistration(), evidenceArchiveSweepRegistration()];
}
