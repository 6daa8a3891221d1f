/**
 * Who is calling, by network address: the TCP peer, unless the peer is a trusted proxy
 * (TRUSTED_PROXY); then the forwarded header (TRUSTED_PROXY_HEADER, X-Forwarded-For by
 * default) is read from the right, skipping trusted proxies, and the first address that is
 * not one of them is the client. A client can put anything at the left of X-Forwarded-For,
 * so the left part is never believed on its own.
 */
import { BlockList, isIP } from "node:net";
import type { Middleware } from "koa";
import type { TrustedProxyConfig } from "../config.ts";
import type { AppContext, AppState } from "./types.ts";

/** "::ffff:1.2.3.4" → "1.2.3.4"; "[::1]:443" and "1.2.3.4:80" → the address; anything else: null. */
export function normaliseAddress(raw: string | undefined): string | null {
  if (!raw) return null;
  let v = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(v);
  if (bracketed) v = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(v)) v = v.slice(0, v.lastIndexOf(":"));
  v = v.replace(/%.*$/, ""); // IPv6 zone id
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(v)) v = v.slice(7);
  return isIP(v) ? v.toLowerCase() : null;
}

function blockList(proxies: string[]): BlockList {
  const list = new BlockList();
  for (const p of proxies) {
    const [address, bits] = p.split("/") as [string, string | undefined];
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

/** A function that finds the client address of a request under this proxy configuration. */
export function clientAddressResolver(config: TrustedProxyConfig): (ctx: AppContext) => string {
  const trusted = blockList(config.proxies);
  const isTrusted = (a: string) => trusted.check(a, isIP(a) === 6 ? "ipv6" : "ipv4");
  return (ctx) => {
    const peer = normaliseAddress(ctx.req.socket.remoteAddress) ?? "unknown";
    if (!config.proxies.length || peer === "unknown" || !isTrusted(peer)) return peer;
    const hops = ctx.get(config.header).split(",").map(normaliseAddress);
    let client = peer;
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = hops[i];
      if (!hop) break; // unreadable: the last trusted hop is all we know
      client = hop;
      if (!isTrusted(hop)) break;
    }
    return client;
  };
}

/** Sets ctx.state.clientIp for the throttle and the audit trail. */
export function clientAddress(config: TrustedProxyConfig): Middleware<AppState> {
  const resolve = clientAddressResolver(config);
  return (ctx, next) => {
    ctx.state.clientIp = resolve(ctx);
    return next();
  };
}
