import { isIP } from "node:net";
import { allowAnyAddress, checkPublicAddress, type AddressPolicy } from "./address-policy";
import { decodeHtml } from "./decode-html";
import { extractArticle } from "./extract-article";
import { httpStatusError, refusedAddressError, tooLargeError, type FetchLimits } from "./fetch-errors";
import { openRequest, readBody, type RequestContext } from "./http-request";
import { importFailure, type ImportResult } from "./import-result";
import { createSafeLookup, systemResolver, type Resolver } from "./safe-lookup";

/** Options of {@link fetchArticleUrl}. The defaults are what production should use. */
export type FetchArticleOptions = {
  /** Time limit for the whole fetch, redirects included. Default 10 s. */
  timeoutMs?: number;
  /** Largest page read (after decompression). Default 5 MB. */
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

const DEFAULTS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const USER_AGENT = "Mozilla/5.0 (compatible; FactdeskImporter/1.0; newsroom fact-check tool)";
const MAX_URL_LENGTH = 2048;

/** Whether the environment allows importing from private addresses (`FACTDESK_IMPORT_ALLOW_PRIVATE=1`). */
export function privateAddressesAllowed(env: Record<string, string | undefined>): boolean {
  return env.FACTDESK_IMPORT_ALLOW_PRIVATE === "1" || env.FACTDESK_IMPORT_ALLOW_PRIVATE === "true";
}

/** Parses and checks a URL the importer may request; `redirected` words the message for a redirect target. */
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

function mediaType(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0].trim().toLowerCase();
}

/**
 * Downloads a web page on the server and extracts its article (Readability), sanitised. Not an
 * open proxy: http/https only, one time limit for everything, a size limit, at most
 * `maxRedirects` redirects (each one checked again), only HTML responses, and — unless allowed —
 * no loopback, private, link-local or other non-public address, checked on the addresses DNS
 * actually returned and the socket actually connected to.
 */
export async function fetchArticleUrl(rawUrl: string, options: FetchArticleOptions = {}): Promise<ImportResult> {
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
        return { ok: false, error: httpStatusError(status) };
      }
      const type = mediaType(response.headers["content-type"]);
      if (!HTML_TYPES.has(type)) {
        response.destroy();
        const what = type ? ` (it is ${type})` : "";
        return importFailure("not_html", `This address is not a web page${what}. Download the file and import it, or paste the text.`);
      }
      const body = await readBody(response, url.hostname, context);
      if (!body.ok) return body;
      if (body.body.length > limits.maxBytes) return { ok: false, error: tooLargeError(limits) };
      return extractArticle(decodeHtml(body.body, response.headers["content-type"]), url.href);
    }
  } finally {
    clearTimeout(timer);
  }
}
