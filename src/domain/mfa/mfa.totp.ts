/**
 * TOTP (RFC 6238 defaults: SHA-1, 6 digits, 30-second step), computed with the `otpauth`
 * library the extension uses. The provisioning URI is built here, in the one form the extension
 * accepts (its anchored pattern): `otpauth://totp/<issuer:username>?issuer=<issuer>&secret=<base32>`,
 * exactly these two parameters in this order; a library's toString() adds more and is refused.
 */
import { Secret, TOTP } from "otpauth";

export const TOTP_PERIOD_SECONDS = 30;
const DIGITS = 6;
/** Secrets we hand out: 32 random bytes (Passbolt's default). */
const SECRET_BYTES = 32;
/** Secrets we accept back: base32 of at least 160 bits (RFC 4226's recommendation). */
const SECRET_PATTERN = /^[A-Z2-7]{32,128}$/;

/** A fresh secret, RFC 4648 base32 (upper case, no padding). */
export function newTotpSecret(): string {
  return new Secret({ size: SECRET_BYTES }).base32.replace(/=+$/, "");
}

/** The issuer: APP_URL's host without the port, then its path without the trailing slash. */
export function totpIssuer(appUrl: string): string {
  const url = new URL(appUrl);
  return `${url.hostname}${url.pathname.replace(/\/+$/, "")}`;
}

/** PHP's urlencode(): what Passbolt builds the URI with (space as +, every reserved character escaped). */
const urlencode = (s: string): string =>
  encodeURIComponent(s)
    .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, "+");

export function provisioningUri(issuer: string, username: string, secret: string): string {
  return `otpauth://totp/${urlencode(`${issuer}:${username}`)}?issuer=${urlencode(issuer)}&secret=${secret}`;
}

/**
 * The secret of a URI we would have issued to this user at this issuer, or undefined (another
 * label or issuer, extra parameters, a secret too short or not base32).
 */
export function secretOfUri(uri: string, issuer: string, username: string): string | undefined {
  const m = /^otpauth:\/\/totp\/[^?]+\?issuer=[^&]+&secret=([A-Za-z0-9]+)$/.exec(uri);
  if (!m || !SECRET_PATTERN.test(m[1]!)) return undefined;
  return provisioningUri(issuer, username, m[1]!) === uri ? m[1] : undefined;
}

/** The time step of a moment (30-second periods since the epoch). */
export const totpStep = (timestampMs: number = Date.now()): number =>
  TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp: timestampMs });

/**
 * The step a code belongs to if it is the code of the current step or of the one before or
 * after (clock drift), else undefined.
 */
export function matchTotp(
  secret: string,
  code: string,
  timestampMs: number = Date.now(),
): number | undefined {
  if (!/^[0-9]{6}$/.test(code)) return undefined;
  const delta = TOTP.validate({
    token: code,
    secret: Secret.fromBase32(secret),
    algorithm: "SHA1",
    digits: DIGITS,
    period: TOTP_PERIOD_SECONDS,
    timestamp: timestampMs,
    window: 1,
  });
  return delta === null ? undefined : totpStep(timestampMs) + delta;
}

/** The code of a step (tests and the CLI compute codes as an authenticator app would). */
export function totpCode(secret: string, timestampMs: number = Date.now()): string {
  return TOTP.generate({
    secret: Secret.fromBase32(secret),
    algorithm: "SHA1",
    digits: DIGITS,
    period: TOTP_PERIOD_SECONDS,
    timestamp: timestampMs,
  });
}
