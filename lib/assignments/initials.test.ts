import { describe, expect, it } from "vitest";
import { initialsOf } from "./initials";

describe("initialsOf", () => {
  it("takes the first and last words", () => expect(initialsOf("Asma bint Rafi Khan")).toBe("AK"));
  it("takes one letter of a single name", () => expect(initialsOf("rafi")).toBe("R"));
  it("keeps a letter outside the BMP whole", () => expect(initialsOf("𝒜lex Öz")).toBe("𝒜Ö"));
  it("is ? for an empty name", () => expect(initialsOf("   ")).toBe("?"));
});
