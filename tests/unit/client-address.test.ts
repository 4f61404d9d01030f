import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  clientAddressFrom,
  normaliseIp,
  parseTrustedProxies,
  peerHeader,
  resolveClientAddress,
} from "@/lib/http/client-address";
import { installPeerStamp } from "@/lib/http/peer-stamp";
import { EnvError, parseEnv } from "@/lib/env";

describe("normaliseIp", () => {
  it.each([
    ["203.0.113.9", "203.0.113.9"],
    [" 203.0.113.9 ", "203.0.113.9"],
    ["203.0.113.9:51234", "203.0.113.9"],
    ["2001:DB8::1", "2001:db8::1"],
    ["[2001:db8::1]:443", "2001:db8::1"],
    ["[2001:db8::1]", "2001:db8::1"],
    ["fe80::1%eth0", "fe80::1"],
    ["::ffff:1.2.3.4", "1.2.3.4"],
    ["::FFFF:1.2.3.4", "1.2.3.4"],
    ["0:0:0:0:0:ffff:1.2.3.4", "1.2.3.4"],
    ["::ffff:102:304", "1.2.3.4"],
    ["::1", "::1"],
  ])("%s → %s", (raw, expected) => expect(normaliseIp(raw)).toBe(expected));

  it.each(["", "unknown", "1.2.3", "999.1.1.1", "evil.example", "1.2.3.4, 5.6.7.8", "<script>", "::ffff:999.1.1.1"])(
    "refuses %j",
    (raw) => {
      expect(normaliseIp(raw)).toBeNull();
    },
  );
});

describe("parseTrustedProxies", () => {
  const trusted = parseTrustedProxies("10.0.0.0/8, 192.168.1.7, fd00::/8, 2001:db8::5, ::ffff:172.16.0.0/108");

  it.each([
    ["10.1.2.3", true],
    ["10.255.255.255", true],
    ["11.0.0.1", false],
    ["192.168.1.7", true],
    ["192.168.1.8", false],
    ["::ffff:10.9.9.9", true],
    ["fd12:3456::1", true],
    ["fe80::1", false],
    ["2001:db8::5", true],
    ["2001:db8::6", false],
    ["172.16.3.4", true],
    ["172.32.0.1", false],
    ["not an address", false],
  ])("%s trusted: %s", (address, expected) => expect(trusted.has(address)).toBe(expected));

  it("is empty for an empty or blank list", () => {
    expect(parseTrustedProxies("").size).toBe(0);
    expect(parseTrustedProxies(" , ").size).toBe(0);
    expect(parseTrustedProxies(undefined).has("127.0.0.1")).toBe(false);
  });

  it.each(["10.0.0.0/33", "fd00::/129", "proxy.internal", "10.0.0.0/8/1", "10.0.0.0/x", "1.2.3"])(
    "refuses %j",
    (entry) => {
      expect(() => parseTrustedProxies(entry)).toThrow();
    },
  );

  it("is validated by the environment schema, with the bad entry named", () => {
    expect(parseEnv({ TRUSTED_PROXIES: "10.0.0.1, fd00::/8" }).TRUSTED_PROXIES).toBe("10.0.0.1, fd00::/8");
    expect(parseEnv({}).TRUSTED_PROXIES).toBe("");
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.1, proxy.internal" })).toThrow(EnvError);
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.1, proxy.internal" })).toThrow(/TRUSTED_PROXIES.*proxy\.internal/);
  });
});

describe("resolveClientAddress", () => {
  const none = parseTrustedProxies("");
  const proxies = parseTrustedProxies("10.0.0.0/8, fd00::/8");

  it("without trusted proxies the peer is the client and X-Forwarded-For is ignored", () => {
    expect(resolveClientAddress({ peer: "198.51.100.7", forwardedFor: "1.1.1.1" }, none)).toBe("198.51.100.7");
    expect(resolveClientAddress({ peer: "::ffff:198.51.100.7", forwardedFor: null }, none)).toBe("198.51.100.7");
  });

  it("an untrusted peer's X-Forwarded-For is ignored even when proxies are configured", () => {
    expect(resolveClientAddress({ peer: "198.51.100.7", forwardedFor: "10.0.0.1, 203.0.113.50" }, proxies)).toBe(
      "198.51.100.7",
    );
  });

  it("behind a trusted proxy, the rightmost untrusted entry is the client", () => {
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "203.0.113.50" }, proxies)).toBe("203.0.113.50");
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "203.0.113.50, 10.0.0.9" }, proxies)).toBe(
      "203.0.113.50",
    );
    expect(resolveClientAddress({ peer: "fd00::2", forwardedFor: "[2001:db8::77]:5555, fd00::9" }, proxies)).toBe(
      "2001:db8::77",
    );
  });

  it("a spoofed leftmost value is never used", () => {
    // The client sent "X-Forwarded-For: 6.6.6.6, 10.0.0.3"; the proxy appended the real address.
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "6.6.6.6, 10.0.0.3, 203.0.113.50" }, proxies)).toBe(
      "203.0.113.50",
    );
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "6.6.6.6,203.0.113.50" }, proxies)).toBe(
      "203.0.113.50",
    );
  });

  it("a malformed entry or an all-trusted chain ends at the last trusted hop", () => {
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "6.6.6.6, garbage" }, proxies)).toBe("10.0.0.2");
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "garbage, 10.0.0.3" }, proxies)).toBe("10.0.0.3");
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "10.0.0.4, 10.0.0.3" }, proxies)).toBe("10.0.0.4");
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "" }, proxies)).toBe("10.0.0.2");
  });

  it("no peer, no address", () => {
    expect(resolveClientAddress({ peer: null, forwardedFor: "203.0.113.50" }, proxies)).toBeNull();
  });
});

describe("the peer stamp on a real HTTP server", () => {
  let server: http.Server;
  let base: string;
  let seen: http.IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    installPeerStamp();
    server = http.createServer((req, res) => {
      seen.push(req.headers);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function headersOf(sent: Record<string, string>) {
    seen = [];
    await fetch(base, { headers: sent });
    return seen[0]!;
  }

  it("a forged X-Forwarded-For and a forged stamp from an untrusted peer give the socket's address", async () => {
    const headers = await headersOf({
      "X-Forwarded-For": "6.6.6.6",
      [peerHeader]: "whatever 6.6.6.6",
      "X-Real-IP": "6.6.6.6",
    });
    expect(headers["x-forwarded-for"]).toBe("6.6.6.6");
    expect(clientAddressFrom(headers, parseTrustedProxies(""))).toBe("127.0.0.1");
    expect(clientAddressFrom(new Headers(headers as Record<string, string>), parseTrustedProxies("10.0.0.0/8"))).toBe(
      "127.0.0.1",
    );
  });

  it("when the peer is a trusted proxy, its X-Forwarded-For is read from the right", async () => {
    const headers = await headersOf({ "X-Forwarded-For": "6.6.6.6, 203.0.113.50" });
    expect(clientAddressFrom(headers, parseTrustedProxies("127.0.0.1"))).toBe("203.0.113.50");
  });

  it("a header that does not carry this process's token is not a peer address", () => {
    expect(
      clientAddressFrom({ [peerHeader]: "forged 203.0.113.1", "x-forwarded-for": "6.6.6.6" }, parseTrustedProxies("")),
    ).toBeNull();
  });
});
