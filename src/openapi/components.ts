/**
 * The parts of the OpenAPI document that every operation shares: Passbolt's `{header, body}`
 * envelope, the error envelopes and their reusable responses, the `api-version` and
 * `X-CSRF-Token` parameters, and the two ways to authenticate (cookie session, JWT bearer).
 * They describe src/http/envelope.ts, errors.ts, errorHandler.ts and auth.ts; the response
 * check in the test suite holds them to what those modules actually send.
 */
import { CSRF_COOKIE, SESSION_COOKIE } from "../http/auth.ts";

export type JsonSchema = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export const EXAMPLE_REQUEST_ID = "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b";
export const EXAMPLE_SERVERTIME = 1732370000;

/** The seven keys every header carries (src/http/envelope.ts). */
const headerProperties: Record<string, JsonSchema> = {
  id: {
    type: "string",
    format: "uuid",
    description: "A new v4 UUID per request; also the X-Request-Id header.",
  },
  status: { type: "string", enum: ["success", "error"] },
  servertime: { type: "integer", description: "Unix time of the server, in seconds." },
  action: {
    type: "string",
    format: "uuid",
    description: 'v5 UUID of the route name (e.g. "ResourcesIndex.index") in Passbolt\'s namespace.',
  },
  message: { type: "string" },
  url: { type: "string", description: "The request path as sent, without the query string." },
  code: { type: "integer", description: "The HTTP status." },
};

function headerSchema(status: "success" | "error", pagination: "required" | "absent"): JsonSchema {
  const properties: Record<string, JsonSchema> = {
    ...headerProperties,
    status: { type: "string", const: status },
  };
  const required = Object.keys(headerProperties);
  if (pagination === "required") {
    properties.pagination = ref("Pagination");
    required.push("pagination");
  }
  return { type: "object", additionalProperties: false, required, properties };
}

/** `{<key>: [ {...}, ... ]}`: the items blocking a deletion. */
function blockerList(key: string, description: string): JsonSchema {
  return {
    type: "object",
    additionalProperties: false,
    required: [key],
    properties: {
      [key]: {
        type: "array",
        description,
        items: { type: "object", required: ["id"], properties: { id: { type: "string", format: "uuid" } } },
      },
    },
  };
}

export const componentSchemas: Record<string, JsonSchema> = {
  Pagination: {
    type: "object",
    description: "Added to the header by the paginated index endpoints.",
    additionalProperties: false,
    required: ["count", "page", "limit"],
    properties: {
      count: { type: "integer", minimum: 0, description: "Total number of matching items, all pages." },
      page: { type: "integer", minimum: 1 },
      limit: { type: ["integer", "null"], minimum: 1, description: "null when no limit was asked for." },
    },
  },
  SuccessHeader: {
    description: "Header of a success envelope.",
    ...headerSchema("success", "absent"),
  },
  PaginatedSuccessHeader: {
    description: "Header of a success envelope from a paginated endpoint.",
    ...headerSchema("success", "required"),
  },
  ErrorHeader: {
    description: "Header of an error envelope: `message` says what went wrong, `code` is the HTTP status.",
    ...headerSchema("error", "absent"),
  },
  ValidationErrors: {
    type: "object",
    description:
      "Passbolt's field → rule → message tree, nested through associations (array items by index), " +
      'e.g. `{"name": {"_empty": "The name should not be empty."}}`.',
    minProperties: 1,
    additionalProperties: { oneOf: [{ type: "string" }, ref("ValidationErrors")] },
  },
  DeletionRefused: {
    type: "object",
    description:
      "A user or group deletion refused (400): what it is the sole owner or manager of, to hand over " +
      "with `transfer` first; for a user, also the groups that will be deleted with them (only member).",
    additionalProperties: false,
    required: ["errors"],
    properties: {
      errors: {
        type: "object",
        additionalProperties: false,
        properties: {
          resources: blockerList(
            "sole_owner",
            "Resources, each with its permissions (users' profiles, groups).",
          ),
          groups: blockerList("sole_manager", "Groups, each with its memberships and members' profiles."),
          folders: blockerList("sole_owner", "Folders (always empty: folders are not supported yet)."),
        },
      },
      groups_to_delete: { type: "array", items: { type: "object" } },
    },
  },
  ErrorEnvelope: {
    type: "object",
    description: "Every error is this envelope; `body` is an empty string.",
    additionalProperties: false,
    required: ["header", "body"],
    properties: { header: ref("ErrorHeader"), body: { type: "string", const: "" } },
  },
  ValidationErrorEnvelope: {
    type: "object",
    description:
      "A 400: `body` is the ValidationErrors tree when the input did not validate, the DeletionRefused " +
      "lists when a user or group cannot be deleted yet, otherwise empty.",
    additionalProperties: false,
    required: ["header", "body"],
    properties: {
      header: ref("ErrorHeader"),
      body: { oneOf: [ref("ValidationErrors"), ref("DeletionRefused"), { type: "string", const: "" }] },
    },
  },
};

