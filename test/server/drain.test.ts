/**
 * SIGTERM drains: every request that reached the server before the signal gets its answer,
 * whether it was still in the socket's buffer, on a keep-alive connection that had just been
 * idle, or still sending its body. Raw sockets, so that nothing retries behind the test's back.
 */
import net from "node:net";
import { expect } from "chai";
import { startServerProcess } from "../helpers/proc.ts";

interface Conn {
  socket: net.Socket;
  /** Everything the server sent, and how the connection ended. */
  reply: Promise<{ text: string; error?: string }>;
}

function connect(port: number): Promise<Conn> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      let text = "";
      socket.on("data", (d) => (text += d));
      const reply = new Promise<{ text: string; error?: string }>((done) => {
        socket.on("error", (err: NodeJS.ErrnoException) => done({ text, error: err.code ?? err.message }));
        socket.on("close", () => done({ text }));
        setTimeout(() => done({ text, error: "no answer in 15 s" }), 15_000).unref();
      });
      resolve({ socket, reply });
    });
    socket.once("error", reject);
  });
}

const write = (socket: net.Socket, data: string) =>
  new Promise<void>((resolve, reject) => socket.write(data, (err) => (err ? reject(err) : resolve())));

const GET = (path: string, close = false) =>
  `GET ${path} HTTP/1.1\r\nHost: x\r\n${close ? "Connection: close\r\n" : ""}\r\n`;
const BODY = JSON.stringify({ padding: "x".repeat(200) });
const POST_HEAD = `POST /auth/verify.json HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${BODY.length}\r\n\r\n`;

/** Waits until `conn` has received one whole response (status line, headers and body). */
async function firstResponse(conn: Conn): Promise<void> {
  let text = "";
  await new Promise<void>((resolve) => {
    const onData = (d: Buffer) => {
      text += d;
      const head = text.indexOf("\r\n\r\n");
      const length = /content-length: (\d+)/i.exec(text);
      if (head >= 0 && length && text.length >= head + 4 + Number(length[1])) {
        conn.socket.off("data", onData);
        resolve();
      }
    };
    conn.socket.on("data", onData);
  });
}

describe("shutdown with requests in flight (watchword serve)", function () {
  this.timeout(120_000);

  it("answers all 20 requests in flight at SIGTERM, some still sending their body, in 3 rounds", async () => {
    for (let round = 1; round <= 3; round++) {
      const proc = await startServerProcess();
      const port = Number(new URL(proc.url).port);
      // keep-alive connections that already had an answer: idle when their next request comes
      const keepAlive = await Promise.all(Array.from({ length: 5 }, () => connect(port)));
      for (const c of keepAlive) {
        const answered = firstResponse(c);
        await write(c.socket, GET("/healthcheck/status.json"));
        await answered;
      }
      const fresh = await Promise.all(Array.from({ length: 10 }, () => connect(port)));
      const slow = await Promise.all(Array.from({ length: 5 }, () => connect(port)));
      for (const c of slow) await write(c.socket, POST_HEAD + BODY.slice(0, 40));
      // the rest leave now, and the signal right behind them
      await Promise.all([
        ...keepAlive.map((c, i) =>
          write(c.socket, GET(i % 2 ? "/healthcheck/status.json" : "/auth/verify.json")),
        ),
        ...fresh.map((c, i) =>
          write(c.socket, GET(i % 2 ? "/healthcheck/status.json" : "/settings.json", true)),
        ),
      ]);
      proc.child.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 300));
      for (const c of slow) await write(c.socket, BODY.slice(40)).catch(() => undefined); // reported below

      const replies = await Promise.all([...keepAlive, ...fresh, ...slow].map((c) => c.reply));
      // a keep-alive connection's text holds its first answer too
      const answers = replies.map((r, i) => ({
        i,
        error: r.error,
        answers: (r.text.match(/HTTP\/1\.1 \d{3} /g) ?? []).length - (i < keepAlive.length ? 1 : 0),
      }));
      expect(
        answers.filter((a) => a.answers !== 1),
        `round ${round}: connections without exactly one answer`,
      ).to.deep.equal([]);
      expect(await proc.exited, `round ${round}: exit code`).to.equal(0);
    }
  });
});
