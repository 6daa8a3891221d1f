/** Request and response schemas of the /mfa routes (the wire names are Passbolt's, camelCase included). */
export const providersBodySchema = {
  type: "object",
  required: ["providers"],
  properties: {
    providers: {
      description: '`["totp"]` or `{"totp": true}`; an empty list allows none',
      anyOf: [
        { type: "array", maxItems: 10, items: { type: "string", maxLength: 64 } },
        { type: "object", maxProperties: 10 },
      ],
    },
    // the admin page of Passbolt's web app posts the settings of the other providers too
    yubikey: { type: "object" },
    duo: { type: "object" },
  },
} as const;

export const providersSchema = {
  type: "object",
  required: ["providers"],
  properties: { providers: { type: "array", items: { type: "string", enum: ["totp"] } } },
} as const;

const flags = {
  type: "object",
  required: ["totp", "yubikey", "duo"],
  properties: { totp: { type: "boolean" }, yubikey: { type: "boolean" }, duo: { type: "boolean" } },
} as const;

export const selectSchema = {
  type: "object",
  required: ["MfaOrganizationSettings", "MfaAccountSettings"],
  properties: { MfaOrganizationSettings: flags, MfaAccountSettings: flags },
} as const;

export const totpSetupStateSchema = {
  oneOf: [
    {
      type: "object",
      required: ["otpProvisioningUri"],
      properties: {
        otpProvisioningUri: {
          type: "string",
          pattern: "^otpauth://totp/[^?]+\\?issuer=[^&]+&secret=[A-Za-z0-9]+$",
          description: "A new secret on each call until a code is verified",
          examples: [
            "otpauth://totp/vault.example.com%3Aada%40example.com?issuer=vault.example.com&secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSW",
          ],
        },
      },
    },
    {
      type: "object",
      required: ["verified"],
      properties: { verified: { type: "string", format: "date-time" } },
    },
  ],
} as const;

const totpCode = {
  type: "string",
  minLength: 6,
  maxLength: 6,
  pattern: "^[0-9]+$",
  description: "The 6-digit code of the authenticator app",
} as const;

export const totpSetupBodySchema = {
  type: "object",
  required: ["otpProvisioningUri", "totp"],
  properties: {
    otpProvisioningUri: { type: "string", minLength: 1, maxLength: 1024 },
    totp: totpCode,
  },
} as const;

export const verifyBodySchema = {
  type: "object",
  required: ["totp"],
  properties: {
    totp: totpCode,
    remember: {
      description: 'Remember this browser for 30 days: true, 1 or "1" (the HTML form); absent: no',
      anyOf: [{ type: "boolean" }, { type: "string", maxLength: 5 }, { type: "integer" }],
    },
  },
} as const;

/** The body of the 403 of /mfa/verify/error.json (and of nothing else). */
export const mfaErrorBodySchema = {
  type: "object",
  required: ["mfa_providers", "providers"],
  properties: {
    mfa_providers: { type: "array", items: { type: "string" } },
    providers: { type: "object", properties: { totp: { type: "string" } } },
  },
} as const;

/** `remember` as the clients send it: Android a boolean, the HTML form "1", go-passbolt nothing. */
export const isRemember = (v: unknown): boolean => v === true || v === 1 || v === "1" || v === "true";
