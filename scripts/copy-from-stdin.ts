/**
 * PGlite cannot take COPY data from a socket client: a `COPY … FROM STDIN` makes its backend read
 * past the end of its input and exit, which kills the embedded database for every client. So the
 * server refuses such statements before they reach PGlite, and this module recognises them.
 */

type Word = { text: string; depth: number };

const DOLLAR_QUOTE = /\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/y;
const WORD = /[\w$\u0080-\uffff]+/y;
const match = (pattern: RegExp, text: string, at: number) => ((pattern.lastIndex = at), pattern.exec(text)?.[0]);

/**
 * The unquoted words of each statement in `sql` (split at top-level semicolons), skipping string
 * literals, quoted identifiers, dollar-quoted bodies and comments. `backslashEscapes` reads plain
 * '…' strings as with standard_conforming_strings off.
 */
function statementWords(sql: string, backslashEscapes: boolean): Word[][] {
  const statements: Word[][] = [[]];
  let depth = 0;
  let i = 0;
  const skipQuoted = (quote: string, escapes: boolean) => {
    for (i += 1; i < sql.length; i += 1) {
      if (escapes && sql[i] === "\\") i += 1;
      else if (sql[i] === quote && sql[i + 1] === quote) i += 1;
      else if (sql[i] === quote) break;
    }
    i += 1;
  };
  while (i < sql.length) {
    const char = sql[i];
    if (char === "-" && sql[i + 1] === "-") {
      const end = sql.indexOf("\n", i);
      i = end < 0 ? sql.length : end + 1;
    } else if (char === "/" && sql[i + 1] === "*") {
      let nesting = 0;
      do {
        if (sql.startsWith("/*", i)) {
          nesting += 1;
          i += 2;
        } else if (sql.startsWith("*/", i)) {
          nesting -= 1;
          i += 2;
        } else i += 1;
      } while (nesting > 0 && i < sql.length);
    } else if (char === "'") {
      skipQuoted("'", backslashEscapes);
    } else if (char === '"') {
      skipQuoted('"', false);
    } else if (char === "$" && match(DOLLAR_QUOTE, sql, i)) {
      const tag = match(DOLLAR_QUOTE, sql, i)!;
      const end = sql.indexOf(tag, i + tag.length);
      i = end < 0 ? sql.length : end + tag.length;
    } else if (/[A-Za-z_\u0080-\uffff]/.test(char)) {
      const word = match(WORD, sql, i)!;
      i += word.length;
      if (sql[i] === "'" && (word === "E" || word === "e")) skipQuoted("'", true);
      else statements[statements.length - 1].push({ text: word.toLowerCase(), depth });
    } else {
      if (char === "(") depth += 1;
      else if (char === ")") depth = Math.max(0, depth - 1);
      else if (char === ";" && depth === 0) statements.push([]);
      i += 1;
    }
  }
  return statements;
}

function isCopyFromStdin(words: Word[]): boolean {
  const top = words.filter((word) => word.depth === 0).map((word) => word.text);
  if (!top.includes("copy")) return false;
  return top.some((word, index) => word === "from" && top[index + 1] === "stdin");
}

/**
 * True if any statement in `sql` is a `COPY … FROM STDIN`. Errs on the side of refusing: both
 * readings of backslashes in string literals are checked, since a client can switch them.
 */
export function containsCopyFromStdin(sql: string): boolean {
  if (!/copy/i.test(sql) || !/stdin/i.test(sql)) return false;
  return [false, true].some((backslashEscapes) => statementWords(sql, backslashEscapes).some(isCopyFromStdin));
}
