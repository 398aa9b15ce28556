import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { AddressPolicy } from "./address-policy";
import { connectionError, tooLargeError, timeoutError, type FetchLimits } from "./fetch-errors";
import type { ImportError } from "./import-result";
import { RefusedAddressError } from "./safe-lookup";

/** Everything one GET needs: the checked lookup, the policy for the connected address, the shared deadline. */
export type RequestContext = {
  lookup: LookupFunction;
  policy: AddressPolicy;
  signal: AbortSignal;
  limits: FetchLimits;
  userAgent: string;
};

/** A response whose headers have arrived (the body is still unread). */
export type Opened = { ok: true; response: IncomingMessage } | { ok: false; error: ImportError };

function checkSocket(socket: { remoteAddress?: string }, hostname: string, policy: AddressPolicy): RefusedAddressError | null {
  const address = socket.remoteAddress;
  if (!address) return null;
  const check = policy(address);
  return check.allowed ? null : new RefusedAddressError(hostname, address, check.reason);
}

/**
 * Sends one GET (no redirect following, no connection reuse) and waits for the response
 * headers. The connected address is checked again on connect and on response, on top of the
 * lookup's check, so nothing but an allowed address is ever read from.
 */
export function openRequest(url: URL, context: RequestContext): Promise<Opened> {
  return new Promise((resolve) => {
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const request = send(
      url,
      {
        method: "GET",
        agent: false,
        lookup: context.lookup,
        signal: context.signal,
        headers: {
          "user-agent": context.userAgent,
          accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
          "accept-encoding": "gzip, deflate, br",
        },
      },
      (response) => {
        const refused = checkSocket(response.socket, url.hostname, context.policy);
        if (refused) {
          response.destroy();
          return resolve({ ok: false, error: connectionError(refused, url.hostname, false, context.limits) });
        }
        resolve({ ok: true, response });
      },
    );
    request.on("socket", (socket) => {
      socket.once("connect", () => {
        const refused = checkSocket(socket, url.hostname, context.policy);
        if (refused) request.destroy(refused);
      });
    });
    request.on("error", (error) => {
      resolve({ ok: false, error: connectionError(error, url.hostname, context.signal.aborted, context.limits) });
    });
    request.end();
  });
}

function decoded(response: IncomingMessage): Readable | null {
  const encoding = String(response.headers["content-encoding"] ?? "identity")
    .trim()
    .toLowerCase();
  if (encoding === "identity" || encoding === "") return response;
  if (encoding === "gzip" || encoding === "x-gzip") return response.pipe(createGunzip());
  if (encoding === "deflate") return response.pipe(createInflate());
  if (encoding === "br") return response.pipe(createBrotliDecompress());
  return null;
}

/**
 * Reads a response body, decompressed, stopping as soon as it goes over the size limit (so
 * neither a huge page nor a compression bomb is held in memory) or the deadline passes.
 */
export function readBody(response: IncomingMessage, hostname: string, context: RequestContext): Promise<{ ok: true; body: Buffer } | { ok: false; error: ImportError }> {
  return new Promise((resolve) => {
    const { limits, signal } = context;
    let settled = false;
    const finish = (result: { ok: true; body: Buffer } | { ok: false; error: ImportError }) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener("abort", onAbort);
      if (!result.ok) response.destroy();
      resolve(result);
    };
    const onAbort = () => finish({ ok: false, error: timeoutError(limits) });
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });

    if (Number(response.headers["content-length"]) > limits.maxBytes) return finish({ ok: false, error: tooLargeError(limits) });
    const stream = decoded(response);
    if (!stream) return finish({ ok: false, error: connectionError(new Error("unsupported content encoding"), hostname, false, limits) });

    const chunks: Buffer[] = [];
    let total = 0;
    stream.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > limits.maxBytes) return finish({ ok: false, error: tooLargeError(limits) });
      chunks.push(chunk);
    });
    stream.on("end", () => finish({ ok: true, body: Buffer.concat(chunks) }));
    const onError = (error: Error) => finish({ ok: false, error: connectionError(error, hostname, signal.aborted, limits) });
    stream.on("error", onError);
    if (stream !== response) response.on("error", onError);
    response.on("close", () => {
      if (!response.complete) onError(Object.assign(new Error("connection closed early"), { code: "ECONNRESET" }));
    });
  });
}
