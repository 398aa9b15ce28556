import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import type { MailSettings } from "@/lib/config/mail-settings";
import type { ComposedMail } from "@/lib/mail/notification-mail";

/** Sends one composed e-mail; rejects when the SMTP server does not take it (the job retries). */
export type SendMail = (message: ComposedMail & { to: string }) => Promise<void>;

// One transport per SMTP server per process; kept on globalThis across development hot reloads.
const globalForMail = globalThis as unknown as { factdeskMailTransports?: Map<string, Transporter> };

function transportFor(smtpUrl: string): Transporter {
  globalForMail.factdeskMailTransports ??= new Map();
  let transport = globalForMail.factdeskMailTransports.get(smtpUrl);
  if (!transport) {
    const url = new URL(smtpUrl);
    transport = nodemailer.createTransport({
      url: smtpUrl,
      secure: url.protocol === "smtps:",
      // A server that is down or slow fails the attempt quickly; the job queue retries later.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    globalForMail.factdeskMailTransports.set(smtpUrl, transport);
  }
  return transport;
}

/** The SMTP sender for these settings (nodemailer). */
export function smtpSender(settings: Pick<MailSettings, "smtpUrl" | "from">): SendMail {
  return async (message) => {
    const info = await transportFor(settings.smtpUrl).sendMail({ from: settings.from, to: message.to, subject: message.subject, text: message.text, html: message.html });
    if (info.rejected.length > 0) throw new Error(`The SMTP server refused ${info.rejected.length} recipient(s)`);
  };
}
