/**
 * The built-in resource types, frozen as the Resources migration seeds them. Ids are Passbolt's
 * fixed uuid5("resource-types.id.<slug>") in its namespace; the definitions are JSON Schemas
 * written for this project from the documented field limits (resource = cleartext fields the
 * server stores, secret = the plaintext clients encrypt). The v5 types are seeded deleted until
 * encrypted metadata is supported.
 */
type Schema = Record<string, unknown>;

const str = (maxLength: number): Schema => ({ type: "string", maxLength });
const nullableStr = (maxLength: number): Schema => ({ anyOf: [str(maxLength), { type: "null" }] });
const object = (required: string[], properties: Record<string, Schema>): Schema => ({
  type: "object",
  required,
  properties,
});

const totp = object(["secret_key", "digits", "algorithm"], {
  secret_key: str(1024),
  digits: { type: "number", minimum: 6, exclusiveMaximum: 9 },
  algorithm: { type: "string", minLength: 4, maxLength: 6 },
  period: { type: "number" },
});
const password = str(4096);

const v4Fields = {
  name: str(255),
  username: nullableStr(255),
  uri: nullableStr(1024),
  description: nullableStr(10000),
};

const customField = object(["id", "type"], {
  id: { type: "string", format: "uuid" },
  type: { type: "string", enum: ["text", "password", "boolean", "number", "uri"] },
  secret_key: nullableStr(255),
  secret_value: { anyOf: [str(20000), { type: "number" }, { type: "boolean" }, { type: "null" }] },
});
const customFields = { type: "array", maxItems: 128, items: customField };
const objectType = { type: "string", enum: ["PASSBOLT_SECRET_DATA"] };
const v5Metadata = (withUsername: boolean, withUris: boolean): Schema =>
  object(["object_type", "resource_type_id", "name"], {
    object_type: { type: "string", enum: ["PASSBOLT_RESOURCE_METADATA"] },
    resource_type_id: { type: "string", format: "uuid" },
    name: str(255),
    ...(withUsername ? { username: nullableStr(255) } : {}),
    ...(withUris ? { uris: { type: "array", maxItems: 32, items: str(1024) } } : {}),
    description: nullableStr(10000),
    icon: { anyOf: [{ type: "object" }, { type: "null" }] },
    custom_fields: { anyOf: [{ type: "array", maxItems: 128 }, { type: "null" }] },
  });

export interface ResourceTypeSeed {
  id: string;
  slug: string;
  name: string;
  description: string;
  definition: { resource: Schema; secret: Schema };
  deleted: boolean;
}

export const RESOURCE_TYPE_SEEDS: ResourceTypeSeed[] = [
  {
    id: "669f8c64-242a-59fb-92fc-81f660975fd3",
    slug: "password-string",
    name: "Simple password",
    description: "A password kept as a plain encrypted string; the other fields are stored in clear.",
    definition: { resource: object(["name"], v4Fields), secret: password },
    deleted: false,
  },
  {
    id: "a28a04cd-6f53-518a-967c-9963bf9cec51",
    slug: "password-and-description",
    name: "Password with description",
    description: "A password and a description, both encrypted as one JSON object.",
    definition: {
      resource: object(["name"], { name: v4Fields.name, username: v4Fields.username, uri: v4Fields.uri }),
      secret: object(["password"], { password, description: nullableStr(10000) }),
    },
    deleted: false,
  },
  {
    id: "05ba5c75-504d-5ad6-819a-83af68867d86",
    slug: "totp",
    name: "Standalone TOTP",
    description: "A time-based one-time password seed, encrypted.",
    definition: {
      resource: object(["name"], { name: v4Fields.name, uri: v4Fields.uri }),
      secret: object(["totp"], { totp }),
    },
    deleted: false,
  },
  {
    id: "8cca88d9-a3f6-56df-b860-3ef08de5c5c4",
    slug: "password-description-totp",
    name: "Password, Description and TOTP",
    description: "A password, a description and a TOTP seed, encrypted as one JSON object.",
    definition: {
      resource: object(["name"], { name: v4Fields.name, username: v4Fields.username, uri: v4Fields.uri }),
      secret: object(["password", "totp"], { password, description: nullableStr(10000), totp }),
    },
    deleted: false,
  },
  {
    id: "761e5863-e17e-5ded-b3c2-76ffd5d0a2dc",
    slug: "v5-password-string",
    name: "Simple Password (Deprecated)",
    description: "v5 form of the simple password, reached only by upgrading a v4 resource.",
    definition: { resource: v5Metadata(true, true), secret: password },
    deleted: true,
  },
  {
    id: "dd1f723d-0d1e-513f-8218-4055dc0530d0",
    slug: "v5-default",
    name: "Default resource type",
    description:
      "v5 resource with encrypted metadata; the secret holds a password, a note and custom fields.",
    definition: {
      resource: v5Metadata(true, true),
      secret: object(["object_type", "password"], {
        object_type: objectType,
        password,
        description: nullableStr(50000),
        custom_fields: customFields,
      }),
    },
    deleted: true,
  },
  {
    id: "bb2280b5-c4d9-569c-9337-62b307f1139c",
    slug: "v5-totp-standalone",
    name: "Standalone TOTP",
    description: "v5 resource holding only a TOTP seed.",
    definition: {
      resource: v5Metadata(false, true),
      secret: object(["object_type", "totp"], { object_type: objectType, totp }),
    },
    deleted: true,
  },
  {
    id: "7438294d-f71c-5164-ba95-d9e60e295564",
    slug: "v5-default-with-totp",
    name: "Default resource type with TOTP",
    description: "v5 default resource plus a TOTP seed.",
    definition: {
      resource: v5Metadata(true, true),
      secret: object(["object_type", "password", "totp"], {
        object_type: objectType,
        password,
        description: nullableStr(50000),
        totp,
        custom_fields: customFields,
      }),
    },
    deleted: true,
  },
  {
    id: "0551544e-2ccd-5ce8-95cf-86f0aab0f827",
    slug: "v5-custom-fields",
    name: "Standalone custom fields",
    description: "v5 resource holding only custom fields.",
    definition: {
      resource: v5Metadata(false, true),
      secret: object(["object_type", "custom_fields"], {
        object_type: objectType,
        custom_fields: customFields,
      }),
    },
    deleted: true,
  },
  {
    id: "0a72c76b-b8e6-53f0-8bef-0a8ca6b5c764",
    slug: "v5-note",
    name: "Standalone note",
    description: "v5 resource holding only an encrypted note.",
    definition: {
      resource: v5Metadata(false, true),
      secret: object(["object_type", "description"], {
        object_type: objectType,
        description: nullableStr(50000),
      }),
    },
    deleted: true,
  },
  {
    id: "4357bbc7-ed4d-52ff-b59d-9f7f17881bb3",
    slug: "v5-pin-code",
    name: "Standalone pin code",
    description: "v5 resource holding a PIN code and an optional note.",
    definition: {
      resource: v5Metadata(false, false),
      secret: object(["object_type", "pin_code"], {
        object_type: objectType,
        pin_code: { type: "string", pattern: "^\\d+$", minLength: 4, maxLength: 12 },
        description: nullableStr(50000),
      }),
    },
    deleted: true,
  },
];
