// `prisma db seed` (see prisma.config.ts): the same demo data `npm start` adds on first start.
import { seedDemoData } from "./seed-demo-data";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. Run `npm start` to use the embedded database, or set DATABASE_URL.");
  process.exit(1);
}
const { messages } = await seedDemoData(url, { demoPassword: process.env.FACTDESK_DEMO_PASSWORD });
for (const line of messages) console.log(line);
