import { isIP } from "node:net";
import { allowAnyAddress, checkPublicAddress, type AddressPolicy } from "./address-policy";
import { httpStatusError, refusedAddressError, tooLargeError, type FetchLimits } from "./fetch-errors";
import { openRequest, readBody, type RequestContext } from "./http-request";
import { importFailure, type ImportError } from "./import-result";
import { createSafeLookup, systemResolver, type Resolver } from "./safe-lookup";

/** Options of {@link fetchResource}. The defaults are what production should use. */
export type FetchOptions = {
  /** Time limit for the whole fetch, redirects included. Default 10 s. */
  timeoutMs?: number;
  /** Largest body read (after decompression). Default 5 MB. */
  maxBytes?: number;
  /** Redirects followed at most. Default 5. */
  maxRedirects?: number;
  /** Allow loopback and private addresses (tests, local use: FACTDESK_IMPORT_ALLOW_PRIVATE=1). Default false. */
  allowPrivateAddresses?: boolean;
  /** Which addresses may be connected to; overrides `allowPrivateAddresses`. Default: public unicast only. */
  addressPolicy?: AddressPolicy;
  /** Host name resolver. Default: the system resolver. */
  resolver?: Resolver;
  userAgent?: string;
};

/** A body downloaded in full, with where it finally came from. */
export type FetchedResource = {
  /** Address after redirects. */
  url: string;
  status: number;
  /** The whole Content-Type header ("" when missing). */
  contentType: string;
  body: Buffer;
};

/** A failed fetch: the importer's error, with the HTTP status and final address when a server answered. */
export type FetchFailure = ImportError & { status?: number; url?: string };

export type FetchResult = { ok: true; resource: FetchedResource } | { ok: false; error: FetchFailure };

const DEFAULTS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = "Mozilla/5.0 (compatible; FactdeskImporter/1.0; newsroom fact-check tool)";
const MAX_URL_LENGTH = 2048;

/** Parses and checks a URL the desk may request; with `base`, words the message for a redirect target. */
function checkUrl(value: string | URL, base?: URL): { ok: true; url: URL } | { ok: false; message: string } {
  const bad = base ? "The page redirected to an address that can't be imported." : "Enter a full web address starting with http:// or https://.";
  if (String(value).length > MAX_URL_LENGTH) return { ok: false, message: "This web address is too long." };
  let url: URL;
  try {
    url = new URL(String(value).trim(), base);
  } catch {
    return { ok: false, message: bad };
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname) return { ok: false, message: bad };
  if (url.username || url.password) return { ok: false, message: "Web addresses with a user name or password can't be imported." };
  url.hash = "";
  return { ok: true, url };
}

/** The media type of a Content-Type header, lowercase, without parameters. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0].trim().toLowerCase();
}

/**
 * Downloads one URL on the server, the SSRF-guarded way every fetch of the desk goes: http/https
 * only, one time limit for everything, a size limit, at most `maxRedirects` redirects (each one
 * checked again), and — unless allowed — no loopback, private, link-local or other non-public
 * address, checked on the addresses DNS actually returned and the socket actually connected to.
 * `accept` may refuse a response by its media type before the body is read.
 */
export async function fetchResource(rawUrl: string, options: FetchOptions = {}, accept?: (mediaType: string) => ImportError | null): Promise<FetchResult> {
  const limits: FetchLimits = {
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    maxBytes: options.maxBytes ?? DEFAULTS.maxBytes,
    maxRedirects: options.maxRedirects ?? DEFAULTS.maxRedirects,
  };
  const policy = options.addressPolicy ?? (options.allowPrivateAddresses ? allowAnyAddress : checkPublicAddress);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const context: RequestContext = {
    lookup: createSafeLookup(policy, options.resolver ?? systemResolver),
    policy,
    signal: controller.signal,
    limits,
    userAgent: options.userAgent ?? USER_AGENT,
  };
  try {
    const first = checkUrl(rawUrl);
    if (!first.ok) return importFailure("invalid_url", first.message);
    let url = first.url;
    for (let redirects = 0; ; redirects += 1) {
      const literal = url.hostname.replace(/^\[|\]$/g, "");
      if (isIP(literal)) {
        const check = policy(literal);
        if (!check.allowed) return { ok: false, error: refusedAddressError(url.hostname, check.reason) };
      }
      const opened = await openRequest(url, context);
      if (!opened.ok) return opened;
      const { response } = opened;
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status) && response.headers.location) {
        response.destroy();
        if (redirects >= limits.maxRedirects) {
          return importFailure("too_many_redirects", `The page redirected more than ${limits.maxRedirects} times, so it was not imported.`);
        }
        const next = checkUrl(response.headers.location, url);
        if (!next.ok) return importFailure("invalid_url", next.message);
        url = next.url;
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        return { ok: false, error: { ...httpStatusError(status), status, url: url.href } };
      }
      const contentType = response.headers["content-type"] ?? "";
      const refused = accept?.(mediaType(contentType));
      if (refused) {
        response.destroy();
        return { ok: false, error: { ...refused, status, url: url.href } };
      }
      const body = await readBody(response, url.hostname, context);
      if (!body.ok) return { ok: false, error: { ...body.error, status, url: url.href } };
      if (body.body.length > limits.maxBytes) return { ok: false, error: { ...tooLargeError(limits), status, url: url.href } };
      return { ok: true, resource: { url: url.href, status, contentType, body: body.body } };
    }
  } finally {
    clearTimeout(timer);
  }
}
