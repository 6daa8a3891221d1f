/**
 * The GpgAuth 1.3.0 wire details: the nonce format and the encoding of the stage-1 token
 * header, byte for byte what PHP's `quotemeta(urlencode($armored))` produces, because the
 * clients undo exactly that (the extension with urldecode + stripslashes, go-passbolt with
 * QueryUnescape + "\\ " → " ", the Python clients with unquote + "\\+" → " ").
 */
import { isUuid } from "../../db/ids.ts";

export const GPGAUTH_VERSION = "gpgauthv1.3.0";

/** `gpgauthv1.3.0|36|<uuid>|gpgauthv1.3.0` */
export const formatNonce = (uuid: string): string => `${GPGAUTH_VERSION}|36|${uuid}|${GPGAUTH_VERSION}`;

/** The UUID of a well-formed nonce, or undefined (wrong sections, version, length or UUID). */
export function parseNonce(nonce: unknown): string | undefined {
  if (typeof nonce !== "string") return undefined;
  const parts = nonce.split("|");
  if (parts.length !== 4) return undefined;
  const [version, length, uuid, version2] = parts as [string, string, string, string];
  if (version !== GPGAUTH_VERSION || version2 !== GPGAUTH_VERSION) return undefined;
  if (length !== "36" || uuid.length !== 36 || !isUuid(uuid)) return undefined;
  return uuid.toLowerCase();
}

/**
 * PHP `urlencode`: everything but ASCII letters, digits, `-`, `_` and `.` becomes %XX
 * (uppercase hex, UTF-8 bytes), and a space becomes `+`.
 */
export function phpUrlencode(s: string): string {
  return encodeURIComponent(s)
    .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, "+");
}

/** PHP `quotemeta`: a backslash before each of `. \ + * ? [ ^ ] $ ( )`. */
export function quotemeta(s: string): string {
  return s.replace(/[.\\+*?[^\]$()]/g, "\\$&");
}

/** The X-GPGAuth-User-Auth-Token value for an armored message. */
export const encodeUserAuthToken = (armored: string): string => quotemeta(phpUrlencode(armored));
