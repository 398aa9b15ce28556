/**
 * Checks on the interface's message files (messages/<locale>.json): every language must have the
 * same keys, each message the same ICU arguments, and nothing empty. Pure: no framework.
 */

/** A message file: nested objects whose leaves are ICU message strings. */
export type MessageTree = { [key: string]: string | MessageTree };

/** Every leaf of a message tree as `dotted.key → message`. */
export function flattenMessages(tree: MessageTree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [inner, message] of flattenMessages(value, path)) out.set(inner, message);
  }
  return out;
}

/**
 * The argument names of an ICU message (`{count, plural, …}`, `{name}`, rich-text tags `<b>…</b>`),
 * sorted; `#` and the text inside plural/select branches are not arguments.
 */
export function icuArguments(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    const char = message[i];
    if (char === "'" && (message[i + 1] === "{" || message[i + 1] === "}")) {
      const close = message.indexOf("'", i + 1);
      i = close === -1 ? message.length : close;
      continue;
    }
    if (char === "{") {
      const match = /^\{\s*([A-Za-z_][\w]*)\s*(?:,|\})/.exec(message.slice(i));
      // An argument opens at even depth (top level, or inside a branch `{…}` of a plural/select).
      if (match && depth % 2 === 0) names.add(match[1]);
      depth++;
    } else if (char === "}") depth--;
    else if (char === "<") {
      const tag = /^<\/?([A-Za-z][\w-]*)>/.exec(message.slice(i));
      if (tag) names.add(`<${tag[1]}>`);
    }
  }
  return [...names].sort();
}

/** What differs between a reference message file and a translation, as readable lines (empty: none). */
export function catalogueProblems(reference: MessageTree, translation: MessageTree, language: string): string[] {
  const ref = flattenMessages(reference);
  const other = flattenMessages(translation);
  const problems: string[] = [];
  for (const key of ref.keys()) if (!other.has(key)) problems.push(`${language}: missing ${key}`);
  for (const key of other.keys()) if (!ref.has(key)) problems.push(`${language}: extra ${key}`);
  for (const [key, message] of [...ref, ...other]) if (message.trim() === "") problems.push(`empty message ${key}`);
  for (const [key, message] of ref) {
    const translated = other.get(key);
    if (translated === undefined) continue;
    const want = icuArguments(message).join(",");
    const got = icuArguments(translated).join(",");
    if (want !== got) problems.push(`${language}: ${key} has arguments [${got}], expected [${want}]`);
  }
  return problems;
}
