/** `watchword throttle list|clear`. */
import { parseArgs } from "node:util";
import { pino } from "pino";
import type { Config } from "../config.ts";
import { createLogger } from "../logger.ts";
import {
  addressKeyOf,
  clearThrottles,
  describeCounter,
  listThrottles,
  ThrottleFilterError,
} from "../domain/maintenance/throttles.ts";
import { BLOCK_RECHECK_MS } from "../http/throttle.ts";
import { openInstance } from "./instance.ts";
import { fail, usageError } from "./output.ts";

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * `throttle list|clear`: the counters are rows of the shared `throttle` table, so this reaches
 * every server process (src/domain/maintenance/throttles.ts).
 */
export async function run(config: Config, args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== "list" && sub !== "clear")
    usageError(`throttle needs "list" or "clear", got "${sub ?? ""}" (watchword throttle --help)`);
  const { values } = parseArgs({
    args: rest,
    options: {
      address: { type: "string" },
      account: { type: "string" },
      ...(sub === "clear" ? { all: { type: "boolean" as const, default: false } } : {}),
    },
    strict: true,
  });
  const filter = { address: values.address, account: values.account };
  const all = (values as { all?: boolean }).all === true;
  // usage errors before the database is opened
  try {
    if (filter.address !== undefined) addressKeyOf(filter.address);
  } catch (err) {
    usageError((err as Error).message);
  }
  if (sub === "clear" && filter.address === undefined && filter.account === undefined && !all)
    usageError("throttle clear needs --address A, --account U or --all");
  if (all && (filter.address !== undefined || filter.account !== undefined))
    usageError("throttle clear: --all cannot be given with --address or --account");
  const log = createLogger(config.logLevel, pino.destination(2));
  const db = await openInstance(config, log, { migrate: false });
  try {
    if (sub === "list") {
      const counters = await listThrottles(db, config, filter);
      const throttled = counters.filter((c) => c.throttled).length;
      process.stdout.write(
        counters.length
          ? `${counters.map(describeCounter).join("\n")}\n${plural(counters.length, "counter")}, ${throttled} throttled\n`
          : "no failed attempts counted in the current windows\n",
      );
      return;
    }
    const cleared = await clearThrottles(db, config, filter, all);
    process.stdout.write(
      cleared.length
        ? `cleared ${plural(cleared.length, "counter")}:\n${cleared.map(describeCounter).join("\n")}\n` +
            `running servers let these clients and accounts try again within ${BLOCK_RECHECK_MS / 1000} s\n`
        : "no counter matched: nothing to clear\n",
    );
  } catch (err) {
    if (err instanceof ThrottleFilterError) fail(err.message);
    throw err;
  } finally {
    await db.dataSource.destroy();
  }
}
