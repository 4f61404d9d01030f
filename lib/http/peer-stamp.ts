import { randomBytes } from "node:crypto";
import { subscribe, type ChannelListener } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { peerHeader, peerStampToken } from "./client-address";

const installedKey = Symbol.for("qms.peerStampInstalled");

/**
 * Writes every incoming request's TCP peer address into `peerHeader` (see lib/http/client-address.ts for
 * why the headers Next hands the app cannot be trusted for it). `http.server.request.start` is published
 * synchronously by Node's HTTP server before the 'request' event, so the header is in place before Next
 * (or any handler) reads the request. A client-sent header of that name is replaced. Idempotent.
 * Node marks its built-in channels experimental; this one exists since Node 16.17/18.7.
 */
export function installPeerStamp(): void {
  const g = globalThis as typeof globalThis & { [installedKey]?: boolean };
  if (g[installedKey]) return;
  g[installedKey] = true;
  const token = peerStampToken(() => randomBytes(16).toString("base64url"))!;
  const listener: ChannelListener = (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    delete request.headers[peerHeader];
    request.headers[peerHeader] = `${token} ${socket.remoteAddress ?? ""}`;
  };
  subscribe("http.server.request.start", listener);
}
