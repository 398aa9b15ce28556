/**
 * The database URL for Prisma's CLI. `.env` is not loaded automatically when prisma.config.ts
 * exists, so the CLI reads `DATABASE_URL` from the environment only; scripts/start and the test
 * setup set it (to the embedded database when none is configured).
 */
export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set. Use `npm start` (it starts the embedded database) or set DATABASE_URL to a PostgreSQL server.");
  }
  return url;
}
