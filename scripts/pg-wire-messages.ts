/**
 * The parts of PostgreSQL's wire protocol (v3) the embedded server handles itself: splitting the
 * client's byte stream into messages, refusing malformed ones, and the backend messages of the
 * start-up and authentication phase. Everything else is passed to PGlite unchanged.
 */

export const PROTOCOL_3_0 = 196608;
export const SSL_REQUEST_CODE = 80877103;
export const GSSENC_REQUEST_CODE = 80877104;
export const CANCEL_REQUEST_CODE = 80877102;

/** PostgreSQL's own limit for the start-up packet. */
const MAX_STARTUP_LENGTH = 10_000;
/** Larger than any statement the app sends; a longer one is refused rather than buffered. */
export const MAX_MESSAGE_LENGTH = 256 * 1024 * 1024;

/** Frontend message types after start-up, and the fixed length (without the type byte) of those that have no body. */
const FRONTEND_TYPES: Record<string, number | null> = {
  B: null,
  C: null,
  D: null,
  E: null,
  F: null,
  P: null,
  Q: null,
  d: null,
  f: null,
  p: null,
  H: 4,
  S: 4,
  X: 4,
  c: 4,
};

export type Frame = { kind: "message"; type: string; body: Buffer; bytes: Buffer } | { kind: "startup"; code: number; body: Buffer; bytes: Buffer };
export type FrameResult = { frame: Frame; rest: Buffer } | { incomplete: true } | { malformed: string };

/**
 * Takes the next message off the front of `buffer`. Before start-up completes the client sends
 * untyped packets (start-up, SSL, GSS or cancel requests); afterwards, typed messages.
 */
export function readFrame(buffer: Buffer, phase: "startup" | "typed"): FrameResult {
  if (phase === "startup") {
    if (buffer.length < 4) return { incomplete: true };
    const length = buffer.readInt32BE(0);
    if (length < 8 || length > MAX_STARTUP_LENGTH) return { malformed: "invalid length of startup packet" };
    if (buffer.length < length) return { incomplete: true };
    const bytes = buffer.subarray(0, length);
    return { frame: { kind: "startup", code: bytes.readInt32BE(4), body: bytes.subarray(8), bytes }, rest: buffer.subarray(length) };
  }
  if (buffer.length < 1) return { incomplete: true };
  const type = String.fromCharCode(buffer[0]);
  if (!(type in FRONTEND_TYPES)) return { malformed: `invalid frontend message type ${buffer[0]}` };
  if (buffer.length < 5) return { incomplete: true };
  const length = buffer.readInt32BE(1);
  const fixed = FRONTEND_TYPES[type];
  if (length < 4 || length > MAX_MESSAGE_LENGTH || (fixed !== null && length !== fixed)) return { malformed: `invalid message length ${length}` };
  if (buffer.length < 1 + length) return { incomplete: true };
  const bytes = buffer.subarray(0, 1 + length);
  return { frame: { kind: "message", type, body: bytes.subarray(5), bytes }, rest: buffer.subarray(1 + length) };
}

/** The name/value pairs of a start-up packet's body. */
export function startupParameters(body: Buffer): Map<string, string> {
  const parts = body.toString("utf8").split("\0");
  const parameters = new Map<string, string>();
  for (let i = 0; i + 1 < parts.length && parts[i] !== ""; i += 2) parameters.set(parts[i], parts[i + 1]);
  return parameters;
}

/** A start-up packet (protocol 3.0) with the given parameters. */
export function startupPacket(parameters: Record<string, string>): Buffer {
  const body = Buffer.from(
    `${Object.entries(parameters)
      .map(([name, value]) => `${name}\0${value}\0`)
      .join("")}\0`,
  );
  const packet = Buffer.alloc(8 + body.length);
  packet.writeInt32BE(packet.length, 0);
  packet.writeInt32BE(PROTOCOL_3_0, 4);
  body.copy(packet, 8);
  return packet;
}

/** A typed message: type byte, length, body. */
export function typedMessage(type: string, body: Buffer): Buffer {
  const message = Buffer.alloc(5 + body.length);
  message.write(type, 0, "latin1");
  message.writeInt32BE(4 + body.length, 1);
  body.copy(message, 5);
  return message;
}

/** An Authentication message: `R`, the request code, then its data. */
export function authenticationMessage(code: number, data: Buffer = Buffer.alloc(0)): Buffer {
  const body = Buffer.alloc(4 + data.length);
  body.writeInt32BE(code, 0);
  data.copy(body, 4);
  return typedMessage("R", body);
}

export const AUTH_SASL = 10;
export const AUTH_SASL_CONTINUE = 11;
export const AUTH_SASL_FINAL = 12;

/** An ErrorResponse with severity, SQLSTATE, message and optional hint. */
export function errorResponse(severity: "ERROR" | "FATAL", code: string, message: string, hint?: string): Buffer {
  const fields = [`S${severity}`, `V${severity}`, `C${code}`, `M${message}`, ...(hint ? [`H${hint}`] : [])];
  return typedMessage("E", Buffer.from(`${fields.join("\0")}\0\0`));
}

/** Splits a SASLInitialResponse body into the mechanism and the client's first message. */
export function parseSaslInitialResponse(body: Buffer): { mechanism: string; data: string } | null {
  const end = body.indexOf(0);
  if (end < 0 || body.length < end + 5) return null;
  const length = body.readInt32BE(end + 1);
  const data = body.subarray(end + 5);
  if (length !== data.length) return null;
  return { mechanism: body.subarray(0, end).toString(), data: data.toString() };
}

/** The SQL text of a simple Query (`Q`) or Parse (`P`) message; null for other messages. */
export function statementText(frame: { type: string; body: Buffer }): string | null {
  if (frame.type === "Q") return frame.body.subarray(0, Math.max(0, frame.body.indexOf(0))).toString();
  if (frame.type !== "P") return null;
  const nameEnd = frame.body.indexOf(0);
  const queryEnd = nameEnd < 0 ? -1 : frame.body.indexOf(0, nameEnd + 1);
  return queryEnd < 0 ? null : frame.body.subarray(nameEnd + 1, queryEnd).toString();
}

/** The same Query or Parse message with its SQL replaced (a Parse keeps its statement name, declares no parameter types). */
export function withStatementText(frame: { type: string; body: Buffer }, sql: string): Buffer {
  if (frame.type === "Q") return typedMessage("Q", Buffer.from(`${sql}\0`));
  const name = frame.body.subarray(0, frame.body.indexOf(0));
  return typedMessage("P", Buffer.concat([name, Buffer.from(`\0${sql}\0`), Buffer.alloc(2)]));
}
