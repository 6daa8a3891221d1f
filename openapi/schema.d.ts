/**
 * Types of the Watchword API for openapi-fetch, generated from openapi/openapi.json by
 * `npm run openapi:generate`. Do not edit: change the route specs and generate again.
 */
export interface paths {
  "/account/settings.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the caller's account settings
     * @description Theme and locale settings: Watchword stores none, so the list is empty and clients use their defaults.
     */
    get: operations["listAccountSettings"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/actionlog/folder/{folderId}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Activity of a folder
     * @description Created, renamed and permissions changed, with who did it; newest first, 5 per page by default (at most 20). A page past the end is empty. Moves change only the mover's own tree and are not shown. 404 when the caller cannot read the folder (a deleted folder is gone).
     */
    get: operations["listFolderActivity"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/actionlog/resource/{resourceId}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Activity of a resource
     * @description Created, updated, permissions changed, secret read and secret updated, with who did it; newest first, 5 per page by default (at most 20). A page past the end is empty. 404 when the caller cannot read the resource.
     */
    get: operations["listResourceActivity"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
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
    get: operations["checkAuthenticated"];
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
     * @description `challenge` is signed by the user's key and encrypted to the server key (GET /auth/verify.json); its plaintext is flat JSON `{version:"1.0.0", domain, verify_token, verify_token_expiry}`. The answer's `challenge` is encrypted to the user and signed by the server; its plaintext is `{version, domain, access_token, refresh_token, verify_token}`, plus `providers: ["totp"]` when the user must give a second factor (POST /mfa/verify/totp.json with the bearer). Failed attempts are counted per client address and per user id: past the limit every attempt answers 429 until the window ends.
     */
    post: operations["loginJwt"];
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
    post: operations["logoutJwt"];
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
     * @description Body `{user_id, refresh_token}`, or no body and the `refresh_token` cookie (then X-CSRF-Token is required). The refresh token is consumed; the new one comes only in `Set-Cookie: refresh_token`. Presenting a consumed token revokes every refresh token of the user. A `passbolt_mfa` cookie bound to the previous access token is bound to the new one and sent again. Failed attempts are counted per client address and per user id: past the limit every attempt answers 429 until the window ends.
     */
    post: operations["refreshJwt"];
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
    get: operations["getJwtPublicKey"];
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
     * @description One action for both URLs; the stage follows from the fields: `server_verify_token` → stage 0, `keyid` alone → stage 1, `user_token_result` → stage 2. Stages 0 and 1 answer **HTTP 200 with an error envelope** (empty body) and carry their result in X-GPGAuth-* headers; stage 2 answers the user and sets the `passbolt_session` and `csrfToken` cookies. CSRF is not checked. Stage 1 or 2 over a live session answers 409. Failed attempts are counted per client address and per key fingerprint: past the limit every attempt answers 429 until the window ends.
     */
    post: operations["loginGpgAuth"];
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
    get: operations["logout"];
    put?: never;
    /**
     * Log out (end the session)
     * @description Ends the cookie session and expires the `passbolt_session` and `csrfToken` cookies. Allowed without a session. A POST with a session needs X-CSRF-Token. With a JWT bearer: 400.
     */
    post: operations["logoutViaPost"];
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
    get: operations["getServerKey"];
    put?: never;
    /**
     * GpgAuth stage 0: verify the server key
     * @description One action for both URLs; the stage follows from the fields: `server_verify_token` → stage 0, `keyid` alone → stage 1, `user_token_result` → stage 2. Stages 0 and 1 answer **HTTP 200 with an error envelope** (empty body) and carry their result in X-GPGAuth-* headers; stage 2 answers the user and sets the `passbolt_session` and `csrfToken` cookies. CSRF is not checked. Stage 1 or 2 over a live session answers 409. Failed attempts are counted per client address and per key fingerprint: past the limit every attempt answers 429 until the window ends.
     */
    post: operations["verifyServer"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/comments/{id}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Edit a comment
     * @description Only its author may (403 for anyone else who can read the resource); 404 when the caller cannot read the resource it belongs to.
     */
    put: operations["updateComment"];
    post?: never;
    /**
     * Delete a comment
     * @description Only its author may; anyone else gets 404, as Passbolt answers. Replies to it stay, at the top level.
     */
    delete: operations["deleteComment"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/comments/resource/{resourceId}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the comments of a resource
     * @description Threaded: replies nest under `children`; newest modified first at every level. Needs read access to the resource (404 otherwise).
     */
    get: operations["listResourceComments"];
    put?: never;
    /**
     * Comment on a resource
     * @description `content` is 1 to 255 characters; `parent_id` makes it a reply to a comment of the same resource (rule has_valid_parent_id). Needs read access to the resource (404 otherwise).
     */
    post: operations["addResourceComment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/export-policies/settings.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the export policies
     * @description Exports are KDBX files only (`allow_csv_format: false`).
     */
    get: operations["getExportPolicies"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/favorites/{id}.json": {
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
     * Unmark a favorite
     * @description Only the caller's own favorite: anyone else's answers 404, like one that does not exist.
     */
    delete: operations["deleteFavorite"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/favorites/resource/{resourceId}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark a resource as favorite
     * @description 404 when the resource does not exist, is deleted, or the caller cannot read it; 400 (user_id.favorite_unique) when it is already the caller's favorite.
     */
    post: operations["addFavorite"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/folders.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the folders the caller can reach
     * @description Folders with a permission for the caller, direct or through a group. `folder_parent_id` is the parent in the caller's own tree. Without `limit` the whole list comes back.
     */
    get: operations["listFolders"];
    put?: never;
    /**
     * Create a folder
     * @description The caller becomes its owner. With `folder_parent_id` it is placed under that folder in the caller's tree, which needs update (7) on it (400 folder_parent_id.folder_exists / has_folder_access).
     */
    post: operations["createFolder"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/folders/{id}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a folder
     * @description 404 when it does not exist or the caller has no permission on it.
     */
    get: operations["viewFolder"];
    /**
     * Rename a folder
     * @description Needs update (7): 404 without any permission, 403 read-only.
     */
    put: operations["updateFolder"];
    /**
     * Rename a folder
     * @description Needs update (7): 404 without any permission, 403 read-only.
     */
    post: operations["updateFolderViaPost"];
    /**
     * Delete a folder
     * @description Hard delete, needs update (7). Without `cascade` its content moves up to the folder's parent in each user's tree. With `cascade=1` the content the caller may update (sub-folders, walked down, and resources, soft-deleted) is deleted too; the rest moves up.
     */
    delete: operations["deleteFolder"];
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
    get: operations["listGpgkeys"];
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
    get: operations["viewGpgkey"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/groups.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List groups
     * @description Every non-deleted group, sorted by name (not paginated). Filters take user ids and keep the groups that have all of them as members (has-users) or managers (has-managers).
     */
    get: operations["listGroups"];
    put?: never;
    /**
     * Create a group (admin)
     * @description A name unique among non-deleted groups (name.group_unique) and active members, at least one of them a manager (groups_users.at_least_one_group_manager). A new group reaches no resource: no secret is sent.
     */
    post: operations["createGroup"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/groups/{id}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a group
     * @description 404 when it does not exist or is deleted.
     */
    get: operations["viewGroup"];
    /**
     * Update a group
     * @description A manager or an admin. In one transaction: the name (admins only; 403 otherwise), then the membership changes: add {user_id, is_admin} (managers only; 403 otherwise), update {id, is_admin}, remove {id, delete: true}; a manager must remain. Additions must carry exactly the secrets the dry run lists, each encrypted for the member's current key. Removed members lose the secrets of what they no longer reach. Legacy keys Group, GroupUsers[].GroupUser and Secrets[].Secret are read.
     */
    put: operations["updateGroup"];
    post?: never;
    /**
     * Delete a group
     * @description A manager or an admin. Refused (400, body {errors: {resources: {sole_owner: [...]}, folders: {sole_owner: []}}}) while the group holds the only owner permission of a resource somebody else can reach, unless transfer.owners promotes another permission of it. The group's permissions and memberships go, members lose the secrets of what they no longer reach, resources only the group reached are soft-deleted, and the group is marked deleted.
     */
    delete: operations["deleteGroup"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/groups/{id}/dry-run.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Which secrets a membership change needs
     * @description Only groups_users is read. Answers the secrets the update must carry (one per resource the group reaches that an added member does not, for that member) and the caller's own copy of each. Legacy keys Group, GroupUsers[].GroupUser and Secrets[].Secret are read.
     */
    put: operations["dryRunUpdateGroup"];
    post?: never;
    /**
     * Check that a group can be deleted
     * @description Runs the deletion and rolls it back. A manager or an admin. Refused (400, body {errors: {resources: {sole_owner: [...]}, folders: {sole_owner: []}}}) while the group holds the only owner permission of a resource somebody else can reach, unless transfer.owners promotes another permission of it. The group's permissions and memberships go, members lose the secrets of what they no longer reach, resources only the group reached are soft-deleted, and the group is marked deleted.
     */
    delete: operations["dryRunDeleteGroup"];
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
    get: operations["getHealthcheck"];
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
    get: operations["getStatus"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/metadata/keys/settings.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the metadata keys settings
     * @description Encrypted (v5) metadata is not offered yet. Personal keys are allowed, and the server is never given a copy of a metadata private key (`zero_knowledge_key_share: true`).
     */
    get: operations["getMetadataKeysSettings"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/metadata/setup/settings.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the metadata setup settings
     * @description The extension does not turn on encrypted metadata after the first administrator's setup.
     */
    get: operations["getMetadataSetupSettings"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/mfa/settings.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The second factors the organisation allows (admin)
     * @description TOTP is the only provider Watchword offers. Until saved: none.
     */
    get: operations["getMfaSettings"];
    /**
     * Allow TOTP for the organisation, or nothing (admin)
     * @description `{"providers": ["totp"]}` or `{"providers": {"totp": true}}`; `[]` allows none. `yubikey` and `duo` objects are accepted and ignored (the Passbolt admin page sends them); naming either as a provider is a 400. Once TOTP is allowed, /settings.json lists the multiFactorAuthentication plugin.
     */
    put: operations["saveMfaSettingsViaPut"];
    /**
     * Allow TOTP for the organisation, or nothing (admin)
     * @description `{"providers": ["totp"]}` or `{"providers": {"totp": true}}`; `[]` allows none. `yubikey` and `duo` objects are accepted and ignored (the Passbolt admin page sends them); naming either as a provider is a 400. Once TOTP is allowed, /settings.json lists the multiFactorAuthentication plugin.
     */
    post: operations["saveMfaSettings"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/mfa/setup/{id}.json": {
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
     * Reset a user's multi-factor authentication (admin, or the user)
     * @description Removes every provider of the user and deactivates their MFA tokens; the user and the administrators are told by mail when mail is on. 403 for another user's id without being an administrator; 400 for an unknown or deleted user. 200 with a message when nothing was set up.
     */
    delete: operations["resetUserMfa"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/mfa/setup/select.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which providers the organisation allows and the user has set up */
    get: operations["getMfaSetupSelection"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/mfa/setup/totp.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A provisioning URI with a new secret, or when TOTP was verified
     * @description Not set up: `otpProvisioningUri` (`otpauth://totp/<issuer:username>?issuer=<issuer>&secret=<base32>`, a new 32-byte secret on every call; nothing is stored). Set up: `verified`. 400 when the organisation does not allow TOTP.
     */
    get: operations["getTotpSetup"];
    put?: never;
    /**
     * Set up TOTP: the URI from GET and a code computed from it
     * @description The code is checked before anything is stored; the secret is stored encrypted. Sets the `passbolt_mfa` cookie for this session. 400: not allowed, already set up (remove it first), a URI this server would not have issued to the user (`isValidOtpProvisioningUri`), a wrong code (`isValidOtp`).
     */
    post: operations["setUpTotp"];
    /**
     * Remove the caller's TOTP
     * @description Removes the secret and deactivates the caller's MFA tokens. 200 also when nothing was set up.
     */
    delete: operations["removeTotp"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/mfa/verify/error.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Where the gate sends a client whose second factor is pending
     * @description Always 403 `MFA authentication is required.` with the providers and the URL to verify each (`mfa_providers` for the Android app, `providers.totp` for go-passbolt); expires the `passbolt_mfa` cookie. Every other route answers a caller whose TOTP is set up and not yet given with a 302 here (a browser navigation: to the form at /mfa/verify/totp).
     */
    get: operations["getMfaRequired"];
    /**
     * Where the gate sends a client whose second factor is pending
     * @description Always 403 `MFA authentication is required.` with the providers and the URL to verify each (`mfa_providers` for the Android app, `providers.totp` for go-passbolt); expires the `passbolt_mfa` cookie. Every other route answers a caller whose TOTP is set up and not yet given with a 302 here (a browser navigation: to the form at /mfa/verify/totp).
     */
    put: operations["getMfaRequiredViaPut"];
    /**
     * Where the gate sends a client whose second factor is pending
     * @description Always 403 `MFA authentication is required.` with the providers and the URL to verify each (`mfa_providers` for the Android app, `providers.totp` for go-passbolt); expires the `passbolt_mfa` cookie. Every other route answers a caller whose TOTP is set up and not yet given with a 302 here (a browser navigation: to the form at /mfa/verify/totp).
     */
    post: operations["getMfaRequiredViaPost"];
    /**
     * Where the gate sends a client whose second factor is pending
     * @description Always 403 `MFA authentication is required.` with the providers and the URL to verify each (`mfa_providers` for the Android app, `providers.totp` for go-passbolt); expires the `passbolt_mfa` cookie. Every other route answers a caller whose TOTP is set up and not yet given with a 302 here (a browser navigation: to the form at /mfa/verify/totp).
     */
    delete: operations["getMfaRequiredViaDelete"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/mfa/verify/totp.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Is a TOTP code expected from the caller?
     * @description 200 while the second factor is pending; 400 when there is nothing to verify (no setup, TOTP not allowed, or a valid `passbolt_mfa` cookie came with the request). A browser asking for HTML (no `.json`) gets the verification form instead.
     */
    get: operations["checkTotpVerification"];
    put?: never;
    /**
     * Give the TOTP code after login
     * @description `remember` (true, 1 or "1") keeps the browser trusted for 30 days; otherwise the `passbolt_mfa` cookie is valid for this session (JWT: this access token, renewed on refresh). A code is accepted once. A wrong or reused code is a 400 naming `isValidOtp`; past MFA_MAX_FAILED_ATTEMPTS the session ends (JWT: the refresh tokens are revoked) and the 400 says so.
     */
    post: operations["verifyTotp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/move/folder/{id}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Move a folder in the caller's own folder tree
     * @description Only the caller's tree changes. 404 when the item is not reachable. `folder_parent_id` null is the root; otherwise a folder the caller can reach (400 folder_parent_id.folder_exists) with update (403). Taking an item out of a shared folder needs update on the item (403). A folder cannot go into itself or a descendant (400 folder_parent_id.cycle).
     */
    put: operations["moveFolder"];
    /**
     * Move a folder in the caller's own folder tree
     * @description Only the caller's tree changes. 404 when the item is not reachable. `folder_parent_id` null is the root; otherwise a folder the caller can reach (400 folder_parent_id.folder_exists) with update (403). Taking an item out of a shared folder needs update on the item (403). A folder cannot go into itself or a descendant (400 folder_parent_id.cycle).
     */
    post: operations["moveFolderViaPost"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/move/resource/{id}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Move a resource in the caller's own folder tree
     * @description Only the caller's tree changes. 404 when the item is not reachable. `folder_parent_id` null is the root; otherwise a folder the caller can reach (400 folder_parent_id.folder_exists) with update (403). Taking an item out of a shared folder needs update on the item (403). A folder cannot go into itself or a descendant (400 folder_parent_id.cycle).
     */
    put: operations["moveResource"];
    /**
     * Move a resource in the caller's own folder tree
     * @description Only the caller's tree changes. 404 when the item is not reachable. `folder_parent_id` null is the root; otherwise a folder the caller can reach (400 folder_parent_id.folder_exists) with update (403). Taking an item out of a shared folder needs update on the item (403). A folder cannot go into itself or a descendant (400 folder_parent_id.cycle).
     */
    post: operations["moveResourceViaPost"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/password-expiry/settings.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the password expiry settings
     * @description Without saved settings: `{automatic_expiry: false, automatic_update: false}`.
     */
    get: operations["getPasswordExpirySettings"];
    /**
     * Save the password expiry settings (PUT)
     * @description Administrators only. With `automatic_expiry`, a resource is marked expired when someone who had its secret loses access to it.
     */
    put: operations["savePasswordExpirySettingsViaPut"];
    /**
     * Save the password expiry settings
     * @description Administrators only. With `automatic_expiry`, a resource is marked expired when someone who had its secret loses access to it.
     */
    post: operations["savePasswordExpirySettings"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/password-expiry/settings/{id}.json": {
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
     * Delete the password expiry settings
     * @description Administrators only; 404 unless `id` is the id of the saved settings. The defaults apply again.
     */
    delete: operations["deletePasswordExpirySettings"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/password-generator/settings.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the password generator policies (legacy path)
     * @description The same answer as `/password-policies/settings.json`, for clients that still ask here.
     */
    get: operations["getPasswordGeneratorSettingsLegacy"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/password-policies/settings.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the password generator policies
     * @description Passbolt's defaults: 18-character passwords of every character class, or 9-word passphrases.
     */
    get: operations["getPasswordPolicies"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/permissions/resource/{resourceId}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the permissions of a resource
     * @description Every permission row of a resource the caller can read (directly or through a group), owners first. 404 when it does not exist, is deleted, or the caller has no permission on it.
     */
    get: operations["listResourcePermissions"];
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
    get: operations["listResourceTypes"];
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
    get: operations["viewResourceType"];
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
    get: operations["listResources"];
    put?: never;
    /**
     * Create a resource
     * @description The caller becomes its owner; exactly one secret, for the caller, encrypted for their current key (rules: maxSize, ascii, isValidOpenPGPMessage, isAsymmetric, hasNoHiddenRecipient, isEncryptedForRecipient).
     */
    post: operations["createResource"];
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
    get: operations["viewResource"];
    /**
     * Update a resource
     * @description Needs update (7): 404 without any permission, 403 read-only. With `secrets`: exactly one per user with access, each encrypted for that user's current key; they replace the old ones.
     */
    put: operations["updateResource"];
    post?: never;
    /**
     * Delete a resource
     * @description Soft delete (needs update 7): the row is kept, its secrets, permissions and favorites are removed.
     */
    delete: operations["deleteResource"];
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
    get: operations["listRoles"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/secret-revisions/settings.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the secret revisions settings
     * @description Only the current secret is kept (`max_revisions: 1`): clients show no history.
     */
    get: operations["getSecretRevisionsSettings"];
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
    get: operations["viewSecret"];
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
    get: operations["getSettings"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/settings/emails/notifications.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the e-mail notification settings
     * @description Administrators only. Passbolt's flat switches: `send_*` choose the events that send mail, `show_*` what a mail may say about a password (off by default). `show_secret` is never honoured: Watchword mails no ciphertext. Mail is sent only when the server has SMTP_URL.
     */
    get: operations["getEmailNotificationSettings"];
    put?: never;
    /**
     * Change e-mail notification settings
     * @description Administrators only. Any subset of the switches, merged into the current settings; unknown keys are ignored. Answers the whole set.
     */
    post: operations["saveEmailNotificationSettings"];
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
     * @description No session and no CSRF token: the setup token authorises the call. The key must pass the rules of crypto/keyRules.ts; a refused key answers 400 with `gpgkey.armored_key.<rule>` and nothing is written. Refused tokens are counted per client address and per user id: past the limit every attempt answers 429 until the window ends.
     */
    put: operations["completeSetupViaPut"];
    /**
     * Complete the setup: store the public key and activate the user
     * @description No session and no CSRF token: the setup token authorises the call. The key must pass the rules of crypto/keyRules.ts; a refused key answers 400 with `gpgkey.armored_key.<rule>` and nothing is written. Refused tokens are counted per client address and per user id: past the limit every attempt answers 429 until the window ends.
     */
    post: operations["completeSetup"];
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
     * @description The link printed by `watchword register-user` (or made by POST /users.json). 400 when the user is active, deleted or disabled, or when the token is unknown, used or expired. Refused tokens are counted per client address and per user id: past the limit every attempt answers 429 until the window ends.
     */
    get: operations["startSetupLegacy"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/setup/recover/{userId}/{token}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check an account recovery link (legacy path)
     * @description The link printed by `watchword setup-link` for an active user. 400 when the user is not active, deleted or disabled, or when the token is unknown, used, aborted or expired. Refused tokens are counted per client address and per user id (with the setup links): past the limit every attempt answers 429 until the window ends.
     */
    get: operations["startRecoveryLegacy"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/setup/recover/abort/{userId}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Abort an account recovery: the recovery link stops working
     * @description No session and no CSRF token: the recovery token authorises the call. 400 when the user is not active, deleted or disabled, or the token is missing, unknown, used, aborted or expired. Refused tokens are counted per client address and per user id (with the setup links): past the limit every attempt answers 429 until the window ends.
     */
    put: operations["abortRecoveryViaPut"];
    /**
     * Abort an account recovery: the recovery link stops working
     * @description No session and no CSRF token: the recovery token authorises the call. 400 when the user is not active, deleted or disabled, or the token is missing, unknown, used, aborted or expired. Refused tokens are counted per client address and per user id (with the setup links): past the limit every attempt answers 429 until the window ends.
     */
    post: operations["abortRecovery"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/setup/recover/complete/{userId}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Complete an account recovery: prove the key is the user's
     * @description No session and no CSRF token: the recovery token authorises the call. The body is the setup complete body; the key's fingerprint must be the one of the user's stored key, else 400 "The key provided does not belong to given user." with `gpgkey.armored_key.isUserKeyRule` (a key that does not parse: `isParsableArmoredKeyRule`; a private key: `isPublicKeyRule`). On success the token is used up and nothing else changes (the stored key stays); the extension then logs in with GpgAuth. Refused tokens are counted per client address and per user id (with the setup links): past the limit every attempt answers 429 until the window ends.
     */
    put: operations["completeRecoveryViaPut"];
    /**
     * Complete an account recovery: prove the key is the user's
     * @description No session and no CSRF token: the recovery token authorises the call. The body is the setup complete body; the key's fingerprint must be the one of the user's stored key, else 400 "The key provided does not belong to given user." with `gpgkey.armored_key.isUserKeyRule` (a key that does not parse: `isParsableArmoredKeyRule`; a private key: `isPublicKeyRule`). On success the token is used up and nothing else changes (the stored key stays); the extension then logs in with GpgAuth. Refused tokens are counted per client address and per user id (with the setup links): past the limit every attempt answers 429 until the window ends.
     */
    post: operations["completeRecovery"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/setup/recover/start/{userId}/{token}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check an account recovery link
     * @description The link printed by `watchword setup-link` for an active user. 400 when the user is not active, deleted or disabled, or when the token is unknown, used, aborted or expired. Refused tokens are counted per client address and per user id (with the setup links): past the limit every attempt answers 429 until the window ends.
     */
    get: operations["startRecovery"];
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
     * @description The link printed by `watchword register-user` (or made by POST /users.json). 400 when the user is active, deleted or disabled, or when the token is unknown, used or expired. Refused tokens are counted per client address and per user id: past the limit every attempt answers 429 until the window ends.
     */
    get: operations["startSetup"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/share/folder/{id}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Share a folder: change its permissions
     * @description Owner only (403 otherwise; 404 when the caller cannot see the folder). `permissions` are changes, as for a resource share (rules aro_exists, permission_unique, permissions.<i>.id.exists, at_least_one_owner); there are no secrets and the content is not shared. Users who gain access find the folder in their own tree under a parent other users chose and they can reach (the caller's first, then the most used, then the oldest), else at their root.
     */
    put: operations["shareFolder"];
    /**
     * Share a folder: change its permissions
     * @description Owner only (403 otherwise; 404 when the caller cannot see the folder). `permissions` are changes, as for a resource share (rules aro_exists, permission_unique, permissions.<i>.id.exists, at_least_one_owner); there are no secrets and the content is not shared. Users who gain access find the folder in their own tree under a parent other users chose and they can reach (the caller's first, then the most used, then the oldest), else at their root.
     */
    post: operations["shareFolderViaPost"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/share/resource/{resourceId}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Share a resource: change its permissions and add the secrets, in one transaction
     * @description Owner only (403 otherwise; 404 when the caller cannot see the resource). `permissions` are changes, applied in order: add (aro, aro_foreign_key, type), update (id, type), delete (id, delete: true). The added user must be active and not deleted, the group not deleted (aro_exists); one permission per user or group (permission_unique); at least one owner must remain (at_least_one_owner). `secrets`: one per user who gains access (directly or as a member of an added group), each encrypted for that user's current key (rules: maxSize, ascii, isValidOpenPGPMessage, isAsymmetric, hasNoHiddenRecipient, isEncryptedForRecipient), only for users who have access afterwards (has_resource_access). The secrets and favorites of users who lose access are removed. At the end the users holding a secret must be exactly the users with access (secrets.secrets_provided). Any failure changes nothing.
     */
    put: operations["shareResource"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/share/search-aros.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search the users and groups a resource can be shared with
     * @description Active users (with their profile) and non-deleted groups (with user_count), at most 25 of each, in one list sorted case-insensitively by username or group name. Users carry `username`, groups `name`.
     */
    get: operations["searchArosToShareWith"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/share/simulate/resource/{resourceId}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Simulate a share: which users would gain and lose access
     * @description The same steps as the share, in a transaction that is rolled back; nothing changes. Same rules on `permissions` (400 on the same keys); no secrets are needed. Clients encrypt the secret for the users in `added`.
     */
    post: operations["simulateShareResource"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/tags.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the tags the caller sees
     * @description The caller's personal tags and the shared tags on the resources they can reach, sorted by slug.
     */
    get: operations["listTags"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/tags/{id}.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Rename a tag
     * @description A personal tag is renamed for the caller only; it cannot become shared (400). A shared tag is renamed on every resource, and needs update rights on all of them (403 otherwise); it stays shared (400). Answers the tag with its new slug (and id). 404 for a tag the caller does not see.
     */
    put: operations["updateTag"];
    /**
     * Set the caller's tags on a resource
     * @description `tags` is the complete list: the caller's personal tags are added and removed to match, and so are shared tags, which needs update rights on the resource (400 tags.shared_tag_permission otherwise, as Passbolt). Other users' personal tags are untouched. Answers the tags the caller now sees on the resource. 404 when the caller cannot read it.
     */
    post: operations["setResourceTags"];
    /**
     * Delete a tag
     * @description A personal tag is taken off the caller's resources; a shared tag off every resource, which needs update rights on all of them (403 otherwise). 404 for a tag the caller does not see.
     */
    delete: operations["deleteTag"];
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
     * @description Deleted users and guests are never listed; non-admins see active users only. profile, gpgkey, groups_users and role are contained by default (`contain[x]=0` drops one). filter[has-groups] keeps the members of all the groups given; filter[has-access] the users who can reach one resource (which the caller must reach, else 403). Paginated: sort on Profiles.first_name, Profiles.last_name, Profiles.created, Profiles.modified, Users.username (default), Users.created, Users.modified, Users.last_logged_in.
     */
    get: operations["listUsers"];
    put?: never;
    /**
     * Create a user (admin)
     * @description Creates an inactive user with a profile and a single-use setup token. The user becomes active by completing the setup (/setup/complete/{userId}.json). role_id defaults to the user role.
     */
    post: operations["createUser"];
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
    get: operations["viewUser"];
    /**
     * Update a user
     * @description First and last name by the user or an admin; role_id and disabled by an admin only (403 otherwise; an admin cannot disable themselves). id and username may be sent back but cannot change; any other field (gpgkey, groups_users...) answers 400.
     */
    put: operations["updateUser"];
    /**
     * Update a user (POST alias of PUT)
     * @description First and last name by the user or an admin; role_id and disabled by an admin only (403 otherwise; an admin cannot disable themselves). id and username may be sent back but cannot change; any other field (gpgkey, groups_users...) answers 400.
     */
    post: operations["updateUserViaPost"];
    /**
     * Delete a user (admin)
     * @description Soft delete: the user's memberships, permissions, secrets and favorites go, groups where they were the only member are deleted, resources only they could reach are soft-deleted, their keys are marked deleted and their sessions and tokens end. An admin cannot delete themselves. A user who is the sole owner of resources others can reach, or the sole manager of a group with other members, cannot be deleted (400, body {errors: {resources: {sole_owner}, groups: {sole_manager}, folders: {sole_owner}}, groups_to_delete}) unless `transfer` promotes permissions (owners: {id: permission id, aco_foreign_key}) or memberships (managers: {id: groups_users id, group_id}) first.
     */
    delete: operations["deleteUser"];
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
     * @description Runs the deletion and rolls it back. An admin cannot delete themselves. A user who is the sole owner of resources others can reach, or the sole manager of a group with other members, cannot be deleted (400, body {errors: {resources: {sole_owner}, groups: {sole_manager}, folders: {sole_owner}}, groups_to_delete}) unless `transfer` promotes permissions (owners: {id: permission id, aco_foreign_key}) or memberships (managers: {id: groups_users id, group_id}) first.
     */
    delete: operations["dryRunDeleteUser"];
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
    get: operations["getMe"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/users/recover.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start an account recovery
     * @description With e-mail on (SMTP_URL), mails the user a recovery link (an active user; `case` is kept in the link) or a new setup link (a user who never finished setup); links already handed out keep working. Without e-mail nothing is issued: the server logs which user asked, and an administrator hands over a link made by `watchword setup-link --username EMAIL`. An unknown, deleted or disabled username gets the same answer (no enumeration). Every request counts against the client address and the username (setup throttle scope); past the limit the answer is 429.
     */
    post: operations["requestRecovery"];
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
    AbortRecoveryRequest: {
      authentication_token?: {
        /**
         * Format: uuid
         * @description The token of the recovery link
         */
        token: string;
      };
      /** @description Legacy spelling of authentication_token */
      authenticationtoken?: {
        /**
         * Format: uuid
         * @description The token of the recovery link
         */
        token: string;
      };
    } & {
      [key: string]: unknown;
    };
    AccountSetting: {
      /** Format: uuid */
      id?: string;
      /** Format: uuid */
      user_id?: string;
      /** Format: uuid */
      property_id?: string;
      /** @enum {string} */
      property: "theme" | "locale";
      value: string;
      /** Format: date-time */
      created?: string;
      /** Format: date-time */
      modified?: string;
    };
    Comment: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      parent_id: string | null;
      /** Format: uuid */
      foreign_key: string;
      /** @enum {string} */
      foreign_model: "Resource";
      content: string;
      /** Format: date-time */
      created: string;
      /** Format: date-time */
      modified: string;
      /** Format: uuid */
      created_by: string;
      /** Format: uuid */
      modified_by: string;
      /** Format: uuid */
      user_id: string;
      creator?: components["schemas"]["User"];
      modifier?: components["schemas"]["User"];
    };
    CompleteSetupRequest: {
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
    DeleteGroupRequest: {
      transfer?: {
        /** @description Permissions (by id) to promote to owner on the resources the group solely owns. */
        owners?: {
          /** Format: uuid */
          id: string;
          /** Format: uuid */
          aco_foreign_key: string;
        }[];
      };
    };
    DeleteUserRequest: {
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
    /** @description A user or group deletion refused (400): what it is the sole owner or manager of, to hand over with `transfer` first; for a user, also the groups that will be deleted with them (only member). */
    DeletionRefused: {
      errors: {
        resources?: {
          /** @description Resources, each with its permissions (users' profiles, groups). */
          sole_owner: {
            /** Format: uuid */
            id: string;
          }[];
        };
        groups?: {
          /** @description Groups, each with its memberships and members' profiles. */
          sole_manager: {
            /** Format: uuid */
            id: string;
          }[];
        };
        folders?: {
          /** @description Folders (always empty: folders are not supported yet). */
          sole_owner: {
            /** Format: uuid */
            id: string;
          }[];
        };
      };
      groups_to_delete?: Record<string, never>[];
    };
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
    ExportPolicies: {
      /** @description false: the extension exports KDBX files only. */
      allow_csv_format: boolean;
      /** @enum {string} */
      source: "default";
    };
    Favorite: {
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
    };
    Folder: {
      /** Format: uuid */
      id: string;
      name: string | null;
      /** Format: date-time */
      created: string;
      /** Format: date-time */
      modified: string;
      /** Format: uuid */
      created_by: string;
      /** Format: uuid */
      modified_by: string;
      /**
       * Format: uuid
       * @description The parent in the caller's own tree; null at the root.
       */
      folder_parent_id: string | null;
      /** @description True when exactly one user can reach the folder. */
      personal: boolean;
      creator?: components["schemas"]["User"];
      modifier?: components["schemas"]["User"];
      permission?: components["schemas"]["Permission"];
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
        user?: components["schemas"]["User"];
        group?: components["schemas"]["Group"];
      }[];
      /** @description In the caller's tree. */
      children_resources?: {
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
        /**
         * Format: uuid
         * @description The parent folder in the caller's own tree; null at the root.
         */
        folder_parent_id: string | null;
        /** @description True when exactly one user can reach the resource. */
        personal: boolean;
      }[];
      /** @description In the caller's tree. */
      children_folders?: {
        /** Format: uuid */
        id: string;
        name: string | null;
        /** Format: date-time */
        created: string;
        /** Format: date-time */
        modified: string;
        /** Format: uuid */
        created_by: string;
        /** Format: uuid */
        modified_by: string;
        /**
         * Format: uuid
         * @description The parent in the caller's own tree; null at the root.
         */
        folder_parent_id: string | null;
        /** @description True when exactly one user can reach the folder. */
        personal: boolean;
      }[];
    };
    GetEmailNotificationSettingsResponse: {
      send_user_create: boolean;
      send_user_recover: boolean;
      send_user_recoverComplete: boolean;
      send_admin_user_recover_complete: boolean;
      send_admin_user_recover_abort: boolean;
      send_admin_user_setup_completed: boolean;
      send_admin_user_disable_user: boolean;
      send_admin_user_disable_admin: boolean;
      send_password_create: boolean;
      send_password_update: boolean;
      send_password_delete: boolean;
      send_password_share: boolean;
      send_password_expire: boolean;
      send_comment_add: boolean;
      send_folder_create: boolean;
      send_folder_update: boolean;
      send_folder_delete: boolean;
      send_folder_share: boolean;
      send_group_delete: boolean;
      send_group_user_add: boolean;
      send_group_user_delete: boolean;
      send_group_user_update: boolean;
      send_group_manager_update: boolean;
      send_group_manager_requestAddUser: boolean;
      show_username: boolean;
      show_uri: boolean;
      show_description: boolean;
      show_comment: boolean;
      show_secret: boolean;
      purify_subject: boolean;
      /** @description Settings were saved (else the defaults apply). */
      sources_database: boolean;
      /** @description Always false: Watchword has no settings file. */
      sources_file: boolean;
    };
    GetMfaSettingsResponse: {
      providers: "totp"[];
    };
    /** @description Without saved settings: only the two flags, both false. */
    GetPasswordExpirySettingsResponse: {
      /** Format: uuid */
      id?: string;
      automatic_expiry: boolean;
      automatic_update: boolean;
      policy_override?: boolean;
      default_expiry_period?: number | null;
      expiry_notification?: number | null;
      /** Format: date-time */
      created?: string;
      /** Format: uuid */
      created_by?: string;
      /** Format: date-time */
      modified?: string;
      /** Format: uuid */
      modified_by?: string;
    };
    Gpgkey: {
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
    Group: {
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
    GroupUser: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      group_id: string;
      /** Format: uuid */
      user_id: string;
      is_admin: boolean;
      /** Format: date-time */
      created: string;
    };
    GroupUserWithUser: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      group_id: string;
      /** Format: uuid */
      user_id: string;
      is_admin: boolean;
      /** Format: date-time */
      created: string;
      user?: components["schemas"]["User"];
    };
    GroupWithContains: {
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
      /** @description contain[modifier]; with its profile for contain[modifier.profile] */
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
        profile?: components["schemas"]["Profile"];
        /** @description null until setup is completed */
        gpgkey?: components["schemas"]["Gpgkey"] | null;
        role?: components["schemas"]["Role"];
        groups_users?: components["schemas"]["GroupUser"][];
        /** @description With contain[is_mfa_enabled]=1, for administrators: the user set up a second factor */
        is_mfa_enabled?: boolean;
      };
      /** @description contain[my_group_user]: the caller's own membership, or null */
      my_group_user?: components["schemas"]["GroupUser"] | null;
      /** @description contain[users]: the members */
      users?: components["schemas"]["User"][];
      groups_users?: components["schemas"]["GroupUserWithUser"][];
    };
    LoginGpgAuthRequest: {
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
    MetadataKeysSettings: {
      allow_usage_of_personal_keys: boolean;
      /** @description true: the server is never given a copy of a metadata private key. */
      zero_knowledge_key_share: boolean;
    };
    MetadataSetupSettings: {
      enable_encrypted_metadata_on_install: boolean;
    };
    MoveFolderRequest: {
      /**
       * Format: uuid
       * @description The new parent in the caller's tree; null: the root.
       */
      folder_parent_id: string | null;
      id?: unknown;
      foreign_model?: unknown;
      foreign_id?: unknown;
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
    PasswordPolicies: {
      /** @enum {string} */
      default_generator: "password" | "passphrase";
      /** @enum {string} */
      source: "default";
      /** @description Clients check a new password against the Have I Been Pwned range API. */
      external_dictionary_check: boolean;
      password_generator_settings: {
        length: number;
        min_length: number;
        max_length: number;
        mask_upper: boolean;
        mask_lower: boolean;
        mask_digit: boolean;
        mask_parenthesis: boolean;
        mask_emoji: boolean;
        mask_char1: boolean;
        mask_char2: boolean;
        mask_char3: boolean;
        mask_char4: boolean;
        mask_char5: boolean;
        exclude_look_alike_chars: boolean;
      };
      passphrase_generator_settings: {
        words: number;
        min_words: number;
        max_words: number;
        word_separator: string;
        /** @enum {string} */
        word_case: "lowercase" | "uppercase" | "camelcase";
      };
    };
    Permission: {
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
    PermissionWithAro: {
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
      user?: components["schemas"]["User"];
      group?: components["schemas"]["Group"];
    };
    Profile: {
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
    Resource: {
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
      /**
       * Format: uuid
       * @description The parent folder in the caller's own tree; null at the root.
       */
      folder_parent_id: string | null;
      /** @description True when exactly one user can reach the resource. */
      personal: boolean;
      creator?: components["schemas"]["User"];
      modifier?: components["schemas"]["User"];
      favorite?: components["schemas"]["Favorite"] | null;
      /** @description Only the caller's own secret. */
      secrets?: components["schemas"]["Secret"][];
      resource_type?: components["schemas"]["ResourceType"];
      permission?: components["schemas"]["Permission"];
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
        user?: components["schemas"]["User"];
        group?: components["schemas"]["Group"];
      }[];
      /** @description My personal tags and the shared tags, by slug. */
      tags?: components["schemas"]["Tag"][];
    };
    ResourceType: {
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
    Role: {
      /** Format: uuid */
      id: string;
      name: string;
      description: string | null;
      /** Format: date-time */
      created: string;
      /** Format: date-time */
      modified: string;
    };
    SaveMfaSettingsRequest: {
      /** @description `["totp"]` or `{"totp": true}`; an empty list allows none */
      providers: string[] | Record<string, never>;
      yubikey?: Record<string, never>;
      duo?: Record<string, never>;
    };
    SavePasswordExpirySettingsRequest: {
      /** @description Mark a resource expired when a user who had its secret loses access. */
      automatic_expiry: boolean;
      /** @description Clear the expiry when the secret is changed (clients apply it). */
      automatic_update: boolean;
      policy_override?: boolean;
      default_expiry_period?: number | null;
      expiry_notification?: number | null;
      id?: unknown;
      created?: unknown;
      created_by?: unknown;
      modified?: unknown;
      modified_by?: unknown;
    };
    Secret: {
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
    SecretRevisionsSettings: {
      /** @description 1: only the current secret is kept. */
      max_revisions: number;
      allow_sharing_revisions: boolean;
    };
    ShareFolderRequest: {
      /** @description Changes, applied in order; not the full list. */
      permissions: {
        /**
         * Format: uuid
         * @description An existing permission of this resource: update or delete it.
         */
        id?: string;
        /**
         * @description Ignored: the folder is the one in the path.
         * @enum {string}
         */
        aco?: "Folder";
        /**
         * Format: uuid
         * @description Ignored: the resource is the one in the path.
         */
        aco_foreign_key?: string;
        /** @enum {string} */
        aro?: "User" | "Group";
        /** Format: uuid */
        aro_foreign_key?: string;
        /**
         * @description 1 read, 7 update, 15 owner
         * @enum {integer}
         */
        type?: 1 | 7 | 15;
        /** @description With id: remove this permission. */
        delete?: boolean;
        created?: unknown;
        modified?: unknown;
        is_new?: unknown;
      }[];
      /** @description Accepted and ignored. */
      name?: unknown;
      /** @description Accepted and ignored. */
      folder_parent_id?: unknown;
    };
    StartSetupResponse: {
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
        profile: components["schemas"]["Profile"];
        /** @description null until setup is completed */
        gpgkey?: components["schemas"]["Gpgkey"] | null;
        role: components["schemas"]["Role"];
        groups_users?: components["schemas"]["GroupUser"][];
        /** @description With contain[is_mfa_enabled]=1, for administrators: the user set up a second factor */
        is_mfa_enabled?: boolean;
      };
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
    Tag: {
      /** Format: uuid */
      id: string;
      slug: string;
      /** @description True for a shared tag (its slug starts with "#"). */
      is_shared: boolean;
    };
    ThreadedComment: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      parent_id: string | null;
      /** Format: uuid */
      foreign_key: string;
      /** @enum {string} */
      foreign_model: "Resource";
      content: string;
      /** Format: date-time */
      created: string;
      /** Format: date-time */
      modified: string;
      /** Format: uuid */
      created_by: string;
      /** Format: uuid */
      modified_by: string;
      /** Format: uuid */
      user_id: string;
      creator?: components["schemas"]["User"];
      modifier?: components["schemas"]["User"];
      /** @example [] */
      children: components["schemas"]["ThreadedComment"][];
    };
    UpdateFolderRequest: {
      id?: unknown;
      created?: unknown;
      modified?: unknown;
      created_by?: unknown;
      modified_by?: unknown;
      personal?: unknown;
      creator?: unknown;
      modifier?: unknown;
      permission?: unknown;
      permissions?: unknown;
      children_resources?: unknown;
      children_folders?: unknown;
      name: string;
      /** @description Ignored: moves use /move/folder/{id}. */
      folder_parent_id?: unknown;
    };
    UpdateGroupRequest: {
      /** Format: uuid */
      id?: string;
      deleted?: unknown;
      created?: unknown;
      modified?: unknown;
      created_by?: unknown;
      modified_by?: unknown;
      modifier?: unknown;
      my_group_user?: unknown;
      /** @description Applied by an administrator only (403 for anybody else). */
      name?: string;
      groups_users?: {
        /**
         * Format: uuid
         * @description groups_users id (update, delete)
         */
        id?: string;
        /**
         * Format: uuid
         * @description the user to add
         */
        user_id?: string;
        is_admin?: boolean;
        delete?: boolean;
      }[];
      /** @description One per resource the group reaches that an added member does not reach yet, for that member. */
      secrets?: {
        /** Format: uuid */
        resource_id: string;
        /**
         * Format: uuid
         * @description the added member
         */
        user_id: string;
        /** @description encrypted for the added member's current key */
        data: string;
      }[];
      /** @description Legacy v1 form of `name`. */
      Group?: {
        name?: string;
      };
      /** @description Legacy v1 form of `groups_users`. */
      GroupUsers?: {
        GroupUser: {
          /**
           * Format: uuid
           * @description groups_users id (update, delete)
           */
          id?: string;
          /**
           * Format: uuid
           * @description the user to add
           */
          user_id?: string;
          is_admin?: boolean;
          delete?: boolean;
        };
      }[];
      /** @description Legacy v1 form of `secrets`. */
      Secrets?: {
        Secret: {
          /** Format: uuid */
          resource_id: string;
          /**
           * Format: uuid
           * @description the added member
           */
          user_id: string;
          /** @description encrypted for the added member's current key */
          data: string;
        };
      }[];
    };
    UpdateUserRequest: {
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
    User: {
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
      profile?: components["schemas"]["Profile"];
      /** @description null until setup is completed */
      gpgkey?: components["schemas"]["Gpgkey"] | null;
      role?: components["schemas"]["Role"];
      groups_users?: components["schemas"]["GroupUser"][];
      /** @description With contain[is_mfa_enabled]=1, for administrators: the user set up a second factor */
      is_mfa_enabled?: boolean;
    };
    /** @description A 400: `body` is the ValidationErrors tree when the input did not validate, the DeletionRefused lists when a user or group cannot be deleted yet, otherwise empty. */
    ValidationErrorEnvelope: {
      header: components["schemas"]["ErrorHeader"];
      body: components["schemas"]["ValidationErrors"] | components["schemas"]["DeletionRefused"] | "";
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
    /** @description Too many failed attempts from this client address or for this account (login, token refresh, setup links): every attempt, a correct one too, is refused until the window ends. Wait Retry-After seconds. */
    TooManyRequests: {
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
         *         "message": "Too many requests, try again later.",
         *         "url": "/resources/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
         *         "code": 429
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
    /** @description Include children_folders. */
    ContainChildrenFolders: string;
    /** @description Include children_resources. */
    ContainChildrenResources: string;
    /** @description Include creator.profile. */
    ContainCreatorProfile: string;
    /** @description Include favorite. */
    ContainFavorite: string;
    /** @description Include groups_users.user. */
    ContainGroupsUsersUser: string;
    /** @description Include groups_users.user.gpgkey. */
    ContainGroupsUsersUserGpgkey: string;
    /** @description Include groups_users.user.profile. */
    ContainGroupsUsersUserProfile: string;
    /** @description Deprecated spelling of contain[groups_users]. */
    ContainGroupUser: string;
    /** @description Deprecated spelling of contain[groups_users.user]. */
    ContainGroupUserUser: string;
    /** @description Deprecated spelling of contain[groups_users.user.gpgkey]. */
    ContainGroupUserUserGpgkey: string;
    /** @description Deprecated spelling of contain[groups_users.user.profile]. */
    ContainGroupUserUserProfile: string;
    /** @description Accepted for compatibility: last_logged_in is always returned. */
    ContainLastLoggedIn: string;
    /** @description Include modifier.profile. */
    ContainModifierProfile: string;
    /** @description Include my_group_user. */
    ContainMyGroupUser: string;
    /** @description Include permission. */
    ContainPermission: string;
    /** @description Include permissions. */
    ContainPermissions: string;
    /** @description Include permissions.group. */
    ContainPermissionsGroup: string;
    /** @description Include permissions.user.profile. */
    ContainPermissionsUserProfile: string;
    /** @description Include resource-type. */
    ContainResourceType: string;
    /** @description Include secret. */
    ContainSecret: string;
    /** @description Include tag. */
    ContainTag: string;
    /** @description Include users. */
    ContainUsers: string;
    /** @description Cookie sessions only: must equal the `csrfToken` cookie on POST, PUT and DELETE (else 403). Not used with a bearer token. */
    CsrfToken: string;
    /** @description Legacy form of filter[search] */
    FilterKeywords: string;
    /** @description Array form of filter[search]; the first entry is used */
    FilterSearch: string;
  };
  requestBodies: never;
  headers: {
    /** @description Seconds to wait before trying again. */
    RetryAfter: string;
    /** @description The id of this request, in the server log too: the client's or proxy's own `X-Request-Id` when it sent one of 1-128 letters, digits and `._:-`, otherwise `header.id`. */
    XRequestId: string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listAccountSettings: {
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
           *         "action": "9b473b19-0e3e-5efb-be19-8a1719843762",
           *         "message": "The operation was successful.",
           *         "url": "/account/settings.json",
           *         "code": 200
           *       },
           *       "body": [
           *         {
           *           "property": "theme",
           *           "value": "string"
           *         }
           *       ]
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["AccountSetting"][];
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
  listFolderActivity: {
    parameters: {
      query?: {
        /** @description Page number, from 1 (a page past the end is empty) */
        page?: string;
        /** @description Entries per page (default 5, at most 20) */
        limit?: string;
        /** @description Only ActionLogs.created */
        sort?: "ActionLogs.created";
        /** @description desc (default: newest first) or asc */
        direction?: string;
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path: {
        folderId: string;
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
           *         "action": "7f6e3578-fcc7-590e-afc0-7937308cac94",
           *         "message": "The operation was successful.",
           *         "url": "/actionlog/folder/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200,
           *         "pagination": {
           *           "count": 1,
           *           "page": 1,
           *           "limit": null
           *         }
           *       },
           *       "body": [
           *         {
           *           "id": "8a3e1c6b-2f4d-5a7e-9b1c-3d5e7f9a1b2c",
           *           "action_log_id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *           "type": "Folders.created",
           *           "data": {
           *             "folder": {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "name": "Ops"
           *             }
           *           },
           *           "creator": {
           *             "id": "f848277c-5398-58f8-a82a-72397af2d450",
           *             "role_id": "a58de6d3-f52c-5080-b79b-a601a647ac85",
           *             "username": "ada@example.com",
           *             "active": true,
           *             "deleted": false,
           *             "disabled": null,
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00",
           *             "last_logged_in": null,
           *             "profile": {
           *               "id": "70726f66-5398-58f8-a82a-72397af2d450",
           *               "user_id": "f848277c-5398-58f8-a82a-72397af2d450",
           *               "first_name": "Ada",
           *               "last_name": "Lovelace",
           *               "created": "2024-07-08T08:06:25+00:00",
           *               "modified": "2024-07-08T08:06:25+00:00",
           *               "avatar": {
           *                 "url": {
           *                   "medium": "https://vault.example.com/img/avatar/user_medium.png",
           *                   "small": "https://vault.example.com/img/avatar/user.png"
           *                 }
           *               }
           *             }
           *           },
           *           "created": "2024-07-08T08:06:25+00:00"
           *         }
           *       ]
           *     }
           */
          "application/json": {
            header: components["schemas"]["PaginatedSuccessHeader"];
            body: {
              /** Format: uuid */
              id: string;
              /**
               * Format: uuid
               * @description The request that made the change.
               */
              action_log_id: string;
              /** @enum {string} */
              type: "Folders.created" | "Folders.updated" | "Folders.deleted" | "Permissions.updated";
              data: {
                folder: {
                  /** Format: uuid */
                  id: string;
                  name: string | null;
                };
                permissions?: {
                  added: {
                    /** Format: uuid */
                    id: string | null;
                    /** @enum {string} */
                    aco: "Resource" | "Folder";
                    /** Format: uuid */
                    aco_foreign_key: string;
                    /** @enum {string} */
                    aro: "User" | "Group";
                    /** Format: uuid */
                    aro_foreign_key: string;
                    /** @enum {integer} */
                    type: 1 | 7 | 15;
                    user: components["schemas"]["User"] | null;
                    group: {
                      /** Format: uuid */
                      id: string;
                      name: string | null;
                    } | null;
                  }[];
                  updated: {
                    /** Format: uuid */
                    id: string | null;
                    /** @enum {string} */
                    aco: "Resource" | "Folder";
                    /** Format: uuid */
                    aco_foreign_key: string;
                    /** @enum {string} */
                    aro: "User" | "Group";
                    /** Format: uuid */
                    aro_foreign_key: string;
                    /** @enum {integer} */
                    type: 1 | 7 | 15;
                    user: components["schemas"]["User"] | null;
                    group: {
                      /** Format: uuid */
                      id: string;
                      name: string | null;
                    } | null;
                  }[];
                  removed: {
                    /** Format: uuid */
                    id: string | null;
                    /** @enum {string} */
                    aco: "Resource" | "Folder";
                    /** Format: uuid */
                    aco_foreign_key: string;
                    /** @enum {string} */
                    aro: "User" | "Group";
                    /** Format: uuid */
                    aro_foreign_key: string;
                    /** @enum {integer} */
                    type: 1 | 7 | 15;
                    user: components["schemas"]["User"] | null;
                    group: {
                      /** Format: uuid */
                      id: string;
                      name: string | null;
                    } | null;
                  }[];
                };
              };
              creator: components["schemas"]["User"] | null;
              /** Format: date-time */
              created: string;
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
  listResourceActivity: {
    parameters: {
      query?: {
        /** @description Page number, from 1 (a page past the end is empty) */
        page?: string;
        /** @description Entries per page (default 5, at most 20) */
        limit?: string;
        /** @description Only ActionLogs.created */
        sort?: "ActionLogs.created";
        /** @description desc (default: newest first) or asc */
        direction?: string;
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
           *         "action": "eb53befb-c89c-5bea-99a8-0376f8dedc59",
           *         "message": "The operation was successful.",
           *         "url": "/actionlog/resource/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200,
           *         "pagination": {
           *           "count": 1,
           *           "page": 1,
           *           "limit": null
           *         }
           *       },
           *       "body": [
           *         {
           *           "id": "8a3e1c6b-2f4d-5a7e-9b1c-3d5e7f9a1b2c",
           *           "action_log_id": "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
           *           "type": "Resources.created",
           *           "data": {
           *             "resource": {
           *               "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *               "name": "GitHub"
           *             }
           *           },
           *           "creator": {
           *             "id": "f848277c-5398-58f8-a82a-72397af2d450",
           *             "role_id": "a58de6d3-f52c-5080-b79b-a601a647ac85",
           *             "username": "ada@example.com",
           *             "active": true,
           *             "deleted": false,
           *             "disabled": null,
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00",
           *             "last_logged_in": null,
           *             "profile": {
           *               "id": "70726f66-5398-58f8-a82a-72397af2d450",
           *               "user_id": "f848277c-5398-58f8-a82a-72397af2d450",
           *               "first_name": "Ada",
           *               "last_name": "Lovelace",
           *               "created": "2024-07-08T08:06:25+00:00",
           *               "modified": "2024-07-08T08:06:25+00:00",
           *               "avatar": {
           *                 "url": {
           *                   "medium": "https://vault.example.com/img/avatar/user_medium.png",
           *                   "small": "https://vault.example.com/img/avatar/user.png"
           *                 }
           *               }
           *             }
           *           },
           *           "created": "2024-07-08T08:06:25+00:00"
           *         }
           *       ]
           *     }
           */
          "application/json": {
            header: components["schemas"]["PaginatedSuccessHeader"];
            body: {
              /** Format: uuid */
              id: string;
              /**
               * Format: uuid
               * @description The request that made the change.
               */
              action_log_id: string;
              /** @enum {string} */
              type:
                | "Resources.created"
                | "Resources.updated"
                | "Resources.deleted"
                | "Permissions.updated"
                | "Resource.Secrets.read"
                | "Resource.Secrets.updated";
              data: {
                resource: {
                  /** Format: uuid */
                  id: string;
                  name: string | null;
                };
                permissions?: {
                  added: {
                    /** Format: uuid */
                    id: string | null;
                    /** @enum {string} */
                    aco: "Resource" | "Folder";
                    /** Format: uuid */
                    aco_foreign_key: string;
                    /** @enum {string} */
                    aro: "User" | "Group";
                    /** Format: uuid */
                    aro_foreign_key: string;
                    /** @enum {integer} */
                    type: 1 | 7 | 15;
                    user: components["schemas"]["User"] | null;
                    group: {
                      /** Format: uuid */
                      id: string;
                      name: string | null;
                    } | null;
                  }[];
                  updated: {
                    /** Format: uuid */
                    id: string | null;
                    /** @enum {string} */
                    aco: "Resource" | "Folder";
                    /** Format: uuid */
                    aco_foreign_key: string;
                    /** @enum {string} */
                    aro: "User" | "Group";
                    /** Format: uuid */
                    aro_foreign_key: string;
                    /** @enum {integer} */
                    type: 1 | 7 | 15;
                    user: components["schemas"]["User"] | null;
                    group: {
                      /** Format: uuid */
                      id: string;
                      name: string | null;
                    } | null;
                  }[];
                  removed: {
                    /** Format: uuid */
                    id: string | null;
                    /** @enum {string} */
                    aco: "Resource" | "Folder";
                    /** Format: uuid */
                    aco_foreign_key: string;
                    /** @enum {string} */
                    aro: "User" | "Group";
                    /** Format: uuid */
                    aro_foreign_key: string;
                    /** @enum {integer} */
                    type: 1 | 7 | 15;
                    user: components["schemas"]["User"] | null;
                    group: {
                      /** Format: uuid */
                      id: string;
                      name: string | null;
                    } | null;
                  }[];
                };
                secrets?: {
                  /** Format: uuid */
                  user_id: string | null;
                  user: components["schemas"]["User"] | null;
                }[];
              };
              creator: components["schemas"]["User"] | null;
              /** Format: date-time */
              created: string;
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
  checkAuthenticated: {
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
  loginJwt: {
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
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  logoutJwt: {
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
  refreshJwt: {
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
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getJwtPublicKey: {
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
  loginGpgAuth: {
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
        "application/json": components["schemas"]["LoginGpgAuthRequest"];
        "multipart/form-data": components["schemas"]["LoginGpgAuthRequest"];
        "application/x-www-form-urlencoded": components["schemas"]["LoginGpgAuthRequest"];
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
           *         "last_logged_in": "2024-07-08T08:06:25+00:00"
           *       }
           *     }
           */
          "application/json":
            | {
                header: components["schemas"]["SuccessHeader"];
                body: components["schemas"]["User"];
              }
            | components["schemas"]["ErrorEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  logout: {
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
  logoutViaPost: {
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
  getServerKey: {
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
  verifyServer: {
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
        "application/json": components["schemas"]["LoginGpgAuthRequest"];
        "multipart/form-data": components["schemas"]["LoginGpgAuthRequest"];
        "application/x-www-form-urlencoded": components["schemas"]["LoginGpgAuthRequest"];
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
           *         "last_logged_in": "2024-07-08T08:06:25+00:00"
           *       }
           *     }
           */
          "application/json":
            | {
                header: components["schemas"]["SuccessHeader"];
                body: components["schemas"]["User"];
              }
            | components["schemas"]["ErrorEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      413: components["responses"]["PayloadTooLarge"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateComment: {
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
         *       "content": "Rotated again."
         *     }
         */
        "application/json": {
          content: string;
          parent_id?: unknown;
          id?: unknown;
          foreign_key?: unknown;
          foreign_model?: unknown;
          user_id?: unknown;
          created?: unknown;
          modified?: unknown;
          created_by?: unknown;
          modified_by?: unknown;
          creator?: unknown;
          modifier?: unknown;
          children?: unknown;
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
           *         "action": "fe1b0159-c474-5341-bc0b-eabb12b04b4e",
           *         "message": "The operation was successful.",
           *         "url": "/comments/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "parent_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "foreign_model": "Resource",
           *         "content": "string",
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00",
           *         "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a"
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["Comment"];
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
  deleteComment: {
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
           *         "action": "022607b6-08a4-574c-8752-1ffb229680a1",
           *         "message": "The operation was successful.",
           *         "url": "/comments/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
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
  listResourceComments: {
    parameters: {
      query?: {
        /** @description Include the creator and their profile. */
        "contain[creator]"?: string;
        /** @description Include the modifier and their profile. */
        "contain[modifier]"?: string;
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
           *         "action": "69692f38-cbbc-53c7-a44d-68164b57a091",
           *         "message": "The operation was successful.",
           *         "url": "/comments/resource/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": [
           *         {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "parent_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "foreign_model": "Resource",
           *           "content": "string",
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "children": []
           *         }
           *       ]
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["ThreadedComment"][];
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
  addResourceComment: {
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
        resourceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "content": "Rotated after the audit.",
         *       "parent_id": null
         *     }
         */
        "application/json": {
          content: string;
          /**
           * Format: uuid
           * @description Reply to this comment (of the same resource).
           */
          parent_id?: string | null;
          id?: unknown;
          foreign_key?: unknown;
          foreign_model?: unknown;
          user_id?: unknown;
          created?: unknown;
          modified?: unknown;
          created_by?: unknown;
          modified_by?: unknown;
          creator?: unknown;
          modifier?: unknown;
          children?: unknown;
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
           *         "action": "10369fc0-dcec-5bc0-8bb6-bd2809d51d5f",
           *         "message": "The operation was successful.",
           *         "url": "/comments/resource/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "parent_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "foreign_model": "Resource",
           *         "content": "string",
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00",
           *         "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a"
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["Comment"];
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
  getExportPolicies: {
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
           *         "action": "4dc48e44-e318-5c6d-8dac-a9f6e96b0c76",
           *         "message": "The operation was successful.",
           *         "url": "/export-policies/settings.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "allow_csv_format": true,
           *         "source": "default"
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["ExportPolicies"];
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
  deleteFavorite: {
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
           *         "action": "8fb44391-6155-5bff-a3d5-57dea22c9894",
           *         "message": "The operation was successful.",
           *         "url": "/favorites/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
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
  addFavorite: {
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
           *         "action": "0ed6c4a8-8c1f-52c6-9859-67f37794a02e",
           *         "message": "The operation was successful.",
           *         "url": "/favorites/resource/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "foreign_model": "Resource",
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00"
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["Favorite"];
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
  listFolders: {
    parameters: {
      query?: {
        /** @description Include children_resources. */
        "contain[children_resources]"?: components["parameters"]["ContainChildrenResources"];
        /** @description Include children_folders. */
        "contain[children_folders]"?: components["parameters"]["ContainChildrenFolders"];
        /** @description Include creator. */
        "contain[creator]"?: string;
        /** @description Include creator.profile. */
        "contain[creator.profile]"?: components["parameters"]["ContainCreatorProfile"];
        /** @description Include modifier. */
        "contain[modifier]"?: string;
        /** @description Include modifier.profile. */
        "contain[modifier.profile]"?: components["parameters"]["ContainModifierProfile"];
        /** @description Include permission. */
        "contain[permission]"?: components["parameters"]["ContainPermission"];
        /** @description Include permissions. */
        "contain[permissions]"?: components["parameters"]["ContainPermissions"];
        /** @description Include permissions.user.profile. */
        "contain[permissions.user.profile]"?: components["parameters"]["ContainPermissionsUserProfile"];
        /** @description Include permissions.group. */
        "contain[permissions.group]"?: components["parameters"]["ContainPermissionsGroup"];
        /** @description Only these ids. */
        "filter[has-id][]"?: string[];
        /** @description Only the folders under these parents in the caller's tree; `false` or `0` is the root. */
        "filter[has-parent][]"?: string[];
        /** @description Folders whose name contains this text. */
        "filter[search]"?: string;
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
           *         "action": "1cd53591-cb6b-5b03-b0be-05a54644263d",
           *         "message": "The operation was successful.",
           *         "url": "/folders.json",
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
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "folder_parent_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "personal": true
           *         }
           *       ]
           *     }
           */
          "application/json": {
            header: components["schemas"]["PaginatedSuccessHeader"];
            body: components["schemas"]["Folder"][];
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
  createFolder: {
    parameters: {
      query?: {
        /** @description Include children_resources. */
        "contain[children_resources]"?: components["parameters"]["ContainChildrenResources"];
        /** @description Include children_folders. */
        "contain[children_folders]"?: components["parameters"]["ContainChildrenFolders"];
        /** @description Include creator. */
        "contain[creator]"?: string;
        /** @description Include creator.profile. */
        "contain[creator.profile]"?: components["parameters"]["ContainCreatorProfile"];
        /** @description Include modifier. */
        "contain[modifier]"?: string;
        /** @description Include modifier.profile. */
        "contain[modifier.profile]"?: components["parameters"]["ContainModifierProfile"];
        /** @description Include permission. */
        "contain[permission]"?: components["parameters"]["ContainPermission"];
        /** @description Include permissions. */
        "contain[permissions]"?: components["parameters"]["ContainPermissions"];
        /** @description Include permissions.user.profile. */
        "contain[permissions.user.profile]"?: components["parameters"]["ContainPermissionsUserProfile"];
        /** @description Include permissions.group. */
        "contain[permissions.group]"?: components["parameters"]["ContainPermissionsGroup"];
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
         *       "name": "Team"
         *     }
         */
        "application/json": {
          id?: unknown;
          created?: unknown;
          modified?: unknown;
          created_by?: unknown;
          modified_by?: unknown;
          personal?: unknown;
          creator?: unknown;
          modifier?: unknown;
          permission?: unknown;
          permissions?: unknown;
          children_resources?: unknown;
          children_folders?: unknown;
          name: string;
          /** Format: uuid */
          folder_parent_id?: string | null;
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
           *         "action": "02e18a01-42f6-5e5d-b18f-2ee9070e3b9d",
           *         "message": "The operation was successful.",
           *         "url": "/folders.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "name": "string",
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00",
           *         "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "folder_parent_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "personal": true
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["Folder"];
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
  viewFolder: {
    parameters: {
      query?: {
        /** @description Include children_resources. */
        "contain[children_resources]"?: components["parameters"]["ContainChildrenResources"];
        /** @description Include children_folders. */
        "contain[children_folders]"?: components["parameters"]["ContainChildrenFolders"];
        /** @description Include creator. */
        "contain[creator]"?: string;
        /** @description Include creator.profile. */
        "contain[creator.profile]"?: components["parameters"]["ContainCreatorProfile"];
        /** @description Include modifier. */
        "contain[modifier]"?: string;
        /** @description Include modifier.profile. */
        "contain[modifier.profile]"?: components["parameters"]["ContainModifierProfile"];
        /** @description Include permission. */
        "contain[permission]"?: components["parameters"]["ContainPermission"];
        /** @description Include permissions. */
        "contain[permissions]"?: components["parameters"]["ContainPermissions"];
        /** @description Include permissions.user.profile. */
        "contain[permissions.user.profile]"?: components["parameters"]["ContainPermissionsUserProfile"];
        /** @description Include permissions.group. */
        "contain[permissions.group]"?: components["parameters"]["ContainPermissionsGroup"];
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
           *         "action": "ab13b3e0-eae8-5099-909f-8582a3c2ddae",
           *         "message": "The operation was successful.",
           *         "url": "/folders/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "name": "string",
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00",
           *         "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "folder_parent_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "personal": true
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["Folder"];
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
  updateFolder: {
    parameters: {
      query?: {
        /** @description Include children_resources. */
        "contain[children_resources]"?: components["parameters"]["ContainChildrenResources"];
        /** @description Include children_folders. */
        "contain[children_folders]"?: components["parameters"]["ContainChildrenFolders"];
        /** @description Include creator. */
        "contain[creator]"?: string;
        /** @description Include creator.profile. */
        "contain[creator.profile]"?: components["parameters"]["ContainCreatorProfile"];
        /** @description Include modifier. */
        "contain[modifier]"?: string;
        /** @description Include modifier.profile. */
        "contain[modifier.profile]"?: components["parameters"]["ContainModifierProfile"];
        /** @description Include permission. */
        "contain[permission]"?: components["parameters"]["ContainPermission"];
        /** @description Include permissions. */
        "contain[permissions]"?: components["parameters"]["ContainPermissions"];
        /** @description Include permissions.user.profile. */
        "contain[permissions.user.profile]"?: components["parameters"]["ContainPermissionsUserProfile"];
        /** @description Include permissions.group. */
        "contain[permissions.group]"?: components["parameters"]["ContainPermissionsGroup"];
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
         *       "name": "string"
         *     }
         */
        "application/json": components["schemas"]["UpdateFolderRequest"];
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
           *         "action": "8e8f6597-4bc4-5078-bc1e-a89cac44ed7c",
           *         "message": "The operation was successful.",
           *         "url": "/folders/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "name": "string",
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00",
           *         "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "folder_parent_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "personal": true
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["Folder"];
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
  updateFolderViaPost: {
    parameters: {
      query?: {
        /** @description Include children_resources. */
        "contain[children_resources]"?: components["parameters"]["ContainChildrenResources"];
        /** @description Include children_folders. */
        "contain[children_folders]"?: components["parameters"]["ContainChildrenFolders"];
        /** @description Include creator. */
        "contain[creator]"?: string;
        /** @description Include creator.profile. */
        "contain[creator.profile]"?: components["parameters"]["ContainCreatorProfile"];
        /** @description Include modifier. */
        "contain[modifier]"?: string;
        /** @description Include modifier.profile. */
        "contain[modifier.profile]"?: components["parameters"]["ContainModifierProfile"];
        /** @description Include permission. */
        "contain[permission]"?: components["parameters"]["ContainPermission"];
        /** @description Include permissions. */
        "contain[permissions]"?: components["parameters"]["ContainPermissions"];
        /** @description Include permissions.user.profile. */
        "contain[permissions.user.profile]"?: components["parameters"]["ContainPermissionsUserProfile"];
        /** @description Include permissions.group. */
        "contain[permissions.group]"?: components["parameters"]["ContainPermissionsGroup"];
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
         *       "name": "string"
         *     }
         */
        "application/json": components["schemas"]["UpdateFolderRequest"];
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
           *         "action": "8e8f6597-4bc4-5078-bc1e-a89cac44ed7c",
           *         "message": "The operation was successful.",
           *         "url": "/folders/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "name": "string",
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00",
           *         "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "folder_parent_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "personal": true
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["Folder"];
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
  deleteFolder: {
    parameters: {
      query?: {
        /** @description 1: also delete the content the caller may delete; otherwise the content moves up. */
        cascade?: string;
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
           *         "action": "370391a0-e18e-53ee-b8af-f8583d9a61b5",
           *         "message": "The operation was successful.",
           *         "url": "/folders/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
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
  listGpgkeys: {
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
            body: components["schemas"]["Gpgkey"][];
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
  viewGpgkey: {
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
            body: components["schemas"]["Gpgkey"];
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
  listGroups: {
    parameters: {
      query?: {
        /** @description Include modifier. */
        "contain[modifier]"?: string;
        /** @description Include modifier.profile. */
        "contain[modifier.profile]"?: components["parameters"]["ContainModifierProfile"];
        /** @description Include my_group_user. */
        "contain[my_group_user]"?: components["parameters"]["ContainMyGroupUser"];
        /** @description Include users. */
        "contain[users]"?: components["parameters"]["ContainUsers"];
        /** @description Include groups_users. */
        "contain[groups_users]"?: string;
        /** @description Include groups_users.user. */
        "contain[groups_users.user]"?: components["parameters"]["ContainGroupsUsersUser"];
        /** @description Include groups_users.user.profile. */
        "contain[groups_users.user.profile]"?: components["parameters"]["ContainGroupsUsersUserProfile"];
        /** @description Include groups_users.user.gpgkey. */
        "contain[groups_users.user.gpgkey]"?: components["parameters"]["ContainGroupsUsersUserGpgkey"];
        /** @description Deprecated spelling of contain[users]. */
        "contain[user]"?: string;
        /** @description Deprecated spelling of contain[groups_users]. */
        "contain[group_user]"?: components["parameters"]["ContainGroupUser"];
        /** @description Deprecated spelling of contain[groups_users.user]. */
        "contain[group_user.user]"?: components["parameters"]["ContainGroupUserUser"];
        /** @description Deprecated spelling of contain[groups_users.user.profile]. */
        "contain[group_user.user.profile]"?: components["parameters"]["ContainGroupUserUserProfile"];
        /** @description Deprecated spelling of contain[groups_users.user.gpgkey]. */
        "contain[group_user.user.gpgkey]"?: components["parameters"]["ContainGroupUserUserGpgkey"];
        /** @description Groups that have all these users as members (also comma-separated). */
        "filter[has-users][]"?: string[];
        /** @description Groups that have all these users as managers (also comma-separated). */
        "filter[has-managers][]"?: string[];
        /** @description Legacy sort: `Group.name` (or `Groups.name`), optionally followed by ASC or DESC. */
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
           *         "action": "3cffe6ef-ea4c-5bc3-869b-945f26e2601a",
           *         "message": "The operation was successful.",
           *         "url": "/groups.json",
           *         "code": 200
           *       },
           *       "body": [
           *         {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "name": "string",
           *           "deleted": true,
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00",
           *           "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a"
           *         }
           *       ]
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["GroupWithContains"][];
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
  createGroup: {
    parameters: {
      query?: {
        /** @description Include modifier. */
        "contain[modifier]"?: string;
        /** @description Include modifier.profile. */
        "contain[modifier.profile]"?: components["parameters"]["ContainModifierProfile"];
        /** @description Include my_group_user. */
        "contain[my_group_user]"?: components["parameters"]["ContainMyGroupUser"];
        /** @description Include users. */
        "contain[users]"?: components["parameters"]["ContainUsers"];
        /** @description Include groups_users. */
        "contain[groups_users]"?: string;
        /** @description Include groups_users.user. */
        "contain[groups_users.user]"?: components["parameters"]["ContainGroupsUsersUser"];
        /** @description Include groups_users.user.profile. */
        "contain[groups_users.user.profile]"?: components["parameters"]["ContainGroupsUsersUserProfile"];
        /** @description Include groups_users.user.gpgkey. */
        "contain[groups_users.user.gpgkey]"?: components["parameters"]["ContainGroupsUsersUserGpgkey"];
        /** @description Deprecated spelling of contain[users]. */
        "contain[user]"?: string;
        /** @description Deprecated spelling of contain[groups_users]. */
        "contain[group_user]"?: components["parameters"]["ContainGroupUser"];
        /** @description Deprecated spelling of contain[groups_users.user]. */
        "contain[group_user.user]"?: components["parameters"]["ContainGroupUserUser"];
        /** @description Deprecated spelling of contain[groups_users.user.profile]. */
        "contain[group_user.user.profile]"?: components["parameters"]["ContainGroupUserUserProfile"];
        /** @description Deprecated spelling of contain[groups_users.user.gpgkey]. */
        "contain[group_user.user.gpgkey]"?: components["parameters"]["ContainGroupUserUserGpgkey"];
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
         *       "name": "Accounting",
         *       "groups_users": [
         *         {
         *           "user_id": "f848277c-5398-58f8-a82a-72397af2d450",
         *           "is_admin": true
         *         }
         *       ]
         *     }
         */
        "application/json": {
          /** Format: uuid */
          id?: string;
          deleted?: unknown;
          created?: unknown;
          modified?: unknown;
          created_by?: unknown;
          modified_by?: unknown;
          modifier?: unknown;
          my_group_user?: unknown;
          name?: string;
          groups_users?: {
            /** Format: uuid */
            user_id: string;
            /** @description true makes the member a group manager */
            is_admin?: boolean;
          }[];
          /** @description Legacy v1 form of `name`. */
          Group?: {
            name?: string;
          };
          /** @description Legacy v1 form of `groups_users`. */
          GroupUsers?: {
            GroupUser: {
              /** Format: uuid */
              user_id: string;
              /** @description true makes the member a group manager */
              is_admin?: boolean;
            };
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
           *         "action": "5bd4ecae-da08-577d-ac32-ce7b13bd7b0f",
           *         "message": "The operation was successful.",
           *         "url": "/groups.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "name": "string",
           *         "deleted": true,
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00",
           *         "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a"
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["GroupWithContains"];
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
  viewGroup: {
    parameters: {
      query?: {
        /** @description Include modifier. */
        "contain[modifier]"?: string;
        /** @description Include modifier.profile. */
        "contain[modifier.profile]"?: components["parameters"]["ContainModifierProfile"];
        /** @description Include my_group_user. */
        "contain[my_group_user]"?: components["parameters"]["ContainMyGroupUser"];
        /** @description Include users. */
        "contain[users]"?: components["parameters"]["ContainUsers"];
        /** @description Include groups_users. */
        "contain[groups_users]"?: string;
        /** @description Include groups_users.user. */
        "contain[groups_users.user]"?: components["parameters"]["ContainGroupsUsersUser"];
        /** @description Include groups_users.user.profile. */
        "contain[groups_users.user.profile]"?: components["parameters"]["ContainGroupsUsersUserProfile"];
        /** @description Include groups_users.user.gpgkey. */
        "contain[groups_users.user.gpgkey]"?: components["parameters"]["ContainGroupsUsersUserGpgkey"];
        /** @description Deprecated spelling of contain[users]. */
        "contain[user]"?: string;
        /** @description Deprecated spelling of contain[groups_users]. */
        "contain[group_user]"?: components["parameters"]["ContainGroupUser"];
        /** @description Deprecated spelling of contain[groups_users.user]. */
        "contain[group_user.user]"?: components["parameters"]["ContainGroupUserUser"];
        /** @description Deprecated spelling of contain[groups_users.user.profile]. */
        "contain[group_user.user.profile]"?: components["parameters"]["ContainGroupUserUserProfile"];
        /** @description Deprecated spelling of contain[groups_users.user.gpgkey]. */
        "contain[group_user.user.gpgkey]"?: components["parameters"]["ContainGroupUserUserGpgkey"];
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
           *         "action": "f0c5d1cd-b3e3-5494-8fb7-73a427790ce2",
           *         "message": "The operation was successful.",
           *         "url": "/groups/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "name": "string",
           *         "deleted": true,
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00",
           *         "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a"
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["GroupWithContains"];
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
  updateGroup: {
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
         *       "groups_users": [
         *         {
         *           "user_id": "e97b14ba-8957-57c9-a357-f78a6e1e1a46",
         *           "is_admin": false
         *         }
         *       ]
         *     }
         */
        "application/json": components["schemas"]["UpdateGroupRequest"];
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
           *         "action": "3303ccc6-778b-55b7-b06e-0c06d756217d",
           *         "message": "The operation was successful.",
           *         "url": "/groups/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "name": "string",
           *         "deleted": true,
           *         "created": "2024-07-08T08:06:25+00:00",
           *         "modified": "2024-07-08T08:06:25+00:00",
           *         "created_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "modified_by": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a"
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["GroupWithContains"];
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
  deleteGroup: {
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
        /** @example {} */
        "application/json": components["schemas"]["DeleteGroupRequest"];
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
           *         "action": "4df169f8-79e6-5da9-9c14-8440d7551c0f",
           *         "message": "The operation was successful.",
           *         "url": "/groups/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
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
  dryRunUpdateGroup: {
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
         *       "groups_users": [
         *         {
         *           "user_id": "e97b14ba-8957-57c9-a357-f78a6e1e1a46",
         *           "is_admin": false
         *         }
         *       ]
         *     }
         */
        "application/json": components["schemas"]["UpdateGroupRequest"];
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
           *         "action": "97f3b758-d327-5be8-a6d8-44e52ff9d450",
           *         "message": "The operation was successful.",
           *         "url": "/groups/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a/dry-run.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "dry-run": {
           *           "SecretsNeeded": [
           *             {
           *               "Secret": {
           *                 "resource_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                 "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a"
           *               }
           *             }
           *           ],
           *           "Secrets": [
           *             {
           *               "Secret": [
           *                 {
           *                   "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                   "resource_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                   "user_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *                   "data": "string"
           *                 }
           *               ]
           *             }
           *           ]
           *         }
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              "dry-run": {
                /** @description One entry per secret the update must carry: which resource, for which added member. */
                SecretsNeeded: {
                  Secret: {
                    /** Format: uuid */
                    resource_id: string;
                    /** Format: uuid */
                    user_id: string;
                  };
                }[];
                /** @description The caller's own secret of each of those resources, to decrypt and re-encrypt. */
                Secrets: {
                  Secret: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    resource_id: string;
                    /** Format: uuid */
                    user_id: string;
                    /** @description ASCII-armored OpenPGP message for the caller */
                    data: string;
                  }[];
                }[];
              };
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
  dryRunDeleteGroup: {
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
        /** @example {} */
        "application/json": components["schemas"]["DeleteGroupRequest"];
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
           *         "action": "4c74b796-2562-5c79-a982-f60340725a26",
           *         "message": "The operation was successful.",
           *         "url": "/groups/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a/dry-run.json",
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
  getHealthcheck: {
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
  getStatus: {
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
  getMetadataKeysSettings: {
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
           *         "action": "b20e3cc2-e4ea-5b42-804b-7edc9878ef3d",
           *         "message": "The operation was successful.",
           *         "url": "/metadata/keys/settings.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "allow_usage_of_personal_keys": true,
           *         "zero_knowledge_key_share": true
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["MetadataKeysSettings"];
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
  getMetadataSetupSettings: {
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
           *         "action": "f22f15bb-6470-506b-afb1-042645224f88",
           *         "message": "The operation was successful.",
           *         "url": "/metadata/setup/settings.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "enable_encrypted_metadata_on_install": true
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["MetadataSetupSettings"];
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
  getMfaSettings: {
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
           *         "action": "6d616537-c449-589d-bebe-b2d5883e9d35",
           *         "message": "The operation was successful.",
           *         "url": "/mfa/settings.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "providers": [
           *           "totp"
           *         ]
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["GetMfaSettingsResponse"];
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
  saveMfaSettingsViaPut: {
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
         *       "providers": [
         *         "totp"
         *       ],
         *       "yubikey": {},
         *       "duo": {}
         *     }
         */
        "application/json": components["schemas"]["SaveMfaSettingsRequest"];
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
           *         "action": "4936348f-c5db-536f-a5ae-c9fc03ab9bfb",
           *         "message": "The operation was successful.",
           *         "url": "/mfa/settings.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "providers": [
           *           "totp"
           *         ]
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["GetMfaSettingsResponse"];
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
  saveMfaSettings: {
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
         *       "providers": [
         *         "totp"
         *       ],
         *       "yubikey": {},
         *       "duo": {}
         *     }
         */
        "application/json": components["schemas"]["SaveMfaSettingsRequest"];
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
           *         "action": "5b83da52-4938-5bb5-ab18-3433022554d6",
           *         "message": "The operation was successful.",
           *         "url": "/mfa/settings.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "providers": [
           *           "totp"
           *         ]
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["GetMfaSettingsResponse"];
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
  resetUserMfa: {
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
           *         "action": "2830cbaf-5786-5121-8335-7a8567c6eb16",
           *         "message": "The operation was successful.",
           *         "url": "/mfa/setup/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
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
  getMfaSetupSelection: {
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
           *         "action": "fb22e14f-0e19-50c7-8bd8-e2ca3b2ea241",
           *         "message": "The operation was successful.",
           *         "url": "/mfa/setup/select.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "MfaOrganizationSettings": {
           *           "totp": true,
           *           "yubikey": true,
           *           "duo": true
           *         },
           *         "MfaAccountSettings": {
           *           "totp": true,
           *           "yubikey": true,
           *           "duo": true
           *         }
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              MfaOrganizationSettings: {
                totp: boolean;
                yubikey: boolean;
                duo: boolean;
              };
              MfaAccountSettings: {
                totp: boolean;
                yubikey: boolean;
                duo: boolean;
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
  getTotpSetup: {
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
           *         "action": "69894f9f-5349-5289-ba93-8fb002ac0963",
           *         "message": "The operation was successful.",
           *         "url": "/mfa/setup/totp.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "otpProvisioningUri": "otpauth://totp/vault.example.com%3Aada%40example.com?issuer=vault.example.com&secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSW"
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body:
              | {
                  /**
                   * @description A new secret on each call until a code is verified
                   * @example otpauth://totp/vault.example.com%3Aada%40example.com?issuer=vault.example.com&secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSW
                   */
                  otpProvisioningUri: string;
                }
              | {
                  /** Format: date-time */
                  verified: string;
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
  setUpTotp: {
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
         *       "otpProvisioningUri": "otpauth://totp/…",
         *       "totp": "123456"
         *     }
         */
        "application/json": {
          otpProvisioningUri: string;
          /** @description The 6-digit code of the authenticator app */
          totp: string;
        };
      };
    };
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          /** @description passbolt_mfa=<token>; path=/; httponly (secure with https) */
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
           *         "action": "cbf6254c-3536-593f-a899-f73f4acb233f",
           *         "message": "The operation was successful.",
           *         "url": "/mfa/setup/totp.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "verified": "2024-07-08T08:06:25+00:00"
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              /** Format: date-time */
              verified: string;
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
  removeTotp: {
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
           *         "action": "e2b18ccb-9171-5084-9ac9-899f7161d356",
           *         "message": "The operation was successful.",
           *         "url": "/mfa/setup/totp.json",
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
  getMfaRequired: {
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
           *         "action": "340c3ba7-becc-523b-96cc-e4bc250cfaf3",
           *         "message": "The operation was successful.",
           *         "url": "/mfa/verify/error.json",
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
      /** @description Always: the second factor is pending. */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            header: components["schemas"]["ErrorHeader"];
            body: {
              mfa_providers: string[];
              providers: {
                totp?: string;
              };
            };
          };
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getMfaRequiredViaPut: {
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
           *         "action": "e7764e2c-79f3-51fe-afe8-261aa9e549a3",
           *         "message": "The operation was successful.",
           *         "url": "/mfa/verify/error.json",
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
      /** @description Always: the second factor is pending. */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            header: components["schemas"]["ErrorHeader"];
            body: {
              mfa_providers: string[];
              providers: {
                totp?: string;
              };
            };
          };
        };
      };
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getMfaRequiredViaPost: {
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
           *         "action": "4f3b6ce9-32f3-54db-b3b6-ab4851f35d73",
           *         "message": "The operation was successful.",
           *         "url": "/mfa/verify/error.json",
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
      /** @description Always: the second factor is pending. */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            header: components["schemas"]["ErrorHeader"];
            body: {
              mfa_providers: string[];
              providers: {
                totp?: string;
              };
            };
          };
        };
      };
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getMfaRequiredViaDelete: {
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
           *         "action": "c5736f7c-fb95-577c-84cf-2ddcff1497f4",
           *         "message": "The operation was successful.",
           *         "url": "/mfa/verify/error.json",
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
      /** @description Always: the second factor is pending. */
      403: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            header: components["schemas"]["ErrorHeader"];
            body: {
              mfa_providers: string[];
              providers: {
                totp?: string;
              };
            };
          };
        };
      };
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  checkTotpVerification: {
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
           *         "action": "afd95c6c-2122-5818-ab09-d2e3a087e79d",
           *         "message": "The operation was successful.",
           *         "url": "/mfa/verify/totp.json",
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
  verifyTotp: {
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
         *       "totp": "123456",
         *       "remember": 1
         *     }
         */
        "application/json": {
          /** @description The 6-digit code of the authenticator app */
          totp: string;
          /** @description Remember this browser for 30 days: true, 1 or "1" (the HTML form); absent: no */
          remember?: boolean | string | number;
        };
      };
    };
    responses: {
      /** @description Success: `header.status` is `success` and `body` holds the result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["XRequestId"];
          /** @description passbolt_mfa=<token>; path=/; httponly; 30 days with remember */
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
           *         "action": "dfe03bf2-c4e2-524f-bcbf-9defa9949e24",
           *         "message": "The operation was successful.",
           *         "url": "/mfa/verify/totp.json",
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
  moveFolder: {
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
         *       "folder_parent_id": null
         *     }
         */
        "application/json": components["schemas"]["MoveFolderRequest"];
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
           *         "action": "d91341f2-9672-5f4d-b7f5-d82020faa47e",
           *         "message": "The operation was successful.",
           *         "url": "/move/folder/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
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
  moveFolderViaPost: {
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
         *       "folder_parent_id": null
         *     }
         */
        "application/json": components["schemas"]["MoveFolderRequest"];
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
           *         "action": "d91341f2-9672-5f4d-b7f5-d82020faa47e",
           *         "message": "The operation was successful.",
           *         "url": "/move/folder/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
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
  moveResource: {
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
         *       "folder_parent_id": null
         *     }
         */
        "application/json": components["schemas"]["MoveFolderRequest"];
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
           *         "action": "d91341f2-9672-5f4d-b7f5-d82020faa47e",
           *         "message": "The operation was successful.",
           *         "url": "/move/resource/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
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
  moveResourceViaPost: {
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
         *       "folder_parent_id": null
         *     }
         */
        "application/json": components["schemas"]["MoveFolderRequest"];
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
           *         "action": "d91341f2-9672-5f4d-b7f5-d82020faa47e",
           *         "message": "The operation was successful.",
           *         "url": "/move/resource/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
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
  getPasswordExpirySettings: {
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
           *         "action": "6729d30a-1efa-53a4-8c03-e7542b2fedbe",
           *         "message": "The operation was successful.",
           *         "url": "/password-expiry/settings.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "automatic_expiry": true,
           *         "automatic_update": true
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["GetPasswordExpirySettingsResponse"];
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
  savePasswordExpirySettingsViaPut: {
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
         *       "automatic_expiry": true,
         *       "automatic_update": true
         *     }
         */
        "application/json": components["schemas"]["SavePasswordExpirySettingsRequest"];
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
           *         "action": "3e1763d3-a38e-554d-81b1-61e2e5e50cd9",
           *         "message": "The operation was successful.",
           *         "url": "/password-expiry/settings.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "automatic_expiry": true,
           *         "automatic_update": true
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["GetPasswordExpirySettingsResponse"];
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
  savePasswordExpirySettings: {
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
         *       "automatic_expiry": true,
         *       "automatic_update": true
         *     }
         */
        "application/json": components["schemas"]["SavePasswordExpirySettingsRequest"];
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
           *         "action": "3e1763d3-a38e-554d-81b1-61e2e5e50cd9",
           *         "message": "The operation was successful.",
           *         "url": "/password-expiry/settings.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "automatic_expiry": true,
           *         "automatic_update": true
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["GetPasswordExpirySettingsResponse"];
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
  deletePasswordExpirySettings: {
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
           *         "action": "5988c8bb-12d6-58c8-9419-acf54dc82e2f",
           *         "message": "The operation was successful.",
           *         "url": "/password-expiry/settings/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
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
  getPasswordGeneratorSettingsLegacy: {
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
           *         "action": "18f7b5ee-1bca-5f80-aca4-7d60dbdd2ad8",
           *         "message": "The operation was successful.",
           *         "url": "/password-generator/settings.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "default_generator": "password",
           *         "source": "default",
           *         "external_dictionary_check": true,
           *         "password_generator_settings": {
           *           "length": 8,
           *           "min_length": 1,
           *           "max_length": 1,
           *           "mask_upper": true,
           *           "mask_lower": true,
           *           "mask_digit": true,
           *           "mask_parenthesis": true,
           *           "mask_emoji": true,
           *           "mask_char1": true,
           *           "mask_char2": true,
           *           "mask_char3": true,
           *           "mask_char4": true,
           *           "mask_char5": true,
           *           "exclude_look_alike_chars": true
           *         },
           *         "passphrase_generator_settings": {
           *           "words": 4,
           *           "min_words": 1,
           *           "max_words": 1,
           *           "word_separator": "string",
           *           "word_case": "lowercase"
           *         }
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["PasswordPolicies"];
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
  getPasswordPolicies: {
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
           *         "action": "72a35b3d-5baf-57cd-b6ba-a946bd879ad4",
           *         "message": "The operation was successful.",
           *         "url": "/password-policies/settings.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "default_generator": "password",
           *         "source": "default",
           *         "external_dictionary_check": true,
           *         "password_generator_settings": {
           *           "length": 8,
           *           "min_length": 1,
           *           "max_length": 1,
           *           "mask_upper": true,
           *           "mask_lower": true,
           *           "mask_digit": true,
           *           "mask_parenthesis": true,
           *           "mask_emoji": true,
           *           "mask_char1": true,
           *           "mask_char2": true,
           *           "mask_char3": true,
           *           "mask_char4": true,
           *           "mask_char5": true,
           *           "exclude_look_alike_chars": true
           *         },
           *         "passphrase_generator_settings": {
           *           "words": 4,
           *           "min_words": 1,
           *           "max_words": 1,
           *           "word_separator": "string",
           *           "word_case": "lowercase"
           *         }
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["PasswordPolicies"];
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
  listResourcePermissions: {
    parameters: {
      query?: {
        /** @description The user of each User permission (without profile). */
        "contain[user]"?: string;
        /** @description The user of each User permission, with its profile (implies user). */
        "contain[user.profile]"?: string;
        /** @description The group of each Group permission. */
        "contain[group]"?: string;
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
           *         "action": "1df624ae-eea2-5055-a202-d1068feefe04",
           *         "message": "The operation was successful.",
           *         "url": "/permissions/resource/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": [
           *         {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "aco": "Resource",
           *           "aco_foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "aro": "User",
           *           "aro_foreign_key": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "type": 1,
           *           "created": "2024-07-08T08:06:25+00:00",
           *           "modified": "2024-07-08T08:06:25+00:00"
           *         }
           *       ]
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["PermissionWithAro"][];
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
  listResourceTypes: {
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
           *           "deleted": "2024-07-08T08:06:25+00:00"
           *         }
           *       ]
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["ResourceType"][];
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
  viewResourceType: {
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
           *         "deleted": "2024-07-08T08:06:25+00:00"
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["ResourceType"];
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
  listResources: {
    parameters: {
      query?: {
        /** @description Include creator. */
        "contain[creator]"?: string;
        /** @description Include modifier. */
        "contain[modifier]"?: string;
        /** @description Include favorite. */
        "contain[favorite]"?: components["parameters"]["ContainFavorite"];
        /** @description Include secret. */
        "contain[secret]"?: components["parameters"]["ContainSecret"];
        /** @description Include resource-type. */
        "contain[resource-type]"?: components["parameters"]["ContainResourceType"];
        /** @description Include permission. */
        "contain[permission]"?: components["parameters"]["ContainPermission"];
        /** @description Include permissions. */
        "contain[permissions]"?: components["parameters"]["ContainPermissions"];
        /** @description Include permissions.user.profile. */
        "contain[permissions.user.profile]"?: components["parameters"]["ContainPermissionsUserProfile"];
        /** @description Include permissions.group. */
        "contain[permissions.group]"?: components["parameters"]["ContainPermissionsGroup"];
        /** @description Include tag. */
        "contain[tag]"?: components["parameters"]["ContainTag"];
        /** @description 1: only my favourites; 0: only the others. */
        "filter[is-favorite]"?: string;
        /** @description Resources this group has a permission on. */
        "filter[is-shared-with-group]"?: string;
        /** @description 1: only resources I own (directly or through a group); 0: no filter. */
        "filter[is-owned-by-me]"?: string;
        /** @description 1: only resources I do not own; 0: no filter. */
        "filter[is-shared-with-me]"?: string;
        /** @description Only these ids (clients send chunks of up to 80). */
        "filter[has-id][]"?: string[];
        /** @description Resources carrying this tag: one of my personal tags, or a shared ("#...") tag. */
        "filter[has-tag]"?: string;
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
           *           "folder_parent_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "personal": true
           *         }
           *       ]
           *     }
           */
          "application/json": {
            header: components["schemas"]["PaginatedSuccessHeader"];
            body: components["schemas"]["Resource"][];
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
  createResource: {
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
           *         "folder_parent_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "personal": true
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["Resource"];
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
  viewResource: {
    parameters: {
      query?: {
        /** @description Include creator. */
        "contain[creator]"?: string;
        /** @description Include modifier. */
        "contain[modifier]"?: string;
        /** @description Include favorite. */
        "contain[favorite]"?: components["parameters"]["ContainFavorite"];
        /** @description Include secret. */
        "contain[secret]"?: components["parameters"]["ContainSecret"];
        /** @description Include resource-type. */
        "contain[resource-type]"?: components["parameters"]["ContainResourceType"];
        /** @description Include permission. */
        "contain[permission]"?: components["parameters"]["ContainPermission"];
        /** @description Include permissions. */
        "contain[permissions]"?: components["parameters"]["ContainPermissions"];
        /** @description Include permissions.user.profile. */
        "contain[permissions.user.profile]"?: components["parameters"]["ContainPermissionsUserProfile"];
        /** @description Include permissions.group. */
        "contain[permissions.group]"?: components["parameters"]["ContainPermissionsGroup"];
        /** @description Include tag. */
        "contain[tag]"?: components["parameters"]["ContainTag"];
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
           *         "folder_parent_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "personal": true
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["Resource"];
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
  updateResource: {
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
           *         "folder_parent_id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "personal": true
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["Resource"];
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
  deleteResource: {
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
  listRoles: {
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
            body: components["schemas"]["Role"][];
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
  getSecretRevisionsSettings: {
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
           *         "action": "3718aecb-1f9d-5d6f-83bb-fcd3562d014d",
           *         "message": "The operation was successful.",
           *         "url": "/secret-revisions/settings.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "max_revisions": 1,
           *         "allow_sharing_revisions": true
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["SecretRevisionsSettings"];
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
  viewSecret: {
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
            body: components["schemas"]["Secret"];
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
  getSettings: {
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
  getEmailNotificationSettings: {
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
           *         "action": "1aa2b3f6-e3bf-51d1-bcb3-b57542c1b787",
           *         "message": "The operation was successful.",
           *         "url": "/settings/emails/notifications.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "send_user_create": true,
           *         "send_user_recover": true,
           *         "send_user_recoverComplete": true,
           *         "send_admin_user_recover_complete": true,
           *         "send_admin_user_recover_abort": true,
           *         "send_admin_user_setup_completed": true,
           *         "send_admin_user_disable_user": true,
           *         "send_admin_user_disable_admin": true,
           *         "send_password_create": true,
           *         "send_password_update": true,
           *         "send_password_delete": true,
           *         "send_password_share": true,
           *         "send_password_expire": true,
           *         "send_comment_add": true,
           *         "send_folder_create": true,
           *         "send_folder_update": true,
           *         "send_folder_delete": true,
           *         "send_folder_share": true,
           *         "send_group_delete": true,
           *         "send_group_user_add": true,
           *         "send_group_user_delete": true,
           *         "send_group_user_update": true,
           *         "send_group_manager_update": true,
           *         "send_group_manager_requestAddUser": true,
           *         "show_username": true,
           *         "show_uri": true,
           *         "show_description": true,
           *         "show_comment": true,
           *         "show_secret": true,
           *         "purify_subject": true,
           *         "sources_database": true,
           *         "sources_file": true
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["GetEmailNotificationSettingsResponse"];
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
  saveEmailNotificationSettings: {
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
         *       "send_password_share": true,
         *       "show_uri": true
         *     }
         */
        "application/json": {
          send_user_create?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_user_recover?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_user_recoverComplete?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_admin_user_recover_complete?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_admin_user_recover_abort?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_admin_user_setup_completed?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_admin_user_disable_user?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_admin_user_disable_admin?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_password_create?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_password_update?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_password_delete?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_password_share?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_password_expire?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_comment_add?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_folder_create?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_folder_update?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_folder_delete?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_folder_share?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_group_delete?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_group_user_add?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_group_user_delete?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_group_user_update?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_group_manager_update?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          send_group_manager_requestAddUser?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          show_username?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          show_uri?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          show_description?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          show_comment?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          show_secret?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
          purify_subject?: boolean | (0 | 1 | "0" | "1" | "true" | "false");
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
           *         "action": "b01d25cf-60e6-561f-a1ad-e116c48a29b1",
           *         "message": "The operation was successful.",
           *         "url": "/settings/emails/notifications.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "send_user_create": true,
           *         "send_user_recover": true,
           *         "send_user_recoverComplete": true,
           *         "send_admin_user_recover_complete": true,
           *         "send_admin_user_recover_abort": true,
           *         "send_admin_user_setup_completed": true,
           *         "send_admin_user_disable_user": true,
           *         "send_admin_user_disable_admin": true,
           *         "send_password_create": true,
           *         "send_password_update": true,
           *         "send_password_delete": true,
           *         "send_password_share": true,
           *         "send_password_expire": true,
           *         "send_comment_add": true,
           *         "send_folder_create": true,
           *         "send_folder_update": true,
           *         "send_folder_delete": true,
           *         "send_folder_share": true,
           *         "send_group_delete": true,
           *         "send_group_user_add": true,
           *         "send_group_user_delete": true,
           *         "send_group_user_update": true,
           *         "send_group_manager_update": true,
           *         "send_group_manager_requestAddUser": true,
           *         "show_username": true,
           *         "show_uri": true,
           *         "show_description": true,
           *         "show_comment": true,
           *         "show_secret": true,
           *         "purify_subject": true,
           *         "sources_database": true,
           *         "sources_file": true
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["GetEmailNotificationSettingsResponse"];
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
  completeSetupViaPut: {
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
        "application/json": components["schemas"]["CompleteSetupRequest"];
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
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  completeSetup: {
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
        "application/json": components["schemas"]["CompleteSetupRequest"];
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
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  startSetupLegacy: {
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
           *           "role": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "name": "string",
           *             "description": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           }
           *         }
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["StartSetupResponse"];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  startRecoveryLegacy: {
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
           *         "action": "601d4672-5498-5681-b0af-5c4908a49e91",
           *         "message": "The operation was successful.",
           *         "url": "/setup/recover/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
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
           *           "role": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "name": "string",
           *             "description": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           }
           *         }
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["StartSetupResponse"];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  abortRecoveryViaPut: {
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
         *       }
         *     }
         */
        "application/json": components["schemas"]["AbortRecoveryRequest"];
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
           *         "action": "39a6e514-8f89-58e5-a11c-598c44e93ed8",
           *         "message": "The operation was successful.",
           *         "url": "/setup/recover/abort/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
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
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  abortRecovery: {
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
         *       }
         *     }
         */
        "application/json": components["schemas"]["AbortRecoveryRequest"];
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
           *         "action": "39a6e514-8f89-58e5-a11c-598c44e93ed8",
           *         "message": "The operation was successful.",
           *         "url": "/setup/recover/abort/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
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
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  completeRecoveryViaPut: {
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
        "application/json": components["schemas"]["CompleteSetupRequest"];
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
           *         "action": "91b261cd-7e30-5678-98f5-9faacea29439",
           *         "message": "The operation was successful.",
           *         "url": "/setup/recover/complete/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
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
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  completeRecovery: {
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
        "application/json": components["schemas"]["CompleteSetupRequest"];
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
           *         "action": "91b261cd-7e30-5678-98f5-9faacea29439",
           *         "message": "The operation was successful.",
           *         "url": "/setup/recover/complete/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
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
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  startRecovery: {
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
           *         "action": "601d4672-5498-5681-b0af-5c4908a49e91",
           *         "message": "The operation was successful.",
           *         "url": "/setup/recover/start/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
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
           *           "role": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "name": "string",
           *             "description": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           }
           *         }
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["StartSetupResponse"];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  startSetup: {
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
           *           "role": {
           *             "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *             "name": "string",
           *             "description": "string",
           *             "created": "2024-07-08T08:06:25+00:00",
           *             "modified": "2024-07-08T08:06:25+00:00"
           *           }
           *         }
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["StartSetupResponse"];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  shareFolder: {
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
         *       "permissions": [
         *         {
         *           "aro": "User",
         *           "aro_foreign_key": "e97b14ba-8957-57c9-a357-f78a6e1e1a46",
         *           "type": 1
         *         }
         *       ]
         *     }
         */
        "application/json": components["schemas"]["ShareFolderRequest"];
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
           *         "action": "d161a38f-c522-5984-85ff-17c78b2a3bb5",
           *         "message": "The operation was successful.",
           *         "url": "/share/folder/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
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
  shareFolderViaPost: {
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
         *       "permissions": [
         *         {
         *           "aro": "User",
         *           "aro_foreign_key": "e97b14ba-8957-57c9-a357-f78a6e1e1a46",
         *           "type": 1
         *         }
         *       ]
         *     }
         */
        "application/json": components["schemas"]["ShareFolderRequest"];
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
           *         "action": "d161a38f-c522-5984-85ff-17c78b2a3bb5",
           *         "message": "The operation was successful.",
           *         "url": "/share/folder/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
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
  shareResource: {
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
        resourceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "permissions": [
         *         {
         *           "aro": "User",
         *           "aro_foreign_key": "e97b14ba-8957-57c9-a357-f78a6e1e1a46",
         *           "type": 1
         *         }
         *       ],
         *       "secrets": [
         *         {
         *           "user_id": "e97b14ba-8957-57c9-a357-f78a6e1e1a46",
         *           "data": "-----BEGIN PGP MESSAGE-----\n\n…\n-----END PGP MESSAGE-----"
         *         }
         *       ]
         *     }
         */
        "application/json": {
          /** @description Changes, applied in order; not the full list. */
          permissions?: {
            /**
             * Format: uuid
             * @description An existing permission of this resource: update or delete it.
             */
            id?: string;
            /**
             * @description Ignored: the resource is the one in the path.
             * @enum {string}
             */
            aco?: "Resource";
            /**
             * Format: uuid
             * @description Ignored: the resource is the one in the path.
             */
            aco_foreign_key?: string;
            /** @enum {string} */
            aro?: "User" | "Group";
            /** Format: uuid */
            aro_foreign_key?: string;
            /**
             * @description 1 read, 7 update, 15 owner
             * @enum {integer}
             */
            type?: 1 | 7 | 15;
            /** @description With id: remove this permission. */
            delete?: boolean;
          }[];
          /** @description One secret per user who gains access (created) or whose secret is re-encrypted (replaced), each encrypted for that user's current key. */
          secrets?: {
            /** Format: uuid */
            user_id: string;
            /**
             * Format: uuid
             * @description When sent, must be the resource in the path.
             */
            resource_id?: string;
            /** @description ASCII-armored OpenPGP message for this user's key */
            data: string;
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
           *         "action": "f3b4bd12-9d43-5749-a5fe-425c4cfe3ccb",
           *         "message": "The operation was successful.",
           *         "url": "/share/resource/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
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
  searchArosToShareWith: {
    parameters: {
      query?: {
        /** @description Case-insensitive match on username, names, group name */
        "filter[search]"?: string;
        /** @description Array form of filter[search]; the first entry is used */
        "filter[search][]"?: components["parameters"]["FilterSearch"];
        /** @description Legacy form of filter[search] */
        "filter[keywords]"?: components["parameters"]["FilterKeywords"];
        /** @description Accepted: users always come with their profile. */
        "contain[profile]"?: string;
        /** @description Accepted: groups always come with user_count. */
        "contain[user_count]"?: string;
        /** @description Users' public key (on by default; off when any other contain is given). */
        "contain[gpgkey]"?: string;
        /** @description Users' role (on by default; off when any other contain is given). */
        "contain[role]"?: string;
        /** @description Users' memberships (on by default; off when any other contain is given). */
        "contain[groups_users]"?: string;
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
           *         "action": "10807e9e-d525-5acc-b05d-cccbbd252a93",
           *         "message": "The operation was successful.",
           *         "url": "/share/search-aros.json",
           *         "code": 200
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
           *           "last_logged_in": "2024-07-08T08:06:25+00:00"
           *         }
           *       ]
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: (
              | components["schemas"]["User"]
              | {
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
                  /** @description Number of members */
                  user_count: number;
                }
            )[];
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
  simulateShareResource: {
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
        resourceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "permissions": [
         *         {
         *           "aro": "User",
         *           "aro_foreign_key": "e97b14ba-8957-57c9-a357-f78a6e1e1a46",
         *           "type": 1
         *         }
         *       ]
         *     }
         */
        "application/json": {
          /** @description Changes, applied in order; not the full list. */
          permissions?: {
            /**
             * Format: uuid
             * @description An existing permission of this resource: update or delete it.
             */
            id?: string;
            /**
             * @description Ignored: the resource is the one in the path.
             * @enum {string}
             */
            aco?: "Resource";
            /**
             * Format: uuid
             * @description Ignored: the resource is the one in the path.
             */
            aco_foreign_key?: string;
            /** @enum {string} */
            aro?: "User" | "Group";
            /** Format: uuid */
            aro_foreign_key?: string;
            /**
             * @description 1 read, 7 update, 15 owner
             * @enum {integer}
             */
            type?: 1 | 7 | 15;
            /** @description With id: remove this permission. */
            delete?: boolean;
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
           *         "action": "7df37cb5-cfb9-57c2-a7a5-b65c9f573de0",
           *         "message": "The operation was successful.",
           *         "url": "/share/simulate/resource/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "changes": {
           *           "added": [
           *             {
           *               "User": {
           *                 "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a"
           *               }
           *             }
           *           ],
           *           "removed": [
           *             {
           *               "User": {
           *                 "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a"
           *               }
           *             }
           *           ]
           *         }
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: {
              changes: {
                /** @description Users who gain access: encrypt for them. */
                added: {
                  User: {
                    /** Format: uuid */
                    id: string;
                  };
                }[];
                /** @description Users who lose access. */
                removed: {
                  User: {
                    /** Format: uuid */
                    id: string;
                  };
                }[];
              };
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
  listTags: {
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
           *         "action": "3efcc1ec-5cc1-5d2a-a16e-234f23b70719",
           *         "message": "The operation was successful.",
           *         "url": "/tags.json",
           *         "code": 200
           *       },
           *       "body": [
           *         {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "slug": "string",
           *           "is_shared": true
           *         }
           *       ]
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["Tag"][];
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
  updateTag: {
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
         *       "slug": "personal"
         *     }
         */
        "application/json": {
          slug: string;
          id?: unknown;
          is_shared?: unknown;
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
           *         "action": "78dc2a33-2d57-5735-b5fa-8857557e177f",
           *         "message": "The operation was successful.",
           *         "url": "/tags/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": {
           *         "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *         "slug": "string",
           *         "is_shared": true
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["Tag"];
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
  setResourceTags: {
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
         *       "tags": [
         *         "work",
         *         "#ops"
         *       ]
         *     }
         */
        "application/json": {
          /** @description Every tag the caller wants on the resource; "#..." slugs are shared tags. */
          tags: string[];
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
           *         "action": "acef8942-0c23-5de8-92e8-76ed8c5664f2",
           *         "message": "The operation was successful.",
           *         "url": "/tags/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
           *         "code": 200
           *       },
           *       "body": [
           *         {
           *           "id": "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a",
           *           "slug": "string",
           *           "is_shared": true
           *         }
           *       ]
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["Tag"][];
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
  deleteTag: {
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
           *         "action": "a0d35518-682f-507d-bd9b-8b25609fa092",
           *         "message": "The operation was successful.",
           *         "url": "/tags/8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a.json",
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
  listUsers: {
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
        "contain[last_logged_in]"?: components["parameters"]["ContainLastLoggedIn"];
        /** @description Legacy spelling of contain[last_logged_in]. */
        "contain[LastLoggedIn]"?: string;
        /** @description Administrators: add is_mfa_enabled to each user (default off). */
        "contain[is_mfa_enabled]"?: string;
        /** @description Case-insensitive match on username, first or last name */
        "filter[search]"?: string;
        /** @description Array form of filter[search]; the first entry is used */
        "filter[search][]"?: components["parameters"]["FilterSearch"];
        /** @description Legacy form of filter[search] */
        "filter[keywords]"?: components["parameters"]["FilterKeywords"];
        /** @description Legacy form of filter[search] */
        keywords?: string;
        /** @description true: admins only; false: non-admins only */
        "filter[is-admin]"?: string;
        /** @description Admins only: active or inactive users. Non-admins always get active users only. */
        "filter[is-active]"?: string;
        /** @description Members of all these groups (also `filter[has-groups]=a,b`). */
        "filter[has-groups][]"?: string[];
        /** @description One resource id (also `filter[has-access]=id`): the users who can reach it, directly or through a group. The caller must be able to reach it (403 otherwise); more than one id answers 400. */
        "filter[has-access][]"?: string[];
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
           *           "last_logged_in": "2024-07-08T08:06:25+00:00"
           *         }
           *       ]
           *     }
           */
          "application/json": {
            header: components["schemas"]["PaginatedSuccessHeader"];
            body: components["schemas"]["User"][];
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
  createUser: {
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
           *         "last_logged_in": "2024-07-08T08:06:25+00:00"
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["User"];
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
  viewUser: {
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
        "contain[last_logged_in]"?: components["parameters"]["ContainLastLoggedIn"];
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
           *         "last_logged_in": "2024-07-08T08:06:25+00:00"
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["User"];
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
  updateUser: {
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
        "application/json": components["schemas"]["UpdateUserRequest"];
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
           *         "last_logged_in": "2024-07-08T08:06:25+00:00"
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["User"];
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
  updateUserViaPost: {
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
        "application/json": components["schemas"]["UpdateUserRequest"];
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
           *         "last_logged_in": "2024-07-08T08:06:25+00:00"
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["User"];
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
  deleteUser: {
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
        /** @example {} */
        "application/json": components["schemas"]["DeleteUserRequest"];
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
  dryRunDeleteUser: {
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
        /** @example {} */
        "application/json": components["schemas"]["DeleteUserRequest"];
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
  getMe: {
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
        "contain[last_logged_in]"?: components["parameters"]["ContainLastLoggedIn"];
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
           *         "last_logged_in": "2024-07-08T08:06:25+00:00"
           *       }
           *     }
           */
          "application/json": {
            header: components["schemas"]["SuccessHeader"];
            body: components["schemas"]["User"];
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
  requestRecovery: {
    parameters: {
      query?: {
        /** @description Sent by the official clients (`v2`). Accepted and ignored, except `v1` or `1`, which answer 400. */
        "api-version"?: components["parameters"]["ApiVersion"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "username": "ada@example.com",
         *       "case": "default"
         *     }
         */
        "application/json": {
          /**
           * Format: email
           * @description The username (email) of the account to recover, case-insensitive
           */
          username: string;
          /**
           * @description Why the user recovers: `default` (new browser or device) or `lost-passphrase`. Both start the same process here (no account-recovery plugin).
           * @enum {string}
           */
          case?: "default" | "lost-passphrase";
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
           *         "action": "1c717cd7-d236-55c4-a068-b9a0923b1927",
           *         "message": "The operation was successful.",
           *         "url": "/users/recover.json",
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
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
}
