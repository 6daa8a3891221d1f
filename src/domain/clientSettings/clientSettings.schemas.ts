/** Response schemas of the settings the extension reads (clientSettings.defaults.ts). */
import { component } from "../../http/schemas/component.ts";
import { dateTimeSchema, uuidSchema } from "../../http/schemas/common.ts";

const bool = { type: "boolean" } as const;

/** One stored account setting (theme, locale): Watchword stores none, the list is empty. */
export const accountSettingsSchema = {
  type: "array",
  items: component("AccountSetting", {
    type: "object",
    required: ["property", "value"],
    properties: {
      id: uuidSchema,
      user_id: uuidSchema,
      property_id: uuidSchema,
      property: { type: "string", enum: ["theme", "locale"] },
      value: { type: "string" },
      created: dateTimeSchema,
      modified: dateTimeSchema,
    },
  }),
} as const;

const flags = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, bool]));
const MASKS = [
  "upper",
  "lower",
  "digit",
  "parenthesis",
  "emoji",
  "char1",
  "char2",
  "char3",
  "char4",
  "char5",
].map((m) => `mask_${m}`);

export const passwordPoliciesSchema = component("PasswordPolicies", {
  type: "object",
  additionalProperties: false,
  required: [
    "default_generator",
    "source",
    "external_dictionary_check",
    "password_generator_settings",
    "passphrase_generator_settings",
  ],
  properties: {
    default_generator: { type: "string", enum: ["password", "passphrase"] },
    source: { type: "string", enum: ["default"] },
    external_dictionary_check: {
      ...bool,
      description: "Clients check a new password against the Have I Been Pwned range API.",
    },
    password_generator_settings: {
      type: "object",
      additionalProperties: false,
      required: ["length", "min_length", "max_length", ...MASKS, "exclude_look_alike_chars"],
      properties: {
        length: { type: "integer", minimum: 8, maximum: 128 },
        min_length: { type: "integer" },
        max_length: { type: "integer" },
        ...flags(MASKS),
        exclude_look_alike_chars: bool,
      },
    },
    passphrase_generator_settings: {
      type: "object",
      additionalProperties: false,
      required: ["words", "min_words", "max_words", "word_separator", "word_case"],
      properties: {
        words: { type: "integer", minimum: 4, maximum: 40 },
        min_words: { type: "integer" },
        max_words: { type: "integer" },
        word_separator: { type: "string" },
        word_case: { type: "string", enum: ["lowercase", "uppercase", "camelcase"] },
      },
    },
  },
});

export const exportPoliciesSchema = component("ExportPolicies", {
  type: "object",
  additionalProperties: false,
  required: ["allow_csv_format", "source"],
  properties: {
    allow_csv_format: { ...bool, description: "false: the extension exports KDBX files only." },
    source: { type: "string", enum: ["default"] },
  },
});

export const metadataKeysSettingsSchema = component("MetadataKeysSettings", {
  type: "object",
  additionalProperties: false,
  required: ["allow_usage_of_personal_keys", "zero_knowledge_key_share"],
  properties: {
    allow_usage_of_personal_keys: bool,
    zero_knowledge_key_share: {
      ...bool,
      description: "true: the server is never given a copy of a metadata private key.",
    },
  },
});

export const metadataSetupSettingsSchema = component("MetadataSetupSettings", {
  type: "object",
  additionalProperties: false,
  required: ["enable_encrypted_metadata_on_install"],
  properties: { enable_encrypted_metadata_on_install: bool },
});

export const secretRevisionsSettingsSchema = component("SecretRevisionsSettings", {
  type: "object",
  additionalProperties: false,
  required: ["max_revisions", "allow_sharing_revisions"],
  properties: {
    max_revisions: { type: "integer", minimum: 1, description: "1: only the current secret is kept." },
    allow_sharing_revisions: bool,
  },
});
