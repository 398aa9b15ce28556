import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { authedAction } from "./action-client";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/server/auth/current-user", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/lib/server/logger", () => ({ logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn() } }));

const editor: CurrentUser = { id: "u1", role: "editor", name: "Ed", email: "ed@example.com", active: true, mustChangePassword: false };
const invited: CurrentUser = { ...editor, id: "u2", mustChangePassword: true };

const run = vi.fn(async (input: unknown) => ({ ok: true as const, value: input }));
const action = authedAction({ action: "article.read", schema: z.object({ name: z.string() }) }, run);

beforeEach(() => {
  session.user = editor;
  run.mockClear();
});

describe("authedAction: a one-time password must be changed first", () => {
  it("refuses every action to a user who must change their password, without running it", async () => {
    session.user = invited;
    const result = await action({ name: "x" });
    expect(result).toEqual({ ok: false, error: { code: "password_change_required", message: expect.stringMatching(/change your password/i) } });
    expect(run).not.toHaveBeenCalled();
  });

  it("lets an action marked for the password change through", async () => {
    session.user = invited;
    const change = authedAction({ action: "password.change", schema: z.object({ name: z.string() }) }, run);
    expect(await change({ name: "x" })).toEqual({ ok: true, value: { name: "x" } });
  });

  it("runs for a user whose password is their own", async () => {
    expect(await action({ name: "x" })).toEqual({ ok: true, value: { name: "x" } });
  });

  it("still answers unauthenticated first", async () => {
    session.user = null;
    expect(await action({ name: "x" })).toMatchObject({ ok: false, error: { code: "unauthenticated" } });
  });
});

describe("authedAction: the policy decides who may run it", () => {
  it("refuses a role the policy does not allow, with the policy's message and reason", async () => {
    const manage = authedAction({ action: "user.manage", schema: z.object({ name: z.string() }) }, run);
    expect(await manage({ name: "x" })).toEqual({ ok: false, error: { code: "forbidden", message: "Only admins can manage users.", details: { refusal: "role" } } });
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses a deactivated account even if its session were still read", async () => {
    session.user = { ...editor, active: false };
    expect(await action({ name: "x" })).toMatchObject({ ok: false, error: { code: "forbidden", details: { refusal: "deactivated" } } });
    expect(run).not.toHaveBeenCalled();
  });

  it("runs for a role the policy allows", async () => {
    const add = authedAction({ action: "article.create", schema: z.object({ name: z.string() }) }, run);
    expect(await add({ name: "x" })).toEqual({ ok: true, value: { name: "x" } });
  });
});

describe("authedAction: prototype keys are refused like unknown fields", () => {
  it.each([
    ["constructor", { name: "x", constructor: { prototype: {} } }, "constructor"],
    ["a nested prototype", { name: "x", extra: [{ prototype: 1 }] }, "extra.0.prototype"],
    ["__proto__ as an own key", JSON.parse('{"name":"x","__proto__":{"role":"admin"}}'), "__proto__"],
  ])("%s", async (_case, input, path) => {
    const result = await action(input as { name: string });
    const key = path.split(".").pop();
    expect(result).toEqual({ ok: false, error: { code: "invalid", message: `${path}: Unknown field "${key}"`, fieldErrors: { [path]: `Unknown field "${key}"` } } });
    expect(run).not.toHaveBeenCalled();
  });

  it("checks FormData field names", async () => {
    const upload = authedAction({ action: "article.import", schema: z.instanceof(FormData) }, run);
    const form = new FormData();
    form.append("prototype", "x");
    expect(await upload(form)).toMatchObject({ ok: false, error: { code: "invalid", fieldErrors: { prototype: 'Unknown field "prototype"' } } });
    expect(run).not.toHaveBeenCalled();
  });
});

describe("authedAction: the database unreachable", () => {
  it("tells the form the desk is reconnecting, not that something broke", async () => {
    const unreachable = Object.assign(new Error("Can't reach database server"), { code: "P1001", meta: {} });
    const failing = authedAction({ action: "article.read", schema: z.object({ name: z.string() }) }, async () => {
      throw unreachable;
    });
    const result = await failing({ name: "x" });
    expect(result).toEqual({ ok: false, error: { code: "unavailable", message: expect.stringMatching(/reconnecting/) } });
  });

  it("still reports a bug as a bug", async () => {
    const failing = authedAction({ action: "article.read", schema: z.object({ name: z.string() }) }, async () => {
      throw new TypeError("undefined is not a function");
    });
    const result = await failing({ name: "x" });
    expect(result.ok || result.error.code).toBe("invalid");
  });
});
