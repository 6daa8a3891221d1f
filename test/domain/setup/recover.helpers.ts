/**
 * Account recovery in tests: a recovery link for an active user (as `watchword setup-link`
 * makes it), and what is stored about a user's recover tokens and key.
 */
import * as openpgp from "openpgp";
import type { RunningServer } from "../../../src/server.ts";
import { AuthenticationTokenEntity } from "../../../src/db/entities/AuthenticationToken.ts";
import { AuditLogEntity } from "../../../src/db/entities/AuditLog.ts";
import { GpgkeyEntity } from "../../../src/db/entities/Gpgkey.ts";
import { issueToken } from "../../../src/domain/users/tokens.ts";
import { reissueSetupToken } from "../../../src/domain/users/users.setupLink.ts";
import type { GpgAuthIdentity } from "../../helpers/gpgauthClient.ts";
import type { BuiltUser } from "../../helpers/factories.ts";

export const recoverStart = (userId: string, token: string) => `/setup/recover/start/${userId}/${token}.json`;
export const recoverComplete = (userId: string) => `/setup/recover/complete/${userId}.json?api-version=v2`;
export const recoverAbort = (userId: string) => `/setup/recover/abort/${userId}.json`;

/** A recovery token for an active user, through the CLI's service. */
export async function recoveryToken(server: RunningServer, user: BuiltUser): Promise<string> {
  const issued = await reissueSetupToken(server.db, user.username, server.deps.config.appUrl);
  if (issued.kind !== "recover") throw new Error(`${user.username} got a ${issued.kind} link`);
  return issued.token;
}

/** A recover token written directly, for users the services refuse (inactive, deleted, disabled). */
export const plantRecoverToken = (server: RunningServer, userId: string): Promise<string> =>
  server.db.tx((m) => issueToken(m, userId, "recover"));

/**
 * The `active` flags of the user's token rows of one type, inactive ones first (MySQL DATETIME
 * keeps whole seconds, so creation order is not reliable): [false, true] = one replaced, one open.
 */
export async function tokenRows(server: RunningServer, userId: string, type = "recover") {
  const rows = await server.db.read((m) =>
    m.getRepository(AuthenticationTokenEntity).find({ where: { userId, type: type as "recover" } }),
  );
  return rows.map((r) => r.active).sort((a, b) => Number(a) - Number(b));
}

/** The user's non-deleted keys as stored (to check recovery changed none of them). */
export const storedKeys = (server: RunningServer, userId: string) =>
  server.db.read((m) => m.getRepository(GpgkeyEntity).find({ where: { userId }, order: { id: "ASC" } }));

/** The audit entries a request wrote. */
export const auditOf = (server: RunningServer, requestId: string) =>
  server.db.read((m) =>
    m.getRepository(AuditLogEntity).find({ where: { requestId }, order: { seq: "ASC" } }),
  );

/** A GpgAuth identity from a built user's armored private key. */
export async function identityOfUser(user: BuiltUser): Promise<GpgAuthIdentity> {
  const privateKey = await openpgp.readPrivateKey({ armoredKey: user.privateKey! });
  return { privateKey, fingerprint: privateKey.getFingerprint().toUpperCase() };
}

/** Moves the user's tokens back in time past the link lifetime. */
export async function expireTokens(server: RunningServer, userId: string): Promise<void> {
  const ttl = server.deps.config.registerTokenTtlSeconds * 1000;
  await server.db.read((m) =>
    m
      .getRepository(AuthenticationTokenEntity)
      .update({ userId }, { created: new Date(Date.now() - ttl - 60_000) }),
  );
}
