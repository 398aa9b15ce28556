/**
 * Mentions in comment text: `@Name` of a desk member. The body keeps the text; the mention is
 * stored as a user reference with the label written, so it still renders after a rename.
 */

/** A mention as stored: who, and the name as written after "@". */
export type Mention = { userId: string; label: string };

/** Whether `body` mentions `name` as `@name`, not followed by more of a word (so "@Ann" is not in "@Anna"). */
export function bodyMentions(body: string, name: string): boolean {
  if (!name.trim()) return false;
  const at = `@${name}`;
  for (let index = body.indexOf(at); index !== -1; index = body.indexOf(at, index + 1)) {
    const next = body.slice(index + at.length, index + at.length + 1);
    if (!/[\p{L}\p{N}_]/u.test(next)) return true;
  }
  return false;
}

/**
 * The mentions of a comment: each requested user whose current name appears as `@Name` in the
 * body. Returns the ids that were asked for but are not mentioned (or are not desk members).
 */
export function resolveMentions(body: string, requestedIds: readonly string[], members: readonly { id: string; name: string }[]): { mentions: Mention[]; unknown: string[] } {
  const mentions: Mention[] = [];
  const unknown: string[] = [];
  for (const userId of new Set(requestedIds)) {
    const member = members.find((candidate) => candidate.id === userId);
    if (member && bodyMentions(body, member.name)) mentions.push({ userId, label: member.name });
    else unknown.push(userId);
  }
  return { mentions, unknown };
}

/** A piece of a comment for display: plain text, or a mention (rendered as a chip). */
export type CommentSegment = { text: string } | { text: string; mention: { userId: string; name: string } };

/** Splits a comment body into text and mention chips (longest label first where labels overlap). */
export function commentSegments(body: string, mentions: readonly { userId: string; label: string; name: string }[]): CommentSegment[] {
  const labels = [...mentions].sort((a, b) => b.label.length - a.label.length);
  const segments: CommentSegment[] = [];
  let text = "";
  let index = 0;
  while (index < body.length) {
    const found = body[index] === "@" ? labels.find((mention) => body.startsWith(`@${mention.label}`, index)) : undefined;
    if (found) {
      if (text) segments.push({ text });
      text = "";
      segments.push({ text: `@${found.label}`, mention: { userId: found.userId, name: found.name } });
      index += found.label.length + 1;
    } else {
      text += body[index];
      index += 1;
    }
  }
  if (text) segments.push({ text });
  return segments;
}

const MAX_QUERY = 40;

/**
 * The mention being typed at the caret: an "@" at the start or after white space, followed by up
 * to 40 characters without a line break or another "@". Null when the caret is not in one.
 */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at === -1 || caret - at - 1 > MAX_QUERY) return null;
  if (at > 0 && !/\s/.test(before[at - 1])) return null;
  const query = before.slice(at + 1);
  if (/[\n@]/.test(query) || /^\s/.test(query)) return null;
  return { start: at, query };
}

/** Replaces the mention being typed (from `start` to `caret`) with `@name ` and gives the new caret. */
export function insertMention(text: string, start: number, caret: number, name: string): { text: string; caret: number } {
  const inserted = `@${name} `;
  return { text: text.slice(0, start) + inserted + text.slice(caret), caret: start + inserted.length };
}
