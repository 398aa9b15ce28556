import { describe, expect, it } from "vitest";
import { metricsAccess } from "./metrics-access";

const TOKEN = "a-long-enough-metrics-token";

describe("metricsAccess", () => {
  it("hides the endpoint (404) when no token is configured", () => {
    expect(metricsAccess(undefined, `Bearer ${TOKEN}`)).toBe("disabled");
    expect(metricsAccess(undefined, null)).toBe("disabled");
  });

  it("refuses a missing, malformed or wrong token", () => {
    expect(metricsAccess(TOKEN, null)).toBe("refused");
    expect(metricsAccess(TOKEN, TOKEN)).toBe("refused");
    expect(metricsAccess(TOKEN, "Bearer wrong")).toBe("refused");
    expect(metricsAccess(TOKEN, `Bearer ${TOKEN}x`)).toBe("refused");
    expect(metricsAccess(TOKEN, `Basic ${TOKEN}`)).toBe("refused");
  });

  it("lets the configured token in, whatever the scheme's case", () => {
    expect(metricsAccess(TOKEN, `Bearer ${TOKEN}`)).toBe("allowed");
    expect(metricsAccess(TOKEN, `bearer  ${TOKEN} `)).toBe("allowed");
  });
});
