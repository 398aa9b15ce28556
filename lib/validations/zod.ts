import { z } from "zod";

// zod compiles fast object parsers with `new Function` after probing whether eval is allowed;
// in the browser that probe trips the app's Content-Security-Policy (no 'unsafe-eval'). Every
// shared schema imports `z` from here, so this runs before any schema is built.
z.config({ jitless: true });

export { z };
