import { describe, expect, it } from "vitest";
import { cleanName, leadingName, looksLikePerson, NameRegistry } from "./names";

describe("cleanName", () => {
  it("drops titles, roles, possessives and post-nominals", () => {
    expect(cleanName("Pakistani Ambassador Aejaz")).toBe("Aejaz");
    expect(cleanName("Defence Khawaja Asif")).toBe("Khawaja Asif");
    expect(cleanName("Aejaz's")).toBe("Aejaz");
    expect(cleanName("Helen Marsh KC")).toBe("Helen Marsh");
    expect(cleanName("Dr. Priya Raman")).toBe("Priya Raman");
  });

  it("is null for a lone title or a sentence-opening word", () => {
    expect(cleanName("Minister")).toBeNull();
    expect(cleanName("However")).toBeNull();
  });
});

describe("leadingName", () => {
  it("reads a capitalised sequence with particles up to the first lowercase word", () => {
    expect(leadingName("Ubaid Ur Rehman Nizamani, in attendance")).toBe("Ubaid Ur Rehman Nizamani");
    expect(leadingName("Osama bin Laden was")).toBe("Osama bin Laden");
    expect(leadingName("the minister said")).toBeNull();
  });
});

describe("NameRegistry", () => {
  it("resolves a surname or first name to the latest full name holding it", () => {
    const names = new NameRegistry();
    names.learnFrom("Pakistan's Ambassador to Qatar, Muhammad Aejaz, met Zabihullah Mujahid.");
    expect(names.resolve("Aejaz")).toBe("Muhammad Aejaz");
    expect(names.resolve("Mr Mujahid")).toBe("Zabihullah Mujahid");
    expect(names.resolve("Durrani")).toBe("Durrani");
    expect(names.first).toBe("Muhammad Aejaz");
  });

  it("remembers the person mentioned last, not an organisation", () => {
    const names = new NameRegistry();
    names.learnFrom("Sara Lind spoke to the Marine Management Office.", 100);
    expect(names.lastPerson).toEqual({ name: "Sara Lind", at: 100 });
    expect(looksLikePerson("Marine Management Office")).toBe(false);
  });
});
