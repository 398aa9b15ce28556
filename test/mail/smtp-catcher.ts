import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** One e-mail as the test SMTP server received it. */
export type CaughtMail = { to: string[]; from: string; subject: string; text: string; html: string };

/**
 * A local SMTP server for tests (the `smtp-server` package): accepts every message without
 * authentication and keeps it, parsed. `stop()` closes it; `start()` again on the same port
 * brings it back (a down mail server, then a recovered one).
 */
export class SmtpCatcher {
  readonly messages: CaughtMail[] = [];
  #server: SMTPServer | null = null;
  #port: number;
  readonly #waiters = new Set<() => void>();

  constructor(port = 0) {
    this.#port = port;
  }

  get port(): number {
    return this.#port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.#port}`;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            this.messages.push({
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              subject: parsed.subject ?? "",
              text: parsed.text ?? "",
              html: typeof parsed.html === "string" ? parsed.html : "",
            });
            for (const wake of this.#waiters) wake();
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.#port, "127.0.0.1", () => resolve());
    });
    this.#port = (server.server.address() as AddressInfo).port;
    this.#server = server;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Waits until a message matching `accept` has arrived (rejects after `timeoutMs`). */
  async waitFor(accept: (mail: CaughtMail) => boolean, timeoutMs = 20_000): Promise<CaughtMail> {
    const found = () => this.messages.find(accept);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const mail = found();
      if (mail) return mail;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching e-mail within ${timeoutMs} ms; got: ${this.messages.map((m) => `${m.to.join(",")}: ${m.subject}`).join(" | ") || "none"}`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.#waiters.delete(wake);
          resolve();
        };
        this.#waiters.add(wake);
        setTimeout(wake, Math.min(left, 250));
      });
    }
  }
}