export const componentHeaders: Record<string, JsonSchema> = {
  XRequestId: {
    description:
      "The id of this request, in the server log too: the client's or proxy's own `X-Request-Id` when it " +
      "sent one of 1-128 letters, digits and `._:-`, otherwise `header.id`.",
    required: true,
    schema: { type: "string", pattern: "^[A-Za-z0-9._:-]{1,128}$" },
  },
  RetryAfter: {
    description: "Seconds to wait before trying again.",
    required: true,
    schema: { type: "string", pattern: "^[0-9]+$" },
  },
};

export interface ErrorResponseDef {
  name: string;
  description: string;
  message: string;
  envelope: "ErrorEnvelope" | "ValidationErrorEnvelope";
  retryAfter?: boolean;
  exampleBody?: unknown;
}

/** One reusable response per error status the server can answer. */
export const errorResponses: Record<number, ErrorResponseDef> = {
  400: {
    name: "BadRequest",
    description:
      "The request is not valid: `body` is the field → rule → message tree when the input did not " +
      "validate. Also `api-version=v1` and a body that is not valid JSON.",
    message: "Could not validate the data.",
    envelope: "ValidationErrorEnvelope",
    exampleBody: { name: { _empty: "The name should not be empty." } },
  },
  401: {
    name: "Unauthenticated",
    description:
      "Authentication is required to continue, or the Authorization header carries a token that is " +
      "invalid, expired or revoked (on any route: a bad token is refused, never ignored).",
    message: "Authentication is required to continue",
    envelope: "ErrorEnvelope",
  },
  403: {
    name: "Forbidden",
    description:
      "Authenticated but not allowed: an administrator-only route, an action the user may not take, or " +
      "a cookie-session request whose X-CSRF-Token header does not equal the csrfToken cookie.",
    message: "You are not allowed to access this location.",
    envelope: "ErrorEnvelope",
  },
  404: {
    name: "NotFound",
    description:
      "Not found, or not visible to the caller (Passbolt answers 404, not 403, for what the user cannot " +
      "see); also a page past the end, and any unknown path or method (there is no 405).",
    message: "Not Found",
    envelope: "ErrorEnvelope",
  },
  409: {
    name: "Conflict",
    description: "The request conflicts with the current state.",
    message: "You are already logged in.",
    envelope: "ErrorEnvelope",
  },
  413: {
    name: "PayloadTooLarge",
    description: "The request body is larger than BODY_LIMIT.",
    message: "The request body is too large (limit 8388608 bytes).",
    envelope: "ErrorEnvelope",
  },
  415: {
    name: "UnsupportedMediaType",
    description: "The request content type is not supported.",
    message: "The request content type is not supported.",
    envelope: "ErrorEnvelope",
  },
  429: {
    name: "TooManyRequests",
    description:
      "Too many failed attempts from this client address or for this account (login, token refresh, setup " +
      "links): every attempt, a correct one too, is refused until the window ends. Wait Retry-After seconds.",
    message: "Too many requests, try again later.",
    envelope: "ErrorEnvelope",
    retryAfter: true,
  },
  500: {
    name: "InternalServerError",
    description: "An unexpected error; the detail is in the server log only.",
    message: "Internal Server Error",
    envelope: "ErrorEnvelope",
  },
  503: {
    name: "ServiceUnavailable",
    description: "The database cannot be reached: try again after Retry-After seconds.",
    message: "The service is temporarily unavailable, try again later.",
    envelope: "ErrorEnvelope",
    retryAfter: true,
  },
};

