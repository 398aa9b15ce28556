/**
 * Server-sent events framing (https://html.spec.whatwg.org/multipage/server-sent-events.html):
 * encoding on the server, parsing for tests, benchmarks and non-browser clients.
 */

/** One event as it travels on a `text/event-stream`. */
export type SseFrame = { id?: string; event?: string; data: string };

function field(name: string, value: string): string {
  // A field cannot span lines: multi-line data becomes several `data:` lines, joined again by the reader.
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => `${name}: ${line}\n`)
    .join("");
}

/** Encodes one event; `id` becomes the reader's `Last-Event-ID` when it reconnects. */
export function encodeSseFrame(frame: SseFrame): string {
  let text = "";
  if (frame.id !== undefined) text += field("id", frame.id);
  if (frame.event !== undefined) text += field("event", frame.event);
  return `${text}${field("data", frame.data)}\n`;
}

/** A comment line: ignored by readers, keeps proxies from closing an idle stream. */
export function encodeSseComment(text: string): string {
  return `: ${text.replace(/[\r\n]+/g, " ")}\n\n`;
}

/** Tells the reader how long to wait before reconnecting (milliseconds). */
export function encodeSseRetry(milliseconds: number): string {
  return `retry: ${Math.max(0, Math.round(milliseconds))}\n\n`;
}

/**
 * Incremental parser of a `text/event-stream`: feed it chunks as they arrive, get the complete
 * events. Follows the standard's rules for fields, comments and the last event id.
 */
export class SseParser {
  #buffer = "";
  #data: string[] = [];
  #event: string | undefined;
  #id: string | undefined;
  /** The last `id:` seen, as a browser would send it in `Last-Event-ID`. */
  lastEventId: string | undefined;

  /** Adds a chunk; returns the events it completed. */
  push(chunk: string): SseFrame[] {
    this.#buffer += chunk;
    const frames: SseFrame[] = [];
    let newline: RegExpExecArray | null;
    const lineEnd = /\r\n|\r|\n/g;
    let consumed = 0;
    while ((newline = lineEnd.exec(this.#buffer))) {
      // A lone \r at the end of the buffer may be the first half of \r\n: wait for more.
      if (newline[0] === "\r" && newline.index === this.#buffer.length - 1) break;
      const line = this.#buffer.slice(consumed, newline.index);
      consumed = newline.index + newline[0].length;
      const frame = this.#line(line);
      if (frame) frames.push(frame);
    }
    this.#buffer = this.#buffer.slice(consumed);
    return frames;
  }

  #line(line: string): SseFrame | null {
    if (line === "") {
      if (this.#id !== undefined) this.lastEventId = this.#id;
      const frame = this.#data.length > 0 ? { id: this.lastEventId, event: this.#event, data: this.#data.join("\n") } : null;
      this.#data = [];
      this.#event = undefined;
      return frame;
    }
    if (line.startsWith(":")) return null;
    const colon = line.indexOf(":");
    const name = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (name === "data") this.#data.push(value);
    else if (name === "event") this.#event = value;
    else if (name === "id" && !value.includes("\0")) this.#id = value;
    return null;
  }
}
