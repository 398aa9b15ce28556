import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import bcrypt from "bcryptjs";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/server/db/prisma";
import { createAdminAccount } from "@/lib/server/users/create-admin-account";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PASSWORD = "a sound admin passphrase";

/** `npm run create-admin -- …` as the operator runs it; resolves with its exit code and output. */
function createAdmin(args: string[], env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts/create-admin.ts"), ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: inject("databaseUrl"), LOG_LEVEL: "silent", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, output }));
  });
}

/** The same in a terminal (util-linux `script` gives it one), typing the password at each prompt. */
function createAdminInTerminal(email: string, typed: string[]): Promise<{ code: number | null; output: string }> {
  const command = `"${process.execPath}" --conditions=react-server --import tsx scripts/create-admin.ts --email ${email}`;
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: inject("databaseUrl"), LOG_LEVEL: "silent" };
  delete env.FACTDESK_ADMIN_PASSWORD;
  return new Promise((resolve, reject) => {
    const child = spawn("script", ["-qec", command, "/dev/null"], { cwd: root, env, stdio: ["pipe", "pipe", "pipe"] });
    let output = "";
    let answered = 0;
    child.stdout.on("data", (chunk) => {
      output += chunk;
      const prompts = output.match(/\(not shown\): |again: /g)?.length ?? 0;
      while (answered < prompts && answered < typed.length) child.stdin.write(`${typed[answered++]}\r`);
    });
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, output }));
  });
}

const uniqueEmail = () => `first-admin-${randomUUID().slice(0, 8)}@newsroom.example`;

describe("createAdminAccount", () => {
  it("creates an active admin with the chosen password and records who was created", async () => {
    const email = uniqueEmail();
    const result = await createAdminAccount({ email, name: "First Admin", password: PASSWORD });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ email, name: "First Admin", role: "admin", active: true, mustChangePassword: false });

    const stored = await db().user.findUniqueOrThrow({ where: { email } });
    expect(await bcrypt.compare(PASSWORD, stored.passwordHash)).toBe(true);
    const events = await db().auditEvent.findMany({ where: { entityType: "user", entityId: stored.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: null, action: "create", after: { email, name: "First Admin", role: "admin", source: "create-admin" } });
    expect(JSON.stringify([events[0].before, events[0].after])).not.toContain(PASSWORD);
  });

  it("refuses an e-mail that already has an account, changing nothing", async () => {
    const email = uniqueEmail();
    expect((await createAdminAccount({ email, name: "First", password: PASSWORD })).ok).toBe(true);
    const again = await createAdminAccount({ email, name: "Second", password: "another passphrase" });
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.error.code).toBe("conflict");
    expect(again.error.message).toContain(email);
    expect((await db().user.findUniqueOrThrow({ where: { email } })).name).toBe("First");
  });
});

describe("npm run create-admin", () => {
  it("takes the password from FACTDESK_ADMIN_PASSWORD and never prints it", async () => {
    const email = uniqueEmail();
    const result = await createAdmin(["--email", `  ${email.toUpperCase()} `, "--name", "Desk Admin"], { FACTDESK_ADMIN_PASSWORD: PASSWORD });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain(`Admin ${email} created`);
    expect(result.output).not.toContain(PASSWORD);
    expect(await db().user.findUnique({ where: { email }, select: { role: true, name: true } })).toEqual({ role: "admin", name: "Desk Admin" });
  });

  it("explains an existing e-mail, a bad e-mail, a short password and a missing one", async () => {
    const email = uniqueEmail();
    expect((await createAdmin(["--email", email], { FACTDESK_ADMIN_PASSWORD: PASSWORD })).code).toBe(0);

    const existing = await createAdmin(["--email", email], { FACTDESK_ADMIN_PASSWORD: PASSWORD });
    expect(existing.code).toBe(1);
    expect(existing.output).toContain(`A user with the e-mail ${email} already exists`);

    const badEmail = await createAdmin(["--email", "not-an-address"], { FACTDESK_ADMIN_PASSWORD: PASSWORD });
    expect(badEmail.code).toBe(1);
    expect(badEmail.output).toContain("Enter a valid e-mail address");

    const shortPassword = await createAdmin(["--email", uniqueEmail()], { FACTDESK_ADMIN_PASSWORD: "too-short" });
    expect(shortPassword.code).toBe(1);
    expect(shortPassword.output).toMatch(/at least 10 characters/);
    expect(shortPassword.output).not.toContain("too-short");

    const noPassword = await createAdmin(["--email", uniqueEmail()], { FACTDESK_ADMIN_PASSWORD: undefined });
    expect(noPassword.code).toBe(1);
    expect(noPassword.output).toMatch(/No password: set FACTDESK_ADMIN_PASSWORD or run it in a terminal/);

    const noEmail = await createAdmin([], { FACTDESK_ADMIN_PASSWORD: PASSWORD });
    expect(noEmail.code).toBe(1);
    expect(noEmail.output).toContain("--email");
  });

  it.skipIf(!fs.existsSync("/usr/bin/script"))("asks twice for the password in a terminal without echoing it", async () => {
    const email = uniqueEmail();
    const typed = await createAdminInTerminal(email, ["typed at the prompt", "typed at the prompt"]);
    expect(typed.code, typed.output).toBe(0);
    expect(typed.output).toContain(`Admin ${email} created`);
    expect(typed.output).not.toContain("typed at the prompt");

    const mismatch = await createAdminInTerminal(uniqueEmail(), ["typed at the prompt", "something else here"]);
    expect(mismatch.code).toBe(1);
    expect(mismatch.output).toContain("The passwords don't match");
  });
});
