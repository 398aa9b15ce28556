import { describe, expect, it } from "vitest";
import { withTimeLimit } from "./with-time-limit";

describe("withTimeLimit", () => {
  it("gives the value when the work finishes in time", async () => {
    await expect(withTimeLimit(Promise.resolve(42), 1_000)).resolves.toEqual({ finished: true, value: 42 });
  });

  it("says the time ran out when the work is slower", async () => {
    const slow = new Promise((resolve) => setTimeout(() => resolve("late"), 200));
    await expect(withTimeLimit(slow, 20)).resolves.toEqual({ finished: false });
  });

  it("passes the work's own failure through", async () => {
    await expect(withTimeLimit(Promise.reject(new Error("boom")), 1_000)).rejects.toThrow("boom");
  });

  it("does not leave a late failure unhandled", async () => {
    const late = new Promise((_, reject) => setTimeout(() => reject(new Error("late boom")), 30));
    await expect(withTimeLimit(late, 5)).resolves.toEqual({ finished: false });
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
});
