import { describe, expect, it } from "vitest";
import { APP_KEEP_ALIVE_TIMEOUT_MS } from "./keep-alive";
import { nginxClusterConfig } from "./nginx-config";

const base = { dir: "/tmp/fd", listenPort: 4100, instancePorts: [4101, 4102, 4103] };

describe("nginxClusterConfig", () => {
  it("lists every instance once in the upstream, with passive health checks", () => {
    const config = nginxClusterConfig(base);
    for (const port of base.instancePorts) expect(config).toContain(`server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`);
    expect(config.match(/server 127\.0\.0\.1:/g)).toHaveLength(3);
  });

  it("drops idle upstream connections before the app closes them (else a reused one is reset: 502)", () => {
    const upstream = nginxClusterConfig(base).split("upstream factdesk {")[1].split("}")[0];
    const seconds = Number(/keepalive_timeout (\d+)s;/.exec(upstream)?.[1]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds * 1000).toBeLessThan(APP_KEEP_ALIVE_TIMEOUT_MS - 5_000);
  });

  it("listens on loopback only", () => {
    expect(nginxClusterConfig(base)).toContain("listen 127.0.0.1:4100;");
  });

  it("passes the event stream through unbuffered", () => {
    const events = nginxClusterConfig(base).split("location /api/events")[1].split("}")[0];
    expect(events).toContain("proxy_buffering off;");
    expect(events).toContain("proxy_read_timeout 1h;");
  });

  it("keeps pid, logs and temp folders in its own folder and stays in the foreground", () => {
    const config = nginxClusterConfig(base);
    expect(config).toContain("pid /tmp/fd/nginx.pid;");
    expect(config).toContain("error_log /tmp/fd/error.log warn;");
    expect(config).toContain("client_body_temp_path /tmp/fd/client_body;");
    expect(config).toContain("daemon off;");
  });

  it("has no sticky sessions and retries only at most once per instance", () => {
    const config = nginxClusterConfig(base);
    expect(config).not.toMatch(/ip_hash|sticky|hash \$/);
    expect(config).toContain("proxy_next_upstream_tries 3;");
  });

  it("accepts 12 MB bodies by default, as imports need", () => {
    expect(nginxClusterConfig(base)).toContain("client_max_body_size 12m;");
    expect(nginxClusterConfig({ ...base, maxBodyMb: 20 })).toContain("client_max_body_size 20m;");
  });

  it("refuses a cluster without instances", () => {
    expect(() => nginxClusterConfig({ ...base, instancePorts: [] })).toThrow(/at least one/);
  });
});
