import { describe, expect, it } from "vitest";
import { callRoute, tokenFor } from "@/test/integration/api-client";
import { createTestUser } from "@/test/integration/factories";
import { GET as getArticle } from "./[id]/route";
import { POST as postAnnotation } from "./[id]/annotations/route";
import { POST as postArticle } from "./route";

describe("articles API", () => {
  it("creates an article from text and places an annotation by offsets in code points", async () => {
    const editor = await createTestUser("editor");
    const token = await tokenFor(editor);
    const text = "وزیر اعظم نے کہا 👍🏽 کہ سب ٹھیک ہے۔\nThe café said “hello” 🇵🇰 twice.";
    const created = await callRoute(postArticle, { method: "POST", token, body: { title: "Urdu & emoji", text } });
    expect(created.status).toBe(201);
    expect(created.json.text).toBe(text);

    const read = await callRoute(getArticle, { method: "GET", token, params: { id: created.json.id } });
    const cps = Array.from(read.json.text as string);
    const start = cps.indexOf("👍");
    const annotation = await callRoute(postAnnotation, {
      method: "POST",
      token,
      params: { id: created.json.id },
      body: { kind: "quote", fields: { speaker: "PM" }, start, end: start + 2 },
    });
    expect(annotation.status).toBe(201);
    expect(annotation.json.exact).toBe("👍🏽");
    expect(annotation.json.selectors[0]).toEqual({ type: "TextPositionSelector", start, end: start + 2 });
  });
});
