import type { Gpgkey } from "../../db/entities/Gpgkey.ts";
import { isoDate, isoDateOrNull } from "../../http/dates.ts";

export interface GpgkeyJson {
  id: string;
  user_id: string;
  armored_key: string;
  bits: number | null;
  uid: string;
  key_id: string;
  fingerprint: string;
  type: string | null;
  expires: string | null;
  key_created: string | null;
  deleted: boolean;
  created: string;
  modified: string;
}

export function presentGpgkey(k: Gpgkey): GpgkeyJson {
  return {
    id: k.id,
    user_id: k.userId,
    armored_key: k.armoredKey,
    bits: k.bits,
    uid: k.uid,
    key_id: k.keyId,
    fingerprint: k.fingerprint,
    type: k.type,
    expires: isoDateOrNull(k.expires),
    key_created: isoDateOrNull(k.keyCreated),
    deleted: Boolean(k.deleted),
    created: isoDate(k.created),
    modified: isoDate(k.modified),
  };
}
