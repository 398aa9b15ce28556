import bcrypt from "bcryptjs";
import { appendEvents } from "../lib/db/append-events";
import { createPrismaClient, type AppPrismaClient } from "../lib/db/create-prisma-client";
import type { Role } from "../lib/domain/roles";
import { seedSampleArticle } from "./seed-sample-article";

export const DEMO_ACCOUNTS: readonly { email: string; name: string; role: Role }[] = [
  { email: "editor@example.com", name: "Erin Editor", role: "editor" },
  { email: "reviewer@example.com", name: "Riya Reviewer", role: "reviewer" },
  { email: "admin@example.com", name: "Adam Admin", role: "admin" },
];

function randomPassword(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(12))).toString("base64url");
}

/**
 * Demo data for a new desk: three accounts (editor, reviewer, admin) and the sample article
 * with a few annotations. Runs on every start and only adds what is missing. With
 * `demoPassword` (FACTDESK_DEMO_PASSWORD) the demo accounts get that password; otherwise a
 * random one, printed once when the accounts are created.
 */
export async function seedDemoData(databaseUrl: string, options: { demoPassword?: string }): Promise<{ messages: string[] }> {
  const prisma = createPrismaClient(databaseUrl, { maxConnections: 2 });
  try {
    return await seed(prisma, options);
  } finally {
    await prisma.$disconnect();
  }
}

async function asyncFilter<T>(items: T[], keep: (item: T) => Promise<boolean>): Promise<T[]> {
  const kept = await Promise.all(items.map(keep));
  return items.filter((_, index) => kept[index]);
}

async function seed(prisma: AppPrismaClient, options: { demoPassword?: string }): Promise<{ messages: string[] }> {
  const messages: string[] = [];
  const existing = await prisma.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } }, select: { id: true, email: true, passwordHash: true } });
  const missing = DEMO_ACCOUNTS.filter((account) => !existing.some((user) => user.email === account.email));
  const password = options.demoPassword ?? randomPassword();
  const passwordHash = await bcrypt.hash(password, 11);

  // Like every change of state, the seed's go into the event stream (no actor: the desk set them up).
  if (missing.length > 0) {
    await prisma.$transaction(async (tx) => {
      const created = await tx.user.createManyAndReturn({ data: missing.map((account) => ({ ...account, passwordHash })), select: { id: true, email: true, name: true, role: true } });
      const after = (user: (typeof created)[number]) => ({ email: user.email, name: user.name, role: user.role, source: "seed" });
      await appendEvents(
        tx,
        created.map((user) => ({ type: "user.created", actorId: null, entityId: user.id, articleId: null, payload: { after: after(user) } })),
      );
    });
  }
  // FACTDESK_DEMO_PASSWORD resets the accounts whose password differs (a start that changes nothing records nothing).
  const { demoPassword } = options;
  const stale = demoPassword ? await asyncFilter(existing, async (user) => !(await bcrypt.compare(demoPassword, user.passwordHash))) : [];
  if (stale.length > 0) {
    await prisma.$transaction(async (tx) => {
      const reset = await tx.user.updateManyAndReturn({ where: { id: { in: stale.map((user) => user.id) } }, data: { passwordHash }, select: { id: true } });
      await appendEvents(
        tx,
        reset.map((user) => ({ type: "user.password_changed", actorId: null, entityId: user.id, articleId: null, payload: {} })),
      );
    });
  }

  if (missing.length > 0 || options.demoPassword) {
    messages.push(`Demo accounts: ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")}`);
    messages.push(options.demoPassword ? "Demo password: the value of FACTDESK_DEMO_PASSWORD" : `Demo password: ${password}   (shown once; set FACTDESK_DEMO_PASSWORD to choose it)`);
  } else {
    messages.push("Demo accounts exist already (their password was printed at first start; set FACTDESK_DEMO_PASSWORD to reset it).");
  }

  const article = await seedSampleArticle(prisma);
  if (article.created) messages.push(`Sample article added: "${article.title}"`);
  return { messages };
}
