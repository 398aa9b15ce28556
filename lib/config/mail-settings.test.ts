import { describe, expect, it } from "vitest";
import { parseAppConfig, type AppConfig } from "./app-config";
import { digestCron, mailSettingsOf } from "./mail-settings";

function config(env: Record<string, string>): AppConfig {
  const result = parseAppConfig(env);
  if (!result.ok) throw new Error(result.problems.join("; "));
  return result.config;
}

describe("mail settings", () => {
  it("are off without SMTP_URL (or with an empty one)", () => {
    expect(mailSettingsOf(config({}))).toBeNull();
    expect(mailSettingsOf(config({ SMTP_URL: "" }))).toBeNull();
  });

  it("default the sender and the public URL", () => {
    const settings = mailSettingsOf(config({ SMTP_URL: "smtp://localhost:2525", PORT: "4000" }));
    expect(settings).toEqual({ smtpUrl: "smtp://localhost:2525", from: "Factdesk <factdesk@localhost>", publicUrl: "http://localhost:4000", digestHour: 7, digestTimeZone: "UTC" });
  });

  it("use FACTDESK_BASE_URL, MAIL_FROM and the digest hour and zone", () => {
    const settings = mailSettingsOf(
      config({
        SMTP_URL: "smtps://u:p@mail.example.org",
        FACTDESK_BASE_URL: "https://desk.example.org",
        MAIL_FROM: "Desk <desk@example.org>",
        FACTDESK_DIGEST_HOUR: "18",
        FACTDESK_DIGEST_TIMEZONE: "Asia/Karachi",
      }),
    );
    expect(settings).toMatchObject({ from: "Desk <desk@example.org>", publicUrl: "https://desk.example.org", digestHour: 18, digestTimeZone: "Asia/Karachi" });
    expect(digestCron(settings!)).toBe("0 18 * * *");
  });

  it("name each malformed mail setting", () => {
    const result = parseAppConfig({ SMTP_URL: "http://mail.example.org", MAIL_FROM: "not an address", FACTDESK_DIGEST_HOUR: "24", FACTDESK_DIGEST_TIMEZONE: "Mars/Olympus" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problems = result.problems.join("\n");
    expect(problems).toMatch(/SMTP_URL must be an smtp:\/\//);
    expect(problems).toMatch(/MAIL_FROM must be an address/);
    expect(problems).toMatch(/FACTDESK_DIGEST_HOUR must be an hour/);
    expect(problems).toMatch(/FACTDESK_DIGEST_TIMEZONE must be an IANA time zone/);
  });

  it("accept a bare sender address", () => {
    expect(parseAppConfig({ MAIL_FROM: "desk@example.org" }).ok).toBe(true);
  });
});
