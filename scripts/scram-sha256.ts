import crypto from "node:crypto";

/**
 * The server side of SCRAM-SHA-256 (RFC 5802 / RFC 7677) as PostgreSQL uses it, without channel
 * binding: the password never crosses the socket, and a client that does not know it is refused.
 */

const ITERATIONS = 4096;

export type ScramVerifier = { salt: Buffer; iterations: number; storedKey: Buffer; serverKey: Buffer };

const hmac = (key: Buffer, text: string | Buffer) => crypto.createHmac("sha256", key).update(text).digest();
const sha256 = (data: Buffer) => crypto.createHash("sha256").update(data).digest();

/** What the server keeps instead of the password (computed once per start, with a fresh salt). */
export function createScramVerifier(password: string, salt: Buffer = crypto.randomBytes(16), iterations = ITERATIONS): ScramVerifier {
  const saltedPassword = crypto.pbkdf2Sync(password, salt, iterations, 32, "sha256");
  return { salt, iterations, storedKey: sha256(hmac(saltedPassword, "Client Key")), serverKey: hmac(saltedPassword, "Server Key") };
}

function attributes(message: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of message.split(",")) {
    const eq = part.indexOf("=");
    if (eq === 1) map.set(part[0], part.slice(2));
  }
  return map;
}

export type ScramFirstStep = { serverFirst: string; state: { clientFirstBare: string; serverFirst: string; nonce: string; gs2Header: string } };

/**
 * Answers the client-first-message (`n,,n=user,r=nonce`). Returns null if it is malformed or asks
 * for channel binding, which this server does not offer.
 */
export function scramServerFirst(verifier: ScramVerifier, clientFirst: string, serverNonce = crypto.randomBytes(18).toString("base64")): ScramFirstStep | null {
  const match = /^([ny]),(a=[^,]*)?,(.*)$/.exec(clientFirst);
  if (!match) return null;
  const gs2Header = `${match[1]},${match[2] ?? ""},`;
  const clientFirstBare = match[3];
  const clientNonce = attributes(clientFirstBare).get("r");
  if (!clientNonce || !/^[\x21-\x2b\x2d-\x7e]+$/.test(clientNonce)) return null;
  const nonce = clientNonce + serverNonce;
  const serverFirst = `r=${nonce},s=${verifier.salt.toString("base64")},i=${verifier.iterations}`;
  return { serverFirst, state: { clientFirstBare, serverFirst, nonce, gs2Header } };
}

/**
 * Checks the client-final-message's proof. Returns the server-final-message (`v=signature`) when
 * the client knows the password, or null when it does not (or the message is malformed).
 */
export function scramServerFinal(verifier: ScramVerifier, state: ScramFirstStep["state"], clientFinal: string): string | null {
  const proofAt = clientFinal.lastIndexOf(",p=");
  if (proofAt < 0) return null;
  const withoutProof = clientFinal.slice(0, proofAt);
  const fields = attributes(withoutProof);
  if (fields.get("c") !== Buffer.from(state.gs2Header).toString("base64") || fields.get("r") !== state.nonce) return null;
  const proof = Buffer.from(clientFinal.slice(proofAt + 3), "base64");
  if (proof.length !== 32) return null;
  const authMessage = `${state.clientFirstBare},${state.serverFirst},${withoutProof}`;
  const clientSignature = hmac(verifier.storedKey, authMessage);
  const clientKey = Buffer.from(proof.map((byte, i) => byte ^ clientSignature[i]));
  if (!crypto.timingSafeEqual(sha256(clientKey), verifier.storedKey)) return null;
  return `v=${hmac(verifier.serverKey, authMessage).toString("base64")}`;
}
