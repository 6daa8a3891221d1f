import {
  containValueSchema,
  dateTimeSchema,
  nullableDateTimeSchema,
  uuidSchema,
} from "../../http/schemas/common.ts";
import type { QueryParam } from "../../http/routeSpec.ts";
import { paginationParams } from "../../http/pagination.ts";
import { component } from "../../http/schemas/component.ts";

/** A user's public key as the API shows it (user.gpgkey, GET /gpgkeys.json). */
export const gpgkeySchema = component("Gpgkey", {
  type: "object",
  additionalProperties: false,
  required: [
    "id",
    "user_id",
    "armored_key",
    "bits",
    "uid",
    "key_id",
    "fingerprint",
    "type",
    "expires",
    "key_created",
    "deleted",
    "created",
    "modified",
  ],
  properties: {
    id: uuidSchema,
    user_id: uuidSchema,
    armored_key: { type: "string", description: "ASCII-armored OpenPGP public key" },
    bits: { type: ["integer", "null"] },
    uid: { type: "string", description: 'e.g. "Ada Lovelace <ada@example.com>"' },
    key_id: { type: "string", pattern: "^[0-9A-F]{16}$" },
    fingerprint: { type: "string", pattern: "^[0-9A-F]{40}$" },
    type: { type: ["string", "null"], description: "RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL" },
    expires: nullableDateTimeSchema,
    key_created: nullableDateTimeSchema,
    deleted: { type: "boolean" },
    created: dateTimeSchema,
    modified: dateTimeSchema,
  },
} as const);

export const gpgkeysListSchema = { type: "array", items: gpgkeySchema } as const;

const unixTimestamp = { type: "string", pattern: "^[0-9]{1,12}$" } as const;

export interface GpgkeysQuery {
  "filter[modified-after]"?: string;
  modified_after?: string;
  "filter[is-deleted]"?: string;
  "filter[has-users][]"?: string[];
  [k: string]: unknown;
}

export const gpgkeysQueryParams: QueryParam[] = [
  {
    name: "filter[modified-after]",
    schema: unixTimestamp,
    description: "Unix timestamp: only keys modified after it (keyring sync)",
  },
  { name: "modified_after", schema: unixTimestamp, description: "Legacy form of filter[modified-after]" },
  {
    name: "filter[is-deleted]",
    schema: containValueSchema,
    description: "true: only deleted keys; false (default): only current keys",
  },
  {
    name: "filter[has-users][]",
    schema: { type: "array", items: uuidSchema, maxItems: 1000 },
    array: true,
    description: "Only the keys of these users",
  },
  ...paginationParams,
];
