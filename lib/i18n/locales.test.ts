import { describe, expect, it } from "vitest";
import { directionOf, isLocale, negotiateLocale, resolveLocale } from "./locales";

describe("negotiateLocale", () => {
  it("picks Urdu for an Urdu browser, with or without a region", () => {
    expect(negotiateLocale("ur")).toBe("ur");
    expect(negotiateLocale("ur-PK,ur;q=0.9,en;q=0.8")).toBe("ur");
    expect(negotiateLocale("UR-pk")).toBe("ur");
  });
  it("follows the q-values, not the order written", () => {
    expect(negotiateLocale("en;q=0.4, ur;q=0.9")).toBe("ur");
    expect(negotiateLocale("ur;q=0.2, en-GB")).toBe("en");
  });
  it("skips languages Factdesk does not speak", () => {
    expect(negotiateLocale("fr-FR,fr;q=0.9,ur;q=0.5")).toBe("ur");
    expect(negotiateLocale("de, fr")).toBeNull();
  });
  it("ignores a refused language (q=0), a wildcard, junk and no header", () => {
    expect(negotiateLocale("ur;q=0, en;q=0.1")).toBe("en");
    expect(negotiateLocale("*")).toBeNull();
    expect(negotiateLocale(";;,,")).toBeNull();
    expect(negotiateLocale("")).toBeNull();
    expect(negotiateLocale(null)).toBeNull();
  });
});

describe("resolveLocale", () => {
  it("prefers the saved setting over the browser", () => expect(resolveLocale("en", "ur")).toBe("en"));
  it("falls back to the browser when nothing is saved", () => expect(resolveLocale(null, "ur-PK")).toBe("ur"));
  it("ignores a saved value it does not know", () => expect(resolveLocale("xx", "ur")).toBe("ur"));
  it("ends at English", () => expect(resolveLocale(undefined, "ja")).toBe("en"));
});

describe("directionOf / isLocale", () => {
  it("writes Urdu right to left and English left to right", () => {
    expect(directionOf("ur")).toBe("rtl");
    expect(directionOf("en")).toBe("ltr");
  });
  it("knows its languages", () => {
    expect(isLocale("ur")).toBe(true);
    expect(isLocale("ar")).toBe(false);
    expect(isLocale(3)).toBe(false);
  });
});
