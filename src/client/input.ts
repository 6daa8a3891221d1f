/**
 * The secret a command reads: piped on standard input, or typed at the terminal without echo.
 * It stays in memory and goes to gpg over a pipe.
 */
import { usageError } from "./clientError.ts";

/** The secret from stdin: one trailing newline (echo's, or the Enter key) removed unless raw. */
export async function readSecret(raw: boolean): Promise<string> {
  let text = process.stdin.isTTY ? await readHidden("secret: ") : await readAll();
  if (!raw) text = text.replace(/\r?\n$/, "");
  if (text.length === 0) throw usageError("the secret read from stdin is empty");
  return text;
}

async function readAll(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** One line typed at the terminal, not echoed (Enter ends it, Ctrl-C or Ctrl-D gives up). */
function readHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  // no echo before the prompt shows: whatever is typed after it stays hidden
  stdin.setRawMode(true);
  stdin.resume();
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = "";
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stderr.write("\n");
      if (err) reject(err);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString("utf8")) {
        if (ch === "\r" || ch === "\n") return done();
        if (ch === "\u0003" || ch === "\u0004") return done(usageError("cancelled: nothing was sent"));
        if (ch === "\u007f" || ch === "\b") typed = [...typed].slice(0, -1).join("");
        else typed += ch;
      }
    };
    stdin.on("data", onData);
  });
}
