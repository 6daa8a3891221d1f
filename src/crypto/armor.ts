/**
 * Strict ASCII armor for `PGP MESSAGE` blocks (RFC 9580 §6), checked before any packet is parsed.
 *
 * OpenPGP.js v6 strips the `=XXXX` checksum line without verifying it and tolerates text
 * around the block; the server stores what it accepts verbatim for other clients, so it wants
 * exactly one well-formed block.
 *
 * CRC decision: the checksum line is OPTIONAL, and when present it MUST match.
 * - Not required: RFC 9580 says it SHOULD NOT be emitted (and never for v6 artifacts), so a
 *   standard-conforming client may leave it out; every client that reads secrets back
 *   (OpenPGP.js, GopenPGP, gpg) decrypts without it. Passbolt requires it; we do not follow.
 * - Verified when present: a mismatch means the text was damaged on the way; storing it would
 *   hand the user an undecryptable secret later, so it is refused now (isValidOpenPGPMessage).
 *   OpenPGP.js v6 (v4 keys) and gpg 2.2/2.4 both emit a correct one.
 */

export class ArmorError extends Error {}

const BEGIN = "-----BEGIN PGP MESSAGE-----";
const END = "-----END PGP MESSAGE-----";
const HEADER_LINE = /^[A-Za-z0-9-]+: ?.*$/;
const BASE64_LINE = /^[A-Za-z0-9+/]*={0,2}$/;
const CRC_LINE = /^=[A-Za-z0-9+/]{4}$/;

/** CRC-24 of RFC 9580 §6.1.1 (init 0xB704CE, generator 0x1864CFB). */
export function crc24(bytes: Uint8Array): number {
  let crc = 0xb704ce;
  for (const b of bytes) {
    crc ^= b << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

export interface Dearmored {
  bytes: Uint8Array;
  hasChecksum: boolean;
}

/**
 * Decodes one armored `PGP MESSAGE` block: BEGIN line, optional `Key: value` headers, a blank
 * line, base64 lines, an optional checksum line, END line, and nothing else around it
 * (surrounding whitespace and CRLF line ends are tolerated).
 * @throws ArmorError naming what is wrong
 */
export function dearmorMessage(text: string): Dearmored {
  const lines = text
    .trim()
    .split(/\r?\n/)
    .map((l) => l.replace(/[ \t]+$/, ""));
  if (lines[0] !== BEGIN) throw new ArmorError(`the text does not start with ${BEGIN}`);
  if (lines.length < 4 || lines[lines.length - 1] !== END)
    throw new ArmorError(`the text does not end with ${END}`);
  let i = 1;
  while (i < lines.length - 1 && lines[i] !== "") {
    if (!HEADER_LINE.test(lines[i]!))
      throw new ArmorError("the blank line after the armor headers is missing");
    i++;
  }
  if (lines[i] !== "") throw new ArmorError("the blank line after the armor headers is missing");
  const body = lines.slice(i + 1, -1);
  let checksum: string | undefined;
  if (body.length && CRC_LINE.test(body[body.length - 1]!)) checksum = body.pop()!.slice(1);
  if (!body.length) throw new ArmorError("the armor holds no data");
  if (!body.every((l) => BASE64_LINE.test(l))) throw new ArmorError("the armor data is not base64");
  const b64 = body.join("");
  const bytes = Buffer.from(b64, "base64");
  if (b64.length % 4 !== 0 || bytes.toString("base64") !== b64)
    throw new ArmorError("the armor data is not well-formed base64 (truncated?)");
  if (checksum !== undefined) {
    const crc = crc24(bytes);
    const expected = Buffer.from([crc >> 16, (crc >> 8) & 0xff, crc & 0xff]).toString("base64");
    if (expected !== checksum) throw new ArmorError("the armor checksum does not match the data");
  }
  return { bytes: new Uint8Array(bytes), hasChecksum: checksum !== undefined };
}