export const componentParameters: Record<string, JsonSchema> = {
  ApiVersion: {
    name: "api-version",
    in: "query",
    required: false,
    description:
      "Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400.",
    schema: { type: "string", examples: ["v2"] },
  },
  CsrfToken: {
    name: "X-CSRF-Token",
    in: "header",
    required: false,
    description: `Cookie sessions only: must equal the \`${CSRF_COOKIE}\` cookie on POST, PUT and DELETE (else 403). Not used with a bearer token.`,
    schema: { type: "string" },
  },
};

export const securitySchemes: Record<string, JsonSchema> = {
  sessionCookie: {
    type: "apiKey",
    in: "cookie",
    name: SESSION_COOKIE,
    description:
      "The session cookie set by GpgAuth login (POST /auth/login.json). State-changing requests " +
      `(POST, PUT, DELETE) must also send the \`X-CSRF-Token\` header equal to the \`${CSRF_COOKIE}\` ` +
      "cookie, which the server sets on a GET (or read it from GET /users/csrf-token.json); without it " +
      "they answer 403.",
  },
  bearerJwt: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description:
      "An RS256 access token from JWT login (POST /auth/jwt/login.json), sent as " +
      "`Authorization: Bearer <token>`. No CSRF header is needed. An invalid or expired token answers 401.",
  },
};

/** Descriptions of the tags the routes use (Passbolt's names). */
export const tagDescriptions: Record<string, string> = {
  "Authentication (GPGAuth)":
    "The browser extension's challenge login, which ends in a `passbolt_session` cookie; and the server key.",
  "Authentication (JWT)":
    "Challenge login for the mobile, desktop and command-line clients, ending in an access token and a refresh token.",
  "Action logs": "The activity of a resource: who created, changed, shared or read it, and when.",
  Comments: "Comments on resources.",
  "Email notifications": "Which events send mail (when the server has SMTP_URL), and what a mail may say.",
  Favorites: "Resources a user marked as favorite.",
  "Multi-factor authentication":
    "TOTP as a second factor: the providers the organisation allows, a user's setup, the code after login, and the gate's answer.",
  Folders: "Folders that organise resources.",
  "GPG keys": "Users' OpenPGP public keys.",
  Groups: "Groups of users, and their managers.",
  Healthcheck: "Liveness and health of the server, for load balancers and operators.",
  "Password expiry": "Whether resources are marked expired when someone who had their secret loses access.",
  Permissions: "Who has access to a resource, and how.",
  "Public keys": "Users' OpenPGP public keys (Passbolt's GPG keys).",
  "Resource types": "The kinds of resource and the schema of their secrets.",
  Resources: "Stored credentials: their metadata in clear, their secrets encrypted per user.",
  Roles: "The roles a user can have.",
  Secrets: "The OpenPGP message of a resource, encrypted for the caller.",
  Settings: "The organisation's settings and enabled plugins, as the clients read them.",
  Setup: "Account setup from a registration link: key registration and activation.",
  Share: "Sharing resources: permission changes with the secrets for new recipients, and a dry run.",
  Shares: "Sharing resources: permission changes with the secrets for new recipients, and a dry run.",
  Tags: 'Personal tags, and shared tags (slug starting with "#") that every user of a resource sees.',
  Users: "Users, their profile and their public key.",
};
