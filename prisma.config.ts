import { defineConfig } from "prisma/config";
import { createMigrationAdapterFactory } from "./prisma/migration-adapter";
import { resolveDatabaseUrl } from "./prisma/database-url";

// Prisma 6.19 runs migrations offline with its Wasm schema engine ("js") through a driver
// adapter; see prisma/migration-adapter.ts for why that adapter is wrapped.
export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => createMigrationAdapterFactory(resolveDatabaseUrl()),
  migrations: { seed: "tsx prisma/seed.ts" },
});
