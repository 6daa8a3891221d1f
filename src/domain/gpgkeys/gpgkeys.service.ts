/**
 * Users' public keys: the keyring list the clients sync, one key by id, and the store used
 * when a user completes setup.
 */
import { In, type EntityManager } from "typeorm";
import type { Db } from "../../db/db.ts";
import { GpgkeyEntity, type Gpgkey } from "../../db/entities/Gpgkey.ts";
import { newId } from "../../db/ids.ts";
import type { KeyInfo } from "../../crypto/keys.ts";
import { notFound } from "../../http/errors.ts";
import { isTrue } from "../../http/schemas/common.ts";
import { paginationHeader, readPageRequest } from "../../http/pagination.ts";
import type { Pagination } from "../../http/envelope.ts";
import type { GpgkeysQuery } from "./gpgkeys.schemas.ts";
import { insertRows } from "../../db/insert.ts";
import { forUpdate } from "../../db/dialect.ts";

const SORTABLE = { "Gpgkeys.key_id": "g.keyId" };

/**
 * GET /gpgkeys.json: non-deleted keys by default, `modified-after` for keyring sync.
 * @throws AppError 400 for a sort field outside the list, 404 for a page past the end
 */
export async function listGpgkeys(
  db: Db,
  query: GpgkeysQuery,
): Promise<{ keys: Gpgkey[]; pagination: Pagination }> {
  // No sort in Passbolt's default; ours is stable so that pages do not overlap.
  const page = readPageRequest(query, SORTABLE, [["g.keyId", "ASC"]]);
  const after = query["filter[modified-after]"] ?? query.modified_after;
  const deleted = query["filter[is-deleted]"] !== undefined && isTrue(query["filter[is-deleted]"]);
  const users = query["filter[has-users][]"];
  return db.read(async (m) => {
    const qb = m
      .getRepository(GpgkeyEntity)
      .createQueryBuilder("g")
      .where("g.deleted = :deleted", { deleted });
    // ">=", not Passbolt's ">": clients pass the servertime of their last sync, and a key changed
    // later within that same second would otherwise never reach them (DATETIME keeps seconds).
    if (after !== undefined) qb.andWhere("g.modified >= :after", { after: new Date(Number(after) * 1000) });
    if (users?.length) qb.andWhere("g.userId IN (:...users)", { users });
    for (const [column, dir] of page.order) qb.addOrderBy(column, dir);
    qb.addOrderBy("g.id", "ASC");
    if (page.limit) qb.offset(page.offset).limit(page.limit);
    const [keys, count] = await qb.getManyAndCount();
    return { keys, pagination: paginationHeader(page, count) };
  });
}

/** GET /gpgkeys/{id}.json. @throws AppError 404 when there is no such key or it is deleted */
export async function findGpgkey(db: Db, id: string): Promise<Gpgkey> {
  const key = await db.read((m) => m.getRepository(GpgkeyEntity).findOneBy({ id, deleted: false }));
  if (!key) throw notFound("The key does not exist.");
  return key;
}

/** The current (non-deleted) key of each user, keyed by user id. One query. */
export async function findCurrentKeysByUserIds(
  m: EntityManager,
  userIds: string[],
): Promise<Map<string, Gpgkey>> {
  if (!userIds.length) return new Map();
  const keys = await m
    .getRepository(GpgkeyEntity)
    .find({ where: { userId: In(userIds), deleted: false }, order: { created: "ASC" } });
  // Should a user ever hold two current keys, the newest wins.
  return new Map(keys.map((k) => [k.userId, k]));
}

/**
 * True when a non-deleted user key already has this fingerprint. On MySQL a locking read of
 * that range of ix_gpgkeys_fingerprint, so two setups storing one key cannot both find it free
 * (outside a transaction the lock ends with the statement). SQLite runs one transaction at a time.
 */
export async function isFingerprintInUse(m: EntityManager, fingerprint: string): Promise<boolean> {
  const lock = forUpdate(m);
  const rows: unknown[] = await m.query(
    `SELECT id FROM gpgkeys WHERE fingerprint = ? AND deleted = 0${lock}`,
    [fingerprint.toUpperCase()],
  );
  return rows.length > 0;
}

/** Stores a checked key for a user; `armored` is kept exactly as sent. */
export async function insertUserKey(
  m: EntityManager,
  userId: string,
  armored: string,
  info: KeyInfo,
  now: Date,
): Promise<Gpgkey> {
  const key: Gpgkey = {
    id: newId(),
    userId,
    armoredKey: armored,
    bits: info.bits,
    uid: info.uid,
    keyId: info.keyId,
    fingerprint: info.fingerprint,
    type: info.type,
    expires: info.expires,
    keyCreated: info.created,
    deleted: false,
    created: now,
    modified: now,
  };
  await insertRows(m, GpgkeyEntity, key);
  return key;
}

/** Marks every key of a user deleted (user deletion). */
export async function deleteUserKeys(m: EntityManager, userId: string, now: Date): Promise<void> {
  await m.getRepository(GpgkeyEntity).update({ userId, deleted: false }, { deleted: true, modified: now });
}
