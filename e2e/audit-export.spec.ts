import fs from "node:fs/promises";
import { expect, test } from "./support/test";
import { seedUser } from "./support/database";
import { signIn } from "./support/sign-in";

test.describe("audit trail", () => {
  test("an admin adds a user, then downloads today's audit trail and finds it, typed, with their name", async ({ page }) => {
    const admin = await seedUser("admin", { name: "Ada Auditor" });
    await signIn(page, admin);
    await page.goto("/admin/users");

    const email = `audited-${Date.now()}@example.org`;
    const form = page.getByRole("region", { name: "Add a user" });
    await form.getByLabel("Name").fill("Audited Person");
    await form.getByLabel("E-mail").fill(email);
    await form.getByRole("button", { name: "Create user" }).click();
    await expect(page.getByText("User created")).toBeVisible();

    const audit = page.getByRole("region", { name: "Audit trail" });
    await audit.getByLabel("From (UTC)").fill(new Date().toISOString().slice(0, 10));
    const downloading = page.waitForEvent("download");
    await audit.getByRole("button", { name: "Download the audit trail (CSV)" }).click();
    const file = await downloading;
    const rows = (await fs.readFile(await file.path(), "utf8"))
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");

    expect(rows[0]).toBe("position,at,type,actor_id,actor_name,entity_id,article_id,payload");
    const created = rows.find((row) => row.includes(email));
    expect(created).toBeDefined();
    expect(created!.split(",").slice(2, 5)).toEqual(["user.created", admin.id, "Ada Auditor"]);
    // Everything in it is from today on (the From date).
    const today = new Date().toISOString().slice(0, 10);
    for (const row of rows.slice(1)) expect(row.split(",")[1] >= today).toBe(true);
  });
});
