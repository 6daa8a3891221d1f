import { pino, type Logger } from "pino";
import type { LogLevel } from "./config.ts";

/**
 * Structured JSON logs on stdout. Nothing that could carry a secret is ever passed to the
 * logger; the redaction list is a second line of defence.
 */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "watchword" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          "authorization",
          "cookie",
          "*.authorization",
          "*.cookie",
          "*.password",
          "*.token",
          "*.armored_key",
          "*.data",
          "*.challenge",
          "*.refresh_token",
          "*.access_token",
        ],
        censor: "[redacted]",
      },
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
