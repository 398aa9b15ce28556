import { describe, expect, it } from "vitest";
import { NOTIFICATION_TYPES } from "../notifications/notification-types";
import { composeDigestMail, composeNotificationMail, notificationSubject, notificationUrl, oneLine, type MailNotification } from "./notification-mail";

const base: MailNotification = {
  type: "mentioned",
  text: "Riya mentioned you: can you check the figure?",
  actorName: "Riya Sen",
  articleId: "art 1",
  annotationId: "ann1",
  articleTitle: "Budget 2026: what the minister said",
  createdAt: new Date("2026-11-30T10:00:00Z"),
};

describe("notificationUrl", () => {
  it("is absolute and goes to the annotation", () => {
    expect(notificationUrl(base, "https://desk.example.org")).toBe("https://desk.example.org/articles/art%201?annotation=ann1");
  });

  it("keeps a path prefix of the public URL", () => {
    expect(notificationUrl(base, "https://example.org/factdesk")).toBe("https://example.org/factdesk/articles/art%201?annotation=ann1");
    expect(notificationUrl(base, "https://example.org/factdesk/")).toBe("https://example.org/factdesk/articles/art%201?annotation=ann1");
  });

  it("goes to the article when there is no annotation", () => {
    expect(notificationUrl({ ...base, annotationId: null }, "http://localhost:3000")).toBe("http://localhost:3000/articles/art%201");
  });
});

describe("notificationSubject", () => {
  it("says who did what on which article, for every kind", () => {
    for (const type of NOTIFICATION_TYPES) {
      const subject = notificationSubject({ ...base, type });
      expect(subject).toContain("“Budget 2026: what the minister said”");
    }
    expect(notificationSubject(base)).toBe("Riya Sen mentioned you on “Budget 2026: what the minister said”");
    expect(notificationSubject({ ...base, type: "annotation_rejected" })).toBe("Riya Sen rejected your annotation on “Budget 2026: what the minister said”");
  });

  it("never carries a line break (header injection) and shortens long titles", () => {
    const subject = notificationSubject({ ...base, actorName: "Eve\r\nBcc: victim@example.org", articleTitle: "x".repeat(300) });
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject.length).toBeLessThan(160);
    expect(subject).toContain("…");
  });

  it("names someone when the actor is unknown", () => {
    expect(notificationSubject({ ...base, actorName: null })).toMatch(/^Someone mentioned you/);
  });
});

describe("oneLine", () => {
  it("flattens control characters and whitespace", () => {
    expect(oneLine(" a\tb\u2028c\u0000d  ", 20)).toBe("a b c d");
  });
});

describe("composeNotificationMail", () => {
  it("has a text and an HTML part with the link and the settings link", () => {
    const mail = composeNotificationMail({ notification: base, publicUrl: "https://desk.example.org" });
    expect(mail.text).toContain("Riya mentioned you: can you check the figure?");
    expect(mail.text).toContain("https://desk.example.org/articles/art%201?annotation=ann1");
    expect(mail.text).toContain("https://desk.example.org/settings#email");
    expect(mail.html).toContain('href="https://desk.example.org/articles/art%201?annotation=ann1"');
  });

  it("escapes what people typed in the HTML part", () => {
    const mail = composeNotificationMail({
      notification: { ...base, text: 'Eve rejected your annotation: <img src=x onerror="alert(1)">', articleTitle: "<script>alert(1)</script> & more" },
      publicUrl: "https://desk.example.org",
    });
    expect(mail.html).not.toContain("<img");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more");
    expect(mail.text).toContain("<script>alert(1)</script> & more");
  });
});

describe("composeDigestMail", () => {
  const later = { ...base, type: "annotation_approved" as const, text: "Ana approved your annotation “x”", annotationId: "ann2", createdAt: new Date("2026-11-30T12:00:00Z") };

  it("lists every notification, oldest first, each with its link", () => {
    const mail = composeDigestMail({ notifications: [later, base], publicUrl: "https://desk.example.org" });
    expect(mail.subject).toBe("Factdesk digest: 2 notifications");
    expect(mail.text.indexOf(base.text)).toBeLessThan(mail.text.indexOf(later.text));
    expect(mail.text).toContain("?annotation=ann2");
    expect(mail.html).toContain("?annotation=ann1");
  });

  it("says one notification in the singular", () => {
    expect(composeDigestMail({ notifications: [base], publicUrl: "https://d.example" }).subject).toBe("Factdesk digest: 1 notification");
  });

  it("refuses an empty digest", () => {
    expect(() => composeDigestMail({ notifications: [], publicUrl: "https://d.example" })).toThrow();
  });

  it("escapes what people typed", () => {
    const mail = composeDigestMail({ notifications: [{ ...base, articleTitle: "<b>bold</b>" }], publicUrl: "https://d.example" });
    expect(mail.html).not.toContain("<b>bold");
  });
});
