/**
 * Types of the Watchword API for openapi-fetch, generated from openapi/openapi.json by
 * `npm run openapi:generate`. Do not edit: change the route specs and generate again.
 */
export interface paths {
  "/auth/is-authenticated.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Is the caller logged in (session or JWT)?
     * @description 200 with a null body when logged in, 401 otherwise. Never checks CSRF.
     */
    get: operations["getAuthIsAuthenticated"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/auth/jwt/jwks.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The JWK set that verifies access tokens (no envelope) */
    get: operations["getJwks"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/auth/jwt/login.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log in with a signed and encrypted challenge
     * @description `challenge` is signed by the user's key and encrypted to the server key (GET /auth/verify.json); its plaintext is flat JSON `{version:"1.0.0", domain, verify_token, verify_token_expiry}`. The answer's `challenge` is encrypted to the user and signed by the server; its plaintext is `{version, domain, access_token, refresh_token, verify_token}`.
     */
    post: operations["postJwtLogin"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/auth/jwt/logout.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Revoke a refresh token, or all of the caller's
     * @description Needs a valid access token. Body `{refresh_token}` (or the cookie) revokes that one; an empty body revokes every refresh token of the caller. The refresh_token cookie is removed.
     */
    post: operations["postJwtLogout"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/auth/jwt/refresh.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A new access token for a refresh token (rotated)
     * @description Body `{user_id, refresh_token}`, or no body and the `refresh_token` cookie (then X-CSRF-Token is required). The refresh token is consumed; the new one comes only in `Set-Cookie: refresh_token`. Presenting a consumed token revokes every refresh token of the user.
     */
    post: operations["postRefreshTokenRefresh"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/auth/jwt/rsa.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The RSA public key (PEM) that verifies access tokens */
    get: operations["getJwksRsa"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/auth/login.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * GpgAuth login (stages 1 and 2)
     * @description One action for both URLs; the stage follows from the fields: `server_verify_token` → stage 0, `keyid` alone → stage 1, `user_token_result` → stage 2. Stages 0 and 1 answer **HTTP 200 with an error envelope** (empty body) and carry their result in X-GPGAuth-* headers; stage 2 answers the user and sets the `passbolt_session` and `csrfToken` cookies. CSRF is not checked. Stage 1 or 2 over a live session answers 409.
     */
    post: operations["postAuthLogin_authLogin"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/auth/logout.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Log out (GET, as go-passbolt does)
     * @description Ends the cookie session and expires the `passbolt_session` and `csrfToken` cookies. Allowed without a session. A POST with a session needs X-CSRF-Token. With a JWT bearer: 400.
     */
    get: operations["getAuthLogout"];
    put?: never;
    /**
     * Log out (end the session)
     * @description Ends the cookie session and expires the `passbolt_session` and `csrfToken` cookies. Allowed without a session. A POST with a session needs X-CSRF-Token. With a JWT bearer: 400.
     */
    post: operations["postAuthLogout"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/auth/verify.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The server's OpenPGP public key */
    get: operations["getAuthVerify"];
    put?: never;
    /**
     * GpgAuth stage 0: verify the server key
     * @description One action for both URLs; the stage follows from the fields: `server_verify_token` → stage 0, `keyid` alone → stage 1, `user_token_result` → stage 2. Stages 0 and 1 answer **HTTP 200 with an error envelope** (empty body) and carry their result in X-GPGAuth-* headers; stage 2 answers the user and sets the `passbolt_session` and `csrfToken` cookies. CSRF is not checked. Stage 1 or 2 over a live session answers 409.
     */
    post: operations["postAuthLogin_authVerify"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/gpgkeys.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List users' public keys
     * @description The keyring the clients sync: non-deleted keys by default. `filter[modified-after]` (or the legacy `modified_after`) takes a Unix timestamp and keeps keys modified after it. The browser extension calls this without a CSRF header; it is a GET, so none is needed.
     */
    get: operations["getGpgkeysIndex"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/gpgkeys/{id}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one public key
     * @description By the key's own id (not the user id). Deleted keys answer 404.
     */
    get: operations["getGpgkeysView"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/healthcheck.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Health report
     * @description Database reachable, migrations current, server key present.
     */
    get: operations["getHealthcheckIndex"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/healthcheck/status.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Liveness and database reachability
     * @description Answers "OK" after a database round trip; 503 with Retry-After while the database is unreachable.
     */
    get: operations["getHealthcheckStatus"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/resource-types.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List resource types
     * @description The types resources can have, with their JSON-Schema definitions. Deleted types (the v5 ones, until encrypted metadata is supported) are listed only with filter[is-deleted]=1.
     */
    get: operations["getResourceTypesIndex"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/resource-types/{id}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a resource type */
    get: operations["getResourceTypesView"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/resources.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the resources the caller can reach
     * @description Non-deleted resources with a permission for the caller, direct or through a group. Without `limit` the whole list comes back. Reading secrets through contain[secret] is logged.
     */
    get: operations["getResourcesIndex"];
    put?: never;
    /**
     * Create a resource
     * @description The caller becomes its owner; exactly one secret, for the caller, encrypted for their current key (rules: maxSize, ascii, isValidOpenPGPMessage, isAsymmetric, hasNoHiddenRecipient, isEncryptedForRecipient).
     */
    post: operations["postResourcesAdd"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/resources/{id}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a resource
     * @description 404 when it does not exist, is deleted, or the caller has no permission on it.
     */
    get: operations["getResourcesView"];
    /**
     * Update a resource
     * @description Needs update (7): 404 without any permission, 403 read-only. With `secrets`: exactly one per user with access, each encrypted for that user's current key; they replace the old ones.
     */
    put: operations["putResourcesUpdate"];
    post?: never;
    /**
     * Delete a resource
     * @description Soft delete (needs update 7): the row is kept, its secrets, permissions and favorites are removed.
     */
    delete: operations["deleteResourcesDelete"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/roles.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the roles
     * @description The built-in roles: admin, user and guest. Any logged-in user may read them.
     */
    get: operations["getRolesIndex"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/secrets/resource/{resourceId}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the caller's secret of a resource
     * @description The caller's own encrypted copy, byte for byte as submitted. The read is logged. No such resource, no access and no secret all answer 404 "The secret does not exist.".
     */
    get: operations["getSecretsView"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/settings.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Organisation settings and enabled plugins
     * @description Guests get the public part; logged-in users also get the version and session settings. `contain[header]=0` returns the settings without the envelope.
     */
    get: operations["getSettingsIndex"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/setup/complete/{userId}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Complete the setup: store the public key and activate the user
     * @description No session and no CSRF token: the setup token authorises the call. The key must pass the rules of crypto/keyRules.ts; a refused key answers 400 with `gpgkey.armored_key.<rule>` and nothing is written.
     */
    put: operations["putSetupComplete"];
    /**
     * Complete the setup: store the public key and activate the user
     * @description No session and no CSRF token: the setup token authorises the call. The key must pass the rules of crypto/keyRules.ts; a refused key answers 400 with `gpgkey.armored_key.<rule>` and nothing is written.
     */
    post: operations["postSetupComplete"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/setup/install/{userId}/{token}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check a setup link (legacy path)
     * @description The link printed by `watchword register-user` (or made by POST /users.json). 400 when the user is active, deleted or disabled, or when the token is unknown, used or expired.
     */
    get: operations["getSetupStart_setupInstallByUserIdByToken"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/setup/start/{userId}/{token}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check a setup link
     * @description The link printed by `watchword register-user` (or made by POST /users.json). 400 when the user is active, deleted or disabled, or when the token is unknown, used or expired.
     */
    get: operations["getSetupStart_setupStartByUserIdByToken"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/users.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List users
     * @description Deleted users and guests are never listed; non-admins see active users only. profile, gpgkey, groups_users and role are contained by default (`contain[x]=0` drops one). groups_users is always empty for now. Paginated: sort on Profiles.first_name, Profiles.last_name, Profiles.created, Profiles.modified, Users.username (default), Users.created, Users.modified, Users.last_logged_in.
     */
    get: operations["getUsersIndex"];
    put?: never;
    /**
     * Create a user (admin)
     * @description Creates an inactive user with a profile and a single-use setup token. The user becomes active by completing the setup (/setup/complete/{userId}.json). role_id defaults to the user role.
     */
    post: operations["postUsersAdd"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/users/{id}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a user
     * @description 404 when the user does not exist, is deleted, or (for non-admins) is not active.
     */
    get: operations["getUsersView_usersById"];
    /**
     * Update a user
     * @description First and last name by the user or an admin; role_id and disabled by an admin only (403 otherwise; an admin cannot disable themselves). id and username may be sent back but cannot change; any other field (gpgkey, groups_users...) answers 400.
     */
    put: operations["putUsersEdit"];
    /**
     * Update a user (POST alias of PUT)
     * @description First and last name by the user or an admin; role_id and disabled by an admin only (403 otherwise; an admin cannot disable themselves). id and username may be sent back but cannot change; any other field (gpgkey, groups_users...) answers 400.
     */
    post: operations["postUsersEdit"];
    /**
     * Delete a user (admin)
     * @description Soft delete: the user and their keys are marked deleted, their sessions and tokens end. An admin cannot delete themselves. A user who is the sole owner of shared content or the sole manager of a group cannot be deleted (400 with `errors`) unless `transfer` hands it over.
     */
    delete: operations["deleteUsersDelete"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/users/{id}/dry-run.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Check that a user can be deleted (admin)
     * @description Runs the deletion and rolls it back. An admin cannot delete themselves. A user who is the sole owner of shared content or the sole manager of a group cannot be deleted (400 with `errors`) unless `transfer` hands it over.
     */
    delete: operations["deleteUsersDeleteDryrun"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/users/csrf-token.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The current CSRF token
     * @description The value of the `csrfToken` cookie; one is issued (and set) when the request has none.
     */
    get: operations["getCsrfToken"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/users/me.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The logged-in user */
    get: operations["getUsersView_usersMe"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description Every error is this envelope; `body` is an empty string. */
    ErrorEnvelope: {
      header: components["schemas"]["ErrorHeader"];
      /** @constant */
      body: "";
    };
    /** @description Header of an error envelope: `message` says what went wrong, `code` is the HTTP status. */
    ErrorHeader: {
      /**
       * Format: uuid
       * @description A new v4 UUID per request; also the X-Request-Id header.
       */
      id: string;
      /** @constant */
      status: "error";
      /** @description Unix time of the server, in seconds. */
      servertime: number;
      /**
       * Format: uuid
       * @description v5 UUID of the route name (e.g. "ResourcesIndex.index") in Passbolt's namespace.
       */
      action: string;
      message: string;
      /** @description The request path as sent, without the query string. */
      url: string;
      /** @description The HTTP status. */
      code: number;
    };
    /** @description Header of a success envelope from a paginated endpoint. */
    PaginatedSuccessHeader: {
      /**
       * Format: uuid
       * @description A new v4 UUID per request; also the X-Request-Id header.
       */
      id: string;
      /** @constant */
      status: "success";
      /** @description Unix time of the server, in seconds. */
      servertime: number;
      /**
       * Format: uuid
       * @description v5 UUID of the route name (e.g. "ResourcesIndex.index") in Passbolt's namespace.
       */
      action: string;
      message: string;
      /** @description The request path as sent, without the query string. */
      url: string;
      /** @description The HTTP status. */
      code: number;
      pagination: components["schemas"]["Pagination"];
    };
    /** @description Added to the header by the paginated index endpoints. */
    Pagination: {
      /** @description Total number of matching items, all pages. */
      count: number;
      page: number;
      /** @description null when no limit was asked for. */
      limit: number | null;
    };
    /** @description Header of a success envelope. */
    SuccessHeader: {
      /**
       * Format: uuid
       * @description A new v4 UUID per request; also the X-Request-Id header.
       */
      id: string;
      /** @constant */
      status: "success";
      /** @description Unix time of the server, in seconds. */
      servertime: number;
      /**
       * Format: uuid
       * @description v5 UUID of the route name (e.g. "ResourcesIndex.index") in Passbolt's namespace.
       */
      action: string;
      message: string;
      /** @description The request path as sent, without the query string. */
      url: string;
      /** @description The HTTP status. */
      code: number;
    };
    /** @description A 400: `body` is the ValidationErrors tree when the input did not validate, otherwise empty. */
    ValidationErrorEnvelope: {
      header: components["schemas"]["ErrorHeader"];
      body: components["schemas"]["ValidationErrors"] | "";
    };
    /** @description Passbolt's field → rule → message tree, nested through associations (array items by index), e.g. `{"name": {"_empty": "The name should not be empty."}}`. */
    ValidationErrors: {
      [key: string]: string | components["schemas"]["ValidationErrors"];
    };
  };
  responses: {
    /** @description The request is not valid: `body` is the field → rule → message tree when the input did not validate. Also `api-version=v1` and a body that is not valid JSON. */
    BadRequest: {
      headers: {
        "X-Request-Id": components["headers"]["XRequestId"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "header": {
         *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
         *         "status": "error",
         *         "servertime": 1732370000,
         *         "action": "17b8a54b-8069-586a-8ca2-7e7569b28e08",
         *         "message": "Could not validate the data.",
         *         "url": "/resources/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
         *         "code": 400
         *       },
         *       "body": {
         *         "name": {
         *           "_empty": "The name should not be empty."
         *         }
         *       }
         *     }
         */
        "application/json": components["schemas"]["ValidationErrorEnvelope"];
      };
    };
    /** @description The request conflicts with the current state. */
    Conflict: {
      headers: {
        "X-Request-Id": components["headers"]["XRequestId"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "header": {
         *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
         *         "status": "error",
         *         "servertime": 1732370000,
         *         "action": "17b8a54b-8069-586a-8ca2-7e7569b28e08",
         *         "message": "You are already logged in.",
         *         "url": "/resources/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
         *         "code": 409
         *       },
         *       "body": ""
         *     }
         */
        "application/json": components["schemas"]["ErrorEnvelope"];
      };
    };
    /** @description Authenticated but not allowed: an administrator-only route, an action the user may not take, or a cookie-session request whose X-CSRF-Token header does not equal the csrfToken cookie. */
    Forbidden: {
      headers: {
        "X-Request-Id": components["headers"]["XRequestId"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "header": {
         *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
         *         "status": "error",
         *         "servertime": 1732370000,
         *         "action": "17b8a54b-8069-586a-8ca2-7e7569b28e08",
         *         "message": "You are not allowed to access this location.",
         *         "url": "/resources/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
         *         "code": 403
         *       },
         *       "body": ""
         *     }
         */
        "application/json": components["schemas"]["ErrorEnvelope"];
      };
    };
    /** @description An unexpected error; the detail is in the server log only. */
    InternalServerError: {
      headers: {
        "X-Request-Id": components["headers"]["XRequestId"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "header": {
         *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
         *         "status": "error",
         *         "servertime": 1732370000,
         *         "action": "17b8a54b-8069-586a-8ca2-7e7569b28e08",
         *         "message": "Internal Server Error",
         *         "url": "/resources/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
         *         "code": 500
         *       },
         *       "body": ""
         *     }
         */
        "application/json": components["schemas"]["ErrorEnvelope"];
      };
    };
    /** @description Not found, or not visible to the caller (Passbolt answers 404, not 403, for what the user cannot see); also a page past the end, and any unknown path or method (there is no 405). */
    NotFound: {
      headers: {
        "X-Request-Id": components["headers"]["XRequestId"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "header": {
         *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
         *         "status": "error",
         *         "servertime": 1732370000,
         *         "action": "17b8a54b-8069-586a-8ca2-7e7569b28e08",
         *         "message": "Not Found",
         *         "url": "/resources/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
         *         "code": 404
         *       },
         *       "body": ""
         *     }
         */
        "application/json": components["schemas"]["ErrorEnvelope"];
      };
    };
    /** @description The request body is larger than BODY_LIMIT. */
    PayloadTooLarge: {
      headers: {
        "X-Request-Id": components["headers"]["XRequestId"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "header": {
         *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
         *         "status": "error",
         *         "servertime": 1732370000,
         *         "action": "17b8a54b-8069-586a-8ca2-7e7569b28e08",
         *         "message": "The request body is too large (limit 8388608 bytes).",
         *         "url": "/resources/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
         *         "code": 413
         *       },
         *       "body": ""
         *     }
         */
        "application/json": components["schemas"]["ErrorEnvelope"];
      };
    };
    /** @description The database cannot be reached: try again after Retry-After seconds. */
    ServiceUnavailable: {
      headers: {
        "X-Request-Id": components["headers"]["XRequestId"];
        "Retry-After": components["headers"]["RetryAfter"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "header": {
         *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
         *         "status": "error",
         *         "servertime": 1732370000,
         *         "action": "17b8a54b-8069-586a-8ca2-7e7569b28e08",
         *         "message": "The service is temporarily unavailable, try again later.",
         *         "url": "/resources/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
         *         "code": 503
         *       },
         *       "body": ""
         *     }
         */
        "application/json": components["schemas"]["ErrorEnvelope"];
      };
    };
    /** @description Authentication is required to continue, or the Authorization header carries a token that is invalid, expired or revoked (on any route: a bad token is refused, never ignored). */
    Unauthenticated: {
      headers: {
        "X-Request-Id": components["headers"]["XRequestId"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "header": {
         *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
         *         "status": "error",
         *         "servertime": 1732370000,
         *         "action": "17b8a54b-8069-586a-8ca2-7e7569b28e08",
         *         "message": "Authentication is required to continue",
         *         "url": "/resources/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
         *         "code": 401
         *       },
         *       "body": ""
         *     }
         */
        "application/json": components["schemas"]["ErrorEnvelope"];
      };
    };
  };
  parameters: {
    /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
    ApiVersion: string;
    /** @description Cookie sessions only: must equal the `csrfToken` cookie on POST, PUT and DELETE (else 403). Not used with a bearer token. */
    CsrfToken: string;
  };
  requestBodies: never;
  headers: {
    /** @description Seconds to wait before trying again. */
    RetryAfter: string;
    /** @description The id of this request, equal to `header.id` (also in the server log). */
    XRequestId: string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getAuthIsAuthenticated: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "4d2d5c43-a76a-5d4a-8f47-2b1f0268e3d6",
           *         "message": "The operation was successful.",
           *         "url": "/auth/is-authenticated.json",
           *         "code": 200
           *       },
           *       "body": null
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: null;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getJwks: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. The body is sent as is, without the envelope. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "keys": [
           *         {
           *           "kty": "RSA",
           *           "alg": "RS256",
           *           "use": "sig",
           *           "e": "string",
           *           "n": "string"
           *         }
           *       ]
           *     }
           */
          "application/json": {
            keys: {
              /** @constant */
              kty: "RSA";
              /** @constant */
              alg: "RS256";
              /** @constant */
              use: "sig";
              e: string;
              n: string;
            }[];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  postJwtLogin: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "user_id": "f848277c-5398-58f8-a82a-72397af2d450",
         *       "challenge": "-----BEGIN PGP MESSAGE-----…"
         *     }
         */
        "application/json": {
          user_id?: string;
          challenge?: string;
        };
      };
    };
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "28c0972b-e6a2-5d44-a5cb-bc2d11799cc1",
           *         "message": "The operation was successful.",
           *         "url": "/auth/jwt/login.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "challenge": "string"
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              /** @description Armored OpenPGP message */
              challenge: string;
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  postJwtLogout: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: {
        /** @description Cookie sessions only: must equal the `csrfToken` cookie on POST, PUT and DELETE (else 403). Not used with a bearer token. */
        "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "refresh_token": "string"
         *     }
         */
        "application/json": {
          refresh_token?: string;
        };
      };
    };
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "4d1317e5-a5c6-5545-b2dc-5eb866c64b1b",
           *         "message": "The operation was successful.",
           *         "url": "/auth/jwt/logout.json",
           *         "code": 200
           *       },
           *       "body": null
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: null;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  postRefreshTokenRefresh: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "user_id": "string",
         *       "refresh_token": "string"
         *     }
         */
        "application/json": {
          user_id?: string;
          refresh_token?: string;
        };
      };
    };
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          /** @description refresh_token=<new token>; HttpOnly (Secure with https) */
          "Set-Cookie"?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "d6e2cf35-4c84-570f-bc3f-aaa490a9de61",
           *         "message": "The operation was successful.",
           *         "url": "/auth/jwt/refresh.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "access_token": "string"
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              access_token: string;
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getJwksRsa: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "2a80ca92-0e47-5780-b338-3568f3cff69e",
           *         "message": "The operation was successful.",
           *         "url": "/auth/jwt/rsa.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "keydata": "-----BEGIN PUBLIC KEY-----"
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              keydata: string;
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  postAuthLogin_authLogin: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "gpg_auth": {
         *         "keyid": "03F60E958F4CB29723ACDF761353B5B15D9B054F"
         *       }
         *     }
         */
        "application/json": {
          gpg_auth?: {
            /** @description The user key fingerprint (40 hex digits) */
            keyid?: string;
            /** @description Stage 0: a nonce encrypted to the server key */
            server_verify_token?: string;
            /** @description Stage 2: the decrypted nonce */
            user_token_result?: string;
          };
          data?: {
            gpg_auth?: {
              /** @description The user key fingerprint (40 hex digits) */
              keyid?: string;
              /** @description Stage 0: a nonce encrypted to the server key */
              server_verify_token?: string;
              /** @description Stage 2: the decrypted nonce */
              user_token_result?: string;
            };
          };
        };
        "multipart/form-data": {
          gpg_auth?: {
            /** @description The user key fingerprint (40 hex digits) */
            keyid?: string;
            /** @description Stage 0: a nonce encrypted to the server key */
            server_verify_token?: string;
            /** @description Stage 2: the decrypted nonce */
            user_token_result?: string;
          };
          data?: {
            gpg_auth?: {
              /** @description The user key fingerprint (40 hex digits) */
              keyid?: string;
              /** @description Stage 0: a nonce encrypted to the server key */
              server_verify_token?: string;
              /** @description Stage 2: the decrypted nonce */
              user_token_result?: string;
            };
          };
        };
        "application/x-www-form-urlencoded": {
          gpg_auth?: {
            /** @description The user key fingerprint (40 hex digits) */
            keyid?: string;
            /** @description Stage 0: a nonce encrypted to the server key */
            server_verify_token?: string;
            /** @description Stage 2: the decrypted nonce */
            user_token_result?: string;
          };
          data?: {
            gpg_auth?: {
              /** @description The user key fingerprint (40 hex digits) */
              keyid?: string;
              /** @description Stage 0: a nonce encrypted to the server key */
              server_verify_token?: string;
              /** @description Stage 2: the decrypted nonce */
              user_token_result?: string;
            };
          };
        };
      };
    };
    responses: {
      /** @description Success. The body is sent as is, without the envelope. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          /** @description Always 1.3.0. */
          "X-GPGAuth-Version"?: string;
          /** @description false at stages 0 and 1, true after stage 2. */
          "X-GPGAuth-Authenticated"?: string;
          /** @description stage0, stage1, stage2 (failure) or complete. */
          "X-GPGAuth-Progress"?: string;
          /** @description Stage 0: the decrypted server_verify_token. */
          "X-GPGAuth-Verify-Response"?: string;
          /** @description Stage 1: the nonce encrypted to the user and signed by the server, as PHP quotemeta(urlencode(armored)). */
          "X-GPGAuth-User-Auth-Token"?: string;
          /** @description Stage 2: `/`. */
          "X-GPGAuth-Refer"?: string;
          /** @description `true` on failure. */
          "X-GPGAuth-Error"?: string;
          /** @description On failure: "There is no user associated with this key." or a generic message. */
          "X-GPGAuth-Debug"?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "status": "success",
           *         "servertime": 1,
           *         "action": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "message": "string",
           *         "url": "string",
           *         "code": 1
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "role_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "username": "string",
           *         "active": true,
           *         "deleted": true,
           *         "disabled": "2024-07-08T08:06:25+00:00",
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00",
           *         "last_logged_in": "2024-07-08T08:06:25+00:00",
           *         "profile": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "first_name": "string",
           *           "last_name": "string",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "avatar": {
           *             "url": {
           *               "medium": "string",
           *               "small": "string"
           *             }
           *           }
           *         },
           *         "gpgkey": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "armored_key": "string",
           *           "bits": 1,
           *           "uid": "string",
           *           "key_id": "0000000000000000",
           *           "fingerprint": "0000000000000000000000000000000000000000",
           *           "type": "string",
           *           "expires": "2024-07-08T08:06:25+00:00",
           *           "key_created": "2024-07-08T08:06:25+00:00",
           *           "deleted": true,
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         },
           *         "role": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "name": "string",
           *           "description": "string",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         },
           *         "groups_users": [
           *           {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "is_admin": true,
           *             "created": "2024-07-08T08:06:25+00:00"
           *           }
           *         ]
           *       }
           *     }
           */
          "application/json":
            | {
                header: components["schemas"]["SuccessHeader"];
                body: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  role_id: string;
                  username: string;
                  active: boolean;
                  deleted: boolean;
                  /**
                   * Format: date-time
                   * @description Disabled from this date on; null when not disabled
                   */
                  disabled: string | null;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                  /** Format: date-time */
                  last_logged_in: string | null;
                  profile?: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    user_id: string;
                    first_name: string;
                    last_name: string;
                    /** Format: date-time */
                    created: string;
                    /** Format: date-time */
                    modified: string;
                    avatar: {
                      url: {
                        medium: string;
                        small: string;
                      };
                    };
                  };
                  /** @description null until setup is completed */
                  gpgkey?: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    user_id: string;
                    /** @description ASCII-armored OpenPGP public key */
                    armored_key: string;
                    bits: number | null;
                    /** @description e.g. "Ada Lovelace <ada@example.com>" */
                    uid: string;
                    key_id: string;
                    fingerprint: string;
                    /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
                    type: string | null;
                    /** Format: date-time */
                    expires: string | null;
                    /** Format: date-time */
                    key_created: string | null;
                    deleted: boolean;
                    /** Format: date-time */
                    created: string;
                    /** Format: date-time */
                    modified: string;
                  } | null;
                  role?: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    description: string | null;
                    /** Format: date-time */
                    created: string;
                    /** Format: date-time */
                    modified: string;
                  };
                  groups_users?: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    group_id: string;
                    /** Format: uuid */
                    user_id: string;
                    is_admin: boolean;
                    /** Format: date-time */
                    created: string;
                  }[];
                };
              }
            | components["schemas"]["ErrorEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getAuthLogout: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "ccb69aee-c99f-5768-8d09-92fdf05891e2",
           *         "message": "The operation was successful.",
           *         "url": "/auth/logout.json",
           *         "code": 200
           *       },
           *       "body": null
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: null;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  postAuthLogout: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "32ddca20-d6f6-58ca-b60a-2afc70896bbc",
           *         "message": "The operation was successful.",
           *         "url": "/auth/logout.json",
           *         "code": 200
           *       },
           *       "body": null
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: null;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getAuthVerify: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "748dcd10-7d15-5498-9aa6-d26de348ff02",
           *         "message": "The operation was successful.",
           *         "url": "/auth/verify.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "fingerprint": "0000000000000000000000000000000000000000",
           *         "keydata": "string"
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              fingerprint: string;
              /** @description ASCII-armored OpenPGP public key of the server */
              keydata: string;
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  postAuthLogin_authVerify: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "gpg_auth": {
         *         "keyid": "03F60E958F4CB29723ACDF761353B5B15D9B054F"
         *       }
         *     }
         */
        "application/json": {
          gpg_auth?: {
            /** @description The user key fingerprint (40 hex digits) */
            keyid?: string;
            /** @description Stage 0: a nonce encrypted to the server key */
            server_verify_token?: string;
            /** @description Stage 2: the decrypted nonce */
            user_token_result?: string;
          };
          data?: {
            gpg_auth?: {
              /** @description The user key fingerprint (40 hex digits) */
              keyid?: string;
              /** @description Stage 0: a nonce encrypted to the server key */
              server_verify_token?: string;
              /** @description Stage 2: the decrypted nonce */
              user_token_result?: string;
            };
          };
        };
        "multipart/form-data": {
          gpg_auth?: {
            /** @description The user key fingerprint (40 hex digits) */
            keyid?: string;
            /** @description Stage 0: a nonce encrypted to the server key */
            server_verify_token?: string;
            /** @description Stage 2: the decrypted nonce */
            user_token_result?: string;
          };
          data?: {
            gpg_auth?: {
              /** @description The user key fingerprint (40 hex digits) */
              keyid?: string;
              /** @description Stage 0: a nonce encrypted to the server key */
              server_verify_token?: string;
              /** @description Stage 2: the decrypted nonce */
              user_token_result?: string;
            };
          };
        };
        "application/x-www-form-urlencoded": {
          gpg_auth?: {
            /** @description The user key fingerprint (40 hex digits) */
            keyid?: string;
            /** @description Stage 0: a nonce encrypted to the server key */
            server_verify_token?: string;
            /** @description Stage 2: the decrypted nonce */
            user_token_result?: string;
          };
          data?: {
            gpg_auth?: {
              /** @description The user key fingerprint (40 hex digits) */
              keyid?: string;
              /** @description Stage 0: a nonce encrypted to the server key */
              server_verify_token?: string;
              /** @description Stage 2: the decrypted nonce */
              user_token_result?: string;
            };
          };
        };
      };
    };
    responses: {
      /** @description Success. The body is sent as is, without the envelope. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          /** @description Always 1.3.0. */
          "X-GPGAuth-Version"?: string;
          /** @description false at stages 0 and 1, true after stage 2. */
          "X-GPGAuth-Authenticated"?: string;
          /** @description stage0, stage1, stage2 (failure) or complete. */
          "X-GPGAuth-Progress"?: string;
          /** @description Stage 0: the decrypted server_verify_token. */
          "X-GPGAuth-Verify-Response"?: string;
          /** @description Stage 1: the nonce encrypted to the user and signed by the server, as PHP quotemeta(urlencode(armored)). */
          "X-GPGAuth-User-Auth-Token"?: string;
          /** @description Stage 2: `/`. */
          "X-GPGAuth-Refer"?: string;
          /** @description `true` on failure. */
          "X-GPGAuth-Error"?: string;
          /** @description On failure: "There is no user associated with this key." or a generic message. */
          "X-GPGAuth-Debug"?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "status": "success",
           *         "servertime": 1,
           *         "action": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "message": "string",
           *         "url": "string",
           *         "code": 1
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "role_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "username": "string",
           *         "active": true,
           *         "deleted": true,
           *         "disabled": "2024-07-08T08:06:25+00:00",
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00",
           *         "last_logged_in": "2024-07-08T08:06:25+00:00",
           *         "profile": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "first_name": "string",
           *           "last_name": "string",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "avatar": {
           *             "url": {
           *               "medium": "string",
           *               "small": "string"
           *             }
           *           }
           *         },
           *         "gpgkey": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "armored_key": "string",
           *           "bits": 1,
           *           "uid": "string",
           *           "key_id": "0000000000000000",
           *           "fingerprint": "0000000000000000000000000000000000000000",
           *           "type": "string",
           *           "expires": "2024-07-08T08:06:25+00:00",
           *           "key_created": "2024-07-08T08:06:25+00:00",
           *           "deleted": true,
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         },
           *         "role": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "name": "string",
           *           "description": "string",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         },
           *         "groups_users": [
           *           {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "is_admin": true,
           *             "created": "2024-07-08T08:06:25+00:00"
           *           }
           *         ]
           *       }
           *     }
           */
          "application/json":
            | {
                header: components["schemas"]["SuccessHeader"];
                body: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  role_id: string;
                  username: string;
                  active: boolean;
                  deleted: boolean;
                  /**
                   * Format: date-time
                   * @description Disabled from this date on; null when not disabled
                   */
                  disabled: string | null;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                  /** Format: date-time */
                  last_logged_in: string | null;
                  profile?: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    user_id: string;
                    first_name: string;
                    last_name: string;
                    /** Format: date-time */
                    created: string;
                    /** Format: date-time */
                    modified: string;
                    avatar: {
                      url: {
                        medium: string;
                        small: string;
                      };
                    };
                  };
                  /** @description null until setup is completed */
                  gpgkey?: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    user_id: string;
                    /** @description ASCII-armored OpenPGP public key */
                    armored_key: string;
                    bits: number | null;
                    /** @description e.g. "Ada Lovelace <ada@example.com>" */
                    uid: string;
                    key_id: string;
                    fingerprint: string;
                    /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
                    type: string | null;
                    /** Format: date-time */
                    expires: string | null;
                    /** Format: date-time */
                    key_created: string | null;
                    deleted: boolean;
                    /** Format: date-time */
                    created: string;
                    /** Format: date-time */
                    modified: string;
                  } | null;
                  role?: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    description: string | null;
                    /** Format: date-time */
                    created: string;
                    /** Format: date-time */
                    modified: string;
                  };
                  groups_users?: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    group_id: string;
                    /** Format: uuid */
                    user_id: string;
                    is_admin: boolean;
                    /** Format: date-time */
                    created: string;
                  }[];
                };
              }
            | components["schemas"]["ErrorEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getGpgkeysIndex: {
    parameters: {
      query?: {
        /** @description Unix timestamp: only keys modified after it (keyring sync) */
        "filter[modified-after]"?: string;
        /** @description Legacy form of filter[modified-after] */
        modified_after?: string;
        /** @description true: only deleted keys; false (default): only current keys */
        "filter[is-deleted]"?: string;
        /** @description Only the keys of these users */
        "filter[has-users][]"?: string[];
        /** @description Page number, from 1 */
        page?: string;
        /** @description Items per page (default: all) */
        limit?: string;
        /** @description Sort field, e.g. Resources.name */
        sort?: string;
        /** @description asc or desc */
        direction?: string;
        /** @description Legacy: Model.field [ASC|DESC] */
        "order[]"?: string[];
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "a8b75aae-cb86-5fda-a8b3-d36ae6155023",
           *         "message": "The operation was successful.",
           *         "url": "/gpgkeys.json",
           *         "code": 200,
           *         "pagination": {
           *           "count": 1,
           *           "page": 1,
           *           "limit": null
           *         }
           *       },
           *       "body": [
           *         {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "armored_key": "string",
           *           "bits": 1,
           *           "uid": "string",
           *           "key_id": "0000000000000000",
           *           "fingerprint": "0000000000000000000000000000000000000000",
           *           "type": "string",
           *           "expires": "2024-07-08T08:06:25+00:00",
           *           "key_created": "2024-07-08T08:06:25+00:00",
           *           "deleted": true,
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         }
           *       ]
           *     }
           */
          "application/json": {
            header: components["schemas"]["PaginatedSuccessHeader"];
            body: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              user_id: string;
              /** @description ASCII-armored OpenPGP public key */
              armored_key: string;
              bits: number | null;
              /** @description e.g. "Ada Lovelace <ada@example.com>" */
              uid: string;
              key_id: string;
              fingerprint: string;
              /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
              type: string | null;
              /** Format: date-time */
              expires: string | null;
              /** Format: date-time */
              key_created: string | null;
              deleted: boolean;
              /** Format: date-time */
              created: string;
              /** Format: date-time */
              modified: string;
            }[];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getGpgkeysView: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "f07aa7d7-410d-5c49-bd11-407788f0e1b4",
           *         "message": "The operation was successful.",
           *         "url": "/gpgkeys/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "armored_key": "string",
           *         "bits": 1,
           *         "uid": "string",
           *         "key_id": "0000000000000000",
           *         "fingerprint": "0000000000000000000000000000000000000000",
           *         "type": "string",
           *         "expires": "2024-07-08T08:06:25+00:00",
           *         "key_created": "2024-07-08T08:06:25+00:00",
           *         "deleted": true,
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00"
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              user_id: string;
              /** @description ASCII-armored OpenPGP public key */
              armored_key: string;
              bits: number | null;
              /** @description e.g. "Ada Lovelace <ada@example.com>" */
              uid: string;
              key_id: string;
              fingerprint: string;
              /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
              type: string | null;
              /** Format: date-time */
              expires: string | null;
              /** Format: date-time */
              key_created: string | null;
              deleted: boolean;
              /** Format: date-time */
              created: string;
              /** Format: date-time */
              modified: string;
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getHealthcheckIndex: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "5ac33f43-1083-5f00-b018-d6b690fd0613",
           *         "message": "The operation was successful.",
           *         "url": "/healthcheck.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "database": {
           *           "connect": true,
           *           "migrations_current": true
           *         },
           *         "gpg": {
           *           "server_key": true,
           *           "fingerprint": "string"
           *         }
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              database: {
                connect: boolean;
                migrations_current: boolean;
              };
              gpg: {
                server_key: boolean;
                fingerprint: string | null;
              };
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getHealthcheckStatus: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "4d95d9ab-79a4-5f1e-a083-88fe6ea05b92",
           *         "message": "The operation was successful.",
           *         "url": "/healthcheck/status.json",
           *         "code": 200
           *       },
           *       "body": "OK"
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            /** @constant */
            body: "OK";
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getResourceTypesIndex: {
    parameters: {
      query?: {
        /** @description Number of non-deleted resources of each type (admins only). */
        "contain[resources_count]"?: string;
        /** @description 1: only deleted types; 0 (default): only usable ones. */
        "filter[is-deleted]"?: string;
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "e2aa01a9-84ec-55f8-aaed-24ee23259339",
           *         "message": "The operation was successful.",
           *         "url": "/resource-types.json",
           *         "code": 200
           *       },
           *       "body": [
           *         {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "slug": "string",
           *           "name": "string",
           *           "description": "string",
           *           "definition": {
           *             "resource": {},
           *             "secret": {}
           *           },
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "deleted": "2024-07-08T08:06:25+00:00",
           *           "resources_count": 0
           *         }
           *       ]
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              /** Format: uuid */
              id: string;
              slug: string;
              name: string;
              description: string | null;
              definition: {
                resource: Record<string, never>;
                secret: Record<string, never>;
              } | null;
              /** Format: date-time */
              created: string;
              /** Format: date-time */
              modified: string;
              /** Format: date-time */
              deleted: string | null;
              /** @description With contain[resources_count], admins only. */
              resources_count?: number;
            }[];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getResourceTypesView: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "d77de180-4626-54dd-80fb-a095ecc22aac",
           *         "message": "The operation was successful.",
           *         "url": "/resource-types/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "slug": "string",
           *         "name": "string",
           *         "description": "string",
           *         "definition": {
           *           "resource": {},
           *           "secret": {}
           *         },
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00",
           *         "deleted": "2024-07-08T08:06:25+00:00",
           *         "resources_count": 0
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              /** Format: uuid */
              id: string;
              slug: string;
              name: string;
              description: string | null;
              definition: {
                resource: Record<string, never>;
                secret: Record<string, never>;
              } | null;
              /** Format: date-time */
              created: string;
              /** Format: date-time */
              modified: string;
              /** Format: date-time */
              deleted: string | null;
              /** @description With contain[resources_count], admins only. */
              resources_count?: number;
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getResourcesIndex: {
    parameters: {
      query?: {
        /** @description Include creator. */
        "contain[creator]"?: string;
        /** @description Include modifier. */
        "contain[modifier]"?: string;
        /** @description Include favorite. */
        "contain[favorite]"?: string;
        /** @description Include secret. */
        "contain[secret]"?: string;
        /** @description Include resource-type. */
        "contain[resource-type]"?: string;
        /** @description Include permission. */
        "contain[permission]"?: string;
        /** @description Include permissions. */
        "contain[permissions]"?: string;
        /** @description Include permissions.user.profile. */
        "contain[permissions.user.profile]"?: string;
        /** @description Include permissions.group. */
        "contain[permissions.group]"?: string;
        /** @description 1: only my favourites; 0: only the others. */
        "filter[is-favorite]"?: string;
        /** @description Resources this group has a permission on. */
        "filter[is-shared-with-group]"?: string;
        /** @description Resources I own (directly or through a group); any value switches it on. */
        "filter[is-owned-by-me]"?: string;
        /** @description Resources I do not own; any value switches it on. */
        "filter[is-shared-with-me]"?: string;
        /** @description Only these ids (clients send chunks of up to 80). */
        "filter[has-id][]"?: string[];
        /** @description Page number, from 1 */
        page?: string;
        /** @description Items per page (default: all) */
        limit?: string;
        /** @description Sort field, e.g. Resources.name */
        sort?: string;
        /** @description asc or desc */
        direction?: string;
        /** @description Legacy: Model.field [ASC|DESC] */
        "order[]"?: string[];
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "c506210f-7866-5691-8fc1-58772e8f49f1",
           *         "message": "The operation was successful.",
           *         "url": "/resources.json",
           *         "code": 200,
           *         "pagination": {
           *           "count": 1,
           *           "page": 1,
           *           "limit": null
           *         }
           *       },
           *       "body": [
           *         {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "name": "string",
           *           "username": "string",
           *           "uri": "string",
           *           "description": "string",
           *           "deleted": true,
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "resource_type_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "expired": "2024-07-08T08:06:25+00:00",
           *           "folder_parent_id": null,
           *           "personal": true,
           *           "creator": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "role_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "username": "string",
           *             "active": true,
           *             "deleted": true,
           *             "disabled": "2024-07-08T08:06:25+00:00",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00",
           *             "last_logged_in": "2024-07-08T08:06:25+00:00",
           *             "profile": {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "first_name": "string",
           *               "last_name": "string",
           *               "created": "2024-07-08T08:06:25+00:00",
           *               "modified": "2024-07-08T08:06:25+00:00",
           *               "avatar": {
           *                 "url": {
           *                   "medium": "string",
           *                   "small": "string"
           *                 }
           *               }
           *             },
           *             "gpgkey": {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "armored_key": "string",
           *               "bits": 1,
           *               "uid": "string",
           *               "key_id": "0000000000000000",
           *               "fingerprint": "0000000000000000000000000000000000000000",
           *               "type": "string",
           *               "expires": "2024-07-08T08:06:25+00:00",
           *               "key_created": "2024-07-08T08:06:25+00:00",
           *               "deleted": true,
           *               "created": "2024-07-08T08:06:25+00:00",
           *               "modified": "2024-07-08T08:06:25+00:00"
           *             },
           *             "role": {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "name": "string",
           *               "description": "string",
           *               "created": "2024-07-08T08:06:25+00:00",
           *               "modified": "2024-07-08T08:06:25+00:00"
           *             },
           *             "groups_users": [
           *               {
           *                 "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "is_admin": true,
           *                 "created": "2024-07-08T08:06:25+00:00"
           *               }
           *             ]
           *           },
           *           "modifier": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "role_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "username": "string",
           *             "active": true,
           *             "deleted": true,
           *             "disabled": "2024-07-08T08:06:25+00:00",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00",
           *             "last_logged_in": "2024-07-08T08:06:25+00:00",
           *             "profile": {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "first_name": "string",
           *               "last_name": "string",
           *               "created": "2024-07-08T08:06:25+00:00",
           *               "modified": "2024-07-08T08:06:25+00:00",
           *               "avatar": {
           *                 "url": {
           *                   "medium": "string",
           *                   "small": "string"
           *                 }
           *               }
           *             },
           *             "gpgkey": {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "armored_key": "string",
           *               "bits": 1,
           *               "uid": "string",
           *               "key_id": "0000000000000000",
           *               "fingerprint": "0000000000000000000000000000000000000000",
           *               "type": "string",
           *               "expires": "2024-07-08T08:06:25+00:00",
           *               "key_created": "2024-07-08T08:06:25+00:00",
           *               "deleted": true,
           *               "created": "2024-07-08T08:06:25+00:00",
           *               "modified": "2024-07-08T08:06:25+00:00"
           *             },
           *             "role": {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "name": "string",
           *               "description": "string",
           *               "created": "2024-07-08T08:06:25+00:00",
           *               "modified": "2024-07-08T08:06:25+00:00"
           *             },
           *             "groups_users": [
           *               {
           *                 "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "is_admin": true,
           *                 "created": "2024-07-08T08:06:25+00:00"
           *               }
           *             ]
           *           },
           *           "favorite": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "foreign_model": "Resource",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           },
           *           "secrets": [
           *             {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "resource_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "data": "string",
           *               "created": "2024-07-08T08:06:25+00:00",
           *               "modified": "2024-07-08T08:06:25+00:00",
           *               "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "deleted": "2024-07-08T08:06:25+00:00",
           *               "secret_revision_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a"
           *             }
           *           ],
           *           "resource_type": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "slug": "string",
           *             "name": "string",
           *             "description": "string",
           *             "definition": {
           *               "resource": {},
           *               "secret": {}
           *             },
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00",
           *             "deleted": "2024-07-08T08:06:25+00:00",
           *             "resources_count": 0
           *           },
           *           "permission": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "aco": "Resource",
           *             "aco_foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "aro": "User",
           *             "aro_foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "type": 1,
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           },
           *           "permissions": [
           *             {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "aco": "Resource",
           *               "aco_foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "aro": "User",
           *               "aro_foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "type": 1,
           *               "created": "2024-07-08T08:06:25+00:00",
           *               "modified": "2024-07-08T08:06:25+00:00",
           *               "user": {
           *                 "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "role_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "username": "string",
           *                 "active": true,
           *                 "deleted": true,
           *                 "disabled": "2024-07-08T08:06:25+00:00",
           *                 "created": "2024-07-08T08:06:25+00:00",
           *                 "modified": "2024-07-08T08:06:25+00:00",
           *                 "last_logged_in": "2024-07-08T08:06:25+00:00",
           *                 "profile": {
           *                   "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                   "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                   "first_name": "string",
           *                   "last_name": "string",
           *                   "created": "2024-07-08T08:06:25+00:00",
           *                   "modified": "2024-07-08T08:06:25+00:00",
           *                   "avatar": {
           *                     "url": {
           *                       "medium": "string",
           *                       "small": "string"
           *                     }
           *                   }
           *                 },
           *                 "gpgkey": {
           *                   "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                   "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                   "armored_key": "string",
           *                   "bits": 1,
           *                   "uid": "string",
           *                   "key_id": "0000000000000000",
           *                   "fingerprint": "0000000000000000000000000000000000000000",
           *                   "type": "string",
           *                   "expires": "2024-07-08T08:06:25+00:00",
           *                   "key_created": "2024-07-08T08:06:25+00:00",
           *                   "deleted": true,
           *                   "created": "2024-07-08T08:06:25+00:00",
           *                   "modified": "2024-07-08T08:06:25+00:00"
           *                 },
           *                 "role": {
           *                   "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                   "name": "string",
           *                   "description": "string",
           *                   "created": "2024-07-08T08:06:25+00:00",
           *                   "modified": "2024-07-08T08:06:25+00:00"
           *                 },
           *                 "groups_users": [
           *                   {
           *                     "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                     "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                     "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                     "is_admin": true,
           *                     "created": "2024-07-08T08:06:25+00:00"
           *                   }
           *                 ]
           *               },
           *               "group": {
           *                 "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "name": "string",
           *                 "deleted": true,
           *                 "created": "2024-07-08T08:06:25+00:00",
           *                 "modified": "2024-07-08T08:06:25+00:00",
           *                 "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a"
           *               }
           *             }
           *           ]
           *         }
           *       ]
           *     }
           */
          "application/json": {
            header: components["schemas"]["PaginatedSuccessHeader"];
            body: {
              /** Format: uuid */
              id: string;
              name: string | null;
              username: string | null;
              uri: string | null;
              description: string | null;
              deleted: boolean;
              /** Format: date-time */
              created: string;
              /** Format: date-time */
              modified: string;
              /** Format: uuid */
              created_by: string;
              /** Format: uuid */
              modified_by: string;
              /** Format: uuid */
              resource_type_id: string;
              /** Format: date-time */
              expired: string | null;
              /** @description Always null until folders exist. */
              folder_parent_id: null;
              /** @description True when exactly one user can reach the resource. */
              personal: boolean;
              creator?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                role_id: string;
                username: string;
                active: boolean;
                deleted: boolean;
                /**
                 * Format: date-time
                 * @description Disabled from this date on; null when not disabled
                 */
                disabled: string | null;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                /** Format: date-time */
                last_logged_in: string | null;
                profile?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  user_id: string;
                  first_name: string;
                  last_name: string;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                  avatar: {
                    url: {
                      medium: string;
                      small: string;
                    };
                  };
                };
                /** @description null until setup is completed */
                gpgkey?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  user_id: string;
                  /** @description ASCII-armored OpenPGP public key */
                  armored_key: string;
                  bits: number | null;
                  /** @description e.g. "Ada Lovelace <ada@example.com>" */
                  uid: string;
                  key_id: string;
                  fingerprint: string;
                  /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
                  type: string | null;
                  /** Format: date-time */
                  expires: string | null;
                  /** Format: date-time */
                  key_created: string | null;
                  deleted: boolean;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                } | null;
                role?: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  description: string | null;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                };
                groups_users?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  group_id: string;
                  /** Format: uuid */
                  user_id: string;
                  is_admin: boolean;
                  /** Format: date-time */
                  created: string;
                }[];
              };
              modifier?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                role_id: string;
                username: string;
                active: boolean;
                deleted: boolean;
                /**
                 * Format: date-time
                 * @description Disabled from this date on; null when not disabled
                 */
                disabled: string | null;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                /** Format: date-time */
                last_logged_in: string | null;
                profile?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  user_id: string;
                  first_name: string;
                  last_name: string;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                  avatar: {
                    url: {
                      medium: string;
                      small: string;
                    };
                  };
                };
                /** @description null until setup is completed */
                gpgkey?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  user_id: string;
                  /** @description ASCII-armored OpenPGP public key */
                  armored_key: string;
                  bits: number | null;
                  /** @description e.g. "Ada Lovelace <ada@example.com>" */
                  uid: string;
                  key_id: string;
                  fingerprint: string;
                  /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
                  type: string | null;
                  /** Format: date-time */
                  expires: string | null;
                  /** Format: date-time */
                  key_created: string | null;
                  deleted: boolean;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                } | null;
                role?: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  description: string | null;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                };
                groups_users?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  group_id: string;
                  /** Format: uuid */
                  user_id: string;
                  is_admin: boolean;
                  /** Format: date-time */
                  created: string;
                }[];
              };
              favorite?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                user_id: string;
                /** Format: uuid */
                foreign_key: string;
                /** @enum {string} */
                foreign_model: "Resource";
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string | null;
              } | null;
              /** @description Only the caller's own secret. */
              secrets?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                user_id: string;
                /** Format: uuid */
                resource_id: string;
                /** @description ASCII-armored OpenPGP message, encrypted for user_id's key. */
                data: string;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                /** Format: uuid */
                created_by: string | null;
                /** Format: uuid */
                modified_by: string | null;
                /** Format: date-time */
                deleted: string | null;
                /** Format: uuid */
                secret_revision_id: string | null;
              }[];
              resource_type?: {
                /** Format: uuid */
                id: string;
                slug: string;
                name: string;
                description: string | null;
                definition: {
                  resource: Record<string, never>;
                  secret: Record<string, never>;
                } | null;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                /** Format: date-time */
                deleted: string | null;
                /** @description With contain[resources_count], admins only. */
                resources_count?: number;
              };
              permission?: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                aco: "Resource" | "Folder";
                /** Format: uuid */
                aco_foreign_key: string;
                /** @enum {string} */
                aro: "User" | "Group";
                /** Format: uuid */
                aro_foreign_key: string;
                /**
                 * @description 1 read, 7 update, 15 owner
                 * @enum {integer}
                 */
                type: 1 | 7 | 15;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
              };
              permissions?: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                aco: "Resource" | "Folder";
                /** Format: uuid */
                aco_foreign_key: string;
                /** @enum {string} */
                aro: "User" | "Group";
                /** Format: uuid */
                aro_foreign_key: string;
                /**
                 * @description 1 read, 7 update, 15 owner
                 * @enum {integer}
                 */
                type: 1 | 7 | 15;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                user?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  role_id: string;
                  username: string;
                  active: boolean;
                  deleted: boolean;
                  /**
                   * Format: date-time
                   * @description Disabled from this date on; null when not disabled
                   */
                  disabled: string | null;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                  /** Format: date-time */
                  last_logged_in: string | null;
                  profile?: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    user_id: string;
                    first_name: string;
                    last_name: string;
                    /** Format: date-time */
                    created: string;
                    /** Format: date-time */
                    modified: string;
                    avatar: {
                      url: {
                        medium: string;
                        small: string;
                      };
                    };
                  };
                  /** @description null until setup is completed */
                  gpgkey?: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    user_id: string;
                    /** @description ASCII-armored OpenPGP public key */
                    armored_key: string;
                    bits: number | null;
                    /** @description e.g. "Ada Lovelace <ada@example.com>" */
                    uid: string;
                    key_id: string;
                    fingerprint: string;
                    /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
                    type: string | null;
                    /** Format: date-time */
                    expires: string | null;
                    /** Format: date-time */
                    key_created: string | null;
                    deleted: boolean;
                    /** Format: date-time */
                    created: string;
                    /** Format: date-time */
                    modified: string;
                  } | null;
                  role?: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    description: string | null;
                    /** Format: date-time */
                    created: string;
                    /** Format: date-time */
                    modified: string;
                  };
                  groups_users?: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    group_id: string;
                    /** Format: uuid */
                    user_id: string;
                    is_admin: boolean;
                    /** Format: date-time */
                    created: string;
                  }[];
                };
                group?: {
                  /** Format: uuid */
                  id: string;
                  name: string | null;
                  deleted: boolean;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                  /** Format: uuid */
                  created_by: string;
                  /** Format: uuid */
                  modified_by: string;
                };
              }[];
            }[];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  postResourcesAdd: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: {
        /** @description Cookie sessions only: must equal the `csrfToken` cookie on POST, PUT and DELETE (else 403). Not used with a bearer token. */
        "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "GitHub",
         *       "username": "ada",
         *       "uri": "https://github.com",
         *       "description": null,
         *       "resource_type_id": "669f8c64-242a-59fb-92fc-81f660975fd3",
         *       "secrets": [
         *         {
         *           "data": "-----BEGIN PGP MESSAGE-----\n\n…\n-----END PGP MESSAGE-----"
         *         }
         *       ]
         *     }
         */
        "application/json": {
          name: string;
          username?: string | null;
          uri?: string | null;
          description?: string | null;
          /** Format: uuid */
          resource_type_id?: string;
          /** Format: date-time */
          expired?: string | null;
          /** Format: uuid */
          folder_parent_id?: string | null;
          metadata?: unknown;
          metadata_key_id?: unknown;
          metadata_key_type?: unknown;
          /** Format: uuid */
          id?: string;
          deleted?: boolean;
          created?: unknown;
          modified?: unknown;
          created_by?: unknown;
          modified_by?: unknown;
          personal?: unknown;
          creator?: unknown;
          modifier?: unknown;
          favorite?: unknown;
          permission?: unknown;
          permissions?: unknown;
          tags?: unknown;
          /** @description Exactly one secret, for the creator (its user_id, if sent, is ignored). */
          secrets: {
            data: string;
            /** Format: uuid */
            user_id?: string;
            resource_id?: unknown;
            id?: unknown;
            created?: unknown;
            modified?: unknown;
            created_by?: unknown;
            modified_by?: unknown;
            deleted?: unknown;
            secret_revision_id?: unknown;
          }[];
        };
      };
    };
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "ad8bbc35-6435-538e-b1a7-80b87bcedb6a",
           *         "message": "The operation was successful.",
           *         "url": "/resources.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "name": "string",
           *         "username": "string",
           *         "uri": "string",
           *         "description": "string",
           *         "deleted": true,
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00",
           *         "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "resource_type_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "expired": "2024-07-08T08:06:25+00:00",
           *         "folder_parent_id": null,
           *         "personal": true,
           *         "creator": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "role_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "username": "string",
           *           "active": true,
           *           "deleted": true,
           *           "disabled": "2024-07-08T08:06:25+00:00",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "last_logged_in": "2024-07-08T08:06:25+00:00",
           *           "profile": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "first_name": "string",
           *             "last_name": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00",
           *             "avatar": {
           *               "url": {
           *                 "medium": "string",
           *                 "small": "string"
           *               }
           *             }
           *           },
           *           "gpgkey": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "armored_key": "string",
           *             "bits": 1,
           *             "uid": "string",
           *             "key_id": "0000000000000000",
           *             "fingerprint": "0000000000000000000000000000000000000000",
           *             "type": "string",
           *             "expires": "2024-07-08T08:06:25+00:00",
           *             "key_created": "2024-07-08T08:06:25+00:00",
           *             "deleted": true,
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           },
           *           "role": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "name": "string",
           *             "description": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           },
           *           "groups_users": [
           *             {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "is_admin": true,
           *               "created": "2024-07-08T08:06:25+00:00"
           *             }
           *           ]
           *         },
           *         "modifier": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "role_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "username": "string",
           *           "active": true,
           *           "deleted": true,
           *           "disabled": "2024-07-08T08:06:25+00:00",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "last_logged_in": "2024-07-08T08:06:25+00:00",
           *           "profile": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "first_name": "string",
           *             "last_name": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00",
           *             "avatar": {
           *               "url": {
           *                 "medium": "string",
           *                 "small": "string"
           *               }
           *             }
           *           },
           *           "gpgkey": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "armored_key": "string",
           *             "bits": 1,
           *             "uid": "string",
           *             "key_id": "0000000000000000",
           *             "fingerprint": "0000000000000000000000000000000000000000",
           *             "type": "string",
           *             "expires": "2024-07-08T08:06:25+00:00",
           *             "key_created": "2024-07-08T08:06:25+00:00",
           *             "deleted": true,
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           },
           *           "role": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "name": "string",
           *             "description": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           },
           *           "groups_users": [
           *             {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "is_admin": true,
           *               "created": "2024-07-08T08:06:25+00:00"
           *             }
           *           ]
           *         },
           *         "favorite": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "foreign_model": "Resource",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         },
           *         "secrets": [
           *           {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "resource_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "data": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00",
           *             "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "deleted": "2024-07-08T08:06:25+00:00",
           *             "secret_revision_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a"
           *           }
           *         ],
           *         "resource_type": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "slug": "string",
           *           "name": "string",
           *           "description": "string",
           *           "definition": {
           *             "resource": {},
           *             "secret": {}
           *           },
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "deleted": "2024-07-08T08:06:25+00:00",
           *           "resources_count": 0
           *         },
           *         "permission": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "aco": "Resource",
           *           "aco_foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "aro": "User",
           *           "aro_foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "type": 1,
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         },
           *         "permissions": [
           *           {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "aco": "Resource",
           *             "aco_foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "aro": "User",
           *             "aro_foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "type": 1,
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00",
           *             "user": {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "role_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "username": "string",
           *               "active": true,
           *               "deleted": true,
           *               "disabled": "2024-07-08T08:06:25+00:00",
           *               "created": "2024-07-08T08:06:25+00:00",
           *               "modified": "2024-07-08T08:06:25+00:00",
           *               "last_logged_in": "2024-07-08T08:06:25+00:00",
           *               "profile": {
           *                 "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "first_name": "string",
           *                 "last_name": "string",
           *                 "created": "2024-07-08T08:06:25+00:00",
           *                 "modified": "2024-07-08T08:06:25+00:00",
           *                 "avatar": {
           *                   "url": {
           *                     "medium": "string",
           *                     "small": "string"
           *                   }
           *                 }
           *               },
           *               "gpgkey": {
           *                 "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "armored_key": "string",
           *                 "bits": 1,
           *                 "uid": "string",
           *                 "key_id": "0000000000000000",
           *                 "fingerprint": "0000000000000000000000000000000000000000",
           *                 "type": "string",
           *                 "expires": "2024-07-08T08:06:25+00:00",
           *                 "key_created": "2024-07-08T08:06:25+00:00",
           *                 "deleted": true,
           *                 "created": "2024-07-08T08:06:25+00:00",
           *                 "modified": "2024-07-08T08:06:25+00:00"
           *               },
           *               "role": {
           *                 "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "name": "string",
           *                 "description": "string",
           *                 "created": "2024-07-08T08:06:25+00:00",
           *                 "modified": "2024-07-08T08:06:25+00:00"
           *               },
           *               "groups_users": [
           *                 {
           *                   "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                   "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                   "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                   "is_admin": true,
           *                   "created": "2024-07-08T08:06:25+00:00"
           *                 }
           *               ]
           *             },
           *             "group": {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "name": "string",
           *               "deleted": true,
           *               "created": "2024-07-08T08:06:25+00:00",
           *               "modified": "2024-07-08T08:06:25+00:00",
           *               "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a"
           *             }
           *           }
           *         ]
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              /** Format: uuid */
              id: string;
              name: string | null;
              username: string | null;
              uri: string | null;
              description: string | null;
              deleted: boolean;
              /** Format: date-time */
              created: string;
              /** Format: date-time */
              modified: string;
              /** Format: uuid */
              created_by: string;
              /** Format: uuid */
              modified_by: string;
              /** Format: uuid */
              resource_type_id: string;
              /** Format: date-time */
              expired: string | null;
              /** @description Always null until folders exist. */
              folder_parent_id: null;
              /** @description True when exactly one user can reach the resource. */
              personal: boolean;
              creator?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                role_id: string;
                username: string;
                active: boolean;
                deleted: boolean;
                /**
                 * Format: date-time
                 * @description Disabled from this date on; null when not disabled
                 */
                disabled: string | null;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                /** Format: date-time */
                last_logged_in: string | null;
                profile?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  user_id: string;
                  first_name: string;
                  last_name: string;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                  avatar: {
                    url: {
                      medium: string;
                      small: string;
                    };
                  };
                };
                /** @description null until setup is completed */
                gpgkey?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  user_id: string;
                  /** @description ASCII-armored OpenPGP public key */
                  armored_key: string;
                  bits: number | null;
                  /** @description e.g. "Ada Lovelace <ada@example.com>" */
                  uid: string;
                  key_id: string;
                  fingerprint: string;
                  /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
                  type: string | null;
                  /** Format: date-time */
                  expires: string | null;
                  /** Format: date-time */
                  key_created: string | null;
                  deleted: boolean;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                } | null;
                role?: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  description: string | null;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                };
                groups_users?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  group_id: string;
                  /** Format: uuid */
                  user_id: string;
                  is_admin: boolean;
                  /** Format: date-time */
                  created: string;
                }[];
              };
              modifier?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                role_id: string;
                username: string;
                active: boolean;
                deleted: boolean;
                /**
                 * Format: date-time
                 * @description Disabled from this date on; null when not disabled
                 */
                disabled: string | null;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                /** Format: date-time */
                last_logged_in: string | null;
                profile?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  user_id: string;
                  first_name: string;
                  last_name: string;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                  avatar: {
                    url: {
                      medium: string;
                      small: string;
                    };
                  };
                };
                /** @description null until setup is completed */
                gpgkey?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  user_id: string;
                  /** @description ASCII-armored OpenPGP public key */
                  armored_key: string;
                  bits: number | null;
                  /** @description e.g. "Ada Lovelace <ada@example.com>" */
                  uid: string;
                  key_id: string;
                  fingerprint: string;
                  /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
                  type: string | null;
                  /** Format: date-time */
                  expires: string | null;
                  /** Format: date-time */
                  key_created: string | null;
                  deleted: boolean;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                } | null;
                role?: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  description: string | null;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                };
                groups_users?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  group_id: string;
                  /** Format: uuid */
                  user_id: string;
                  is_admin: boolean;
                  /** Format: date-time */
                  created: string;
                }[];
              };
              favorite?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                user_id: string;
                /** Format: uuid */
                foreign_key: string;
                /** @enum {string} */
                foreign_model: "Resource";
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string | null;
              } | null;
              /** @description Only the caller's own secret. */
              secrets?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                user_id: string;
                /** Format: uuid */
                resource_id: string;
                /** @description ASCII-armored OpenPGP message, encrypted for user_id's key. */
                data: string;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                /** Format: uuid */
                created_by: string | null;
                /** Format: uuid */
                modified_by: string | null;
                /** Format: date-time */
                deleted: string | null;
                /** Format: uuid */
                secret_revision_id: string | null;
              }[];
              resource_type?: {
                /** Format: uuid */
                id: string;
                slug: string;
                name: string;
                description: string | null;
                definition: {
                  resource: Record<string, never>;
                  secret: Record<string, never>;
                } | null;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                /** Format: date-time */
                deleted: string | null;
                /** @description With contain[resources_count], admins only. */
                resources_count?: number;
              };
              permission?: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                aco: "Resource" | "Folder";
                /** Format: uuid */
                aco_foreign_key: string;
                /** @enum {string} */
                aro: "User" | "Group";
                /** Format: uuid */
                aro_foreign_key: string;
                /**
                 * @description 1 read, 7 update, 15 owner
                 * @enum {integer}
                 */
                type: 1 | 7 | 15;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
              };
              permissions?: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                aco: "Resource" | "Folder";
                /** Format: uuid */
                aco_foreign_key: string;
                /** @enum {string} */
                aro: "User" | "Group";
                /** Format: uuid */
                aro_foreign_key: string;
                /**
                 * @description 1 read, 7 update, 15 owner
                 * @enum {integer}
                 */
                type: 1 | 7 | 15;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                user?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  role_id: string;
                  username: string;
                  active: boolean;
                  deleted: boolean;
                  /**
                   * Format: date-time
                   * @description Disabled from this date on; null when not disabled
                   */
                  disabled: string | null;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                  /** Format: date-time */
                  last_logged_in: string | null;
                  profile?: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    user_id: string;
                    first_name: string;
                    last_name: string;
                    /** Format: date-time */
                    created: string;
                    /** Format: date-time */
                    modified: string;
                    avatar: {
                      url: {
                        medium: string;
                        small: string;
                      };
                    };
                  };
                  /** @description null until setup is completed */
                  gpgkey?: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    user_id: string;
                    /** @description ASCII-armored OpenPGP public key */
                    armored_key: string;
                    bits: number | null;
                    /** @description e.g. "Ada Lovelace <ada@example.com>" */
                    uid: string;
                    key_id: string;
                    fingerprint: string;
                    /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
                    type: string | null;
                    /** Format: date-time */
                    expires: string | null;
                    /** Format: date-time */
                    key_created: string | null;
                    deleted: boolean;
                    /** Format: date-time */
                    created: string;
                    /** Format: date-time */
                    modified: string;
                  } | null;
                  role?: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    description: string | null;
                    /** Format: date-time */
                    created: string;
                    /** Format: date-time */
                    modified: string;
                  };
                  groups_users?: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    group_id: string;
                    /** Format: uuid */
                    user_id: string;
                    is_admin: boolean;
                    /** Format: date-time */
                    created: string;
                  }[];
                };
                group?: {
                  /** Format: uuid */
                  id: string;
                  name: string | null;
                  deleted: boolean;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                  /** Format: uuid */
                  created_by: string;
                  /** Format: uuid */
                  modified_by: string;
                };
              }[];
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getResourcesView: {
    parameters: {
      query?: {
        /** @description Include creator. */
        "contain[creator]"?: string;
        /** @description Include modifier. */
        "contain[modifier]"?: string;
        /** @description Include favorite. */
        "contain[favorite]"?: string;
        /** @description Include secret. */
        "contain[secret]"?: string;
        /** @description Include resource-type. */
        "contain[resource-type]"?: string;
        /** @description Include permission. */
        "contain[permission]"?: string;
        /** @description Include permissions. */
        "contain[permissions]"?: string;
        /** @description Include permissions.user.profile. */
        "contain[permissions.user.profile]"?: string;
        /** @description Include permissions.group. */
        "contain[permissions.group]"?: string;
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "83bb8bd8-2006-5546-a3bb-9319ae6e8f9d",
           *         "message": "The operation was successful.",
           *         "url": "/resources/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "name": "string",
           *         "username": "string",
           *         "uri": "string",
           *         "description": "string",
           *         "deleted": true,
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00",
           *         "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "resource_type_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "expired": "2024-07-08T08:06:25+00:00",
           *         "folder_parent_id": null,
           *         "personal": true,
           *         "creator": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "role_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "username": "string",
           *           "active": true,
           *           "deleted": true,
           *           "disabled": "2024-07-08T08:06:25+00:00",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "last_logged_in": "2024-07-08T08:06:25+00:00",
           *           "profile": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "first_name": "string",
           *             "last_name": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00",
           *             "avatar": {
           *               "url": {
           *                 "medium": "string",
           *                 "small": "string"
           *               }
           *             }
           *           },
           *           "gpgkey": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "armored_key": "string",
           *             "bits": 1,
           *             "uid": "string",
           *             "key_id": "0000000000000000",
           *             "fingerprint": "0000000000000000000000000000000000000000",
           *             "type": "string",
           *             "expires": "2024-07-08T08:06:25+00:00",
           *             "key_created": "2024-07-08T08:06:25+00:00",
           *             "deleted": true,
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           },
           *           "role": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "name": "string",
           *             "description": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           },
           *           "groups_users": [
           *             {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "is_admin": true,
           *               "created": "2024-07-08T08:06:25+00:00"
           *             }
           *           ]
           *         },
           *         "modifier": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "role_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "username": "string",
           *           "active": true,
           *           "deleted": true,
           *           "disabled": "2024-07-08T08:06:25+00:00",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "last_logged_in": "2024-07-08T08:06:25+00:00",
           *           "profile": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "first_name": "string",
           *             "last_name": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00",
           *             "avatar": {
           *               "url": {
           *                 "medium": "string",
           *                 "small": "string"
           *               }
           *             }
           *           },
           *           "gpgkey": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "armored_key": "string",
           *             "bits": 1,
           *             "uid": "string",
           *             "key_id": "0000000000000000",
           *             "fingerprint": "0000000000000000000000000000000000000000",
           *             "type": "string",
           *             "expires": "2024-07-08T08:06:25+00:00",
           *             "key_created": "2024-07-08T08:06:25+00:00",
           *             "deleted": true,
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           },
           *           "role": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "name": "string",
           *             "description": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           },
           *           "groups_users": [
           *             {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "is_admin": true,
           *               "created": "2024-07-08T08:06:25+00:00"
           *             }
           *           ]
           *         },
           *         "favorite": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "foreign_model": "Resource",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         },
           *         "secrets": [
           *           {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "resource_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "data": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00",
           *             "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "deleted": "2024-07-08T08:06:25+00:00",
           *             "secret_revision_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a"
           *           }
           *         ],
           *         "resource_type": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "slug": "string",
           *           "name": "string",
           *           "description": "string",
           *           "definition": {
           *             "resource": {},
           *             "secret": {}
           *           },
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "deleted": "2024-07-08T08:06:25+00:00",
           *           "resources_count": 0
           *         },
           *         "permission": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "aco": "Resource",
           *           "aco_foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "aro": "User",
           *           "aro_foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "type": 1,
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         },
           *         "permissions": [
           *           {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "aco": "Resource",
           *             "aco_foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "aro": "User",
           *             "aro_foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "type": 1,
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00",
           *             "user": {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "role_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "username": "string",
           *               "active": true,
           *               "deleted": true,
           *               "disabled": "2024-07-08T08:06:25+00:00",
           *               "created": "2024-07-08T08:06:25+00:00",
           *               "modified": "2024-07-08T08:06:25+00:00",
           *               "last_logged_in": "2024-07-08T08:06:25+00:00",
           *               "profile": {
           *                 "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "first_name": "string",
           *                 "last_name": "string",
           *                 "created": "2024-07-08T08:06:25+00:00",
           *                 "modified": "2024-07-08T08:06:25+00:00",
           *                 "avatar": {
           *                   "url": {
           *                     "medium": "string",
           *                     "small": "string"
           *                   }
           *                 }
           *               },
           *               "gpgkey": {
           *                 "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "armored_key": "string",
           *                 "bits": 1,
           *                 "uid": "string",
           *                 "key_id": "0000000000000000",
           *                 "fingerprint": "0000000000000000000000000000000000000000",
           *                 "type": "string",
           *                 "expires": "2024-07-08T08:06:25+00:00",
           *                 "key_created": "2024-07-08T08:06:25+00:00",
           *                 "deleted": true,
           *                 "created": "2024-07-08T08:06:25+00:00",
           *                 "modified": "2024-07-08T08:06:25+00:00"
           *               },
           *               "role": {
           *                 "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "name": "string",
           *                 "description": "string",
           *                 "created": "2024-07-08T08:06:25+00:00",
           *                 "modified": "2024-07-08T08:06:25+00:00"
           *               },
           *               "groups_users": [
           *                 {
           *                   "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                   "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                   "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                   "is_admin": true,
           *                   "created": "2024-07-08T08:06:25+00:00"
           *                 }
           *               ]
           *             },
           *             "group": {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "name": "string",
           *               "deleted": true,
           *               "created": "2024-07-08T08:06:25+00:00",
           *               "modified": "2024-07-08T08:06:25+00:00",
           *               "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a"
           *             }
           *           }
           *         ]
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              /** Format: uuid */
              id: string;
              name: string | null;
              username: string | null;
              uri: string | null;
              description: string | null;
              deleted: boolean;
              /** Format: date-time */
              created: string;
              /** Format: date-time */
              modified: string;
              /** Format: uuid */
              created_by: string;
              /** Format: uuid */
              modified_by: string;
              /** Format: uuid */
              resource_type_id: string;
              /** Format: date-time */
              expired: string | null;
              /** @description Always null until folders exist. */
              folder_parent_id: null;
              /** @description True when exactly one user can reach the resource. */
              personal: boolean;
              creator?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                role_id: string;
                username: string;
                active: boolean;
                deleted: boolean;
                /**
                 * Format: date-time
                 * @description Disabled from this date on; null when not disabled
                 */
                disabled: string | null;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                /** Format: date-time */
                last_logged_in: string | null;
                profile?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  user_id: string;
                  first_name: string;
                  last_name: string;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                  avatar: {
                    url: {
                      medium: string;
                      small: string;
                    };
                  };
                };
                /** @description null until setup is completed */
                gpgkey?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  user_id: string;
                  /** @description ASCII-armored OpenPGP public key */
                  armored_key: string;
                  bits: number | null;
                  /** @description e.g. "Ada Lovelace <ada@example.com>" */
                  uid: string;
                  key_id: string;
                  fingerprint: string;
                  /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
                  type: string | null;
                  /** Format: date-time */
                  expires: string | null;
                  /** Format: date-time */
                  key_created: string | null;
                  deleted: boolean;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                } | null;
                role?: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  description: string | null;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                };
                groups_users?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  group_id: string;
                  /** Format: uuid */
                  user_id: string;
                  is_admin: boolean;
                  /** Format: date-time */
                  created: string;
                }[];
              };
              modifier?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                role_id: string;
                username: string;
                active: boolean;
                deleted: boolean;
                /**
                 * Format: date-time
                 * @description Disabled from this date on; null when not disabled
                 */
                disabled: string | null;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                /** Format: date-time */
                last_logged_in: string | null;
                profile?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  user_id: string;
                  first_name: string;
                  last_name: string;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                  avatar: {
                    url: {
                      medium: string;
                      small: string;
                    };
                  };
                };
                /** @description null until setup is completed */
                gpgkey?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  user_id: string;
                  /** @description ASCII-armored OpenPGP public key */
                  armored_key: string;
                  bits: number | null;
                  /** @description e.g. "Ada Lovelace <ada@example.com>" */
                  uid: string;
                  key_id: string;
                  fingerprint: string;
                  /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
                  type: string | null;
                  /** Format: date-time */
                  expires: string | null;
                  /** Format: date-time */
                  key_created: string | null;
                  deleted: boolean;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                } | null;
                role?: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  description: string | null;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                };
                groups_users?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  group_id: string;
                  /** Format: uuid */
                  user_id: string;
                  is_admin: boolean;
                  /** Format: date-time */
                  created: string;
                }[];
              };
              favorite?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                user_id: string;
                /** Format: uuid */
                foreign_key: string;
                /** @enum {string} */
                foreign_model: "Resource";
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string | null;
              } | null;
              /** @description Only the caller's own secret. */
              secrets?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                user_id: string;
                /** Format: uuid */
                resource_id: string;
                /** @description ASCII-armored OpenPGP message, encrypted for user_id's key. */
                data: string;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                /** Format: uuid */
                created_by: string | null;
                /** Format: uuid */
                modified_by: string | null;
                /** Format: date-time */
                deleted: string | null;
                /** Format: uuid */
                secret_revision_id: string | null;
              }[];
              resource_type?: {
                /** Format: uuid */
                id: string;
                slug: string;
                name: string;
                description: string | null;
                definition: {
                  resource: Record<string, never>;
                  secret: Record<string, never>;
                } | null;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                /** Format: date-time */
                deleted: string | null;
                /** @description With contain[resources_count], admins only. */
                resources_count?: number;
              };
              permission?: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                aco: "Resource" | "Folder";
                /** Format: uuid */
                aco_foreign_key: string;
                /** @enum {string} */
                aro: "User" | "Group";
                /** Format: uuid */
                aro_foreign_key: string;
                /**
                 * @description 1 read, 7 update, 15 owner
                 * @enum {integer}
                 */
                type: 1 | 7 | 15;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
              };
              permissions?: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                aco: "Resource" | "Folder";
                /** Format: uuid */
                aco_foreign_key: string;
                /** @enum {string} */
                aro: "User" | "Group";
                /** Format: uuid */
                aro_foreign_key: string;
                /**
                 * @description 1 read, 7 update, 15 owner
                 * @enum {integer}
                 */
                type: 1 | 7 | 15;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                user?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  role_id: string;
                  username: string;
                  active: boolean;
                  deleted: boolean;
                  /**
                   * Format: date-time
                   * @description Disabled from this date on; null when not disabled
                   */
                  disabled: string | null;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                  /** Format: date-time */
                  last_logged_in: string | null;
                  profile?: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    user_id: string;
                    first_name: string;
                    last_name: string;
                    /** Format: date-time */
                    created: string;
                    /** Format: date-time */
                    modified: string;
                    avatar: {
                      url: {
                        medium: string;
                        small: string;
                      };
                    };
                  };
                  /** @description null until setup is completed */
                  gpgkey?: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    user_id: string;
                    /** @description ASCII-armored OpenPGP public key */
                    armored_key: string;
                    bits: number | null;
                    /** @description e.g. "Ada Lovelace <ada@example.com>" */
                    uid: string;
                    key_id: string;
                    fingerprint: string;
                    /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
                    type: string | null;
                    /** Format: date-time */
                    expires: string | null;
                    /** Format: date-time */
                    key_created: string | null;
                    deleted: boolean;
                    /** Format: date-time */
                    created: string;
                    /** Format: date-time */
                    modified: string;
                  } | null;
                  role?: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    description: string | null;
                    /** Format: date-time */
                    created: string;
                    /** Format: date-time */
                    modified: string;
                  };
                  groups_users?: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    group_id: string;
                    /** Format: uuid */
                    user_id: string;
                    is_admin: boolean;
                    /** Format: date-time */
                    created: string;
                  }[];
                };
                group?: {
                  /** Format: uuid */
                  id: string;
                  name: string | null;
                  deleted: boolean;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                  /** Format: uuid */
                  created_by: string;
                  /** Format: uuid */
                  modified_by: string;
                };
              }[];
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  putResourcesUpdate: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: {
        /** @description Cookie sessions only: must equal the `csrfToken` cookie on POST, PUT and DELETE (else 403). Not used with a bearer token. */
        "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "string",
         *       "username": "string",
         *       "uri": "string",
         *       "description": "string",
         *       "resource_type_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
         *       "expired": "2024-07-08T08:06:25+00:00",
         *       "folder_parent_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
         *       "metadata": null,
         *       "metadata_key_id": null,
         *       "metadata_key_type": null,
         *       "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
         *       "deleted": true,
         *       "created": null,
         *       "modified": null,
         *       "created_by": null,
         *       "modified_by": null,
         *       "personal": null,
         *       "creator": null,
         *       "modifier": null,
         *       "favorite": null,
         *       "permission": null,
         *       "permissions": null,
         *       "tags": null,
         *       "secrets": [
         *         {
         *           "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
         *           "data": "string",
         *           "resource_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
         *           "id": null,
         *           "created": null,
         *           "modified": null,
         *           "created_by": null,
         *           "modified_by": null,
         *           "deleted": null,
         *           "secret_revision_id": null
         *         }
         *       ]
         *     }
         */
        "application/json": {
          name?: string;
          username?: string | null;
          uri?: string | null;
          description?: string | null;
          /** Format: uuid */
          resource_type_id?: string;
          /** Format: date-time */
          expired?: string | null;
          /** Format: uuid */
          folder_parent_id?: string | null;
          metadata?: unknown;
          metadata_key_id?: unknown;
          metadata_key_type?: unknown;
          /** Format: uuid */
          id?: string;
          deleted?: boolean;
          created?: unknown;
          modified?: unknown;
          created_by?: unknown;
          modified_by?: unknown;
          personal?: unknown;
          creator?: unknown;
          modifier?: unknown;
          favorite?: unknown;
          permission?: unknown;
          permissions?: unknown;
          tags?: unknown;
          /** @description When present: exactly one secret per user who has access, each encrypted for that user's key. */
          secrets?: {
            /** Format: uuid */
            user_id: string;
            data: string;
            /** Format: uuid */
            resource_id?: string;
            id?: unknown;
            created?: unknown;
            modified?: unknown;
            created_by?: unknown;
            modified_by?: unknown;
            deleted?: unknown;
            secret_revision_id?: unknown;
          }[];
        };
      };
    };
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "f5928fca-ddb3-5a40-b022-9a8bec18fd1c",
           *         "message": "The operation was successful.",
           *         "url": "/resources/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "name": "string",
           *         "username": "string",
           *         "uri": "string",
           *         "description": "string",
           *         "deleted": true,
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00",
           *         "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "resource_type_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "expired": "2024-07-08T08:06:25+00:00",
           *         "folder_parent_id": null,
           *         "personal": true,
           *         "creator": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "role_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "username": "string",
           *           "active": true,
           *           "deleted": true,
           *           "disabled": "2024-07-08T08:06:25+00:00",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "last_logged_in": "2024-07-08T08:06:25+00:00",
           *           "profile": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "first_name": "string",
           *             "last_name": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00",
           *             "avatar": {
           *               "url": {
           *                 "medium": "string",
           *                 "small": "string"
           *               }
           *             }
           *           },
           *           "gpgkey": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "armored_key": "string",
           *             "bits": 1,
           *             "uid": "string",
           *             "key_id": "0000000000000000",
           *             "fingerprint": "0000000000000000000000000000000000000000",
           *             "type": "string",
           *             "expires": "2024-07-08T08:06:25+00:00",
           *             "key_created": "2024-07-08T08:06:25+00:00",
           *             "deleted": true,
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           },
           *           "role": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "name": "string",
           *             "description": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           },
           *           "groups_users": [
           *             {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "is_admin": true,
           *               "created": "2024-07-08T08:06:25+00:00"
           *             }
           *           ]
           *         },
           *         "modifier": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "role_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "username": "string",
           *           "active": true,
           *           "deleted": true,
           *           "disabled": "2024-07-08T08:06:25+00:00",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "last_logged_in": "2024-07-08T08:06:25+00:00",
           *           "profile": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "first_name": "string",
           *             "last_name": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00",
           *             "avatar": {
           *               "url": {
           *                 "medium": "string",
           *                 "small": "string"
           *               }
           *             }
           *           },
           *           "gpgkey": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "armored_key": "string",
           *             "bits": 1,
           *             "uid": "string",
           *             "key_id": "0000000000000000",
           *             "fingerprint": "0000000000000000000000000000000000000000",
           *             "type": "string",
           *             "expires": "2024-07-08T08:06:25+00:00",
           *             "key_created": "2024-07-08T08:06:25+00:00",
           *             "deleted": true,
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           },
           *           "role": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "name": "string",
           *             "description": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           },
           *           "groups_users": [
           *             {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "is_admin": true,
           *               "created": "2024-07-08T08:06:25+00:00"
           *             }
           *           ]
           *         },
           *         "favorite": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "foreign_model": "Resource",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         },
           *         "secrets": [
           *           {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "resource_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "data": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00",
           *             "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "deleted": "2024-07-08T08:06:25+00:00",
           *             "secret_revision_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a"
           *           }
           *         ],
           *         "resource_type": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "slug": "string",
           *           "name": "string",
           *           "description": "string",
           *           "definition": {
           *             "resource": {},
           *             "secret": {}
           *           },
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "deleted": "2024-07-08T08:06:25+00:00",
           *           "resources_count": 0
           *         },
           *         "permission": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "aco": "Resource",
           *           "aco_foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "aro": "User",
           *           "aro_foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "type": 1,
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         },
           *         "permissions": [
           *           {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "aco": "Resource",
           *             "aco_foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "aro": "User",
           *             "aro_foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "type": 1,
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00",
           *             "user": {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "role_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "username": "string",
           *               "active": true,
           *               "deleted": true,
           *               "disabled": "2024-07-08T08:06:25+00:00",
           *               "created": "2024-07-08T08:06:25+00:00",
           *               "modified": "2024-07-08T08:06:25+00:00",
           *               "last_logged_in": "2024-07-08T08:06:25+00:00",
           *               "profile": {
           *                 "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "first_name": "string",
           *                 "last_name": "string",
           *                 "created": "2024-07-08T08:06:25+00:00",
           *                 "modified": "2024-07-08T08:06:25+00:00",
           *                 "avatar": {
           *                   "url": {
           *                     "medium": "string",
           *                     "small": "string"
           *                   }
           *                 }
           *               },
           *               "gpgkey": {
           *                 "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "armored_key": "string",
           *                 "bits": 1,
           *                 "uid": "string",
           *                 "key_id": "0000000000000000",
           *                 "fingerprint": "0000000000000000000000000000000000000000",
           *                 "type": "string",
           *                 "expires": "2024-07-08T08:06:25+00:00",
           *                 "key_created": "2024-07-08T08:06:25+00:00",
           *                 "deleted": true,
           *                 "created": "2024-07-08T08:06:25+00:00",
           *                 "modified": "2024-07-08T08:06:25+00:00"
           *               },
           *               "role": {
           *                 "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "name": "string",
           *                 "description": "string",
           *                 "created": "2024-07-08T08:06:25+00:00",
           *                 "modified": "2024-07-08T08:06:25+00:00"
           *               },
           *               "groups_users": [
           *                 {
           *                   "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                   "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                   "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                   "is_admin": true,
           *                   "created": "2024-07-08T08:06:25+00:00"
           *                 }
           *               ]
           *             },
           *             "group": {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "name": "string",
           *               "deleted": true,
           *               "created": "2024-07-08T08:06:25+00:00",
           *               "modified": "2024-07-08T08:06:25+00:00",
           *               "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a"
           *             }
           *           }
           *         ]
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              /** Format: uuid */
              id: string;
              name: string | null;
              username: string | null;
              uri: string | null;
              description: string | null;
              deleted: boolean;
              /** Format: date-time */
              created: string;
              /** Format: date-time */
              modified: string;
              /** Format: uuid */
              created_by: string;
              /** Format: uuid */
              modified_by: string;
              /** Format: uuid */
              resource_type_id: string;
              /** Format: date-time */
              expired: string | null;
              /** @description Always null until folders exist. */
              folder_parent_id: null;
              /** @description True when exactly one user can reach the resource. */
              personal: boolean;
              creator?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                role_id: string;
                username: string;
                active: boolean;
                deleted: boolean;
                /**
                 * Format: date-time
                 * @description Disabled from this date on; null when not disabled
                 */
                disabled: string | null;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                /** Format: date-time */
                last_logged_in: string | null;
                profile?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  user_id: string;
                  first_name: string;
                  last_name: string;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                  avatar: {
                    url: {
                      medium: string;
                      small: string;
                    };
                  };
                };
                /** @description null until setup is completed */
                gpgkey?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  user_id: string;
                  /** @description ASCII-armored OpenPGP public key */
                  armored_key: string;
                  bits: number | null;
                  /** @description e.g. "Ada Lovelace <ada@example.com>" */
                  uid: string;
                  key_id: string;
                  fingerprint: string;
                  /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
                  type: string | null;
                  /** Format: date-time */
                  expires: string | null;
                  /** Format: date-time */
                  key_created: string | null;
                  deleted: boolean;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                } | null;
                role?: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  description: string | null;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                };
                groups_users?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  group_id: string;
                  /** Format: uuid */
                  user_id: string;
                  is_admin: boolean;
                  /** Format: date-time */
                  created: string;
                }[];
              };
              modifier?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                role_id: string;
                username: string;
                active: boolean;
                deleted: boolean;
                /**
                 * Format: date-time
                 * @description Disabled from this date on; null when not disabled
                 */
                disabled: string | null;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                /** Format: date-time */
                last_logged_in: string | null;
                profile?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  user_id: string;
                  first_name: string;
                  last_name: string;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                  avatar: {
                    url: {
                      medium: string;
                      small: string;
                    };
                  };
                };
                /** @description null until setup is completed */
                gpgkey?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  user_id: string;
                  /** @description ASCII-armored OpenPGP public key */
                  armored_key: string;
                  bits: number | null;
                  /** @description e.g. "Ada Lovelace <ada@example.com>" */
                  uid: string;
                  key_id: string;
                  fingerprint: string;
                  /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
                  type: string | null;
                  /** Format: date-time */
                  expires: string | null;
                  /** Format: date-time */
                  key_created: string | null;
                  deleted: boolean;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                } | null;
                role?: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  description: string | null;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                };
                groups_users?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  group_id: string;
                  /** Format: uuid */
                  user_id: string;
                  is_admin: boolean;
                  /** Format: date-time */
                  created: string;
                }[];
              };
              favorite?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                user_id: string;
                /** Format: uuid */
                foreign_key: string;
                /** @enum {string} */
                foreign_model: "Resource";
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string | null;
              } | null;
              /** @description Only the caller's own secret. */
              secrets?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                user_id: string;
                /** Format: uuid */
                resource_id: string;
                /** @description ASCII-armored OpenPGP message, encrypted for user_id's key. */
                data: string;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                /** Format: uuid */
                created_by: string | null;
                /** Format: uuid */
                modified_by: string | null;
                /** Format: date-time */
                deleted: string | null;
                /** Format: uuid */
                secret_revision_id: string | null;
              }[];
              resource_type?: {
                /** Format: uuid */
                id: string;
                slug: string;
                name: string;
                description: string | null;
                definition: {
                  resource: Record<string, never>;
                  secret: Record<string, never>;
                } | null;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                /** Format: date-time */
                deleted: string | null;
                /** @description With contain[resources_count], admins only. */
                resources_count?: number;
              };
              permission?: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                aco: "Resource" | "Folder";
                /** Format: uuid */
                aco_foreign_key: string;
                /** @enum {string} */
                aro: "User" | "Group";
                /** Format: uuid */
                aro_foreign_key: string;
                /**
                 * @description 1 read, 7 update, 15 owner
                 * @enum {integer}
                 */
                type: 1 | 7 | 15;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
              };
              permissions?: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                aco: "Resource" | "Folder";
                /** Format: uuid */
                aco_foreign_key: string;
                /** @enum {string} */
                aro: "User" | "Group";
                /** Format: uuid */
                aro_foreign_key: string;
                /**
                 * @description 1 read, 7 update, 15 owner
                 * @enum {integer}
                 */
                type: 1 | 7 | 15;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                user?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  role_id: string;
                  username: string;
                  active: boolean;
                  deleted: boolean;
                  /**
                   * Format: date-time
                   * @description Disabled from this date on; null when not disabled
                   */
                  disabled: string | null;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                  /** Format: date-time */
                  last_logged_in: string | null;
                  profile?: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    user_id: string;
                    first_name: string;
                    last_name: string;
                    /** Format: date-time */
                    created: string;
                    /** Format: date-time */
                    modified: string;
                    avatar: {
                      url: {
                        medium: string;
                        small: string;
                      };
                    };
                  };
                  /** @description null until setup is completed */
                  gpgkey?: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    user_id: string;
                    /** @description ASCII-armored OpenPGP public key */
                    armored_key: string;
                    bits: number | null;
                    /** @description e.g. "Ada Lovelace <ada@example.com>" */
                    uid: string;
                    key_id: string;
                    fingerprint: string;
                    /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
                    type: string | null;
                    /** Format: date-time */
                    expires: string | null;
                    /** Format: date-time */
                    key_created: string | null;
                    deleted: boolean;
                    /** Format: date-time */
                    created: string;
                    /** Format: date-time */
                    modified: string;
                  } | null;
                  role?: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    description: string | null;
                    /** Format: date-time */
                    created: string;
                    /** Format: date-time */
                    modified: string;
                  };
                  groups_users?: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    group_id: string;
                    /** Format: uuid */
                    user_id: string;
                    is_admin: boolean;
                    /** Format: date-time */
                    created: string;
                  }[];
                };
                group?: {
                  /** Format: uuid */
                  id: string;
                  name: string | null;
                  deleted: boolean;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                  /** Format: uuid */
                  created_by: string;
                  /** Format: uuid */
                  modified_by: string;
                };
              }[];
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  deleteResourcesDelete: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: {
        /** @description Cookie sessions only: must equal the `csrfToken` cookie on POST, PUT and DELETE (else 403). Not used with a bearer token. */
        "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "bf1a9a51-eb99-51b3-b15a-fe21a235585c",
           *         "message": "The operation was successful.",
           *         "url": "/resources/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": null
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: null;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getRolesIndex: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "30237a18-fd12-5935-b1be-1e2a62ccb71d",
           *         "message": "The operation was successful.",
           *         "url": "/roles.json",
           *         "code": 200
           *       },
           *       "body": [
           *         {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "name": "string",
           *           "description": "string",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         }
           *       ]
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              /** Format: uuid */
              id: string;
              name: string;
              description: string | null;
              /** Format: date-time */
              created: string;
              /** Format: date-time */
              modified: string;
            }[];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getSecretsView: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path: {
        resourceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "ad71952e-7842-599e-a19e-3a82e6974b23",
           *         "message": "The operation was successful.",
           *         "url": "/secrets/resource/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "resource_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "data": "string",
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00",
           *         "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "deleted": "2024-07-08T08:06:25+00:00",
           *         "secret_revision_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a"
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              user_id: string;
              /** Format: uuid */
              resource_id: string;
              /** @description ASCII-armored OpenPGP message, encrypted for user_id's key. */
              data: string;
              /** Format: date-time */
              created: string;
              /** Format: date-time */
              modified: string;
              /** Format: uuid */
              created_by: string | null;
              /** Format: uuid */
              modified_by: string | null;
              /** Format: date-time */
              deleted: string | null;
              /** Format: uuid */
              secret_revision_id: string | null;
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getSettingsIndex: {
    parameters: {
      query?: {
        /** @description 0 to drop the envelope */
        "contain[header]"?: string;
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. With `contain[header]=0` the result is sent alone, without the envelope. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "bef9f3ca-86ef-5c6a-9b38-320e03ceb5df",
           *         "message": "The operation was successful.",
           *         "url": "/settings.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "app": {
           *           "url": "string",
           *           "locale": "string",
           *           "version": {
           *             "number": "string",
           *             "name": "string"
           *           },
           *           "debug": true,
           *           "server_timezone": "string",
           *           "session_timeout": 1,
           *           "image_storage": {}
           *         },
           *         "passbolt": {
           *           "legal": {},
           *           "edition": "string",
           *           "plugins": {}
           *         }
           *       }
           *     }
           */
          "application/json":
            | {
                header: components["schemas"]["SuccessHeader"];
                body: {
                  app: {
                    url: string;
                    locale: string;
                    version?: {
                      number?: string;
                      name?: string;
                    };
                    debug?: boolean;
                    server_timezone?: string;
                    session_timeout?: number;
                    image_storage?: Record<string, never>;
                  };
                  passbolt: {
                    legal: Record<string, never>;
                    edition: string;
                    plugins: {
                      [key: string]: {
                        enabled: boolean;
                        version?: string;
                      };
                    };
                  };
                };
              }
            | {
                app: {
                  url: string;
                  locale: string;
                  version?: {
                    number?: string;
                    name?: string;
                  };
                  debug?: boolean;
                  server_timezone?: string;
                  session_timeout?: number;
                  image_storage?: Record<string, never>;
                };
                passbolt: {
                  legal: Record<string, never>;
                  edition: string;
                  plugins: {
                    [key: string]: {
                      enabled: boolean;
                      version?: string;
                    };
                  };
                };
              };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  putSetupComplete: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "authentication_token": {
         *         "token": "3f2504e0-4f89-41d3-9a0c-0305e82c3301"
         *       },
         *       "gpgkey": {
         *         "armored_key": "-----BEGIN PGP PUBLIC KEY BLOCK-----\n...\n-----END PGP PUBLIC KEY BLOCK-----"
         *       }
         *     }
         */
        "application/json": {
          authentication_token?: {
            /**
             * Format: uuid
             * @description The token of the setup link
             */
            token: string;
          };
          /** @description Legacy spelling of authentication_token */
          authenticationtoken?: {
            /**
             * Format: uuid
             * @description The token of the setup link
             */
            token: string;
          };
          gpgkey: {
            /** @description ASCII-armored OpenPGP public key (v4; RSA 3072/4096 or Ed25519/Curve25519) */
            armored_key: string;
          };
          /** @description Accepted and ignored */
          user?: Record<string, never>;
          /** @description Accepted and ignored */
          locale?: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "6f53faec-0c9e-5321-ac78-543e1001f7b1",
           *         "message": "The operation was successful.",
           *         "url": "/setup/complete/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": null
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: null;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  postSetupComplete: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "authentication_token": {
         *         "token": "3f2504e0-4f89-41d3-9a0c-0305e82c3301"
         *       },
         *       "gpgkey": {
         *         "armored_key": "-----BEGIN PGP PUBLIC KEY BLOCK-----\n...\n-----END PGP PUBLIC KEY BLOCK-----"
         *       }
         *     }
         */
        "application/json": {
          authentication_token?: {
            /**
             * Format: uuid
             * @description The token of the setup link
             */
            token: string;
          };
          /** @description Legacy spelling of authentication_token */
          authenticationtoken?: {
            /**
             * Format: uuid
             * @description The token of the setup link
             */
            token: string;
          };
          gpgkey: {
            /** @description ASCII-armored OpenPGP public key (v4; RSA 3072/4096 or Ed25519/Curve25519) */
            armored_key: string;
          };
          /** @description Accepted and ignored */
          user?: Record<string, never>;
          /** @description Accepted and ignored */
          locale?: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "6f53faec-0c9e-5321-ac78-543e1001f7b1",
           *         "message": "The operation was successful.",
           *         "url": "/setup/complete/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": null
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: null;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getSetupStart_setupInstallByUserIdByToken: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path: {
        userId: string;
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "50ca4a19-b782-5842-bd2b-f59e9ff4eef9",
           *         "message": "The operation was successful.",
           *         "url": "/setup/install/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "user": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "role_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "username": "string",
           *           "active": true,
           *           "deleted": true,
           *           "disabled": "2024-07-08T08:06:25+00:00",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "last_logged_in": "2024-07-08T08:06:25+00:00",
           *           "profile": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "first_name": "string",
           *             "last_name": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00",
           *             "avatar": {
           *               "url": {
           *                 "medium": "string",
           *                 "small": "string"
           *               }
           *             }
           *           },
           *           "gpgkey": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "armored_key": "string",
           *             "bits": 1,
           *             "uid": "string",
           *             "key_id": "0000000000000000",
           *             "fingerprint": "0000000000000000000000000000000000000000",
           *             "type": "string",
           *             "expires": "2024-07-08T08:06:25+00:00",
           *             "key_created": "2024-07-08T08:06:25+00:00",
           *             "deleted": true,
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           },
           *           "role": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "name": "string",
           *             "description": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           },
           *           "groups_users": [
           *             {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "is_admin": true,
           *               "created": "2024-07-08T08:06:25+00:00"
           *             }
           *           ]
           *         }
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              user: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                role_id: string;
                username: string;
                active: boolean;
                deleted: boolean;
                /**
                 * Format: date-time
                 * @description Disabled from this date on; null when not disabled
                 */
                disabled: string | null;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                /** Format: date-time */
                last_logged_in: string | null;
                profile: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  user_id: string;
                  first_name: string;
                  last_name: string;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                  avatar: {
                    url: {
                      medium: string;
                      small: string;
                    };
                  };
                };
                /** @description null until setup is completed */
                gpgkey?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  user_id: string;
                  /** @description ASCII-armored OpenPGP public key */
                  armored_key: string;
                  bits: number | null;
                  /** @description e.g. "Ada Lovelace <ada@example.com>" */
                  uid: string;
                  key_id: string;
                  fingerprint: string;
                  /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
                  type: string | null;
                  /** Format: date-time */
                  expires: string | null;
                  /** Format: date-time */
                  key_created: string | null;
                  deleted: boolean;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                } | null;
                role: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  description: string | null;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                };
                groups_users?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  group_id: string;
                  /** Format: uuid */
                  user_id: string;
                  is_admin: boolean;
                  /** Format: date-time */
                  created: string;
                }[];
              };
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getSetupStart_setupStartByUserIdByToken: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path: {
        userId: string;
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "50ca4a19-b782-5842-bd2b-f59e9ff4eef9",
           *         "message": "The operation was successful.",
           *         "url": "/setup/start/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "user": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "role_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "username": "string",
           *           "active": true,
           *           "deleted": true,
           *           "disabled": "2024-07-08T08:06:25+00:00",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "last_logged_in": "2024-07-08T08:06:25+00:00",
           *           "profile": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "first_name": "string",
           *             "last_name": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00",
           *             "avatar": {
           *               "url": {
           *                 "medium": "string",
           *                 "small": "string"
           *               }
           *             }
           *           },
           *           "gpgkey": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "armored_key": "string",
           *             "bits": 1,
           *             "uid": "string",
           *             "key_id": "0000000000000000",
           *             "fingerprint": "0000000000000000000000000000000000000000",
           *             "type": "string",
           *             "expires": "2024-07-08T08:06:25+00:00",
           *             "key_created": "2024-07-08T08:06:25+00:00",
           *             "deleted": true,
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           },
           *           "role": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "name": "string",
           *             "description": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           },
           *           "groups_users": [
           *             {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "is_admin": true,
           *               "created": "2024-07-08T08:06:25+00:00"
           *             }
           *           ]
           *         }
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              user: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                role_id: string;
                username: string;
                active: boolean;
                deleted: boolean;
                /**
                 * Format: date-time
                 * @description Disabled from this date on; null when not disabled
                 */
                disabled: string | null;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                /** Format: date-time */
                last_logged_in: string | null;
                profile: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  user_id: string;
                  first_name: string;
                  last_name: string;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                  avatar: {
                    url: {
                      medium: string;
                      small: string;
                    };
                  };
                };
                /** @description null until setup is completed */
                gpgkey?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  user_id: string;
                  /** @description ASCII-armored OpenPGP public key */
                  armored_key: string;
                  bits: number | null;
                  /** @description e.g. "Ada Lovelace <ada@example.com>" */
                  uid: string;
                  key_id: string;
                  fingerprint: string;
                  /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
                  type: string | null;
                  /** Format: date-time */
                  expires: string | null;
                  /** Format: date-time */
                  key_created: string | null;
                  deleted: boolean;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                } | null;
                role: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  description: string | null;
                  /** Format: date-time */
                  created: string;
                  /** Format: date-time */
                  modified: string;
                };
                groups_users?: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  group_id: string;
                  /** Format: uuid */
                  user_id: string;
                  is_admin: boolean;
                  /** Format: date-time */
                  created: string;
                }[];
              };
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getUsersIndex: {
    parameters: {
      query?: {
        /** @description Include the profile (default on; 0 to drop). */
        "contain[profile]"?: string;
        /** @description Include the public key (default on; 0 to drop). */
        "contain[gpgkey]"?: string;
        /** @description Include the group memberships (default on; 0 to drop). */
        "contain[groups_users]"?: string;
        /** @description Include the role (default on; 0 to drop). */
        "contain[role]"?: string;
        /** @description Accepted for compatibility: last_logged_in is always returned. */
        "contain[last_logged_in]"?: string;
        /** @description Legacy spelling of contain[last_logged_in]. */
        "contain[LastLoggedIn]"?: string;
        /** @description Case-insensitive match on username, first or last name */
        "filter[search]"?: string;
        /** @description Array form of filter[search]; the first entry is used */
        "filter[search][]"?: string;
        /** @description Legacy form of filter[search] */
        "filter[keywords]"?: string;
        /** @description Legacy form of filter[search] */
        keywords?: string;
        /** @description true: admins only; false: non-admins only */
        "filter[is-admin]"?: string;
        /** @description Admins only: active or inactive users. Non-admins always get active users only. */
        "filter[is-active]"?: string;
        /** @description Page number, from 1 */
        page?: string;
        /** @description Items per page (default: all) */
        limit?: string;
        /** @description Sort field, e.g. Resources.name */
        sort?: string;
        /** @description asc or desc */
        direction?: string;
        /** @description Legacy: Model.field [ASC|DESC] */
        "order[]"?: string[];
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "d7bc9044-a64e-5421-a4d7-7a94eaa39d37",
           *         "message": "The operation was successful.",
           *         "url": "/users.json",
           *         "code": 200,
           *         "pagination": {
           *           "count": 1,
           *           "page": 1,
           *           "limit": null
           *         }
           *       },
           *       "body": [
           *         {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "role_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "username": "string",
           *           "active": true,
           *           "deleted": true,
           *           "disabled": "2024-07-08T08:06:25+00:00",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "last_logged_in": "2024-07-08T08:06:25+00:00",
           *           "profile": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "first_name": "string",
           *             "last_name": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00",
           *             "avatar": {
           *               "url": {
           *                 "medium": "string",
           *                 "small": "string"
           *               }
           *             }
           *           },
           *           "gpgkey": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "armored_key": "string",
           *             "bits": 1,
           *             "uid": "string",
           *             "key_id": "0000000000000000",
           *             "fingerprint": "0000000000000000000000000000000000000000",
           *             "type": "string",
           *             "expires": "2024-07-08T08:06:25+00:00",
           *             "key_created": "2024-07-08T08:06:25+00:00",
           *             "deleted": true,
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           },
           *           "role": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "name": "string",
           *             "description": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           },
           *           "groups_users": [
           *             {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "is_admin": true,
           *               "created": "2024-07-08T08:06:25+00:00"
           *             }
           *           ]
           *         }
           *       ]
           *     }
           */
          "application/json": {
            header: components["schemas"]["PaginatedSuccessHeader"];
            body: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              role_id: string;
              username: string;
              active: boolean;
              deleted: boolean;
              /**
               * Format: date-time
               * @description Disabled from this date on; null when not disabled
               */
              disabled: string | null;
              /** Format: date-time */
              created: string;
              /** Format: date-time */
              modified: string;
              /** Format: date-time */
              last_logged_in: string | null;
              profile?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                user_id: string;
                first_name: string;
                last_name: string;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                avatar: {
                  url: {
                    medium: string;
                    small: string;
                  };
                };
              };
              /** @description null until setup is completed */
              gpgkey?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                user_id: string;
                /** @description ASCII-armored OpenPGP public key */
                armored_key: string;
                bits: number | null;
                /** @description e.g. "Ada Lovelace <ada@example.com>" */
                uid: string;
                key_id: string;
                fingerprint: string;
                /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
                type: string | null;
                /** Format: date-time */
                expires: string | null;
                /** Format: date-time */
                key_created: string | null;
                deleted: boolean;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
              } | null;
              role?: {
                /** Format: uuid */
                id: string;
                name: string;
                description: string | null;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
              };
              groups_users?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                group_id: string;
                /** Format: uuid */
                user_id: string;
                is_admin: boolean;
                /** Format: date-time */
                created: string;
              }[];
            }[];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  postUsersAdd: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: {
        /** @description Cookie sessions only: must equal the `csrfToken` cookie on POST, PUT and DELETE (else 403). Not used with a bearer token. */
        "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "username": "grace@example.com",
         *       "profile": {
         *         "first_name": "Grace",
         *         "last_name": "Hopper"
         *       }
         *     }
         */
        "application/json": {
          /** Format: email */
          username: string;
          profile: {
            first_name: string;
            last_name: string;
          };
          /**
           * Format: uuid
           * @description Defaults to the user role; admin or user, never guest
           */
          role_id?: string;
        };
      };
    };
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "a1a15b91-72f6-5708-8d7f-6940e51d8595",
           *         "message": "The operation was successful.",
           *         "url": "/users.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "role_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "username": "string",
           *         "active": true,
           *         "deleted": true,
           *         "disabled": "2024-07-08T08:06:25+00:00",
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00",
           *         "last_logged_in": "2024-07-08T08:06:25+00:00",
           *         "profile": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "first_name": "string",
           *           "last_name": "string",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "avatar": {
           *             "url": {
           *               "medium": "string",
           *               "small": "string"
           *             }
           *           }
           *         },
           *         "gpgkey": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "armored_key": "string",
           *           "bits": 1,
           *           "uid": "string",
           *           "key_id": "0000000000000000",
           *           "fingerprint": "0000000000000000000000000000000000000000",
           *           "type": "string",
           *           "expires": "2024-07-08T08:06:25+00:00",
           *           "key_created": "2024-07-08T08:06:25+00:00",
           *           "deleted": true,
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         },
           *         "role": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "name": "string",
           *           "description": "string",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         },
           *         "groups_users": [
           *           {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "is_admin": true,
           *             "created": "2024-07-08T08:06:25+00:00"
           *           }
           *         ]
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              role_id: string;
              username: string;
              active: boolean;
              deleted: boolean;
              /**
               * Format: date-time
               * @description Disabled from this date on; null when not disabled
               */
              disabled: string | null;
              /** Format: date-time */
              created: string;
              /** Format: date-time */
              modified: string;
              /** Format: date-time */
              last_logged_in: string | null;
              profile?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                user_id: string;
                first_name: string;
                last_name: string;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                avatar: {
                  url: {
                    medium: string;
                    small: string;
                  };
                };
              };
              /** @description null until setup is completed */
              gpgkey?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                user_id: string;
                /** @description ASCII-armored OpenPGP public key */
                armored_key: string;
                bits: number | null;
                /** @description e.g. "Ada Lovelace <ada@example.com>" */
                uid: string;
                key_id: string;
                fingerprint: string;
                /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
                type: string | null;
                /** Format: date-time */
                expires: string | null;
                /** Format: date-time */
                key_created: string | null;
                deleted: boolean;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
              } | null;
              role?: {
                /** Format: uuid */
                id: string;
                name: string;
                description: string | null;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
              };
              groups_users?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                group_id: string;
                /** Format: uuid */
                user_id: string;
                is_admin: boolean;
                /** Format: date-time */
                created: string;
              }[];
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getUsersView_usersById: {
    parameters: {
      query?: {
        /** @description Include the profile (default on; 0 to drop). */
        "contain[profile]"?: string;
        /** @description Include the public key (default on; 0 to drop). */
        "contain[gpgkey]"?: string;
        /** @description Include the group memberships (default on; 0 to drop). */
        "contain[groups_users]"?: string;
        /** @description Include the role (default on; 0 to drop). */
        "contain[role]"?: string;
        /** @description Accepted for compatibility: last_logged_in is always returned. */
        "contain[last_logged_in]"?: string;
        /** @description Legacy spelling of contain[last_logged_in]. */
        "contain[LastLoggedIn]"?: string;
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "881ab948-e40f-5a72-91aa-54b442270029",
           *         "message": "The operation was successful.",
           *         "url": "/users/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "role_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "username": "string",
           *         "active": true,
           *         "deleted": true,
           *         "disabled": "2024-07-08T08:06:25+00:00",
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00",
           *         "last_logged_in": "2024-07-08T08:06:25+00:00",
           *         "profile": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "first_name": "string",
           *           "last_name": "string",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "avatar": {
           *             "url": {
           *               "medium": "string",
           *               "small": "string"
           *             }
           *           }
           *         },
           *         "gpgkey": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "armored_key": "string",
           *           "bits": 1,
           *           "uid": "string",
           *           "key_id": "0000000000000000",
           *           "fingerprint": "0000000000000000000000000000000000000000",
           *           "type": "string",
           *           "expires": "2024-07-08T08:06:25+00:00",
           *           "key_created": "2024-07-08T08:06:25+00:00",
           *           "deleted": true,
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         },
           *         "role": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "name": "string",
           *           "description": "string",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         },
           *         "groups_users": [
           *           {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "is_admin": true,
           *             "created": "2024-07-08T08:06:25+00:00"
           *           }
           *         ]
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              role_id: string;
              username: string;
              active: boolean;
              deleted: boolean;
              /**
               * Format: date-time
               * @description Disabled from this date on; null when not disabled
               */
              disabled: string | null;
              /** Format: date-time */
              created: string;
              /** Format: date-time */
              modified: string;
              /** Format: date-time */
              last_logged_in: string | null;
              profile?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                user_id: string;
                first_name: string;
                last_name: string;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                avatar: {
                  url: {
                    medium: string;
                    small: string;
                  };
                };
              };
              /** @description null until setup is completed */
              gpgkey?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                user_id: string;
                /** @description ASCII-armored OpenPGP public key */
                armored_key: string;
                bits: number | null;
                /** @description e.g. "Ada Lovelace <ada@example.com>" */
                uid: string;
                key_id: string;
                fingerprint: string;
                /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
                type: string | null;
                /** Format: date-time */
                expires: string | null;
                /** Format: date-time */
                key_created: string | null;
                deleted: boolean;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
              } | null;
              role?: {
                /** Format: uuid */
                id: string;
                name: string;
                description: string | null;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
              };
              groups_users?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                group_id: string;
                /** Format: uuid */
                user_id: string;
                is_admin: boolean;
                /** Format: date-time */
                created: string;
              }[];
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  putUsersEdit: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: {
        /** @description Cookie sessions only: must equal the `csrfToken` cookie on POST, PUT and DELETE (else 403). Not used with a bearer token. */
        "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "profile": {
         *         "first_name": "Ada",
         *         "last_name": "King"
         *       }
         *     }
         */
        "application/json": {
          /** Format: uuid */
          id?: string;
          username?: string;
          /**
           * Format: uuid
           * @description Admins only (403 otherwise)
           */
          role_id?: string;
          /** @description Admins only, not on themselves: the date from which the user is disabled; null re-enables */
          disabled?: string | null;
          profile?: {
            first_name?: string;
            last_name?: string;
          };
        };
      };
    };
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "defacfb8-ce1b-50f1-9b7d-d9865d2f28bd",
           *         "message": "The operation was successful.",
           *         "url": "/users/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "role_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "username": "string",
           *         "active": true,
           *         "deleted": true,
           *         "disabled": "2024-07-08T08:06:25+00:00",
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00",
           *         "last_logged_in": "2024-07-08T08:06:25+00:00",
           *         "profile": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "first_name": "string",
           *           "last_name": "string",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "avatar": {
           *             "url": {
           *               "medium": "string",
           *               "small": "string"
           *             }
           *           }
           *         },
           *         "gpgkey": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "armored_key": "string",
           *           "bits": 1,
           *           "uid": "string",
           *           "key_id": "0000000000000000",
           *           "fingerprint": "0000000000000000000000000000000000000000",
           *           "type": "string",
           *           "expires": "2024-07-08T08:06:25+00:00",
           *           "key_created": "2024-07-08T08:06:25+00:00",
           *           "deleted": true,
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         },
           *         "role": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "name": "string",
           *           "description": "string",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         },
           *         "groups_users": [
           *           {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "is_admin": true,
           *             "created": "2024-07-08T08:06:25+00:00"
           *           }
           *         ]
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              role_id: string;
              username: string;
              active: boolean;
              deleted: boolean;
              /**
               * Format: date-time
               * @description Disabled from this date on; null when not disabled
               */
              disabled: string | null;
              /** Format: date-time */
              created: string;
              /** Format: date-time */
              modified: string;
              /** Format: date-time */
              last_logged_in: string | null;
              profile?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                user_id: string;
                first_name: string;
                last_name: string;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                avatar: {
                  url: {
                    medium: string;
                    small: string;
                  };
                };
              };
              /** @description null until setup is completed */
              gpgkey?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                user_id: string;
                /** @description ASCII-armored OpenPGP public key */
                armored_key: string;
                bits: number | null;
                /** @description e.g. "Ada Lovelace <ada@example.com>" */
                uid: string;
                key_id: string;
                fingerprint: string;
                /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
                type: string | null;
                /** Format: date-time */
                expires: string | null;
                /** Format: date-time */
                key_created: string | null;
                deleted: boolean;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
              } | null;
              role?: {
                /** Format: uuid */
                id: string;
                name: string;
                description: string | null;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
              };
              groups_users?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                group_id: string;
                /** Format: uuid */
                user_id: string;
                is_admin: boolean;
                /** Format: date-time */
                created: string;
              }[];
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  postUsersEdit: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: {
        /** @description Cookie sessions only: must equal the `csrfToken` cookie on POST, PUT and DELETE (else 403). Not used with a bearer token. */
        "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "profile": {
         *         "first_name": "Ada",
         *         "last_name": "King"
         *       }
         *     }
         */
        "application/json": {
          /** Format: uuid */
          id?: string;
          username?: string;
          /**
           * Format: uuid
           * @description Admins only (403 otherwise)
           */
          role_id?: string;
          /** @description Admins only, not on themselves: the date from which the user is disabled; null re-enables */
          disabled?: string | null;
          profile?: {
            first_name?: string;
            last_name?: string;
          };
        };
      };
    };
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "defacfb8-ce1b-50f1-9b7d-d9865d2f28bd",
           *         "message": "The operation was successful.",
           *         "url": "/users/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "role_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "username": "string",
           *         "active": true,
           *         "deleted": true,
           *         "disabled": "2024-07-08T08:06:25+00:00",
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00",
           *         "last_logged_in": "2024-07-08T08:06:25+00:00",
           *         "profile": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "first_name": "string",
           *           "last_name": "string",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "avatar": {
           *             "url": {
           *               "medium": "string",
           *               "small": "string"
           *             }
           *           }
           *         },
           *         "gpgkey": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "armored_key": "string",
           *           "bits": 1,
           *           "uid": "string",
           *           "key_id": "0000000000000000",
           *           "fingerprint": "0000000000000000000000000000000000000000",
           *           "type": "string",
           *           "expires": "2024-07-08T08:06:25+00:00",
           *           "key_created": "2024-07-08T08:06:25+00:00",
           *           "deleted": true,
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         },
           *         "role": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "name": "string",
           *           "description": "string",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         },
           *         "groups_users": [
           *           {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "is_admin": true,
           *             "created": "2024-07-08T08:06:25+00:00"
           *           }
           *         ]
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              role_id: string;
              username: string;
              active: boolean;
              deleted: boolean;
              /**
               * Format: date-time
               * @description Disabled from this date on; null when not disabled
               */
              disabled: string | null;
              /** Format: date-time */
              created: string;
              /** Format: date-time */
              modified: string;
              /** Format: date-time */
              last_logged_in: string | null;
              profile?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                user_id: string;
                first_name: string;
                last_name: string;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                avatar: {
                  url: {
                    medium: string;
                    small: string;
                  };
                };
              };
              /** @description null until setup is completed */
              gpgkey?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                user_id: string;
                /** @description ASCII-armored OpenPGP public key */
                armored_key: string;
                bits: number | null;
                /** @description e.g. "Ada Lovelace <ada@example.com>" */
                uid: string;
                key_id: string;
                fingerprint: string;
                /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
                type: string | null;
                /** Format: date-time */
                expires: string | null;
                /** Format: date-time */
                key_created: string | null;
                deleted: boolean;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
              } | null;
              role?: {
                /** Format: uuid */
                id: string;
                name: string;
                description: string | null;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
              };
              groups_users?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                group_id: string;
                /** Format: uuid */
                user_id: string;
                is_admin: boolean;
                /** Format: date-time */
                created: string;
              }[];
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  deleteUsersDelete: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: {
        /** @description Cookie sessions only: must equal the `csrfToken` cookie on POST, PUT and DELETE (else 403). Not used with a bearer token. */
        "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "transfer": {
         *         "owners": [
         *           {
         *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
         *             "aco_foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a"
         *           }
         *         ],
         *         "managers": [
         *           {
         *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
         *             "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a"
         *           }
         *         ]
         *       }
         *     }
         */
        "application/json": {
          transfer?: {
            owners?: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              aco_foreign_key: string;
            }[];
            managers?: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              group_id: string;
            }[];
          };
        };
      };
    };
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "4a1f3ff7-02ff-5120-b08b-e13f4369df3f",
           *         "message": "The operation was successful.",
           *         "url": "/users/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": null
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: null;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  deleteUsersDeleteDryrun: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: {
        /** @description Cookie sessions only: must equal the `csrfToken` cookie on POST, PUT and DELETE (else 403). Not used with a bearer token. */
        "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "transfer": {
         *         "owners": [
         *           {
         *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
         *             "aco_foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a"
         *           }
         *         ],
         *         "managers": [
         *           {
         *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
         *             "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a"
         *           }
         *         ]
         *       }
         *     }
         */
        "application/json": {
          transfer?: {
            owners?: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              aco_foreign_key: string;
            }[];
            managers?: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              group_id: string;
            }[];
          };
        };
      };
    };
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "bec65e6e-9c29-5217-aabc-49fe2256cfce",
           *         "message": "The operation was successful.",
           *         "url": "/users/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a/dry-run.json",
           *         "code": 200
           *       },
           *       "body": null
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: null;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getCsrfToken: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "caea12fd-e0f8-5d68-aa19-d7b25119740e",
           *         "message": "The operation was successful.",
           *         "url": "/users/csrf-token.json",
           *         "code": 200
           *       },
           *       "body": "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: string;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getUsersView_usersMe: {
    parameters: {
      query?: {
        /** @description Include the profile (default on; 0 to drop). */
        "contain[profile]"?: string;
        /** @description Include the public key (default on; 0 to drop). */
        "contain[gpgkey]"?: string;
        /** @description Include the group memberships (default on; 0 to drop). */
        "contain[groups_users]"?: string;
        /** @description Include the role (default on; 0 to drop). */
        "contain[role]"?: string;
        /** @description Accepted for compatibility: last_logged_in is always returned. */
        "contain[last_logged_in]"?: string;
        /** @description Legacy spelling of contain[last_logged_in]. */
        "contain[LastLoggedIn]"?: string;
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "header": {
           *         "id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *         "status": "success",
           *         "servertime": 1732370000,
           *         "action": "881ab948-e40f-5a72-91aa-54b442270029",
           *         "message": "The operation was successful.",
           *         "url": "/users/me.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "role_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "username": "string",
           *         "active": true,
           *         "deleted": true,
           *         "disabled": "2024-07-08T08:06:25+00:00",
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00",
           *         "last_logged_in": "2024-07-08T08:06:25+00:00",
           *         "profile": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "first_name": "string",
           *           "last_name": "string",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "avatar": {
           *             "url": {
           *               "medium": "string",
           *               "small": "string"
           *             }
           *           }
           *         },
           *         "gpgkey": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "armored_key": "string",
           *           "bits": 1,
           *           "uid": "string",
           *           "key_id": "0000000000000000",
           *           "fingerprint": "0000000000000000000000000000000000000000",
           *           "type": "string",
           *           "expires": "2024-07-08T08:06:25+00:00",
           *           "key_created": "2024-07-08T08:06:25+00:00",
           *           "deleted": true,
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         },
           *         "role": {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "name": "string",
           *           "description": "string",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         },
           *         "groups_users": [
           *           {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "group_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "is_admin": true,
           *             "created": "2024-07-08T08:06:25+00:00"
           *           }
           *         ]
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              role_id: string;
              username: string;
              active: boolean;
              deleted: boolean;
              /**
               * Format: date-time
               * @description Disabled from this date on; null when not disabled
               */
              disabled: string | null;
              /** Format: date-time */
              created: string;
              /** Format: date-time */
              modified: string;
              /** Format: date-time */
              last_logged_in: string | null;
              profile?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                user_id: string;
                first_name: string;
                last_name: string;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
                avatar: {
                  url: {
                    medium: string;
                    small: string;
                  };
                };
              };
              /** @description null until setup is completed */
              gpgkey?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                user_id: string;
                /** @description ASCII-armored OpenPGP public key */
                armored_key: string;
                bits: number | null;
                /** @description e.g. "Ada Lovelace <ada@example.com>" */
                uid: string;
                key_id: string;
                fingerprint: string;
                /** @description RSA, EdDSA, ECC, ECDSA, DSA or ELGAMAL */
                type: string | null;
                /** Format: date-time */
                expires: string | null;
                /** Format: date-time */
                key_created: string | null;
                deleted: boolean;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
              } | null;
              role?: {
                /** Format: uuid */
                id: string;
                name: string;
                description: string | null;
                /** Format: date-time */
                created: string;
                /** Format: date-time */
                modified: string;
              };
              groups_users?: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                group_id: string;
                /** Format: uuid */
                user_id: string;
                is_admin: boolean;
                /** Format: date-time */
                created: string;
              }[];
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
}
