import { afterEach, describe, expect, it } from "vitest";
import { markShuttingDown } from "@/lib/server/lifecycle/shutdown-state";
import { person } from "@/app/api/annotations/review-fixtures.test-helper";
import { GET } from "./route";

const state = globalThis as unknown as { factdeskShuttingDownSince?: Date };

afterEach(() => {
  delete state.factdeskShuttingDownSince;
});

describe("GET /api/events while the instance shuts down", () => {
  it("opens no stream: it only tells the reader when to reconnect, and ends", async () => {
    const reader = await person("editor");
    markShuttingDown();
    const response = await GET(new Request("http://localhost/api/events", { headers: { authorization: `Bearer ${reader.token}` } }), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(await response.text()).toBe("retry: 1000\n\n");
  });
});
