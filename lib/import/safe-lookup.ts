import { lookup as dnsLookup } from "node:dns";
import type { LookupFunction } from "node:net";
import type { AddressPolicy } from "./address-policy";

/** One resolved address of a host name. */
export type ResolvedAddress = { address: string; family: 4 | 6 };

/** Resolves a host name to all its addresses (the system resolver by default; injectable for tests). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** Raised by the lookup when a host resolves to an address the policy refuses. */
export class RefusedAddressError extends Error {
  readonly code = "EREFUSEDADDRESS";
  constructor(
    readonly hostname: string,
    readonly address: string,
    readonly reason: string,
  ) {
    super(`${hostname} resolves to ${address}, ${reason}`);
  }
}

/** The operating system's resolver (getaddrinfo, honours /etc/hosts), all addresses. */
export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) return reject(error);
      resolve(addresses.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 })));
    });
  });

/**
 * A `lookup` for node:http/https that resolves the host and refuses the connection unless every
 * address passes the policy. Because the socket connects only to addresses returned here, a
 * DNS answer that changes between check and use (rebinding) cannot reach a refused address.
 */
export function createSafeLookup(policy: AddressPolicy, resolver: Resolver = systemResolver): LookupFunction {
  return (hostname, options, callback) => {
    resolver(hostname).then(
      (addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        if (wanted.length === 0) {
          const error = Object.assign(new Error(`No address found for ${hostname}`), { code: "ENOTFOUND" });
          return callback(error, "", 4);
        }
        for (const { address } of addresses) {
          const check = policy(address);
          if (!check.allowed) return callback(new RefusedAddressError(hostname, address, check.reason), "", 4);
        }
        if (options.all) return (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, wanted);
        callback(null, wanted[0].address, wanted[0].family);
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 4),
    );
  };
}
