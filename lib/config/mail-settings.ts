import type { AppConfig } from "./app-config";

/** What sending e-mail needs, when it is on. */
export type MailSettings = {
  smtpUrl: string;
  /** The From header. */
  from: string;
  /** Absolute base of the links in mails. */
  publicUrl: string;
  digestHour: number;
  digestTimeZone: string;
};

/**
 * Mail settings from the configuration: null (mail off) unless `SMTP_URL` is set. Links use
 * `FACTDESK_BASE_URL`, else `http://localhost:PORT`; the sender is `MAIL_FROM`, else
 * `Factdesk <factdesk@host-of-the-public-url>`.
 */
export function mailSettingsOf(
  config: Pick<AppConfig, "SMTP_URL" | "MAIL_FROM" | "FACTDESK_BASE_URL" | "PORT" | "FACTDESK_DIGEST_HOUR" | "FACTDESK_DIGEST_TIMEZONE" | "FACTDESK_TIME_ZONE">,
): MailSettings | null {
  if (!config.SMTP_URL) return null;
  const publicUrl = config.FACTDESK_BASE_URL ?? `http://localhost:${config.PORT}`;
  const host = new URL(publicUrl).hostname || "localhost";
  return {
    smtpUrl: config.SMTP_URL,
    from: config.MAIL_FROM?.trim() ?? `Factdesk <factdesk@${host}>`,
    publicUrl,
    digestHour: config.FACTDESK_DIGEST_HOUR,
    digestTimeZone: config.FACTDESK_DIGEST_TIMEZONE ?? config.FACTDESK_TIME_ZONE,
  };
}

/** The cron expression of the daily digest (minute 0 of the configured hour). */
export function digestCron(settings: Pick<MailSettings, "digestHour">): string {
  return `0 ${settings.digestHour} * * *`;
}
