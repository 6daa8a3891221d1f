/**
 * The named cast (fixtures/users.json + fixtures/keys/), seeded into the test database with
 * deterministic ids. `seedCast(db)` is idempotent; `privateKeyOf(name)` decrypts once and caches.
 */
import fs from "node:fs";
import path from "node:path";
import * as openpgp from "openpgp";
import castJson from "../../fixtures/users.json" with { type: "json" };
import type { Db } from "../../src/db/db.ts";
import { UserEntity } from "../../src/db/entities/User.ts";
import { ProfileEntity } from "../../src/db/entities/Profile.ts";
import { GpgkeyEntity } from "../../src/db/entities/Gpgkey.ts";
import { roleId } from "../../src/db/ids.ts";
import { describeArmoredKey } from "../../src/crypto/keys.ts";
import { repoRoot } from "./env.ts";

export type CastName = keyof typeof castJson;
export interface CastMember {
  id: string;
  username: string;
  first_name: string;
  last_name: string;
  role: "admin" | "user";
  state: "active" | "inactive" | "deleted" | "disabled";
  keyType: string | null;
  passphrase: string | null;
}
export const cast = castJson as Record<CastName, CastMember>;
export const castNames = Object.keys(cast) as CastName[];

const keyDir = path.join(repoRoot, "fixtures", "keys");
export const publicKeyArmored = (name: CastName): string =>
  fs.readFileSync(path.join(keyDir, `${name}.public.asc`), "utf8");
export const privateKeyArmored = (name: CastName): string =>
  fs.readFileSync(path.join(keyDir, `${name}.private.asc`), "utf8");

const decrypted = new Map<CastName, Promise<openpgp.PrivateKey>>();

/** The cast member's decrypted private key (test-only passphrase). */
export function privateKeyOf(name: CastName): Promise<openpgp.PrivateKey> {
  let p = decrypted.get(name);
  if (!p) {
    p = openpgp
      .readPrivateKey({ armoredKey: privateKeyArmored(name) })
      .then((privateKey) => openpgp.decryptKey({ privateKey, passphrase: cast[name].passphrase! }));
    decrypted.set(name, p);
  }
  return p;
}

export const gpgkeyIdOf = (name: CastName) => cast[name].id.replace(/^.{8}/, "6b6579ff"); // deterministic, distinct from the user id

/** Inserts the cast (users, profiles, keys) unless already there. */
export async function seedCast(db: Db): Promise<void> {
  const epoch = new Date("2026-01-01T00:00:00Z");
  for (const name of castNames) {
    const u = cast[name];
    await db.tx(async (m) => {
      if (await m.getRepository(UserEntity).existsBy({ id: u.id })) return;
      await m.getRepository(UserEntity).insert({
        id: u.id,
        roleId: roleId(u.role),
        username: u.username,
        active: u.state !== "inactive",
        deleted: u.state === "deleted",
        disabled: u.state === "disabled" ? epoch : null,
        lastLoggedIn: null,
        created: epoch,
        modified: epoch,
      });
      await m.getRepository(ProfileEntity).insert({
        id: u.id.replace(/^.{8}/, "70726f66"),
        userId: u.id,
        firstName: u.first_name,
        lastName: u.last_name,
        created: epoch,
        modified: epoch,
      });
      if (!u.keyType) return;
      const armored = publicKeyArmored(name);
      const info = await describeArmoredKey(armored);
      await m.getRepository(GpgkeyEntity).insert({
        id: gpgkeyIdOf(name),
        userId: u.id,
        armoredKey: armored,
        bits: info.bits,
        uid: info.uid,
        keyId: info.keyId,
        fingerprint: info.fingerprint,
        type: info.type,
        expires: info.expires,
        keyCreated: info.created,
        deleted: u.state === "deleted",
        created: epoch,
        modified: epoch,
      });
    });
  }
}
