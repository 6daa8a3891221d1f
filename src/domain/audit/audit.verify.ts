/**
 * `watchword audit verify`: walks the chain by chain_pos, recomputes every hash, and reports
 * the first entry that was altered (its hash no longer matches its content) or removed (a gap
 * in chain_pos, a prev_hash that does not match, or a chain shorter than its head says).
 * See audit.chain.ts for what it cannot detect.
 */
import type { Db } from "../../db/db.ts";
import { AuditLogEntity, type AuditLog } from "../../db/entities/AuditLog.ts";
import { entryHash, findChainHead, GENESIS_HASH, sealAuditChain } from "./audit.chain.ts";

export interface ChainAnchor {
  chainPos: number;
  hash: string;
}

export interface ChainProblem {
  kind: "altered" | "removed" | "head";
  /** Where the walk stopped. */
  chainPos: number;
  /** The entry named, when there is one to name (a removed entry is gone). */
  seq?: number;
  id?: string;
  message: string;
}

export interface VerifyReport {
  ok: boolean;
  /** Entries whose hash and link were checked before the first problem (all, when ok). */
  verified: number;
  head: ChainAnchor;
  /** Entries still waiting for their seal (written by transactions in flight). */
  unsealed: number;
  problem?: ChainProblem;
}

const PAGE = 1000;

const describe = (e: AuditLog) => `chain_pos ${e.chainPos} (seq ${e.seq}, id ${e.id}, ${e.action})`;

/** Checks one entry against the expected position and previous hash. */
function checkEntry(e: AuditLog, expectedPos: number, prev: AuditLog | null, prevHash: string) {
  const pos = e.chainPos!;
  if (pos !== expectedPos) {
    const missing = pos === expectedPos + 1 ? `${expectedPos}` : `${expectedPos} to ${pos - 1}`;
    const before = prev ? `after ${describe(prev)}, ` : "at the start, ";
    return {
      kind: "removed" as const,
      chainPos: expectedPos,
      message: `entry removed: chain_pos ${missing} missing (${before}before ${describe(e)})`,
    };
  }
  const stored = e.hash ?? "";
  if (entryHash(pos, prevHash, e) === stored) return undefined;
  // Its own hash is right for the prev_hash it holds: the link broke, not this content.
  if (e.prevHash !== prevHash && entryHash(pos, e.prevHash ?? "", e) === stored)
    return {
      kind: "altered" as const,
      chainPos: prev ? prev.chainPos! : pos,
      seq: prev?.seq ?? e.seq,
      id: prev?.id ?? e.id,
      message: prev
        ? `entry altered: ${describe(prev)} no longer matches the prev_hash of ${describe(e)} ` +
          "(one of the two was rewritten with a recomputed hash)"
        : `entry altered: ${describe(e)} does not start from the genesis hash`,
    };
  return {
    kind: "altered" as const,
    chainPos: pos,
    seq: e.seq,
    id: e.id,
    message: `entry altered: ${describe(e)}: its content no longer matches its hash`,
  };
}

/**
 * Seals pending entries (unless `seal` is false), then walks the whole chain.
 * @param anchor a head recorded earlier outside the database: it must still be in the chain
 */
export async function verifyAuditChain(
  db: Db,
  opts: { seal?: boolean; anchor?: ChainAnchor } = {},
): Promise<VerifyReport> {
  const headBefore = await db.read(findChainHead);
  const anySealed = await db.read((m) =>
    m
      .getRepository(AuditLogEntity)
      .createQueryBuilder("a")
      .where("a.chain_pos IS NOT NULL")
      .limit(1)
      .getCount(),
  );
  if (!headBefore && anySealed > 0)
    return {
      ok: false,
      verified: 0,
      head: { chainPos: 0, hash: GENESIS_HASH },
      unsealed: 0,
      problem: { kind: "head", chainPos: 0, message: "the chain head (audit_chain, id 1) was removed" },
    };
  if (opts.seal !== false) await sealAuditChain(db);

  const head = await db.read(findChainHead);
  const headAnchor = { chainPos: head?.lastPos ?? 0, hash: head?.lastHash ?? GENESIS_HASH };
  const unsealed = await db.read((m) =>
    m.getRepository(AuditLogEntity).createQueryBuilder("a").where("a.chain_pos IS NULL").getCount(),
  );
  const report = (verified: number, problem?: ChainProblem): VerifyReport => ({
    ok: !problem,
    verified,
    head: headAnchor,
    unsealed,
    ...(problem ? { problem } : {}),
  });

  let expectedPos = 1;
  let prev: AuditLog | null = null;
  let prevHash = GENESIS_HASH;
  let verified = 0;
  let anchorSeen = false;
  for (;;) {
    const after: number = prev?.chainPos ?? 0;
    const page: AuditLog[] = await db.read((m) =>
      m
        .getRepository(AuditLogEntity)
        .createQueryBuilder("a")
        .where("a.chain_pos > :after", { after })
        .orderBy("a.chain_pos", "ASC")
        .limit(PAGE)
        .getMany(),
    );
    for (const e of page) {
      const problem = checkEntry(e, expectedPos, prev, prevHash);
      if (problem) return report(verified, problem);
      if (opts.anchor && e.chainPos === opts.anchor.chainPos) {
        if (e.hash !== opts.anchor.hash)
          return report(verified, {
            kind: "altered",
            chainPos: e.chainPos,
            seq: e.seq,
            id: e.id,
            message: `the anchor does not match: ${describe(e)} has hash ${e.hash}, not ${opts.anchor.hash} (the chain was rewritten up to here)`,
          });
        anchorSeen = true;
      }
      verified += 1;
      expectedPos += 1;
      prev = e;
      prevHash = e.hash!;
    }
    if (page.length < PAGE) break;
  }

  const lastPos = prev?.chainPos ?? 0;
  if (headAnchor.chainPos > lastPos)
    return report(verified, {
      kind: "removed",
      chainPos: lastPos + 1,
      message:
        `entry removed: the chain ends at chain_pos ${lastPos} but its head says ${headAnchor.chainPos}: ` +
        `chain_pos ${lastPos + 1} to ${headAnchor.chainPos} missing (the newest entries were deleted)`,
    });
  if (headAnchor.chainPos !== lastPos || headAnchor.hash !== prevHash)
    return report(verified, {
      kind: "head",
      chainPos: lastPos,
      message:
        `the chain head (audit_chain) says chain_pos ${headAnchor.chainPos} hash ${headAnchor.hash}, ` +
        `but the last entry is chain_pos ${lastPos} hash ${prevHash}`,
    });
  if (opts.anchor && !anchorSeen)
    return report(verified, {
      kind: "removed",
      chainPos: opts.anchor.chainPos,
      message: `the anchor chain_pos ${opts.anchor.chainPos} is not in the chain (it ends at ${lastPos})`,
    });
  return report(verified);
}
