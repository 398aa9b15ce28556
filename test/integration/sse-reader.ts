import { SseParser, type SseFrame } from "@/lib/live/sse-frame";

/** Reads a `text/event-stream` body as a browser would, for tests and the live benchmark. */
export class SseReader {
  readonly frames: SseFrame[] = [];
  readonly #parser = new SseParser();
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #decoder = new TextDecoder();
  readonly #waiters = new Set<() => void>();
  /** Called for each frame as it arrives. */
  onFrame: ((frame: SseFrame) => void) | null = null;
  /** Resolves when the stream ends (by the server or by {@link cancel}). */
  readonly done: Promise<void>;

  constructor(body: ReadableStream<Uint8Array>) {
    this.#reader = body.getReader();
    this.done = this.#pump();
  }

  /** The `Last-Event-ID` a browser would send when reconnecting. */
  get lastEventId(): string | undefined {
    return this.#parser.lastEventId;
  }

  /** Frames of one event type (`change`, `presence`, `reset`, `hello`). */
  ofType(event: string): SseFrame[] {
    return this.frames.filter((frame) => frame.event === event);
  }

  /** Waits until `predicate` holds over the frames received so far. */
  async waitFor(predicate: (frames: SseFrame[]) => boolean, timeoutMs = 10_000): Promise<void> {
    if (predicate(this.frames)) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(check);
        reject(new Error(`Timed out after ${timeoutMs} ms with ${this.frames.length} frames`));
      }, timeoutMs);
      const check = () => {
        if (!predicate(this.frames)) return;
        clearTimeout(timer);
        this.#waiters.delete(check);
        resolve();
      };
      this.#waiters.add(check);
    });
  }

  /** Stops reading (the server sees the reader go away). */
  async cancel(): Promise<void> {
    await this.#reader.cancel().catch(() => undefined);
    await this.done;
  }

  async #pump(): Promise<void> {
    try {
      for (;;) {
        const { done, value } = await this.#reader.read();
        if (done) break;
        for (const frame of this.#parser.push(this.#decoder.decode(value, { stream: true }))) {
          this.frames.push(frame);
          this.onFrame?.(frame);
        }
        for (const waiter of [...this.#waiters]) waiter();
      }
    } catch {
      // cancelled or errored: the frames so far stand
    }
    for (const waiter of [...this.#waiters]) waiter();
  }
}
