/** `npm run build`: a production build of the app in `.next`, stamped for `npm start`. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildApp } from "./build-app";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

buildApp(root).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
