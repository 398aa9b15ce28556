import { z } from "zod";
import { isKnownTimeZone } from "../dashboard/day-range";
import { MIN_PASSWORD_LENGTH } from "../validations/user";

/**
 * Every environment variable Factdesk reads, validated once at start. The README's
 * configuration table lists the same variables; keep them in step.
 */
const booleanFlag = z
  .enum(["", "0", "1", "true", "false"], { error: "Use 1/true or 0/false" })
  .optional()
  .transform((value) => value === "1" || value === "true");

const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), "Must be a postgresql:// URL")
  .refine((value) => {
    try {
      new URL(value);
      return true;
    } catch {
      return false;
    }
  }, "Is not a valid URL");

/** Next.js reads it at build time: base64 of an AES key (16, 24 or 32 bytes). */
const serverActionsKey = z.string().refine((value) => {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  return [16, 24, 32].includes(Buffer.from(value, "base64").length);
}, "Must be base64 of 16, 24 or 32 bytes (try: openssl rand -base64 32)");

/** A duration setting in whole milliseconds, with its bounds named in the message. */
function milliseconds(name: string, min: number, max: number, fallback: number) {
  const message = `${name} must be a whole number of milliseconds from ${min} to ${max}`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message).default(fallback);
}
/** A whole-number setting, with its bounds named in the message. */
function wholeNumber(name: string, min: number, max: number, fallback: number) {
  const message = `${name} must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message).default(fallback);
}
const smtpUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === "smtp:" || url.protocol === "smtps:") && url.hostname !== "";
  } catch {
    return false;
  }
}, "SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtps://user:password@mail.example.org:465");

/** `Name <address>` or a bare address. */
const mailFrom = z
  .string()
  .refine((value) => /^(?:[^<>\r\n]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/.test(value.trim()), 'MAIL_FROM must be an address like desk@example.org or "Fact desk <desk@example.org>"');

const timeZone = z.string().refine((value) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}, "FACTDESK_DIGEST_TIMEZONE must be an IANA time zone such as Europe/London or Asia/Karachi");

export const appConfigSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl.optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  FACTDESK_BASE_URL: z.url({ error: "FACTDESK_BASE_URL must be a URL like https://factdesk.example.org" }).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  FACTDESK_DEMO_PASSWORD: z.string().min(8, "FACTDESK_DEMO_PASSWORD must be at least 8 characters").optional(),
  FACTDESK_SEED_DEMO: booleanFlag,
  FACTDESK_ADMIN_PASSWORD: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `FACTDESK_ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(200, "FACTDESK_ADMIN_PASSWORD must be at most 200 characters")
    .optional(),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: serverActionsKey.optional(),
  FACTDESK_DATA_DIR: z.string().default(".data"),
  FACTDESK_EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(5488),
  FACTDESK_SESSION_HOURS: z.coerce
    .number()
    .min(0.05)
    .max(24 * 30)
    .default(12),
  FACTDESK_ORGANISATION_NAME: z.string().min(1).default("Factdesk"),
  FACTDESK_ORGANISATION_URL: z.url().default("https://factdesk.example.org"),
  FACTDESK_IMPORT_ALLOW_PRIVATE: booleanFlag,
  FACTDESK_LIVE_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(1_000),
  FACTDESK_TRUSTED_PROXY_HOPS: z.coerce
    .number({ error: "FACTDESK_TRUSTED_PROXY_HOPS must be a whole number (0 when no reverse proxy is in front)" })
    .int("FACTDESK_TRUSTED_PROXY_HOPS must be a whole number (0 when no reverse proxy is in front)")
    .min(0, "FACTDESK_TRUSTED_PROXY_HOPS must be 0 or more")
    .max(10, "FACTDESK_TRUSTED_PROXY_HOPS must be at most 10")
    .default(0),
  FACTDESK_UNDO_SECONDS: z.coerce
    .number({ error: "FACTDESK_UNDO_SECONDS must be a number of seconds" })
    .int("FACTDESK_UNDO_SECONDS must be a whole number of seconds")
    .min(0, "FACTDESK_UNDO_SECONDS must be 0 (no undo) or more")
    .max(300, "FACTDESK_UNDO_SECONDS must be at most 300")
    .default(10),
  FACTDESK_DB_STATEMENT_TIMEOUT_MS: milliseconds("FACTDESK_DB_STATEMENT_TIMEOUT_MS", 100, 600_000, 15_000),
  FACTDESK_DB_CONNECT_TIMEOUT_MS: milliseconds("FACTDESK_DB_CONNECT_TIMEOUT_MS", 100, 120_000, 5_000),
  FACTDESK_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: milliseconds("FACTDESK_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS", 1_000, 3_600_000, 30_000),
  FACTDESK_DB_POOL_SIZE: z.coerce
    .number({ error: "FACTDESK_DB_POOL_SIZE must be a whole number of connections from 1 to 200" })
    .int("FACTDESK_DB_POOL_SIZE must be a whole number of connections from 1 to 200")
    .min(1, "FACTDESK_DB_POOL_SIZE must be a whole number of connections from 1 to 200")
    .max(200, "FACTDESK_DB_POOL_SIZE must be a whole number of connections from 1 to 200")
    .default(10),
  FACTDESK_DB_POOL_WAIT_MS: milliseconds("FACTDESK_DB_POOL_WAIT_MS", 100, 120_000, 10_000),
  FACTDESK_DB_TRANSACTION_TIMEOUT_MS: milliseconds("FACTDESK_DB_TRANSACTION_TIMEOUT_MS", 1_000, 600_000, 15_000),
  FACTDESK_REQUEST_TIMEOUT_MS: milliseconds("FACTDESK_REQUEST_TIMEOUT_MS", 1_000, 600_000, 30_000),
  FACTDESK_SHUTDOWN_TIMEOUT_MS: milliseconds("FACTDESK_SHUTDOWN_TIMEOUT_MS", 0, 600_000, 20_000),
  FACTDESK_SHUTDOWN_DRAIN_DELAY_MS: milliseconds("FACTDESK_SHUTDOWN_DRAIN_DELAY_MS", 0, 300_000, 0),
  FACTDESK_BODY_WORKERS: z.coerce
    .number({ error: "FACTDESK_BODY_WORKERS must be a whole number from 0 to 8" })
    .int("FACTDESK_BODY_WORKERS must be a whole number from 0 to 8")
    .min(0, "FACTDESK_BODY_WORKERS must be a whole number from 0 to 8")
    .max(8, "FACTDESK_BODY_WORKERS must be a whole number from 0 to 8")
    .default(1),
  FACTDESK_BODY_WORKER_TIMEOUT_MS: milliseconds("FACTDESK_BODY_WORKER_TIMEOUT_MS", 1_000, 600_000, 120_000),
  /** Article bodies and imports waiting for a body worker; past it a save or import is refused (503, Retry-After). */
  FACTDESK_BODY_WORKER_QUEUE: wholeNumber("FACTDESK_BODY_WORKER_QUEUE", 0, 1_000, 16),
  /** Worker processes reading and rendering PDF reports (0: on the request thread). */
  FACTDESK_REPORT_WORKERS: wholeNumber("FACTDESK_REPORT_WORKERS", 0, 8, 1),
  /** Longest one report may take to render; then the render is stopped and the export answers 504. */
  FACTDESK_REPORT_TIMEOUT_MS: milliseconds("FACTDESK_REPORT_TIMEOUT_MS", 1_000, 600_000, 120_000),
  /** Reports waiting for a report worker; past it an export is refused (503, Retry-After). */
  FACTDESK_REPORT_QUEUE: wholeNumber("FACTDESK_REPORT_QUEUE", 0, 1_000, 4),
  FACTDESK_METRICS_TOKEN: z.string().min(16, "FACTDESK_METRICS_TOKEN must be at least 16 characters (try: openssl rand -hex 24)").optional(),
  FACTDESK_IDEMPOTENCY_HOURS: z.coerce
    .number({ error: "FACTDESK_IDEMPOTENCY_HOURS must be a number of hours" })
    .min(0.01, "FACTDESK_IDEMPOTENCY_HOURS must be more than 0")
    .max(24 * 30, "FACTDESK_IDEMPOTENCY_HOURS must be at most 720 (30 days)")
    .default(24),
  FACTDESK_TIME_ZONE: z.string().refine(isKnownTimeZone, "FACTDESK_TIME_ZONE must be an IANA time zone name, e.g. UTC, Europe/London or Asia/Karachi").default("UTC"),
  FACTDESK_JOBS_POLL_SECONDS: z.coerce
    .number({ error: "FACTDESK_JOBS_POLL_SECONDS must be a number of seconds" })
    .min(0.5, "FACTDESK_JOBS_POLL_SECONDS must be at least 0.5")
    .max(300, "FACTDESK_JOBS_POLL_SECONDS must be at most 300")
    .default(2),
  /** Largest evidence page or document the archive downloads (MB, after decompression). */
  FACTDESK_ARCHIVE_MAX_MB: z.coerce
    .number({ error: "FACTDESK_ARCHIVE_MAX_MB must be a number of megabytes" })
    .min(0.1, "FACTDESK_ARCHIVE_MAX_MB must be at least 0.1")
    .max(100, "FACTDESK_ARCHIVE_MAX_MB must be at most 100")
    .default(10),
  /** Time limit of one archive fetch, redirects included (seconds). */
  FACTDESK_ARCHIVE_TIMEOUT_SECONDS: z.coerce
    .number({ error: "FACTDESK_ARCHIVE_TIMEOUT_SECONDS must be a number of seconds" })
    .min(1, "FACTDESK_ARCHIVE_TIMEOUT_SECONDS must be at least 1")
    .max(120, "FACTDESK_ARCHIVE_TIMEOUT_SECONDS must be at most 120")
    .default(15),
  /** Fetches of one host at a time by the archive workers of every instance together. */
  FACTDESK_ARCHIVE_PER_HOST: z.coerce
    .number({ error: "FACTDESK_ARCHIVE_PER_HOST must be a whole number" })
    .int("FACTDESK_ARCHIVE_PER_HOST must be a whole number")
    .min(1, "FACTDESK_ARCHIVE_PER_HOST must be at least 1")
    .max(16, "FACTDESK_ARCHIVE_PER_HOST must be at most 16")
    .default(2),
  /** An archive request still pending this long without a live job is re-queued by the sweep (minutes). */
  FACTDESK_ARCHIVE_STALLED_MINUTES: z.coerce
    .number({ error: "FACTDESK_ARCHIVE_STALLED_MINUTES must be a number of minutes" })
    .min(1, "FACTDESK_ARCHIVE_STALLED_MINUTES must be at least 1")
    .max(1440, "FACTDESK_ARCHIVE_STALLED_MINUTES must be at most 1440")
    .default(15),
  /** How often the sweep re-queues one stalled archive request before marking it failed. */
  FACTDESK_ARCHIVE_REQUEUES: z.coerce
    .number({ error: "FACTDESK_ARCHIVE_REQUEUES must be a whole number" })
    .int("FACTDESK_ARCHIVE_REQUEUES must be a whole number")
    .min(0, "FACTDESK_ARCHIVE_REQUEUES must be at least 0")
    .max(20, "FACTDESK_ARCHIVE_REQUEUES must be at most 20")
    .default(3),
  SMTP_URL: z.preprocess((value) => (value === "" ? undefined : value), smtpUrl.optional()),
  MAIL_FROM: z.preprocess((value) => (value === "" ? undefined : value), mailFrom.optional()),
  FACTDESK_DIGEST_HOUR: z.coerce
    .number({ error: "FACTDESK_DIGEST_HOUR must be an hour from 0 to 23" })
    .int("FACTDESK_DIGEST_HOUR must be a whole hour from 0 to 23")
    .min(0, "FACTDESK_DIGEST_HOUR must be an hour from 0 to 23")
    .max(23, "FACTDESK_DIGEST_HOUR must be an hour from 0 to 23")
    .default(7),
  /** Unset: the desk's own time zone (FACTDESK_TIME_ZONE). */
  FACTDESK_DIGEST_TIMEZONE: timeZone.optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type AppConfig = z.infer<typeof appConfigSchema>;

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; problems: string[] };

/** Parses the environment; problems are worded for the person starting the app. */
export function parseAppConfig(env: Record<string, string | undefined>): ConfigResult {
  const result = appConfigSchema.safeParse(env);
  if (result.success) return { ok: true, config: result.data };
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`);
  return { ok: false, problems };
}

let cached: AppConfig | undefined;

/** The validated configuration of this process; throws one readable error listing every problem. */
export function getAppConfig(): AppConfig {
  if (cached) return cached;
  const result = parseAppConfig(process.env);
  if (!result.ok) {
    throw new Error(`Factdesk configuration is invalid:\n  - ${result.problems.join("\n  - ")}`);
  }
  cached = result.config;
  return cached;
}
