import { describe, expect, it } from "vitest";
import { PROTOCOL_3_0, errorResponse, parseSaslInitialResponse, readFrame, startupPacket, startupParameters, statementText, typedMessage, withStatementText } from "./pg-wire-messages";

describe("readFrame", () => {
  it("reads a start-up packet and its parameters", () => {
    const packet = startupPacket({ user: "postgres", database: "factdesk" });
    const result = readFrame(Buffer.concat([packet, Buffer.from([1, 2])]), "startup");
    expect("frame" in result && result.frame.kind === "startup" && result.frame.code).toBe(PROTOCOL_3_0);
    if (!("frame" in result)) throw new Error("no frame");
    expect(Object.fromEntries(startupParameters(result.frame.body))).toEqual({ user: "postgres", database: "factdesk" });
    expect([...result.rest]).toEqual([1, 2]);
  });

  it("waits for the rest of a message", () => {
    const query = typedMessage("Q", Buffer.from("SELECT 1\0"));
    expect(readFrame(query.subarray(0, 3), "typed")).toEqual({ incomplete: true });
    expect(readFrame(query.subarray(0, query.length - 1), "typed")).toEqual({ incomplete: true });
    expect(readFrame(startupPacket({ user: "x" }).subarray(0, 6), "startup")).toEqual({ incomplete: true });
  });

  it("refuses unknown types and impossible lengths at once", () => {
    expect(readFrame(Buffer.from("z"), "typed")).toHaveProperty("malformed");
    expect(readFrame(Buffer.from([0x51, 0, 0, 0, 3]), "typed")).toHaveProperty("malformed");
    expect(readFrame(Buffer.from([0x51, 0x7f, 0xff, 0xff, 0xff]), "typed")).toHaveProperty("malformed");
    expect(readFrame(Buffer.from([0x53, 0, 0, 0, 9]), "typed")).toHaveProperty("malformed"); // Sync has no body
    expect(readFrame(Buffer.from([0, 0, 0, 4]), "startup")).toHaveProperty("malformed");
    expect(readFrame(Buffer.from([0x7f, 0, 0, 0]), "startup")).toHaveProperty("malformed");
  });
});

describe("messages", () => {
  it("builds an ErrorResponse with severity, SQLSTATE and message", () => {
    const error = errorResponse("FATAL", "28P01", "password authentication failed");
    expect(String.fromCharCode(error[0])).toBe("E");
    expect(error.readInt32BE(1)).toBe(error.length - 1);
    expect(error.subarray(5).toString().split("\0")).toEqual(["SFATAL", "VFATAL", "C28P01", "Mpassword authentication failed", "", ""]);
  });

  it("parses a SASLInitialResponse and refuses one whose length does not match", () => {
    const data = Buffer.from("n,,n=,r=abc");
    const length = Buffer.alloc(4);
    length.writeInt32BE(data.length);
    expect(parseSaslInitialResponse(Buffer.concat([Buffer.from("SCRAM-SHA-256\0"), length, data]))).toEqual({ mechanism: "SCRAM-SHA-256", data: "n,,n=,r=abc" });
    expect(parseSaslInitialResponse(Buffer.concat([Buffer.from("SCRAM-SHA-256\0"), length, data.subarray(1)]))).toBeNull();
    expect(parseSaslInitialResponse(Buffer.from("SCRAM-SHA-256"))).toBeNull();
  });

  it("reads and replaces the SQL of Query and Parse messages", () => {
    const query = { type: "Q", body: Buffer.from("COPY t FROM STDIN\0") };
    const parse = { type: "P", body: Buffer.from("stmt\0COPY t FROM STDIN\0\0\0") };
    expect(statementText(query)).toBe("COPY t FROM STDIN");
    expect(statementText(parse)).toBe("COPY t FROM STDIN");
    expect(statementText({ type: "B", body: Buffer.alloc(4) })).toBeNull();
    expect(withStatementText(query, "SELECT 1")).toEqual(typedMessage("Q", Buffer.from("SELECT 1\0")));
    expect(withStatementText(parse, "SELECT 1")).toEqual(typedMessage("P", Buffer.from("stmt\0SELECT 1\0\0\0")));
  });
});
