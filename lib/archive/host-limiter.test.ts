import { describe, expect, it } from "vitest";
import { HostLimiter } from "./host-limiter";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("HostLimiter", () => {
  it("runs at most perHost tasks for one host, in order, and others freely", async () => {
    const limiter = new HostLimiter(2);
    let peak = 0;
    const order: number[] = [];
    const task = (n: number) => async () => {
      peak = Math.max(peak, limiter.running("news.example"));
      await tick();
      order.push(n);
      return n;
    };
    const other = limiter.run("other.example", async () => limiter.running("other.example"));
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => limiter.run("NEWS.example", task(n))));
    expect(results).toEqual([1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
    expect(order.slice(0, 2).sort()).toEqual([1, 2]);
    expect(await other).toBe(1);
    expect(limiter.running("news.example")).toBe(0);
  });

  it("frees the slot when a task throws", async () => {
    const limiter = new HostLimiter(1);
    await expect(limiter.run("a", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await limiter.run("a", async () => "next")).toBe("next");
  });

  it("refuses a limit below 1", () => expect(() => new HostLimiter(0)).toThrow(/≥ 1/));
});
