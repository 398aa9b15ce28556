// Loads the TypeScript entry named by the first argument through tsx (a runtime dependency), in a child process.
import { tsImport } from "tsx/esm/api";

await tsImport(process.argv[2], import.meta.url);
