import { STATUS_CODES } from "node:http";
import { formatBytes, importFailure, type ImportError } from "./import-result";
import { RefusedAddressError } from "./safe-lookup";

/** What the fetch limits were, for messages. */
export type FetchLimits = { timeoutMs: number; maxBytes: number; maxRedirects: number };

/** The site was slow: the whole import has one time limit. */
export function timeoutError(limits: FetchLimits): ImportError {
  const seconds = Math.round(limits.timeoutMs / 100) / 10;
  return importFailure("timeout", `The site took too long to respond (the limit is ${seconds} seconds). Try again later, or paste the text.`).error;
}

/** The page is bigger than the limit. */
export function tooLargeError(limits: FetchLimits): ImportError {
  return importFailure("too_large", `This page is too large to import (the limit is ${formatBytes(limits.maxBytes)}). Paste the article text instead.`).error;
}

/** The host is, or resolves to, an address the importer must not reach. */
export function refusedAddressError(hostname: string, reason: string): ImportError {
  return importFailure("refused_address", `Factdesk can't import from ${hostname}: it points to ${reason}, not a public website.`).error;
}

/** The server answered with an error status. */
export function httpStatusError(status: number): ImportError {
  const text = STATUS_CODES[status] ?? "Error";
  const hint = status === 401 || status === 403 ? " The page may need a login or subscription: paste the text instead." : "";
  return importFailure("http_error", `The site answered with an error: ${status} ${text}.${hint}`).error;
}

const TLS_CODES = /^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_CERT)/;

/** Turns a socket, DNS or TLS error into a message for the user. */
export function connectionError(error: unknown, hostname: string, aborted: boolean, limits: FetchLimits): ImportError {
  if (aborted) return timeoutError(limits);
  if (error instanceof RefusedAddressError) return refusedAddressError(error.hostname, error.reason);
  const code = String((error as NodeJS.ErrnoException | null)?.code ?? "");
  const fail = (message: string) => importFailure("network_error", message).error;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_NODATA") return fail(`The site ${hostname} could not be found. Check the address.`);
  if (code === "ECONNREFUSED") return fail(`The site ${hostname} refused the connection.`);
  if (code === "ECONNRESET" || code === "EPIPE") return fail(`The connection to ${hostname} was interrupted. Try again.`);
  if (code === "ETIMEDOUT" || code === "EHOSTUNREACH" || code === "ENETUNREACH") return fail(`The site ${hostname} could not be reached.`);
  if (TLS_CODES.test(code)) return fail(`The secure connection to ${hostname} failed: its certificate could not be verified.`);
  return fail(`Could not download the page from ${hostname}${code ? ` (${code})` : ""}.`);
}
