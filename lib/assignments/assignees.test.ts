import { describe, expect, it } from "vitest";
import { assigneeProblem, normaliseAssignees, sameAssignees, type Candidate } from "./assignees";

const person = (role: Candidate["role"], overrides: Partial<Candidate> = {}): Candidate => ({ id: "u1", name: "Ana", role, active: true, ...overrides });

describe("assigneeProblem", () => {
  it("lets editors, reviewers and admins annotate", () => {
    for (const role of ["editor", "reviewer", "admin"] as const) expect(assigneeProblem({ userId: "u1", role: "annotate" }, person(role))).toBeNull();
  });

  it("lets only reviewers and admins review, naming the person", () => {
    expect(assigneeProblem({ userId: "u1", role: "review" }, person("reviewer"))).toBeNull();
    expect(assigneeProblem({ userId: "u1", role: "review" }, person("admin"))).toBeNull();
    expect(assigneeProblem({ userId: "u1", role: "review" }, person("editor"))).toBe("Ana is an editor: only reviewers and admins can be assigned to review");
  });

  it("refuses a deactivated or unknown user", () => {
    expect(assigneeProblem({ userId: "u1", role: "annotate" }, person("editor", { active: false }))).toMatch(/Ana is deactivated/);
    expect(assigneeProblem({ userId: "nobody", role: "annotate" }, undefined)).toBe("No user with id nobody");
  });
});

describe("normaliseAssignees", () => {
  it("drops duplicates and sorts by role, then user", () => {
    expect(
      normaliseAssignees([
        { userId: "b", role: "review" },
        { userId: "b", role: "annotate" },
        { userId: "a", role: "review" },
        { userId: "b", role: "review" },
      ]),
    ).toEqual([
      { userId: "b", role: "annotate" },
      { userId: "a", role: "review" },
      { userId: "b", role: "review" },
    ]);
  });

  it("keeps one person in both roles", () => {
    expect(
      normaliseAssignees([
        { userId: "a", role: "annotate" },
        { userId: "a", role: "review" },
      ]),
    ).toHaveLength(2);
  });
});

describe("sameAssignees", () => {
  it("ignores order and duplicates", () => {
    expect(
      sameAssignees(
        [
          { userId: "a", role: "review" },
          { userId: "b", role: "annotate" },
        ],
        [
          { userId: "b", role: "annotate" },
          { userId: "a", role: "review" },
          { userId: "a", role: "review" },
        ],
      ),
    ).toBe(true);
  });

  it("tells a role change apart", () => {
    expect(sameAssignees([{ userId: "a", role: "review" }], [{ userId: "a", role: "annotate" }])).toBe(false);
    expect(sameAssignees([], [{ userId: "a", role: "annotate" }])).toBe(false);
  });
});
