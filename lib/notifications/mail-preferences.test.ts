import { describe, expect, it } from "vitest";
import { DEFAULT_MAIL_DELIVERY, effectiveMailPreferences, mailDeliveryFor, NOTIFICATION_KIND_LABELS } from "./mail-preferences";
import { NOTIFICATION_TYPES } from "./notification-types";

describe("mail preferences", () => {
  it("has a default and a label for every notification kind", () => {
    for (const kind of NOTIFICATION_TYPES) {
      expect(DEFAULT_MAIL_DELIVERY[kind]).toMatch(/^(immediately|digest|off)$/);
      expect(NOTIFICATION_KIND_LABELS[kind].length).toBeGreaterThan(0);
    }
  });

  it("mails mentions at once and approvals in the digest by default", () => {
    expect(mailDeliveryFor("mentioned", [])).toBe("immediately");
    expect(mailDeliveryFor("annotation_approved", [])).toBe("digest");
  });

  it("lets stored choices override the defaults, kind by kind", () => {
    const stored = [
      { kind: "mentioned", delivery: "off" },
      { kind: "annotation_approved", delivery: "immediately" },
    ];
    expect(mailDeliveryFor("mentioned", stored)).toBe("off");
    expect(mailDeliveryFor("annotation_approved", stored)).toBe("immediately");
    expect(mailDeliveryFor("assigned", stored)).toBe("immediately");
  });

  it("ignores unknown kinds and deliveries", () => {
    const preferences = effectiveMailPreferences([
      { kind: "nonsense", delivery: "off" },
      { kind: "mentioned", delivery: "weekly" },
    ]);
    expect(preferences).toEqual(DEFAULT_MAIL_DELIVERY);
    expect(mailDeliveryFor("nonsense", [])).toBe("off");
  });
});
