import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import ur from "../../messages/ur.json";
import { hasNotificationParams, notificationMessageValues } from "./notification-text";
import type { NotificationType } from "./notification-types";

const english = createTranslator({ locale: "en", messages: en, namespace: "notifications" });
const urdu = createTranslator({ locale: "ur", messages: ur, namespace: "notifications" });
const render = (t: typeof english, type: NotificationType, params: Parameters<typeof notificationMessageValues>[0]) =>
  t(`text.${type}`, notificationMessageValues(params, { someone: t("someone"), anAnnotation: t("anAnnotation") }));

describe("notification texts from their parameters", () => {
  it("read in English as the stored English text does", () => {
    const quote = "“unemployment fell”";
    expect(render(english, "annotation_rejected", { actor: "REVIEWER", quote, reason: "No source given" })).toBe("REVIEWER rejected your annotation “unemployment fell”: No source given");
    expect(render(english, "annotation_approved", { actor: "REVIEWER", quote })).toBe("REVIEWER approved your annotation “unemployment fell”");
    expect(render(english, "assigned", { actor: "OTHER", role: "review", due: "2026-12-03" })).toBe("OTHER assigned you to review an article, due 2026-12-03");
    expect(render(english, "assigned", { actor: "OTHER", role: "annotate" })).toBe("OTHER assigned you to annotate an article");
    expect(render(english, "review_requested", { actor: "EDITOR", count: 2 })).toBe("EDITOR submitted 2 annotations for review");
    expect(render(english, "review_requested", { actor: "EDITOR", count: 1, quote })).toBe("EDITOR submitted “unemployment fell” for review");
    expect(render(english, "rereview_needed", { quote, result: "orphaned" })).toBe(
      "The text of “unemployment fell”, which you approved, is no longer in the article: it needs re-attaching and a re-review",
    );
    expect(render(english, "mentioned", {})).toBe("Someone mentioned you on an annotation");
  });

  it("read in Urdu with the names, quotes and reasons in place", () => {
    expect(render(urdu, "annotation_changes_requested", { actor: "بلال", quote: "“مہنگائی”", reason: "ماخذ دیں" })).toBe("بلال نے آپ کا نشان “مہنگائی” واپس بھیج دیا: ماخذ دیں");
    expect(render(urdu, "review_requested", { actor: "عائشہ", count: 3 })).toBe("عائشہ نے 3 نشانات جائزے کے لیے جمع کیے");
    expect(render(urdu, "assigned", { actor: "عائشہ", role: "review" })).toBe("عائشہ نے آپ کو ایک مضمون کے جائزے کے لیے مقرر کیا");
  });

  it("tell rows with parameters from older rows without them", () => {
    expect(hasNotificationParams({ actor: "A" })).toBe(true);
    expect(hasNotificationParams(null)).toBe(false);
  });
});
