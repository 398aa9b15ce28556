import { describe, expect, it } from "vitest";
import { encodeSseComment, encodeSseFrame, encodeSseRetry, SseParser } from "./sse-frame";

describe("encodeSseFrame", () => {
  it("writes id, event and data, ending with a blank line", () => {
    expect(encodeSseFrame({ id: "42", event: "desk", data: '{"a":1}' })).toBe('id: 42\nevent: desk\ndata: {"a":1}\n\n');
  });

  it("splits multi-line data into several data lines", () => {
    expect(encodeSseFrame({ data: "one\ntwo\r\nthree" })).toBe("data: one\ndata: two\ndata: three\n\n");
  });

  it("keeps a newline in an event name from starting a new field", () => {
    expect(encodeSseFrame({ event: "a\nid: 9", data: "x" })).toBe("event: a\nevent: id: 9\ndata: x\n\n");
  });
});

describe("comments and retry", () => {
  it("encodes a heartbeat comment on one line", () => {
    expect(encodeSseComment("heart\nbeat")).toBe(": heart beat\n\n");
  });

  it("encodes the reconnection delay in whole milliseconds", () => {
    expect(encodeSseRetry(1500.4)).toBe("retry: 1500\n\n");
  });
});

describe("SseParser", () => {
  it("reads back what the encoder wrote", () => {
    const parser = new SseParser();
    const frames = parser.push(encodeSseFrame({ id: "1", event: "desk", data: "a\nb" }) + encodeSseComment("hb") + encodeSseFrame({ id: "2", data: "c" }));
    expect(frames).toEqual([
      { id: "1", event: "desk", data: "a\nb" },
      { id: "2", event: undefined, data: "c" },
    ]);
    expect(parser.lastEventId).toBe("2");
  });

  it("joins events split across chunks, including a split \\r\\n", () => {
    const parser = new SseParser();
    expect(parser.push("id: 7\r")).toEqual([]);
    expect(parser.push("\ndata: hel")).toEqual([]);
    expect(parser.push("lo\r\n\r\n")).toEqual([{ id: "7", event: undefined, data: "hello" }]);
  });

  it("keeps the last id for events without one, as browsers do", () => {
    const parser = new SseParser();
    const frames = parser.push("id: 5\ndata: a\n\ndata: b\n\n");
    expect(frames.map((frame) => frame.id)).toEqual(["5", "5"]);
  });

  it("ignores a frame with no data and unknown fields", () => {
    const parser = new SseParser();
    expect(parser.push("event: x\n\nfoo: bar\ndata\n\n")).toEqual([{ id: undefined, event: undefined, data: "" }]);
  });
});
