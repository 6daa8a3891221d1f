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

/** Whether an address is one of the trusted proxies. */
function trustCheck(proxies: string[]): (address: string) => boolean {
  const list = blockList(proxies);
  return (a) => list.check(a, isIP(a) === 6 ? "ipv6" : "ipv4");
}

/** A function that finds the client address of a request under this proxy configuration. */
export function clientAddressResolver(config: TrustedProxyConfig): (ctx: AppContext) => string {
  const isTrusted = trustCheck(config.proxies);
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

/** The headers a reverse proxy sets to name the client, as they are written. */
const FORWARDING_HEADERS = ["X-Forwarded-For", "Forwarded", "X-Real-IP"];

/**
 * Warns, once, that a proxy seems to stand in front while its forwarded header is not believed:
 * then every client behind it is the proxy's address, so 20 failed logins by strangers throttle
 * everyone (429) and the logs name only the proxy. With TRUSTED_PROXY empty, any request carrying
 * a forwarding header says so; with TRUSTED_PROXY set, one carrying it from a peer not in the list
 * (a proxy whose address is missing from it, or a client forging the header: either way the
 * header is ignored, and a forger gets one line in the log for it).
 */
function untrustedProxyWarning(config: TrustedProxyConfig, isTrusted: (a: string) => boolean) {
  const headers = [...new Set([...FORWARDING_HEADERS.map((h) => h.toLowerCase()), config.header])];
  let warned = false;
  return (ctx: AppContext, peer: string): void => {
    if (warned || peer === "unknown" || (config.proxies.length && isTrusted(peer))) return;
    const header = headers.find((h) => ctx.get(h) !== "");
    if (!header) return;
    warned = true;
    const name = FORWARDING_HEADERS.find((h) => h.toLowerCase() === header) ?? header;
    const advice = config.proxies.length
      ? `${peer} is not in TRUSTED_PROXY (${config.proxies.join(",")}), so the header is ignored`
      : `TRUSTED_PROXY is empty, so the header is ignored`;
    ctx.state.log.warn(
      { header: name, peer, trustedProxy: config.proxies.join(",") },
      `a request from ${peer} carries ${name}, but ${advice}: if ${peer} is your reverse proxy, every client ` +
        `behind it counts as ${peer} (one login throttle for all of them, one address in the logs): set ` +
        `TRUSTED_PROXY to include its address (TRUSTED_PROXY=${[...config.proxies, peer].join(",")}, and TRUSTED_PROXY_HEADER if it sets another ` +
        `header than X-Forwarded-For); if it is not, a client sent the header itself and nothing needs doing ` +
        `(logged once per process)`,
    );
  };
}

/**
 * Sets ctx.state.clientIp for the throttle and the audit trail, and warns once when a forwarded
 * header arrives from a peer that is not a trusted proxy.
 */
export function clientAddress(config: TrustedProxyConfig): Middleware<AppState> {
  const resolve = clientAddressResolver(config);
  const warn = untrustedProxyWarning(config, trustCheck(config.proxies));
  return (ctx, next) => {
    ctx.state.clientIp = resolve(ctx);
    warn(ctx, normaliseAddress(ctx.req.socket.remoteAddress) ?? "unknown");
    return next();
  };
}
