/** `watchword audit verify`. */
import { parseArgs } from "node:util";
import { pino } from "pino";
import type { Config } from "../config.ts";
import { createLogger } from "../logger.ts";
import { verifyAuditChain, type ChainAnchor } from "../domain/audit/audit.verify.ts";
import { openInstance } from "./instance.ts";
import { usageError } from "./output.ts";

function parseAnchor(raw: string | undefined): ChainAnchor | undefined {
  if (raw === undefined) return undefined;
  const m = /^(\d+):([0-9a-f]{64})$/i.exec(raw.trim());
  if (!m) usageError(`--anchor must be POS:HASH (a chain position and a 64-hex-digit hash), got "${raw}"`);
  return { chainPos: Number(m[1]), hash: m[2]!.toLowerCase() };
}

/**
 * `audit verify`: seals what is pending, walks the chain, prints the result and the head (to
 * record outside the database: a later `--anchor POS:HASH` proves the chain up to it intact).
 * Exit code 1 when the chain is broken.
 */
export async function run(config: Config, args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== "verify") usageError(`unknown audit command "${sub ?? ""}" (expected: audit verify)`);
  const { values } = parseArgs({
    args: rest,
    options: { anchor: { type: "string" }, "no-seal": { type: "boolean", default: false } },
    strict: true,
  });
  const anchor = parseAnchor(values.anchor);
  const log = createLogger(config.logLevel, pino.destination(2));
  const db = await openInstance(config, log);
  try {
    const report = await verifyAuditChain(db, { seal: !values["no-seal"], anchor });
    const head = `head: chain_pos ${report.head.chainPos} hash ${report.head.hash}`;
    const pending = report.unsealed
      ? `, ${report.unsealed} entries not sealed yet (transactions in flight)`
      : "";
    if (report.ok) {
      process.stdout.write(`audit chain OK: ${report.verified} entries verified${pending}\n${head}\n`);
      return;
    }
    const p = report.problem!;
    const named =
      p.seq !== undefined
        ? ` [seq ${p.seq}, id ${p.id}, chain_pos ${p.chainPos}]`
        : ` [chain_pos ${p.chainPos}]`;
    process.stdout.write(
      `audit chain BROKEN: ${p.message}${named}\n${report.verified} entries verified before it\n${head}\n`,
    );
    process.exitCode = 1;
  } finally {
    await db.dataSource.destroy();
  }
}
