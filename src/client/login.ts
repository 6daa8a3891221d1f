/**
 * login and logout. Login is Passbolt's JWT challenge (protocol 1.0.0): a flat JSON challenge
 * signed with the user's key and encrypted to the server key, both by gpg; the answer is
 * decrypted by gpg and must carry the server key's signature and our verify token. The server
 * key's fingerprint is pinned on the first login and every later login refuses another one.
 * When the user id is not known yet, a GpgAuth exchange (the nonce decrypted by gpg) finds it.
 */
import { randomUUID } from "node:crypto";
import { ClientError, EXIT } from "./clientError.ts";
import { decrypt, describeKey, encrypt, ForeignKeys, ownSecretKey } from "./gpg.ts";
import { Api } from "./http.ts";
import { normalizeServer, readState, writeState, type ClientState } from "./state.ts";

export interface LoginOptions {
  server: string;
  key: string;
  userId?: string;
  /** Accept a changed server key, if it has this fingerprint. */
  acceptServerKey?: string;
}

interface ServerKey {
  fingerprint: string;
  keydata: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const plain = (s: string) => s.replace(/\s+/g, "").toUpperCase();

/**
 * The server key, checked: the armored key has the fingerprint the server states, and that
 * fingerprint is the pinned one (or no key is pinned yet).
 */
async function checkedServerKey(api: Api, pinned: string | undefined, accept: string | undefined) {
  const { body } = await api.get<ServerKey>("/auth/verify.json", { auth: false });
  if (typeof body?.keydata !== "string" || typeof body.fingerprint !== "string")
    throw new ClientError(`${api.server} does not publish a server key at /auth/verify.json`, EXIT.key);
  const info = await describeKey(body.keydata);
  if (info.fingerprint !== plain(body.fingerprint))
    throw new ClientError(
      `the server key of ${api.server} does not have the fingerprint the server states (${plain(body.fingerprint)} vs ${info.fingerprint}): refusing to log in`,
      EXIT.key,
    );
  if (pinned && pinned !== info.fingerprint) {
    if (accept && plain(accept) === info.fingerprint) {
      process.stderr.write(
        `watchword-client: the server key changed from ${pinned} to ${info.fingerprint}; accepted and pinned as you asked\n`,
      );
    } else {
      throw new ClientError(
        `THE SERVER KEY OF ${api.server} HAS CHANGED: pinned ${pinned}, the server now presents ${info.fingerprint}. ` +
          "Someone may be impersonating the server; refusing to log in. If the operator replaced the key, " +
          `confirm the new fingerprint with them and run login again with --accept-server-key ${info.fingerprint}`,
        EXIT.key,
      );
    }
  }
  return { fingerprint: info.fingerprint, armored: body.keydata };
}

/** PHP's quotemeta(urlencode(armored)), undone. */
function decodeUserAuthToken(value: string): string {
  return decodeURIComponent(value.replace(/\\(.)/g, "$1").replace(/\+/g, " "));
}

/** GpgAuth stages 1 and 2 with gpg, only to learn the user id of a key; the session is closed. */
async function findUserId(
  api: Api,
  key: string,
  server: { fingerprint: string; ring: string },
): Promise<string> {
  const stage1 = await api.post<unknown>("/auth/login.json", {
    auth: false,
    body: { gpg_auth: { keyid: key } },
    accept: [400, 404],
  });
  const token = stage1.headers.get("x-gpgauth-user-auth-token");
  if (stage1.status !== 200 || !token)
    throw new ClientError(
      `${api.server} knows no active user with the key ${key} (${stage1.headers.get("x-gpgauth-debug") ?? stage1.message})`,
      EXIT.key,
    );
  const nonce = (
    await decrypt(decodeUserAuthToken(token), { keyring: server.ring, signedBy: server.fingerprint })
  ).toString("utf8");
  const stage2 = await api.post<{ id?: string }>("/auth/login.json", {
    auth: false,
    body: { gpg_auth: { keyid: key, user_token_result: nonce } },
  });
  const cookie = stage2.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
  const id = stage2.body?.id;
  // the cookie session was only a way to ask; end it (GET logout, as go-passbolt does)
  await api.get("/auth/logout.json", { auth: false, headers: { cookie }, accept: [302, 400, 401, 403] });
  if (typeof id !== "string" || !UUID.test(id))
    throw new ClientError(`${api.server} did not say which user owns the key ${key}`, EXIT.key);
  return id;
}

export async function login(o: LoginOptions): Promise<string> {
  const server = normalizeServer(o.server);
  const own = await ownSecretKey(o.key);
  if (o.userId !== undefined && !UUID.test(o.userId))
    throw new ClientError(`--user-id: "${o.userId}" is not a UUID`, EXIT.usage);
  const previous = readState(server);
  const api = new Api(server);
  const serverKey = await checkedServerKey(api, previous?.server_fingerprint, o.acceptServerKey);
  const settings = await api.get<{ app?: { url?: string } }>("/settings.json", { auth: false });
  const domain = (settings.body?.app?.url ?? server).replace(/\/+$/, "");

  const keys = new ForeignKeys();
  try {
    const ring = await keys.keyring(serverKey.armored);
    const userId =
      o.userId ??
      (previous?.key_fingerprint === own.fingerprint ? previous.user_id : undefined) ??
      (await findUserId(api, own.fingerprint, { fingerprint: serverKey.fingerprint, ring }));

    const verifyToken = randomUUID();
    const challenge = await encrypt(
      JSON.stringify({
        version: "1.0.0",
        domain,
        verify_token: verifyToken,
        verify_token_expiry: Math.floor(Date.now() / 1000) + 300,
      }),
      { recipientFiles: [keys.file(serverKey.armored)], signer: own.fingerprint },
    );
    const answer = await api.post<{ challenge?: string }>("/auth/jwt/login.json", {
      auth: false,
      body: { user_id: userId, challenge },
      accept: [400],
    });
    if (answer.status === 400)
      throw new ClientError(
        `login refused: ${answer.message || "the credentials are invalid"} (is ${own.fingerprint} the key registered for user ${userId}?)`,
        EXIT.key,
      );
    if (typeof answer.body?.challenge !== "string")
      throw new ClientError(`${server} answered the login without a challenge`, EXIT.key);
    const clear = await decrypt(answer.body.challenge, { keyring: ring, signedBy: serverKey.fingerprint });
    let fields: Record<string, unknown>;
    try {
      fields = JSON.parse(clear.toString("utf8"));
    } catch {
      throw new ClientError("the server's login answer is not JSON", EXIT.key);
    }
    if (fields.verify_token !== verifyToken)
      throw new ClientError(
        "the server's login answer does not carry our verify token: refusing it",
        EXIT.key,
      );
    if (typeof fields.access_token !== "string" || typeof fields.refresh_token !== "string")
      throw new ClientError("the server's login answer holds no tokens", EXIT.key);

    const state: ClientState = {
      server,
      server_fingerprint: serverKey.fingerprint,
      domain,
      user_id: userId,
      key_fingerprint: own.fingerprint,
      access_token: fields.access_token,
      refresh_token: fields.refresh_token,
    };
    writeState(state);
    const me = await new Api(server, state).get<{ username?: string }>("/users/me.json");
    const pinned = previous?.server_fingerprint === serverKey.fingerprint ? "checked" : "pinned";
    return `logged in to ${server} as ${me.body?.username ?? userId}; server key ${serverKey.fingerprint} ${pinned}`;
  } finally {
    keys.dispose();
  }
}

/** Revokes the refresh token on the server and forgets the tokens (the server pin stays). */
export async function logout(server: string): Promise<string> {
  const state = readState(server);
  if (!state?.refresh_token) return `not logged in to ${server}`;
  const api = new Api(server, state);
  try {
    // an expired access token is refreshed first, which rotates the refresh token: revoke the new one
    await api.fresh();
    await api.post("/auth/jwt/logout.json", { body: { refresh_token: api.state!.refresh_token } });
  } catch (err) {
    // a session the server already ended needs no revoking; any other failure is reported
    if (!(err instanceof ClientError && err.exitCode === EXIT.unauthenticated)) throw err;
  } finally {
    const s = api.state ?? state;
    delete s.access_token;
    delete s.refresh_token;
    writeState(s);
  }
  return `logged out of ${server}`;
}
