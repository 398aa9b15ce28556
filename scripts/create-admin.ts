/**
 * `npm run create-admin -- --email admin@newsroom.example [--name "Desk Admin"]`: creates an
 * admin on DATABASE_URL, the first account of a desk without demo accounts. The password comes
 * from FACTDESK_ADMIN_PASSWORD or is typed at a prompt that does not echo it; it is never printed.
 * Runs with `--conditions=react-server` so the server-only data layer loads outside Next.js.
 */
import { parseArgs } from "node:util";
import { parseAppConfig } from "@/lib/config/app-config";
import { db } from "@/lib/server/db/prisma";
import { createAdminAccount } from "@/lib/server/users/create-admin-account";
import { createAdminSchema } from "@/lib/validations/user";
import { zodFieldErrors } from "@/lib/validations/zod-errors";

const USAGE = 'Usage: npm run create-admin -- --email admin@newsroom.example [--name "Desk Admin"]';
const DEFAULT_NAME = "Administrator";

/** A problem the operator can fix; printed as is, without a stack. */
class UsageError extends Error {}

const isArgumentError = (error: unknown) => error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");

/**
 * Asks each question on the terminal and reads one line for it, with echo off throughout (the
 * terminal stays in raw mode from the first question to the last answer).
 */
function promptHidden(questions: string[]): Promise<string[]> {
  const stdin = process.stdin;
  const answers: string[] = [];
  let value = "";
  stdin.setRawMode(true);
  stdin.setEncoding("utf8");
  process.stdout.write(questions[0]);
  return new Promise((resolve, reject) => {
    const finish = () => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\u0003") {
          finish();
          process.stdout.write("\n");
          reject(new UsageError("Cancelled; no account was created."));
          return;
        }
        if (char === "\r" || char === "\n" || char === "\u0004") {
          answers.push(value);
          value = "";
          process.stdout.write("\n");
          if (answers.length === questions.length) {
            finish();
            resolve(answers);
            return;
          }
          process.stdout.write(questions[answers.length]);
        } else if (char === "\u007f" || char === "\b") value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on("data", onData);
    stdin.resume();
  });
}

async function readPassword(fromEnvironment: string | undefined): Promise<string> {
  if (fromEnvironment !== undefined) return fromEnvironment;
  if (!process.stdin.isTTY) throw new UsageError("No password: set FACTDESK_ADMIN_PASSWORD or run it in a terminal to type one.");
  const [password, confirmation] = await promptHidden(["Password for the new admin (not shown): ", "The same password again: "]);
  if (password !== confirmation) throw new UsageError("The passwords don't match; no account was created.");
  return password;
}

function problemsOf(fieldErrors: Record<string, string>): string {
  return Object.entries(fieldErrors)
    .map(([field, message]) => `  - ${field}: ${message}`)
    .join("\n");
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } }, strict: true, allowPositionals: false });
  if (!values.email) throw new UsageError(`Give the new admin's e-mail with --email.\n${USAGE}`);

  const parsed = parseAppConfig(process.env);
  if (!parsed.ok) throw new UsageError(`Fix these settings first:\n  - ${parsed.problems.join("\n  - ")}`);
  if (!parsed.config.DATABASE_URL) {
    throw new UsageError("DATABASE_URL is not set. Point it at the desk's PostgreSQL (the embedded database of `npm start` has demo accounts instead).");
  }

  const identity = createAdminSchema.pick({ email: true, name: true }).safeParse({ email: values.email, name: values.name ?? DEFAULT_NAME });
  if (!identity.success) throw new UsageError(`No account was created:\n${problemsOf(zodFieldErrors(identity.error))}`);
  const input = createAdminSchema.safeParse({ ...identity.data, password: await readPassword(parsed.config.FACTDESK_ADMIN_PASSWORD) });
  if (!input.success) throw new UsageError(`No account was created:\n${problemsOf(zodFieldErrors(input.error))}`);

  const result = await createAdminAccount(input.data);
  if (!result.ok) throw new UsageError(`${result.error.message}; no account was created.`);
  console.log(`Admin ${result.value.email} created. Sign in with this e-mail and the password you chose.`);
}

main()
  .then(() => db().$disconnect())
  .catch((error: unknown) => {
    console.error(error instanceof UsageError || isArgumentError(error) ? (error as Error).message : error);
    process.exitCode = 1;
  });
