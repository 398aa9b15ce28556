import ipaddr from "ipaddr.js";

/** Whether the importer may connect to an IP address, and if not, which kind of address it is. */
export type AddressCheck = { allowed: true } | { allowed: false; reason: string };

/** A rule deciding which resolved IP addresses the URL importer may connect to. */
export type AddressPolicy = (address: string) => AddressCheck;

const RANGE_NAMES: Record<string, string> = {
  unspecified: "an unspecified address",
  broadcast: "a broadcast address",
  multicast: "a multicast address",
  linkLocal: "a link-local address",
  loopback: "this server itself (loopback)",
  carrierGradeNat: "a carrier-grade NAT address",
  private: "a private network",
  reserved: "a reserved address",
  as112: "a reserved DNS sink address",
  uniqueLocal: "a private network (unique local)",
  deprecatedSiteLocal: "a private network (site local)",
  discard: "a discard-only address",
  teredo: "a Teredo tunnel address",
  benchmarking: "a benchmarking address",
  amt: "a multicast tunnel address",
  as112v6: "a reserved DNS sink address",
  deprecatedOrchid: "a non-routable identifier",
  orchid2: "a non-routable identifier",
  droneRemoteIdProtocolEntityTags: "a non-routable identifier",
  segmentRouting: "a segment-routing address",
};

const refuse = (range: string): AddressCheck => ({ allowed: false, reason: RANGE_NAMES[range] ?? `a special-purpose address (${range})` });

function checkIPv4(address: ipaddr.IPv4): AddressCheck {
  const range = address.range();
  return range === "unicast" ? { allowed: true } : refuse(range);
}

/** The IPv4 address carried in the last 32 bits of an IPv6 address. */
function lastIPv4(address: ipaddr.IPv6): ipaddr.IPv4 {
  const parts = address.parts;
  return new ipaddr.IPv4([parts[6] >> 8, parts[6] & 0xff, parts[7] >> 8, parts[7] & 0xff]);
}

function checkIPv6(address: ipaddr.IPv6): AddressCheck {
  const range = address.range();
  const parts = address.parts;
  if (range === "ipv4Mapped" || range === "rfc6145") return checkIPv4(lastIPv4(address));
  // NAT64 well-known prefix 64:ff9b::/96 reaches the embedded IPv4 address; the local-use /48 is internal.
  if (range === "rfc6052") return parts[2] === 0 ? checkIPv4(lastIPv4(address)) : refuse("private");
  if (range === "6to4") return checkIPv4(new ipaddr.IPv4([parts[1] >> 8, parts[1] & 0xff, parts[2] >> 8, parts[2] & 0xff]));
  // Deprecated IPv4-compatible addresses (::a.b.c.d) have no legitimate public use.
  if (range === "unicast" && parts.slice(0, 6).every((part) => part === 0)) return refuse("reserved");
  return range === "unicast" ? { allowed: true } : refuse(range);
}

/**
 * The default policy of the URL importer: only public unicast addresses. Refuses loopback,
 * private (RFC 1918, unique-local), carrier-grade NAT, link-local, multicast, broadcast,
 * unspecified, documentation/benchmarking/reserved ranges, and IPv6 forms that carry one of
 * those IPv4 addresses (IPv4-mapped, IPv4-translated, NAT64, 6to4). Anything unparsable too.
 */
export function checkPublicAddress(address: string): AddressCheck {
  const bare = address.replace(/^\[|\]$/g, "");
  // IPv4 only in canonical dotted-decimal form: resolvers and the URL parser produce nothing else.
  const valid = ipaddr.IPv6.isValid(bare) || ipaddr.IPv4.isValidFourPartDecimal(bare);
  if (!valid) return { allowed: false, reason: "not an IP address" };
  const parsed = ipaddr.parse(bare);
  return parsed.kind() === "ipv4" ? checkIPv4(parsed as ipaddr.IPv4) : checkIPv6(parsed as ipaddr.IPv6);
}

/** Policy that allows every address (FACTDESK_IMPORT_ALLOW_PRIVATE=1, tests, local use). */
export const allowAnyAddress: AddressPolicy = () => ({ allowed: true });
