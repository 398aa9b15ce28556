import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { createScramVerifier, scramServerFinal, scramServerFirst } from "./scram-sha256";

// RFC 7677, section 3: the SCRAM-SHA-256 example exchange.
const RFC = {
  password: "pencil",
  salt: Buffer.from("W22ZaJ0SNY7soEsUEjb6gQ==", "base64"),
  clientFirst: "n,,n=user,r=rOprNGfwEbeRWgbNEkqO",
  serverNonce: "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0",
  serverFirst: "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
  clientFinal: "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=",
  serverFinal: "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=",
};

type PgSasl = {
  startSession: (mechanisms: string[]) => { response: string };
  continueSession: (session: object, password: string, serverData: string) => Promise<void>;
  finalizeSession: (session: object, serverData: string) => void;
};
const pgSasl = createRequire(import.meta.url)("pg/lib/crypto/sasl") as PgSasl;

describe("SCRAM-SHA-256 server", () => {
  const verifier = createScramVerifier(RFC.password, RFC.salt);

  it("reproduces the RFC 7677 example exchange", () => {
    const first = scramServerFirst(verifier, RFC.clientFirst, RFC.serverNonce);
    expect(first?.serverFirst).toBe(RFC.serverFirst);
    expect(scramServerFinal(verifier, first!.state, RFC.clientFinal)).toBe(RFC.serverFinal);
  });

  it("refuses a proof made with another password", () => {
    const other = createScramVerifier("pencil2", RFC.salt);
    const first = scramServerFirst(other, RFC.clientFirst, RFC.serverNonce);
    expect(scramServerFinal(other, first!.state, RFC.clientFinal)).toBeNull();
  });

  it("refuses a final message with another nonce, channel binding or a truncated proof", () => {
    const first = scramServerFirst(verifier, RFC.clientFirst, RFC.serverNonce)!;
    expect(scramServerFinal(verifier, first.state, RFC.clientFinal.replace("k0,p=", "k1,p="))).toBeNull();
    expect(scramServerFinal(verifier, first.state, RFC.clientFinal.replace("c=biws", "c=eSws"))).toBeNull();
    expect(scramServerFinal(verifier, first.state, RFC.clientFinal.slice(0, -8))).toBeNull();
    expect(scramServerFinal(verifier, first.state, "garbage")).toBeNull();
  });

  it("refuses malformed first messages and channel binding it does not offer", () => {
    for (const message of ["", "n=user,r=abc", "p=tls-server-end-point,,n=,r=abc", "n,,n=user", "n,,n=user,r="]) {
      expect(scramServerFirst(verifier, message)).toBeNull();
    }
  });

  it("authenticates node-postgres's own SCRAM client, and only with the right password", async () => {
    const live = createScramVerifier("correct horse");
    for (const [password, accepted] of [
      ["correct horse", true],
      ["wrong horse", false],
    ] as const) {
      const session = pgSasl.startSession(["SCRAM-SHA-256"]);
      const first = scramServerFirst(live, session.response)!;
      await pgSasl.continueSession(session, password, first.serverFirst);
      const serverFinal = scramServerFinal(live, first.state, session.response);
      expect(serverFinal !== null).toBe(accepted);
      if (serverFinal) expect(() => pgSasl.finalizeSession(session, serverFinal)).not.toThrow();
    }
  });
});
