/**
 * `npm start` does not pass SIGTERM on: npm exits and leaves the server running, holding its
 * port. A server started by an npm script (npm sets npm_lifecycle_event) therefore watches its
 * parent: once it is gone (the process was re-parented), it stops as it would on SIGTERM. A
 * server started directly (systemd, Docker, `node src/bin/watchword.mjs serve`) is left alone.
 */
export function stopWhenOrphaned(
  env: NodeJS.ProcessEnv,
  stop: (reason: string) => void,
  everyMs = 500,
): NodeJS.Timeout | undefined {
  if (!env.npm_lifecycle_event) return undefined;
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      stop("parent process (npm) exited");
    }
  }, everyMs);
  timer.unref();
  return timer;
}
