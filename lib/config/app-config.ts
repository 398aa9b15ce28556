import { z } from "zod";
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
