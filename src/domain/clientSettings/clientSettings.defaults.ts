/**
 * Settings the browser extension reads in every session, whatever the plugin flags, for
 * features Watchword has no setting of its own for (yet). Each answer is Passbolt's default,
 * in the shape the extension's own entity validates (test/conformance/ checks each against it):
 *
 * - account settings: none stored (no theme or locale plugin), so an empty list;
 * - password policies: the generator defaults (18 characters of every class, or 9 words);
 * - export policies: KDBX only;
 * - metadata keys: personal keys allowed and zero-knowledge key sharing, so a v5 client never
 *   hands the server a copy of a metadata private key (`zero_knowledge_key_share: true`, unlike
 *   Passbolt's default; see the v5 metadata issue);
 * - metadata setup: do not turn on encrypted metadata after the first admin's setup;
 * - secret revisions: one revision kept, the current one (history off).
 */

export const PASSWORD_POLICIES = {
  default_generator: "password",
  source: "default",
  external_dictionary_check: true,
  password_generator_settings: {
    length: 18,
    min_length: 8,
    max_length: 128,
    mask_upper: true,
    mask_lower: true,
    mask_digit: true,
    mask_parenthesis: true,
    mask_emoji: false,
    mask_char1: true,
    mask_char2: true,
    mask_char3: true,
    mask_char4: true,
    mask_char5: true,
    exclude_look_alike_chars: true,
  },
  passphrase_generator_settings: {
    words: 9,
    min_words: 4,
    max_words: 40,
    word_separator: " ",
    word_case: "lowercase",
  },
} as const;

export const EXPORT_POLICIES = { allow_csv_format: false, source: "default" } as const;

export const METADATA_KEYS_SETTINGS = {
  allow_usage_of_personal_keys: true,
  zero_knowledge_key_share: true,
} as const;

export const METADATA_SETUP_SETTINGS = { enable_encrypted_metadata_on_install: false } as const;

export const SECRET_REVISIONS_SETTINGS = { max_revisions: 1, allow_sharing_revisions: false } as const;
