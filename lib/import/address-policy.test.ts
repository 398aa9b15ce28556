import { describe, expect, it } from "vitest";
import { allowAnyAddress, checkPublicAddress } from "./address-policy";

describe("checkPublicAddress", () => {
  it.each([
    "93.184.216.34",
    "8.8.8.8",
    "1.1.1.1",
    "172.15.255.255",
    "172.32.0.1",
    "100.63.255.255",
    "100.128.0.1",
    "169.253.255.255",
    "192.169.0.1",
    "11.0.0.1",
    "2606:4700:4700::1111",
    "2001:4860:4860::8888",
    "2a00:1450:4001:80b::200e",
    "[2606:4700:4700::1111]",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
    "2002:808:808::1",
  ])("allows public %s", (address) => {
    expect(checkPublicAddress(address)).toEqual({ allowed: true });
  });

  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"],
    ["10.255.255.255", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "carrier-grade"],
    ["100.127.255.255", "carrier-grade"],
    ["169.254.169.254", "link-local"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["255.255.255.255", "broadcast"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["192.0.2.1", "reserved"],
    ["198.51.100.7", "reserved"],
    ["203.0.113.9", "reserved"],
    ["198.18.0.1", "reserved"],
    ["240.0.0.1", "reserved"],
    ["192.0.0.8", "reserved"],
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["febf::1", "link-local"],
    ["fc00::1", "unique local"],
    ["fd12:3456:789a::1", "unique local"],
    ["fec0::1", "site local"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:10.0.0.1", "private"],
    ["::ffff:169.254.169.254", "link-local"],
    ["::ffff:0:a00:1", "private"],
    ["64:ff9b::7f00:1", "loopback"],
    ["64:ff9b::a9fe:a9fe", "link-local"],
    ["64:ff9b:1::808:808", "private"],
    ["2002:7f00:1::", "loopback"],
    ["2002:c0a8:101::1", "private"],
    ["::127.0.0.1", "loopback"],
    ["::7f00:1", "reserved"],
    ["::a00:1", "reserved"],
    ["2001:db8::1", "reserved"],
    ["2001::1", "Teredo"],
    ["100::1", "discard"],
  ])("refuses %s (%s)", (address, reason) => {
    const result = checkPublicAddress(address);
    expect(result.allowed).toBe(false);
    if (!result.allowed) expect(result.reason).toContain(reason);
  });

  it.each(["localhost", "example.com", "", "1.2.3", "0x7f.1", "2130706433", "127.1", "999.1.1.1", "::g"])("refuses non-addresses like %j", (value) => {
    expect(checkPublicAddress(value)).toEqual({ allowed: false, reason: "not an IP address" });
  });

  it("allowAnyAddress allows everything", () => {
    expect(allowAnyAddress("127.0.0.1")).toEqual({ allowed: true });
  });
});
