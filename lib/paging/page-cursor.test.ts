import { describe, expect, it } from "vitest";
import { cursorShape, decodeCursor, DEFAULT_PAGE_LIMIT, encodeCursor, MAX_PAGE_LIMIT, nextPageLink, parsePageLimit, toPage } from "./page-cursor";

const byDate = cursorShape("articles", ["timestamp", "string"]);
const queue = cursorShape("queue", ["string", "timestamp?", "timestamp", "string"]);
const users = cursorShape("users", ["boolean", "string", "string"]);
const spans = cursorShape("annotations", ["integer", "integer", "string"]);

const toBase64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");

describe("encodeCursor / decodeCursor", () => {
  it("round-trips a timestamp and id", () => {
    const key = [new Date("2026-11-30T12:34:56.789Z"), "cm0abc"] as const;
    const decoded = decodeCursor(byDate, encodeCursor(byDate, [...key]));
    expect(decoded).toEqual({ ok: true, value: [key[0], key[1]] });
  });

  it("round-trips a null timestamp", () => {
    const key: [string, Date | null, Date, string] = ["submitted", null, new Date(0), "id1"];
    expect(decodeCursor(queue, encodeCursor(queue, key))).toEqual({ ok: true, value: key });
  });

  it("round-trips integers and booleans", () => {
    expect(decodeCursor(spans, encodeCursor(spans, [0, 2_000_000, "z"]))).toEqual({ ok: true, value: [0, 2_000_000, "z"] });
    expect(decodeCursor(users, encodeCursor(users, [false, "Ann", "u1"]))).toEqual({ ok: true, value: [false, "Ann", "u1"] });
  });

  it("round-trips unicode: accents, right-to-left text, astral characters and quotes", () => {
    const name = 'Zoë «Ω» مرحبا 😀𝒳 "quoted" \\ back';
    const cursor = encodeCursor(users, [true, name, "u2"]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(users, cursor)).toEqual({ ok: true, value: [true, name, "u2"] });
  });

  it("is URL-safe without escaping", () => {
    const cursor = encodeCursor(users, [true, "???>>>~~~", "id"]);
    expect(encodeURIComponent(cursor)).toBe(cursor);
  });

  it("refuses a cursor of another list", () => {
    const cursor = encodeCursor(byDate, [new Date(), "a"]);
    expect(decodeCursor(cursorShape("comments", ["timestamp", "string"]), cursor).ok).toBe(false);
  });

  it.each([
    ["empty", ""],
    ["not base64url", "abc+/=="],
    ["padding", `${toBase64url('["articles","2026-01-01T00:00:00.000Z","a"]')}=`],
    ["spaces", "ab cd"],
    ["not JSON", toBase64url("hello")],
    ["JSON object", toBase64url('{"list":"articles"}')],
    ["too few fields", toBase64url('["articles","2026-01-01T00:00:00.000Z"]')],
    ["too many fields", toBase64url('["articles","2026-01-01T00:00:00.000Z","a","b"]')],
    ["wrong type", toBase64url('["articles",12,"a"]')],
    ["not a date", toBase64url('["articles","yesterday","a"]')],
    ["non-canonical date", toBase64url('["articles","2026-01-01","a"]')],
    ["null where not allowed", toBase64url('["articles",null,"a"]')],
    ["fractional integer", toBase64url('["annotations",1.5,2,"a"]')],
    ["huge integer", toBase64url('["annotations",1e300,2,"a"]')],
    ["invalid UTF-8", Buffer.from([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]).toString("base64url")],
    ["very long", "A".repeat(5000)],
  ])("refuses a malformed cursor (%s)", (_label, cursor) => {
    const result = _label.includes("integer") ? decodeCursor(spans, cursor) : decodeCursor(byDate, cursor);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/cursor/);
  });

  it("refuses a cursor with one character changed", () => {
    const cursor = encodeCursor(byDate, [new Date("2026-01-01T00:00:00.000Z"), "abc"]);
    let refused = 0;
    for (let index = 0; index < cursor.length; index++) {
      const swapped = cursor[index] === "A" ? "B" : "A";
      const tampered = cursor.slice(0, index) + swapped + cursor.slice(index + 1);
      const result = decodeCursor(byDate, tampered);
      if (!result.ok) refused++;
      else expect(result.value).toHaveLength(2);
    }
    expect(refused).toBeGreaterThan(cursor.length / 2);
  });
});

describe("parsePageLimit", () => {
  it("defaults when absent", () => {
    expect(parsePageLimit(null)).toEqual({ ok: true, value: DEFAULT_PAGE_LIMIT });
  });

  it("accepts 1 to the maximum", () => {
    expect(parsePageLimit("1")).toEqual({ ok: true, value: 1 });
    expect(parsePageLimit(String(MAX_PAGE_LIMIT))).toEqual({ ok: true, value: MAX_PAGE_LIMIT });
  });

  it.each(["0", "501", "-1", "1.5", "abc", "", " 5", "1e2", "99999999999"])("refuses %j with a clear message", (raw) => {
    expect(parsePageLimit(raw)).toEqual({ ok: false, message: `limit must be a whole number from 1 to ${MAX_PAGE_LIMIT}` });
  });
});

describe("toPage", () => {
  const shape = cursorShape("numbers", ["integer"]);

  it("keeps limit rows and points after the last when there are more", () => {
    const page = toPage(
      [1, 2, 3],
      2,
      shape,
      (n) => [n],
      (n) => n * 10,
    );
    expect(page.items).toEqual([10, 20]);
    expect(decodeCursor(shape, page.nextCursor!)).toEqual({ ok: true, value: [2] });
  });

  it("has no next cursor on the last page", () => {
    expect(
      toPage(
        [1, 2],
        2,
        shape,
        (n) => [n],
        (n) => n,
      ),
    ).toEqual({ items: [1, 2], nextCursor: null });
    expect(
      toPage(
        [],
        2,
        shape,
        (n: number) => [n],
        (n) => n,
      ),
    ).toEqual({ items: [], nextCursor: null });
  });
});

describe("nextPageLink", () => {
  it("keeps every filter, sets the limit and replaces the cursor", () => {
    const link = nextPageLink("https://desk.example/api/review-queue?kind=claim&kind=quote&author=u1&cursor=old", "NEW_cursor-1", 25);
    const url = new URL(link.slice(1, link.indexOf(">")));
    expect(link.endsWith('>; rel="next"')).toBe(true);
    expect(url.origin + url.pathname).toBe("https://desk.example/api/review-queue");
    expect(url.searchParams.getAll("kind")).toEqual(["claim", "quote"]);
    expect(url.searchParams.get("author")).toBe("u1");
    expect(url.searchParams.get("limit")).toBe("25");
    expect(url.searchParams.getAll("cursor")).toEqual(["NEW_cursor-1"]);
  });

  it("escapes filter values so the header stays one URI", () => {
    const link = nextPageLink("https://desk.example/api/articles?q=a%3Eb%20c", "x", 50);
    expect(link.match(/</g)).toHaveLength(1);
    expect(link.match(/>/g)).toHaveLength(1);
  });
});
