/**
 * The one line a failing command prints, and its exit status. Every error the client expects
 * (the server unreachable or refusing, gpg failing, bad arguments) is a ClientError; anything
 * else is a bug and main.ts says so in one line too.
 */

/** Exit statuses, one per kind of failure, so that scripts can tell them apart. */
export const EXIT = {
  /** the server refused the request (400, 409, 5xx), or any other failure */
  failed: 1,
  /** the command line is wrong */
  usage: 2,
  /** the server cannot be reached */
  unreachable: 3,
  /** not logged in, or the session is over (401) */
  unauthenticated: 4,
  /** no such resource, user or group, or not visible to this user (404) */
  notFound: 5,
  /** too many requests (429): try again after the time given */
  rateLimited: 6,
  /** gpg failed, a key is missing or wrong, or the server key changed */
  key: 7,
  /** the user can see it but may not do this (403) */
  forbidden: 8,
} as const;

export class ClientError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failed,
  ) {
    super(message);
    this.name = "ClientError";
  }
}

export const usageError = (message: string) => new ClientError(message, EXIT.usage);
