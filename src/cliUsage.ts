/**
 * The command line's usage layer: help for one command (`watchword <command> --help`, which
 * changes nothing and opens no database), a suggestion for a mistyped command, and the exit
 * codes: 0 done, 1 the command failed (or the configuration is invalid), 2 a usage error
 * (unknown command or option, missing argument).
 */
export const EXIT_USAGE = 2;

/** Usage text entries: the first line starts with the command, continuation lines are indented. */
export function usageEntries(usage: string): Map<string, string[]> {
  const entries = new Map<string, string[]>();
  let name: string | undefined;
  for (const line of usage.split("\n")) {
    const head = /^ {2}([a-z][a-z-]*)\b/.exec(line);
    if (head) {
      name = head[1]!;
      entries.set(name, [...(entries.get(name) ?? []), line]);
    } else if (name && /^ {4,}\S/.test(line)) entries.get(name)!.push(line);
    else name = undefined;
  }
  return entries;
}

/** The help of one command: its usage lines. */
export function commandHelp(usage: string, command: string): string | undefined {
  const lines = usageEntries(usage).get(command);
  return lines ? `usage: watchword ${command} ...\n\n${lines.join("\n")}\n` : undefined;
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

/** The closest known command, when it is close enough to be what was meant. */
export function suggestCommand(word: string, commands: readonly string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const name of commands) {
    const d = name.startsWith(word) || word.startsWith(name) ? 1 : distance(word, name);
    if (!best || d < best.d) best = { name, d };
  }
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.name : undefined;
}

export const wantsHelp = (args: readonly string[]): boolean => args.includes("--help") || args.includes("-h");

/** node:util parseArgs errors (unknown option, missing value): usage errors. */
export const isUsageError = (err: unknown): boolean =>
  typeof (err as { code?: unknown })?.code === "string" &&
  (err as { code: string }).code.startsWith("ERR_PARSE_ARGS");
