import { describe, expect, it } from "vitest";
import { describePresence, initialsOf, peoplePresent, reviewersByAnnotation, type PresenceEntry } from "./presence";

const entry = (overrides: Partial<PresenceEntry>): PresenceEntry => ({
  streamId: Math.random().toString(36),
  userId: "u1",
  name: "Riya Sharma",
  activity: "viewing",
  articleId: "a1",
  annotationId: null,
  ...overrides,
});

describe("initialsOf", () => {
  it("takes the first letters of the first and last word", () => {
    expect(initialsOf("Riya Sharma")).toBe("RS");
    expect(initialsOf("Anna Maria de la Cruz")).toBe("AC");
    expect(initialsOf("  cher ")).toBe("C");
    expect(initialsOf("")).toBe("?");
  });

  it("keeps letters outside the basic plane whole", () => {
    expect(initialsOf("𝒜da Lovelace")).toBe("𝒜L");
  });
});

describe("peoplePresent", () => {
  it("lists each person once, by name, without the viewer", () => {
    const people = peoplePresent([entry({ userId: "u2", name: "Zoe" }), entry({}), entry({}), entry({ userId: "me", name: "Me" })], "me");
    expect(people.map((person) => person.name)).toEqual(["Riya Sharma", "Zoe"]);
  });

  it("keeps a person's most significant activity over their tabs", () => {
    const [person] = peoplePresent([entry({ activity: "reviewing", annotationId: "n1" }), entry({ activity: "editing" }), entry({})], null);
    expect(person).toMatchObject({ activity: "editing", reviewing: ["n1"], initials: "RS" });
  });

  it("treats an unknown activity as viewing", () => {
    expect(peoplePresent([entry({ activity: "dancing" })], null)[0].activity).toBe("viewing");
  });
});

describe("reviewersByAnnotation", () => {
  it("maps each reviewed annotation to one reviewer, never the viewer", () => {
    const reviewers = reviewersByAnnotation(
      [
        entry({ activity: "reviewing", annotationId: "n1" }),
        entry({ userId: "me", activity: "reviewing", annotationId: "n2" }),
        entry({ userId: "u3", name: "Ali", activity: "reviewing", annotationId: "n1" }),
      ],
      "me",
    );
    expect([...reviewers]).toEqual([["n1", "Ali"]]);
  });
});

describe("describePresence", () => {
  it("says what the person is doing", () => {
    const [person] = peoplePresent([entry({ activity: "editing" })], null);
    expect(describePresence(person)).toBe("Riya Sharma is editing the text");
  });
});
