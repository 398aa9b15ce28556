import { describe, expect, it } from "vitest";
import { stalledArchiveMessage } from "./archive-failure";

describe("stalledArchiveMessage", () => {
  it("says how often the job was lost and what to do", () => {
    expect(stalledArchiveMessage(0)).toBe("Archiving never finished: its background job was lost 1 time (a server restarted or the job expired). Retry archiving.");
    expect(stalledArchiveMessage(3)).toMatch(/lost 4 times/);
  });
});
