import { BlockList, isIP } from "node:net";

/**
 * The address a request came from, for the audit log and sign-in throttling.
 *
 * How the peer's address reaches the app under `next start` (Next.js 16.4, read in
 * node_modules/next/dist/server/base-server.js, `handleRequestImpl`): Next's own HTTP server does
 * `req.headers['x-forwarded-for'] ??= req.socket.remoteAddress`. It keeps a client-sent X-Forwarded-For
 * untouched and adds the socket address only when the header is absent, so from the headers a route
 * handler or server action sees, "1.2.3.4" may be the TCP peer or whatever the client typed: the socket
 * address is lost exactly when someone forges the header. `request.ip` is gone since Next 15, and
 * `headers()` carries nothing else.
 *
 * So lib/http/peer-stamp.ts (installed from instrumentation.ts, in the same process as `next start`)
 * subscribes to Node's `http.server.request.start` diagnostics channel, which fires for every request
 * before Next sees it, and writes the socket's address into `peerHeader`, replacing any value the client
 * sent. The value starts with a random per-process token, so a header a client sent before the stamp was
 * installed (the first request of a cold start) is not taken for the peer either: then the address is
 * unknown (null), never the client's word.
 *
 * The client is the peer, unless the peer is a trusted proxy (`TRUSTED_PROXIES`); then X-Forwarded-For is
 * read from the right (each proxy appends the address it received the request from) skipping trusted
 * proxies, and the first address that is not one is the client. Entries left of it are the client's own
 * claims and never used.
 */

export const peerHeader = "x-qms-peer";
const tokenKey = Symbol.for("qms.peerStampToken");

type Global = typeof globalThis & { [tokenKey]?: string };

/** The stamp's token for this process; set once by the stamp. */
export function peerStampToken(create?: () => string): string | undefined {
  const g = globalThis as Global;
  if (create && !g[tokenKey]) g[tokenKey] = create();
  return g[tokenKey];
}

/**
 * A bare, canonical IP address from a header or socket value, or null when it is not one.
 * Accepts `1.2.3.4`, `1.2.3.4:5678`, `[2001:db8::1]:443`, `2001:DB8::1`, `fe80::1%eth0`;
 * IPv4-mapped IPv6 (`::ffff:1.2.3.4`, how a dual-stack socket reports an IPv4 peer) becomes IPv4.
 */
export function normaliseIp(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.replace(/%[\w.-]+$/, "");
  const version = isIP(value);
  if (version === 4) return value;
  if (version !== 6) return null;
  const mapped = /^(?:(?:0{1,4}:){5}|::)ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  if (mapped) return mapped[1]!;
  const hexMapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(value);
  if (hexMapped) {
    const [hi, lo] = [parseInt(hexMapped[1]!, 16), parseInt(hexMapped[2]!, 16)];
    return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
  }
  return value.toLowerCase();
}

export type TrustedProxies = { has(address: string): boolean; readonly size: number };

/** Parses `TRUSTED_PROXIES`: comma-separated IPv4/IPv6 addresses and CIDR blocks. Throws on a bad entry. */
export function parseTrustedProxies(list: string | readonly string[] | undefined): TrustedProxies {
  const entries = (typeof list === "string" ? list.split(",") : (list ?? [])).map((e) => e.trim()).filter(Boolean);
  const blocks = new BlockList();
  for (const entry of entries) {
    const [address, prefix, ...rest] = entry.split("/");
    const ip = normaliseIp(address);
    if (!ip || rest.length || (prefix !== undefined && !/^\d{1,3}$/.test(prefix)))
      throw new Error(`"${entry}" is not an IP address or CIDR block`);
    const type = isIP(ip) === 4 ? "ipv4" : "ipv6";
    // A v4-mapped block written in IPv6 (::ffff:10.0.0.0/104) is the IPv4 block it maps.
    const bits = prefix === undefined ? undefined : Number(prefix) - (type === "ipv4" && isIP(address!) === 6 ? 96 : 0);
    if (bits === undefined) blocks.addAddress(ip, type);
    else if (bits < 0 || bits > (type === "ipv4" ? 32 : 128))
      throw new Error(`"${entry}" has an impossible prefix length`);
    else blocks.addSubnet(ip, bits, type);
  }
  return {
    size: entries.length,
    has(address: string) {
      const ip = normaliseIp(address);
      return !!ip && blocks.check(ip, isIP(ip) === 4 ? "ipv4" : "ipv6");
    },
  };
}

/**
 * The client's address: the peer unless it is a trusted proxy, else the rightmost X-Forwarded-For entry
 * that is not a trusted proxy. A malformed entry ends the walk at the last trusted hop (whose address is
 * real); so does a chain made only of trusted proxies. null: the peer is unknown.
 */
export function resolveClientAddress(
  input: { peer: string | null | undefined; forwardedFor?: string | null },
  trusted: TrustedProxies,
): string | null {
  const peer = normaliseIp(input.peer);
  if (!peer || !trusted.has(peer)) return peer;
  let nearest = peer;
  const hops = (input.forwardedFor ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normaliseIp(hops[i]);
    if (!hop) return nearest;
    if (!trusted.has(hop)) return hop;
    nearest = hop;
  }
  return nearest;
}

/** The stamped peer address of a request, if the stamp of this process wrote it. */
export function stampedPeer(value: string | null | undefined): string | null {
  const token = peerStampToken();
  if (!token || !value) return null;
  const [given, address] = value.split(" ");
  return given === token ? (address ?? null) : null;
}

type HeaderSource = { get(name: string): string | null } | Record<string, unknown>;

function header(source: HeaderSource, name: string): string | null {
  if (typeof (source as { get?: unknown }).get === "function")
    return (source as { get(name: string): string | null }).get(name);
  const value = (source as Record<string, unknown>)[name];
  return typeof value === "string" ? value : Array.isArray(value) ? value.join(", ") : null;
}

/** The one way the app learns a request's client address: from `headers()` or next-auth's `req.headers`. */
export function clientAddressFrom(headers: HeaderSource | undefined, trusted: TrustedProxies): string | null {
  if (!headers) return null;
  return resolveClientAddress(
    { peer: stampedPeer(header(headers, peerHeader)), forwardedFor: header(headers, "x-forwarded-for") },
    trusted,
  );
}
