import type { Db } from "../../db/db.ts";
import { migrationsAreCurrent } from "../../db/migrate.ts";
import { findServerKey } from "../../crypto/serverKey.ts";

export interface HealthReport {
  database: { connect: boolean; migrations_current: boolean };
  gpg: { server_key: boolean; fingerprint: string | null };
  healthy: boolean;
}

/** Database reachable, migrations current, server key present. Never throws. */
export async function checkHealth(db: Db): Promise<HealthReport> {
  let connect = false;
  let current = false;
  let fingerprint: string | null = null;
  try {
    await db.ping();
    connect = true;
    current = await db.read(() => migrationsAreCurrent(db.dataSource));
    fingerprint = (await findServerKey(db))?.fingerprint ?? null;
  } catch {
    // reported as false below
  }
  return {
    database: { connect, migrations_current: current },
    gpg: { server_key: fingerprint !== null, fingerprint },
    healthy: connect && current && fingerprint !== null,
  };
}
