import fs from "node:fs/promises";
import { expect, test, type Page } from "./support/test";
import { addDays } from "../lib/dashboard/day-range";
import { seedDashboardHistory } from "../test/dashboard-history";
import { seedUser, testDb } from "./support/database";
import { signIn } from "./support/sign-in";

const nav = (page: Page) => page.getByRole("navigation", { name: "Main" });
/** The body rows of the table with this caption, each as its cells' text. */
async function tableRows(page: Page, caption: string | RegExp): Promise<string[][]> {
  const table = page.getByRole("table", { name: caption });
  await expect(table).toBeVisible();
  return table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll("th, td")).map((cell) => (cell.textContent ?? "").trim())));
}

test.describe("desk dashboard", () => {
  test("a reviewer opens the dashboard, sees the charts, picks the seeded days, reads the numbers and downloads them as CSV", async ({ page }) => {
    const suffix = Math.random().toString(36).slice(2, 7);
    const [editor, admin, reviewer1, reviewer2] = await Promise.all([
      seedUser("editor", { name: `Eve Editor ${suffix}` }),
      seedUser("admin", { name: `Ada Admin ${suffix}` }),
      seedUser("reviewer", { name: `Rita Reviewer ${suffix}` }),
      seedUser("reviewer", { name: `Raj Reviewer ${suffix}` }),
    ]);
    // Three days of a random date last century: nothing else on this database happened then.
    const day0 = addDays("1900-01-01", Math.floor(Math.random() * 36_000));
    const day2 = addDays(day0, 2);
    await seedDashboardHistory(testDb(), day0, { editorId: editor.id, adminId: admin.id, reviewer1Id: reviewer1.id, reviewer2Id: reviewer2.id });

    await signIn(page, reviewer1);
    await nav(page).getByRole("link", { name: "Dashboard" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: "Desk dashboard" })).toBeVisible();
    await expect(page.getByTestId("dashboard-range")).toContainText("30 days, UTC");
    for (const chart of ["Activity per day", "Time from submission to decision", "Open items by age", "Verdicts of approved claims", "Throughput per person"]) {
      const figure = page.getByRole("img", { name: new RegExp(`^${chart}: `) });
      await expect(figure).toBeVisible();
      await expect(figure.locator("svg.recharts-surface").first()).toBeVisible();
    }
    expect(await tableRows(page, "Annotations per day")).toHaveLength(30);

    await page.getByLabel("From", { exact: true }).fill(day0);
    await page.getByLabel("To", { exact: true }).fill(day2);
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(new RegExp(`from=${day0}&to=${day2}`));
    await expect(page.getByTestId("dashboard-range")).toContainText("3 days, UTC");

    const days = await tableRows(page, "Annotations per day");
    expect(days.map((row) => row.slice(1))).toEqual([
      ["3", "3", "2", "1", "1", "0"],
      ["1", "2", "2", "1", "0", "1"],
      ["1", "1", "9", "9", "0", "0"],
    ]);
    const times = await tableRows(page, /^Time to decision per day/);
    expect(times.map((row) => row.slice(1))).toEqual([
      ["2", "7 h", "11 h"],
      ["2", "12.5 h", "21.7 h"],
      ["9", "2.7 days", "2.8 days"],
    ]);
    const verdicts = await tableRows(page, "Claims approved in the range and still approved, by verdict");
    expect(Object.fromEntries(verdicts)).toEqual({ Unverified: "1", True: "2", "Mostly true": "1", Mixed: "1", Misleading: "1", False: "2", Unsubstantiated: "1" });
    const people = await tableRows(page, "What each person did in the range");
    expect(people).toEqual([
      [reviewer2.name, "0", "0", "8", "1", "1", "10"],
      [reviewer1.name, "0", "0", "3", "0", "0", "3"],
      [editor.name, "4", "5", "0", "0", "0", "0"],
      [admin.name, "1", "1", "0", "0", "0", "0"],
    ]);
    // The chart's accessible name says the same as its table.
    await expect(
      page.getByRole("img", {
        name: `Throughput per person: ${reviewer2.name}: 10 decided, 0 submitted; ${reviewer1.name}: 3 decided, 0 submitted; ${editor.name}: 0 decided, 5 submitted; ${admin.name}: 0 decided, 1 submitted`,
      }),
    ).toBeVisible();

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe(`factdesk-dashboard-${day0}-to-${day2}.csv`);
    const rows = (await fs.readFile(await file.path(), "utf8")).replace(/^\uFEFF/, "").split("\r\n");
    expect(rows[0]).toBe("section,item,measure,value");
    expect(rows).toEqual(expect.arrayContaining([`daily,${day2},decided,9`, "totals,range,submitted,6", "time_to_decision,range,median_hours,63", `throughput,${reviewer2.name},decided,10`]));
  });

  test("a reviewer who asks for a reversed range is told what is wrong", async ({ page }) => {
    const reviewer = await seedUser("reviewer");
    await signIn(page, reviewer);
    await page.goto("/dashboard?from=2026-03-10&to=2026-03-01");
    await expect(page.getByRole("alert").filter({ hasText: "to (2026-03-01) must be on or after from (2026-03-10)" }).first()).toBeVisible();
    await expect(page.getByLabel("From", { exact: true })).toHaveValue("2026-03-10");
  });

  test("an editor has no dashboard link and is refused the page", async ({ page }) => {
    const editor = await seedUser("editor");
    await signIn(page, editor);
    await expect(nav(page).getByRole("link", { name: "Articles" })).toBeVisible();
    await expect(nav(page).getByRole("link", { name: "Dashboard" })).toHaveCount(0);
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  });
});
