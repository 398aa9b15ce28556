import { describe, expect, it } from "vitest";
import { person } from "@/app/api/annotations/review-fixtures.test-helper";
import { DEFAULT_MAIL_DELIVERY } from "@/lib/notifications/mail-preferences";
import { callRoute } from "@/test/integration/api-client";
import { GET, PUT } from "./route";

describe("GET/PUT /api/notifications/preferences", () => {
  it("starts from the documented defaults and keeps each person's choices to themselves", async () => {
    const [mina, otto] = [await person("editor"), await person("reviewer")];
    const initial = await callRoute(GET, { method: "GET", token: mina.token });
    expect(initial.status).toBe(200);
    expect(initial.json).toMatchObject({ preferences: DEFAULT_MAIL_DELIVERY, defaults: DEFAULT_MAIL_DELIVERY, digestHour: expect.any(Number), digestTimeZone: expect.any(String) });
    expect(typeof initial.json.mailEnabled).toBe("boolean");

    const updated = await callRoute(PUT, { method: "PUT", token: mina.token, body: { preferences: { mentioned: "digest", annotation_approved: "off" } } });
    expect(updated.status).toBe(200);
    expect(updated.json.preferences).toEqual({ ...DEFAULT_MAIL_DELIVERY, mentioned: "digest", annotation_approved: "off" });

    const again = await callRoute(PUT, { method: "PUT", token: mina.token, body: { preferences: { mentioned: "immediately" } } });
    expect(again.json.preferences).toEqual({ ...DEFAULT_MAIL_DELIVERY, annotation_approved: "off" });
    expect((await callRoute(GET, { method: "GET", token: mina.token })).json.preferences).toEqual({ ...DEFAULT_MAIL_DELIVERY, annotation_approved: "off" });
    expect((await callRoute(GET, { method: "GET", token: otto.token })).json.preferences).toEqual(DEFAULT_MAIL_DELIVERY);
  });

  it("refuses unknown kinds and choices with a message naming them, and changes nothing", async () => {
    const mina = await person("editor");
    const unknownKind = await callRoute(PUT, { method: "PUT", token: mina.token, body: { preferences: { mentioned: "off", gossip: "off" } } });
    expect(unknownKind.status).toBe(400);
    expect(JSON.stringify(unknownKind.json.error)).toContain('Unknown notification kind \\"gossip\\"');
    const badChoice = await callRoute(PUT, { method: "PUT", token: mina.token, body: { preferences: { mentioned: "weekly" } } });
    expect(badChoice.status).toBe(400);
    expect(JSON.stringify(badChoice.json.error)).toContain("Choose immediately, digest or off");
    expect((await callRoute(PUT, { method: "PUT", token: mina.token, body: { mentioned: "off" } })).status).toBe(400);
    expect((await callRoute(GET, { method: "GET", token: mina.token })).json.preferences).toEqual(DEFAULT_MAIL_DELIVERY);
  });

  it("needs a valid token or session", async () => {
    expect((await callRoute(GET, { method: "GET", token: "fd_not-a-token" })).status).toBe(401);
    expect((await callRoute(PUT, { method: "PUT", token: "fd_not-a-token", body: { preferences: {} } })).status).toBe(401);
  });
});
