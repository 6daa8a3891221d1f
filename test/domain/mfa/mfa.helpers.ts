/**
 * Shared steps of the MFA suites: allow TOTP for the organisation, set it up for a cast member
 * through the endpoints the extension calls, compute codes as an authenticator app would, and
 * take everything back afterwards (later suites rely on nobody having a second factor).
 */
import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { get, post, put, type ApiResponse } from "../../helpers/api.ts";
import { sessionFor, type Credentials } from "../../helpers/auth.ts";
import { cast, type CastName } from "../../helpers/cast.ts";
import { setCookies } from "../../helpers/gpgauthClient.ts";
import { totpCode } from "../../../src/domain/mfa/mfa.totp.ts";
import { MFA_PROPERTY_ID } from "../../../src/domain/mfa/mfa.settings.ts";

export { totpCode };

/** The secret of a provisioning URI. */
export const secretOf = (uri: string): string => /&secret=([A-Z2-7]+)$/.exec(uri)![1]!;

/** Allows (or stops allowing) TOTP as an administrator would. */
export async function allowTotp(server: RunningServer, on = true): Promise<void> {
  const res = await put(server.url, "/mfa/settings.json", {
    ...(await sessionFor(server, "ada")),
    body: { providers: on ? ["totp"] : [] },
  });
  expect(res.status, res.text).to.equal(200);
}

/**
 * Sets up TOTP for `who` with the extension's calls (select, GET, POST with a code, GET again).
 * @returns the secret and the answer of the POST (its Set-Cookie has passbolt_mfa)
 */
export async function setUpTotp(
  server: RunningServer,
  creds: Credentials,
): Promise<{ secret: string; code: string; at: number; response: ApiResponse; mfaCookie: string }> {
  const uri = (await get<{ otpProvisioningUri: string }>(server.url, "/mfa/setup/totp.json", creds)).json.body
    .otpProvisioningUri;
  const secret = secretOf(uri);
  const at = Date.now();
  const code = totpCode(secret, at);
  const response = await post(server.url, "/mfa/setup/totp.json", {
    ...creds,
    body: { otpProvisioningUri: uri, totp: code },
  });
  expect(response.status, response.text).to.equal(200);
  return { secret, code, at, response, mfaCookie: setCookies(response).passbolt_mfa! };
}

/**
 * A code the server will accept now: the step of the last accepted code is forgotten first (a
 * test cannot wait 30 seconds between logins; the replay test does not use this).
 */
export async function freshCode(server: RunningServer, who: CastName, secret: string): Promise<string> {
  await server.db.read((m) =>
    m.query("UPDATE mfa_accounts SET last_step = 0 WHERE user_id = ?", [cast[who].id]),
  );
  return totpCode(secret);
}

/** Headers with one more cookie added to those of a credential. */
export function withCookie(creds: Credentials, cookie: string): Credentials {
  const headers = { ...creds.headers };
  headers.cookie = headers.cookie ? `${headers.cookie}; ${cookie}` : cookie;
  return { headers };
}

/** A raw request (no redirect following, no contract check: a gate's 302 is no operation's answer). */
export function raw(
  server: RunningServer,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Response> {
  return fetch(server.url + path, { method, headers, body, redirect: "manual" });
}

/** Removes every trace of MFA: the organisation setting, the setups, the tokens, the counters. */
export async function clearMfa(server: RunningServer): Promise<void> {
  await server.db.tx(async (m) => {
    await m.query("DELETE FROM mfa_accounts");
    await m.query("DELETE FROM authentication_tokens WHERE type = ?", ["mfa"]);
    await m.query("DELETE FROM organization_settings WHERE property_id = ?", [MFA_PROPERTY_ID]);
    await m.query("DELETE FROM throttle WHERE throttle_key LIKE ?", ["mfa:%"]);
  });
}
