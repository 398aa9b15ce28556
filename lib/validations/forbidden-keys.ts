/**
 * Keys that reach or shadow an object's prototype when input is copied or merged
 * (`{ ...a, ...b }`, `target[key] = value`). JSON.parse makes `"__proto__"` an ordinary own
 * property, which later code would then drop silently or turn into a prototype. Every JSON body
 * and server-action input is refused when any of them appears, at any depth.
 */
export const FORBIDDEN_KEYS: readonly string[] = ["__proto__", "constructor", "prototype"];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Dotted paths (as zod names fields: `fields.__proto__`, `evidence.0.constructor`) of every
 * forbidden key in `value`: plain objects and arrays at any depth, and FormData field names.
 * Walks with its own stack, so deeply nested input cannot overflow the call stack.
 */
export function forbiddenKeyPaths(value: unknown): string[] {
  // Each entry links to its parent, so a path is only spelled out for a key that is found.
  type Entry = { value: unknown; key: string; parent: Entry | null };
  const pathOf = (entry: Entry | null, key: string) => {
    const parts = [key];
    for (let at = entry; at?.parent; at = at.parent) parts.push(at.key);
    return parts.reverse().join(".");
  };
  const found: string[] = [];
  const stack: Entry[] = [{ value, key: "", parent: null }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const current = entry.value;
    if (current instanceof FormData) {
      for (const key of new Set(current.keys())) if (FORBIDDEN_KEYS.includes(key)) found.push(pathOf(entry, key));
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push({ value: item, key: String(index), parent: entry }));
    } else if (isPlainObject(current)) {
      for (const key of Object.keys(current)) {
        if (FORBIDDEN_KEYS.includes(key)) found.push(pathOf(entry, key));
        else stack.push({ value: current[key], key, parent: entry });
      }
    }
  }
  return found.sort();
}

/** Field errors for the forbidden keys in `value`, worded as for any unknown field; null when there are none. */
export function forbiddenKeyErrors(value: unknown): Record<string, string> | null {
  const paths = forbiddenKeyPaths(value);
  if (paths.length === 0) return null;
  return Object.fromEntries(paths.map((path) => [path, `Unknown field "${path.split(".").pop()}"`]));
}
