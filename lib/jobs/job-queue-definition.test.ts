import { describe, expect, it } from "vitest";
import { z } from "zod";
import { deadLetterQueueName, defineJobQueue, minimumRetryDelaySeconds, stableJobId } from "./job-queue-definition";

const payload = z.object({ id: z.string() });

describe("defineJobQueue", () => {
  it("fills in the default retry and expiry policy", () => {
    const queue = defineJobQueue({ name: "mail.notification", payload });
    expect(queue).toMatchObject({ name: "mail.notification", retryLimit: 5, retryDelaySeconds: 30, retryBackoff: true, expireInSeconds: 300, batchSize: 1 });
  });

  it("keeps what the caller sets", () => {
    const queue = defineJobQueue({ name: "pdf-render", payload, retryLimit: 0, retryBackoff: false, retryDelaySeconds: 0, expireInSeconds: 60 });
    expect(queue).toMatchObject({ retryLimit: 0, retryBackoff: false, retryDelaySeconds: 0, expireInSeconds: 60 });
  });

  it.each(["", "Mail", "mail notification", "mail..x", ".mail", "mail.", "mail/x", "1mail"])("refuses the queue name %j", (name) => {
    expect(() => defineJobQueue({ name, payload })).toThrow(/lowercase words/);
  });

  it("refuses a negative or fractional retry limit", () => {
    expect(() => defineJobQueue({ name: "a", payload, retryLimit: -1 })).toThrow(/retryLimit/);
    expect(() => defineJobQueue({ name: "a", payload, retryLimit: 1.5 })).toThrow(/retryLimit/);
  });

  it("refuses backoff from a zero delay and a zero expiry", () => {
    expect(() => defineJobQueue({ name: "a", payload, retryDelaySeconds: 0 })).toThrow(/retryDelaySeconds/);
    expect(() => defineJobQueue({ name: "a", payload, expireInSeconds: 0 })).toThrow(/expireInSeconds/);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(defineJobQueue({ name: "a", payload }))).toBe(true);
  });
});

describe("deadLetterQueueName", () => {
  it("appends .failed, which is itself a valid queue name", () => {
    expect(deadLetterQueueName("mail.notification")).toBe("mail.notification.failed");
    expect(() => defineJobQueue({ name: deadLetterQueueName("mail.notification"), payload })).not.toThrow();
  });
});

describe("minimumRetryDelaySeconds", () => {
  it("doubles with backoff and stays flat without", () => {
    const backoff = { retryDelaySeconds: 10, retryBackoff: true };
    expect([1, 2, 3, 4].map((attempt) => minimumRetryDelaySeconds(backoff, attempt))).toEqual([10, 20, 40, 80]);
    expect(minimumRetryDelaySeconds({ retryDelaySeconds: 10, retryBackoff: false }, 5)).toBe(10);
  });

  it("caps the doubling like pg-boss does", () => {
    expect(minimumRetryDelaySeconds({ retryDelaySeconds: 1, retryBackoff: true }, 40)).toBe(2 ** 15);
  });
});

describe("stableJobId", () => {
  it("is a well-formed UUID, the same for the same key and different for another", async () => {
    const a = await stableJobId("mail:abc");
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await stableJobId("mail:abc")).toBe(a);
    expect(await stableJobId("mail:abd")).not.toBe(a);
  });
});
