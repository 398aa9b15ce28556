import { describe, expect, it } from "vitest";
import { containsCopyFromStdin } from "./copy-from-stdin";

describe("containsCopyFromStdin", () => {
  it("finds COPY … FROM STDIN in its usual spellings", () => {
    for (const sql of [
      "COPY t FROM STDIN",
      "copy t from stdin",
      "COPY public.t (a, b) FROM STDIN WITH (FORMAT csv, HEADER true)",
      'COPY "T" FROM/* data follows */STDIN;',
      "COPY BINARY t FROM STDIN",
      "COPY t FROM -- comment\n STDIN",
    ]) {
      expect(containsCopyFromStdin(sql), sql).toBe(true);
    }
  });

  it("finds it after other statements", () => {
    expect(containsCopyFromStdin("SELECT 1; COPY t FROM STDIN")).toBe(true);
    expect(containsCopyFromStdin("SELECT 'a;b' AS x; copy t from stdin")).toBe(true);
    expect(containsCopyFromStdin("DO $$ BEGIN END $$; COPY t FROM STDIN")).toBe(true);
  });

  it("ignores COPY TO STDOUT, COPY from a file and the words inside literals, identifiers and comments", () => {
    for (const sql of [
      "COPY t TO STDOUT",
      "COPY (SELECT * FROM stdin) TO STDOUT",
      "COPY t FROM '/tmp/data.csv'",
      "SELECT 'COPY t FROM STDIN'",
      'SELECT 1 AS "copy from stdin"',
      "-- COPY t FROM STDIN\nSELECT 1",
      "/* COPY t /* nested */ FROM STDIN */ SELECT 1",
      "SELECT $body$ COPY t FROM STDIN $body$",
      "SELECT E'\\' COPY t FROM STDIN'",
      "INSERT INTO stdin_log (copy) SELECT $1",
    ]) {
      expect(containsCopyFromStdin(sql), sql).toBe(false);
    }
  });

  it("refuses when string literals could be read either way (standard_conforming_strings on or off)", () => {
    // With standard_conforming_strings off, '\'' is one string and the COPY runs.
    expect(containsCopyFromStdin("SELECT '\\''; COPY t FROM STDIN; -- '")).toBe(true);
    // With it on (the default), '\' is one string and the COPY runs.
    expect(containsCopyFromStdin("SELECT '\\'; COPY t FROM STDIN; --'")).toBe(true);
  });

  it("treats an unterminated literal or comment as running to the end", () => {
    expect(containsCopyFromStdin("SELECT 'COPY t FROM STDIN")).toBe(false);
    expect(containsCopyFromStdin("COPY t FROM STDIN /* unterminated")).toBe(true);
  });
});
