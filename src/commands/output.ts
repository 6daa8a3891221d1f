/** What every command prints when it stops: one line on standard error and its exit code. */
import { AppError } from "../http/errors.ts";
import { EXIT_USAGE } from "../cliUsage.ts";

export function fail(message: string): never {
  process.stderr.write(`watchword: ${message}\n`);
  process.exit(1);
}

export function describe(err: unknown): string {
  if (err instanceof AppError) {
    const detail = typeof err.body === "object" && err.body ? ` ${JSON.stringify(err.body)}` : "";
    return `${err.message}${detail}`;
  }
  return err instanceof Error ? err.message : String(err);
}

export function usageError(message: string): never {
  process.stderr.write(`watchword: ${message}\n`);
  process.exit(EXIT_USAGE);
}
