import { describe, expect, it } from "vitest";
import { DESK_STATUSES } from "../domain/desk-statuses";
import { deskStatusProblem } from "./desk-status-rules";

describe("deskStatusProblem", () => {
  it("allows every status but published whatever the review progress", () => {
    for (const next of DESK_STATUSES.filter((status) => status !== "published")) {
      for (const progress of ["empty", "in_progress", "complete"] as const) expect(deskStatusProblem("to_do", next, progress)).toBeNull();
    }
  });

  it("publishes only a complete review", () => {
    expect(deskStatusProblem("done", "published", "complete")).toBeNull();
    expect(deskStatusProblem("done", "published", "in_progress")).toMatch(/until its review is complete/);
    expect(deskStatusProblem("to_do", "published", "empty")).toMatch(/nothing on it has been annotated/);
  });

  it("leaves an article already published alone", () => {
    expect(deskStatusProblem("published", "published", "in_progress")).toBeNull();
  });
});
