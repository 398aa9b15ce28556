import { describe, expect, it } from "vitest";
import { CSV_CONTENT_TYPE, CSV_HEADERS, serialiseCsv } from "./csv";
import { CRLF, csvCell, csvDocument, csvRow, neutraliseFormula, UTF8_BOM } from "./csv-cells";
import { emptyInput, englishInput, URDU_TEXT, urduInput } from "./sample-input.test-helper";

/** A strict RFC 4180 reader, to read back what we write. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i += 2;
    } else if (quoted && char === '"') {
      quoted = false;
      i++;
    } else if (quoted) {
      cell += char;
      i++;
    } else if (char === '"' && cell === "") {
      quoted = true;
      i++;
    } else if (char === ",") {
      row.push(cell);
      cell = "";
      i++;
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += 2;
    } else if (char === "\r" || char === "\n" || char === '"') {
      throw new Error(`bare ${JSON.stringify(char)} at ${i}`);
    } else {
      cell += char;
      i++;
    }
  }
  if (cell !== "" || row.length > 0) throw new Error("last record has no CRLF");
  return rows;
}

const read = (csv: string) => {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(1));
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
};

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["", ""],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line\nbreak", '"line\nbreak"'],
    ["cr\rhere", '"cr\rhere"'],
    ["crlf\r\nhere", '"crlf\r\nhere"'],
    ['"', '""""'],
    [" padded ", " padded "],
  ])("quotes %j as %j", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\tTAB", "\rCR", '=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0"])("neutralises %j", (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
    expect(csvCell(value).replace(/^"/, "").startsWith("'")).toBe(true);
  });

  it("neutralises before quoting, so the quote mark sits inside the quotes", () => {
    expect(csvCell('=A1,"x"')).toBe(`"'=A1,""x"""`);
    expect(csvCell("\rCR")).toBe(`"'\rCR"`);
  });

  it.each(["a=b", "1-2", "email@example.org", "'already", "٣+٤", "😀=1"])("leaves %j alone", (value) => {
    expect(csvCell(value)).toBe(value);
  });

  it("writes numbers and empty values", () => {
    expect(csvRow([1, 0, null, undefined, "x"])).toBe("1,0,,,x");
  });

  it("ends every record, the last included, with CRLF after a BOM", () => {
    expect(
      csvDocument([
        ["a", "b"],
        ["1", "2"],
      ]),
    ).toBe(`${UTF8_BOM}a,b${CRLF}1,2${CRLF}`);
  });
});

describe("serialiseCsv", () => {
  it("declares UTF-8 and a header row", () => {
    expect(CSV_CONTENT_TYPE).toBe("text/csv; charset=utf-8; header=present");
  });

  it("has the header row with every field", () => {
    const csv = serialiseCsv(englishInput());
    const header = parseCsv(csv.slice(1))[0];
    expect(header).toEqual([...CSV_HEADERS]);
    for (const field of [
      "number",
      "kind",
      "status",
      "anchor_state",
      "start",
      "end",
      "exact",
      "prefix",
      "suffix",
      "claimant",
      "verdict",
      "rationale",
      "speaker",
      "said_where",
      "said_on",
      "wording_verified",
      "alleged_by",
      "alleged_against",
      "right_of_reply_sought",
      "right_of_reply_sought_on",
      "note",
      "evidence",
      "author",
      "reviewer",
      "decided_at",
      "created_at",
      "updated_at",
      "article_title",
      "article_url",
      "article_revision",
    ]) {
      expect(header).toContain(field);
    }
  });

  it("writes one row per approved annotation still on its text, numbered in document order", () => {
    const rows = read(serialiseCsv(englishInput()));
    expect(rows.map((r) => [r.number, r.id])).toEqual([
      ["1", "a-quote"],
      ["2", "a-unemployment"],
      ["3", "a-accused"],
      ["4", "a-invoices"],
      ["5", "a-script"],
    ]);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["approved"]));
  });

  it("writes every annotation with its status when includeAll", () => {
    const rows = read(serialiseCsv(englishInput(true)));
    expect(rows).toHaveLength(9);
    expect(rows.map((r) => r.status)).toEqual(expect.arrayContaining(["draft", "submitted", "rejected"]));
  });

  it("writes the kind's fields and leaves the others empty", () => {
    const rows = read(serialiseCsv(englishInput()));
    const claim = rows.find((r) => r.id === "a-unemployment")!;
    expect(claim).toMatchObject({ kind: "claim", claimant: "Opposition leader", verdict: "false", speaker: "", wording_verified: "", alleged_by: "" });
    expect(claim.evidence).toBe('Labour force survey 2024 <https://stats.example.gov/labour/2024> (accessed 2024-06-21)\n<img src=x onerror="alert(1)"> <javascript:alert(1)>');
    expect(claim.evidence_urls).toBe("https://stats.example.gov/labour/2024 javascript:alert(1)");
    const quote = rows.find((r) => r.id === "a-quote")!;
    expect(quote).toMatchObject({ speaker: "Amina Khalid", said_where: "Press conference, Doha", said_on: "2024-06-18", wording_verified: "yes", claimant: "", verdict: "" });
    const allegation = rows.find((r) => r.id === "a-accused")!;
    expect(allegation).toMatchObject({ alleged_by: "Critics", alleged_against: "Northwind Ltd", right_of_reply_sought: "yes", right_of_reply_sought_on: "2024-06-19" });
    expect(claim).toMatchObject({ author: "Erin Editor", reviewer: "Ravi Reviewer", decided_at: "2024-06-22T10:00:00.000Z", article_revision: "3", anchor_state: "anchored" });
    expect(rows.find((r) => r.id === "a-orphan")).toBeUndefined();
    expect(read(serialiseCsv(englishInput(true))).find((r) => r.id === "a-orphan")!.anchor_state).toBe("orphaned");
  });

  it("neutralises formulas coming from users and keeps the rest of the text intact", () => {
    const script = read(serialiseCsv(englishInput())).find((r) => r.id === "a-script")!;
    expect(script.claimant).toBe("'=cmd|' /C calc'!A0");
    expect(script.note).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(script.rationale).toBe(`'-2+3, "quoted", and a line\nbreak`);
    expect(script.exact).toBe("<script>alert(1)</script>");
  });

  it("keeps the prefix and suffix exactly, line breaks included", () => {
    const input = englishInput(true);
    const rows = read(serialiseCsv(input));
    for (const annotation of input.annotations) {
      const row = rows.find((r) => r.id === annotation.id)!;
      const plain = (v: string) => v.replace(/^'(?=[=+\-@\t\r])/, "");
      expect(plain(row.prefix)).toBe(annotation.prefix);
      expect(plain(row.suffix)).toBe(annotation.suffix);
      expect(plain(row.exact)).toBe(annotation.exact);
    }
  });

  it("writes non-Latin text and emoji unchanged, as UTF-8", () => {
    const csv = serialiseCsv(urduInput());
    const rows = read(csv);
    expect(rows[0].exact).toBe("مہنگائی 😀 کم ہو گئی ہے");
    expect(rows[0].claimant).toBe("وزیر اعظم");
    expect(rows.find((r) => r.id === "u-cafe")!.exact).toBe("Cafe\u0301 owners 👩‍👩‍👧");
    expect(rows[0].article_title).toBe("مہنگائی پر وزیر اعظم کا بیان 😀");
    const bytes = Buffer.from(csv, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(csv, "utf8").toString("utf8")).toContain(URDU_TEXT.split("\n")[0].slice(0, 9));
  });

  it("gives just the header for an empty export", () => {
    const csv = serialiseCsv(emptyInput());
    expect(csv).toBe(`${UTF8_BOM}${CSV_HEADERS.join(",")}${CRLF}`);
  });

  it("uses CRLF between records and never a bare CR or LF outside quotes", () => {
    expect(() => parseCsv(serialiseCsv(englishInput(true)).slice(1))).not.toThrow();
  });
});
