/**
 * Watchword behind nginx (Debian's package) with TLS, configured by deploy/nginx.conf as the
 * README gives it (only its ports, certificate paths and upstream replaced, IPv6 listeners left
 * out): a login over HTTPS sets Secure cookies and HSTS, both access logs name the real client,
 * 20 failed logins from one client do not throttle another, and without TRUSTED_PROXY the
 * untrusted-proxy warning fires. The clients connect from their own loopback addresses
 * (127.0.0.2, 127.0.0.3...), so nginx sees distinct peers as it would distinct hosts.
 *
 * Skipped when /usr/sbin/nginx is missing (.ci/run installs it).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import * as openpgp from "openpgp";
import { createLogger } from "../../src/logger.ts";
import { openDatabase, type RunningServer } from "../../src/server.ts";
import type { Db } from "../../src/db/db.ts";
import { repoRoot, testConfig } from "../helpers/env.ts";
import { decoders, decryptUserAuthToken, makeNonce } from "../helpers/gpgauthClient.ts";
import { newLoginUser, type LoginUser } from "../helpers/loginAttempts.ts";
import { freePort } from "../helpers/net.ts";
import { startServerProcess, type ServerProcess } from "../helpers/proc.ts";

const NGINX = "/usr/sbin/nginx";
const SITE = fs.readFileSync(path.join(repoRoot, "deploy", "nginx.conf"), "utf8");

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

/** One request on a new connection from the loopback address `from`. */
function call(
  url: URL,
  method: string,
  urlPath: string,
  o: { from: string; body?: unknown; headers?: Record<string, string>; ca?: string },
): Promise<Answer> {
  const body = o.body === undefined ? undefined : JSON.stringify(o.body);
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path: urlPath,
        localAddress: o.from,
        agent: false,
        ca: o.ca,
        headers: {
          accept: "application/json",
          ...(body ? { "content-type": "application/json", "content-length": Buffer.byteLength(body) } : {}),
          ...o.headers,
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (d) => (text += d));
        res.on("end", () => {
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode!, headers: res.headers, json });
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** nginx in the foreground on a configuration of its own, in its own folder. */
async function startNginx(dir: string, cert: { cert: string; key: string }, upstreamPort: number) {
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const site = SITE.replace(/^\s*listen \[::\]:.*\n/gm, "")
    .replace("listen 80;", `listen 127.0.0.1:${httpPort};`)
    .replace("listen 443 ssl http2;", `listen 127.0.0.1:${httpsPort} ssl http2;`)
    .replace(/ssl_certificate .*;/, `ssl_certificate ${cert.cert};`)
    .replace(/ssl_certificate_key .*;/, `ssl_certificate_key ${cert.key};`)
    .replace("proxy_pass http://127.0.0.1:8080;", `proxy_pass http://127.0.0.1:${upstreamPort};`);
  for (const [from, to] of [
    ["listen 80;", httpPort],
    ["listen 443 ssl http2;", httpsPort],
    ["proxy_pass http://127.0.0.1:8080;", upstreamPort],
  ] as const)
    expect(SITE, `deploy/nginx.conf still has "${from}" (replaced by ${to} here)`).to.include(from);
  fs.writeFileSync(path.join(dir, "watchword.conf"), site);
  const temp = ["body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => {
    fs.mkdirSync(path.join(dir, t), { recursive: true, mode: 0o777 });
    fs.chmodSync(path.join(dir, t), 0o777);
    return `${t === "body" ? "client_body" : t}_temp_path ${path.join(dir, t)};`;
  });
  const accessLog = path.join(dir, "access.log");
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    [
      ...(process.getuid?.() === 0 ? ["user www-data;"] : []),
      "daemon off;",
      "worker_processes 1;",
      `pid ${path.join(dir, "nginx.pid")};`,
      `error_log ${path.join(dir, "error.log")} warn;`,
      "events { worker_connections 128; }",
      "http {",
      `  log_format watchword '$remote_addr "$request" $status $request_id';`,
      `  access_log ${accessLog} watchword;`,
      ...temp.map((t) => `  ${t}`),
      `  include ${path.join(dir, "watchword.conf")};`,
      "}",
    ].join("\n"),
  );
  const child = spawn(
    NGINX,
    ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log")],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  const deadline = Date.now() + 10_000;
  for (;;) {
    const up = await new Promise<boolean>((r) => {
      const s = net.connect(httpsPort, "127.0.0.1", () => (s.destroy(), r(true)));
      s.on("error", () => r(false));
    });
    if (up) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      const log = fs.existsSync(path.join(dir, "error.log"))
        ? fs.readFileSync(path.join(dir, "error.log"), "utf8")
        : "";
      throw new Error(`nginx did not start: ${stderr}\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    https: new URL(`https://127.0.0.1:${httpsPort}`),
    http: new URL(`http://127.0.0.1:${httpPort}`),
    accessLog: () => fs.readFileSync(accessLog, "utf8"),
    async stop(): Promise<void> {
      if (child.exitCode === null) child.kill("SIGQUIT");
      await exited;
    },
    child: child as ChildProcess,
  };
}

type Nginx = Awaited<ReturnType<typeof startNginx>>;

const randomFingerprint = () => randomBytes(20).toString("hex").toUpperCase();

describe("behind nginx with TLS (deploy/nginx.conf)", function () {
  this.timeout(180_000);
  let dir: string;
  let cert: { cert: string; key: string; pem: string };
  let db: Db;
  let server: ServerProcess | undefined;
  let proxy: Nginx | undefined;

  const logLines = (p: ServerProcess) =>
    p.lines.map((l) => JSON.parse(l) as Record<string, unknown> & { msg: string; level: number });
  const via = (
    n: Nginx,
    method: string,
    urlPath: string,
    o: { from: string; body?: unknown; headers?: Record<string, string> },
  ) => call(n.https, method, urlPath, { ...o, ca: cert.pem });
  const wrongLogin = (n: Nginx, from: string) =>
    via(n, "POST", "/auth/login.json", {
      from,
      body: { gpg_auth: { keyid: randomFingerprint(), user_token_result: makeNonce() } },
    });
  /** GpgAuth stages 1 and 2, as the extension does them. */
  async function login(n: Nginx, from: string, who: LoginUser): Promise<Answer> {
    const stage1 = await via(n, "POST", "/auth/login.json", {
      from,
      body: { gpg_auth: { keyid: who.fingerprint } },
    });
    const encoded = stage1.headers["x-gpgauth-user-auth-token"];
    if (typeof encoded !== "string") return stage1;
    const verify = await via(n, "GET", "/auth/verify.json", { from });
    const key = await openpgp.readKey({ armoredKey: verify.json.body.keydata });
    const nonce = await decryptUserAuthToken(decoders.extension(encoded), who, key);
    return via(n, "POST", "/auth/login.json", {
      from,
      body: { gpg_auth: { keyid: who.fingerprint, user_token_result: nonce } },
    });
  }
  const clearAddresses = (...addresses: string[]) =>
    db.tx((m) =>
      m.query(
        `DELETE FROM throttle WHERE throttle_key IN (${addresses.map(() => "?").join(", ")})`,
        addresses.map((a) => `login:address:${a}`),
      ),
    );

  before(async function () {
    if (!fs.existsSync(NGINX)) this.skip(); // apt-get install nginx (.ci/run does)
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "watchword-nginx-"));
    fs.chmodSync(dir, 0o755);
    const files = { cert: path.join(dir, "cert.pem"), key: path.join(dir, "key.pem") };
    const made = spawnSync(
      "openssl",
      ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2"]
        .concat(["-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:vault.test"])
        .concat(["-keyout", files.key, "-out", files.cert]),
      { encoding: "utf8" },
    );
    expect(made.status, made.stderr).to.equal(0);
    cert = { ...files, pem: fs.readFileSync(files.cert, "utf8") };
    db = await openDatabase(testConfig(), createLogger("silent"));
  });
  afterEach(async () => {
    await proxy?.stop();
    await server?.stop();
    proxy = server = undefined;
  });
  after(async () => {
    await db?.dataSource.destroy();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Watchword with an https APP_URL, as in production, and nginx in front of it. */
  async function start(trustedProxy: string) {
    server = await startServerProcess({
      TRUSTED_PROXY: trustedProxy,
      APP_URL: "https://vault.test",
      THROTTLE_ADDRESS_LIMIT: "20",
      THROTTLE_ACCOUNT_LIMIT: "10",
      THROTTLE_WINDOW_SECONDS: "900",
    });
    proxy = await startNginx(dir, cert, Number(new URL(server.url).port));
    return { server, proxy };
  }

  describe("with TRUSTED_PROXY=127.0.0.1,::1", () => {
    it("a login over HTTPS sets Secure cookies, and every answer carries HSTS; http is redirected", async () => {
      const { proxy } = await start("127.0.0.1,::1");
      const user = await newLoginUser({ db } as unknown as RunningServer);
      await clearAddresses("127.0.0.4");
      const res = await login(proxy, "127.0.0.4", user);
      expect(res.status, JSON.stringify(res.json?.header)).to.equal(200);
      const cookies = res.headers["set-cookie"] ?? [];
      expect(cookies.map((c) => c.split("=")[0])).to.include.members(["passbolt_session", "csrfToken"]);
      for (const c of cookies) expect(c.toLowerCase(), c.split(";")[0]).to.include("; secure");
      expect(cookies.find((c) => c.startsWith("passbolt_session="))!.toLowerCase()).to.include("; httponly");
      expect(res.headers["strict-transport-security"]).to.match(/max-age=\d+/);
      const status = await via(proxy, "GET", "/healthcheck/status.json", { from: "127.0.0.4" });
      expect(status.status).to.equal(200);
      expect(status.headers["strict-transport-security"]).to.match(/max-age=\d+/);
      const plain = await call(proxy.http, "GET", "/healthcheck/status.json", { from: "127.0.0.4" });
      expect(plain.status).to.equal(301);
      expect(plain.headers.location).to.match(/^https:\/\/127\.0\.0\.1\/healthcheck\/status\.json$/);
    });

    it("both access logs name the real client, not the proxy nor what the client forged", async () => {
      const { server, proxy } = await start("127.0.0.1,::1");
      const res = await via(proxy, "GET", "/healthcheck/status.json", {
        from: "127.0.0.2",
        headers: { "x-forwarded-for": "203.0.113.9" },
      });
      expect(res.status).to.equal(200);
      const id = res.headers["x-request-id"] as string;
      expect(id, "nginx's $request_id, kept by Watchword").to.match(/^[0-9a-f]{32}$/);
      await new Promise((r) => setTimeout(r, 200));
      const line = logLines(server).find((l) => l.msg === "request" && l.reqId === id);
      expect(line, "Watchword's access log line").to.include({
        client: "127.0.0.2",
        path: "/healthcheck/status.json",
      });
      expect(proxy.accessLog()).to.match(
        new RegExp(`^127\\.0\\.0\\.2 "GET /healthcheck/status\\.json HTTP/1\\.1" 200 ${id}$`, "m"),
      );
      expect(logLines(server).filter((l) => l.level === 40 && /TRUSTED_PROXY/.test(l.msg))).to.deep.equal([]);
    });

    it("20 failed logins from one client throttle that client only", async () => {
      const { proxy } = await start("127.0.0.1,::1");
      await clearAddresses("127.0.0.2", "127.0.0.3");
      try {
        for (let i = 0; i < 20; i++)
          expect((await wrongLogin(proxy, "127.0.0.2")).status, `failure ${i + 1}`).to.equal(400);
        const throttled = await wrongLogin(proxy, "127.0.0.2");
        expect(throttled.status).to.equal(429);
        expect(Number(throttled.headers["retry-after"])).to.be.within(1, 900);
        const user = await newLoginUser({ db } as unknown as RunningServer);
        expect(
          (await login(proxy, "127.0.0.2", user)).status,
          "the right login too, from that client",
        ).to.equal(429);
        expect((await wrongLogin(proxy, "127.0.0.3")).status, "another client is not throttled").to.equal(
          400,
        );
        expect((await login(proxy, "127.0.0.3", user)).status, "and logs in").to.equal(200);
      } finally {
        await clearAddresses("127.0.0.2", "127.0.0.3");
      }
    });
  });

  describe("with TRUSTED_PROXY empty", () => {
    it("warns once that the forwarded header is ignored, naming it and nginx's address", async () => {
      const { server, proxy } = await start("");
      for (const from of ["127.0.0.2", "127.0.0.3"])
        expect((await via(proxy, "GET", "/healthcheck/status.json", { from })).status).to.equal(200);
      await new Promise((r) => setTimeout(r, 200));
      const warnings = logLines(server).filter((l) => l.level === 40 && /TRUSTED_PROXY/.test(l.msg));
      expect(warnings, "once per process").to.have.length(1);
      expect(warnings[0]).to.include({ header: "X-Forwarded-For", peer: "127.0.0.1" });
      expect(warnings[0]!.msg).to.include("TRUSTED_PROXY is empty");
      const clients = logLines(server)
        .filter((l) => l.msg === "request")
        .map((l) => l.client);
      expect(clients, "every client is the proxy").to.deep.equal(["127.0.0.1", "127.0.0.1"]);
    });
  });

  it("is the configuration the README shows", () => {
    const readme = fs.readFileSync(path.join(repoRoot, "README.md"), "utf8");
    expect(readme).to.include(SITE.slice(SITE.indexOf("server {")).trimEnd());
  });
});
