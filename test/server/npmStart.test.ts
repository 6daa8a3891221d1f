/**
 * SIGTERM to `npm start` (the README's quick start): npm exits without passing the signal on;
 * the server sees its parent gone, finishes the request in flight, frees the port and exits.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect } from "chai";
import { repoRoot, TEST_THROTTLE_ENV } from "../helpers/env.ts";

describe("SIGTERM to npm start", function () {
  this.timeout(90_000);
  const file = path.join(repoRoot, "var", "test", `npm-start-${process.pid}.sqlite`);
  after(() => {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  });

  it("reaches the server: the request in flight is answered, the port is freed", async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...TEST_THROTTLE_ENV,
      DATABASE_URL: `sqlite:${file}`,
      PORT: "0",
      // the developer's own .env (if any) is not this test's settings
      WATCHWORD_ENV_FILE: "/dev/null",
    };
    delete env.TEST_DATABASE_URL;
    const npm = spawn("npm", ["start", "--silent"], {
      cwd: repoRoot,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    npm.stdout.on("data", (d) => (out += d));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "listening" in 30 s:\n${out}`)), 30_000);
      npm.stdout.on("data", () => {
        const line = out.split("\n").find((l) => l.includes('"msg":"listening"'));
        if (line) {
          clearTimeout(timer);
          resolve(JSON.parse(line).url as string);
        }
      });
    });
    const port = Number(new URL(url).port);
    // a request in flight: its body arrives after the signal
    const body = '{"padding":"0123456789"}';
    const socket = net.connect(port, "127.0.0.1");
    await new Promise((r) => socket.once("connect", r));
    socket.write(
      `POST /auth/verify.json HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
    );
    let reply = "";
    socket.on("data", (d) => (reply += d));
    const closed = new Promise((r) => socket.once("close", r));
    await new Promise((r) => setTimeout(r, 200));

    npm.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    socket.write(body.slice(5));
    await closed;
    expect(reply, "the request in flight is answered").to.match(/^HTTP\/1\.1 \d{3} /);

    // the port is freed: nothing listens any more
    const deadline = Date.now() + 15_000;
    let listening = true;
    while (listening && Date.now() < deadline) {
      listening = await new Promise<boolean>((resolve) => {
        const probe = net.connect(port, "127.0.0.1");
        probe.once("connect", () => (probe.destroy(), resolve(true)));
        probe.once("error", () => resolve(false));
      });
      if (listening) await new Promise((r) => setTimeout(r, 200));
    }
    expect(listening, "port still held after npm exited").to.equal(false);
    expect(out).to.include('"signal":"parent process (npm) exited"');
  });
});
