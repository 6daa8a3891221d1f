/**
 * watchword-client when things go wrong: each error path's exit status and one line
 * (unreachable, an untrusted certificate, not a Passbolt API, 404, 400 with field errors, the
 * wrong key, an expired key, a recipient key that does not match, 429 with its Retry-After,
 * bad usage), names shown without control characters; --help on every command; and the client
 * importing nothing of the server.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import { GpgkeyEntity } from "../../src/db/entities/Gpgkey.ts";
import type { RunningServer } from "../../src/server.ts";
import { get, post } from "../helpers/api.ts";
import { repoRoot } from "../helpers/env.ts";
import { bearerForUser } from "../helpers/factories.ts";
import { fingerprintOf, gpgGenerateKey } from "../helpers/gpg.ts";
import { freePort } from "../helpers/net.ts";
import { sharedServer } from "../helpers/server.ts";
import { clientSuite, expectFailure, loginAs, runClient, type Person } from "./client.helpers.ts";

describe("watchword-client: error paths, help and isolation", function () {
  this.timeout(180_000);
  const { someone, extraServer } = clientSuite();

  describe("error paths: one line on stderr, a distinct exit status", () => {
    let server: RunningServer;
    let url: string;
    let p: Person;
    before(async () => {
      server = await sharedServer();
      url = server.url;
      p = await someone(server, { algo: "rsa3072", expire: "2y" });
      await loginAs(p, url);
    });

    it("a server that cannot be reached: exit 3, for login and for a logged-in command", async () => {
      const port = await freePort();
      expectFailure(
        await p.run(["login", "--server", `http://127.0.0.1:${port}`, "--key", p.fingerprint]),
        3,
        `cannot reach http://127.0.0.1:${port}: ECONNREFUSED`,
      );
      const gone = await extraServer();
      const q = await someone(gone);
      await loginAs(q, gone.url);
      await gone.close();
      expectFailure(await q.run(["ls"]), 3, `cannot reach ${gone.url}: ECONNREFUSED`);
    });

    it("over HTTPS: an untrusted certificate is refused (exit 3, with the way out); with its CA, the session works", async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ww-client-tls-"));
      const files = { cert: path.join(dir, "cert.pem"), key: path.join(dir, "key.pem") };
      const made = spawnSync(
        "openssl",
        ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2"]
          .concat(["-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"])
          .concat(["-keyout", files.key, "-out", files.cert]),
        { encoding: "utf8" },
      );
      expect(made.status, made.stderr).to.equal(0);
      // TLS in front of the real server, as nginx or Caddy would be
      const front = https.createServer(
        { key: fs.readFileSync(files.key), cert: fs.readFileSync(files.cert) },
        async (req, res) => {
          const chunks: Buffer[] = [];
          for await (const c of req) chunks.push(c as Buffer);
          const headers = Object.fromEntries(
            Object.entries(req.headers).filter(
              ([k]) => !["host", "connection", "content-length"].includes(k),
            ),
          ) as Record<string, string>;
          const body = Buffer.concat(chunks);
          const up = await fetch(url + req.url, {
            method: req.method,
            headers,
            body: body.length ? body : undefined,
            redirect: "manual",
          });
          up.headers.forEach((v, k) => {
            if (!["content-encoding", "content-length", "set-cookie", "transfer-encoding"].includes(k))
              res.setHeader(k, v);
          });
          res.setHeader("set-cookie", up.headers.getSetCookie());
          res.writeHead(up.status).end(Buffer.from(await up.arrayBuffer()));
        },
      );
      await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
      const tlsUrl = `https://127.0.0.1:${(front.address() as AddressInfo).port}`;
      try {
        const refused = await p.run(["login", "--server", tlsUrl, "--key", p.fingerprint]);
        expectFailure(
          refused,
          3,
          new RegExp(
            `^watchword-client: cannot reach ${tlsUrl.replace(/\./g, "\\.")}: [A-Z_]+ \\(its certificate is not one this system trusts: NODE_EXTRA_CA_CERTS=/path/to/ca.pem adds a CA\\)\n$`,
          ),
        );
        p.env.NODE_EXTRA_CA_CERTS = files.cert;
        await loginAs(p, tlsUrl);
        const made = await p.run(["create", "Over TLS", "--server", tlsUrl], "tls pw");
        expect(made.code, made.stderr).to.equal(0);
        expect((await p.run(["get", "Over TLS", "--decrypt", "--server", tlsUrl])).out).to.equal("tls pw\n");
        expect((await p.run(["rm", "Over TLS", "--server", tlsUrl])).code).to.equal(0);
        expect((await p.run(["logout", "--server", tlsUrl])).code).to.equal(0);
      } finally {
        delete p.env.NODE_EXTRA_CA_CERTS;
        await new Promise((resolve) => front.close(resolve));
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it("a server that is not a Passbolt API: exit 1, saying so", async () => {
      const plain = http.createServer((_req, res) =>
        res.writeHead(200, { "content-type": "text/html" }).end("<h1>hello</h1>"),
      );
      await new Promise<void>((resolve) => plain.listen(0, "127.0.0.1", resolve));
      const plainUrl = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
      try {
        expectFailure(
          await p.run(["login", "--server", plainUrl, "--key", p.fingerprint]),
          1,
          `${plainUrl} answered HTTP 200 without a Passbolt API envelope: is it a Watchword or Passbolt server?`,
        );
      } finally {
        await new Promise((resolve) => plain.close(resolve));
      }
    });

    it("not found: exit 5, by id, by name, and for a recipient", async () => {
      const id = "0b7b9c2e-6d1a-4c55-9a55-6f4d2f1e8a11";
      expectFailure(await p.run(["get", id]), 5, /^watchword-client: not found \(404\): .+\n$/);
      expectFailure(await p.run(["get", "No such thing"]), 5, 'no resource named "No such thing"');
      const created = await p.run(["create", "Lonely"], "pw");
      expect(created.code, created.stderr).to.equal(0);
      expectFailure(
        await p.run(["share", "Lonely", "--with", "nobody@nowhere.test", "--as", "read"]),
        5,
        'no user or group "nobody@nowhere.test"',
      );
      expect((await p.run(["rm", "Lonely"])).code).to.equal(0);
    });

    it("refused input: exit 1 with the server's message and its field errors", async () => {
      const r = await p.run(["create", "x".repeat(300)], "pw");
      expectFailure(r, 1, /^watchword-client: refused \(400\): .+ \(name: .+\)\n$/);
    });

    it("the wrong key: exit 7 (not in gpg, not known to the server, not this user's), or 2 when not a fingerprint", async () => {
      const absent = "0123456789ABCDEF0123456789ABCDEF01234567";
      expectFailure(
        await p.run(["login", "--server", url, "--key", absent]),
        7,
        `gpg has no secret key ${absent} (GNUPGHOME=${p.home.dir})`,
      );
      const stray = await gpgGenerateKey(p.home, "Stray <stray@watchword.test>", "ed25519", "");
      expectFailure(
        await p.run(["login", "--server", url, "--key", stray.fingerprint]),
        7,
        new RegExp(
          `^watchword-client: ${url.replace(/\./g, "\\.")} knows no active user with the key ${stray.fingerprint} `,
        ),
      );
      const other = await someone(server);
      expectFailure(
        await p.run(["login", "--server", url, "--key", p.fingerprint, "--user-id", other.id]),
        7,
        `login refused: The credentials are invalid. (is ${p.fingerprint} the key registered for user ${other.id}?)`,
      );
      expectFailure(
        await p.run(["login", "--server", url, "--key", "ABCD"]),
        2,
        '--key: "ABCD" is not a 40-hex-digit fingerprint',
      );
      // the failed attempts left the session alone
      expect((await p.run(["ls"])).code).to.equal(0);
    });

    it("an expired key of the user's own: exit 7 before anything is sent", async () => {
      // made "in 2020" with a one-day lifetime
      await p.home.run([
        "--faked-system-time",
        "20200101T000000",
        "--passphrase",
        "",
        "--quick-generate-key",
        "Old <old@watchword.test>",
        "ed25519",
        "sign,cert",
        "1d",
      ]);
      const old = await fingerprintOf(p.home, "old@watchword.test");
      expectFailure(await p.run(["login", "--server", url, "--key", old]), 7, `your key ${old} has expired`);
    });

    it("a recipient key whose fingerprint is not the one the server states: exit 7, nothing shared", async () => {
      const victim = await someone(server);
      await server.db.tx((m) =>
        m.getRepository(GpgkeyEntity).update({ userId: victim.id }, { fingerprint: "0".repeat(40) }),
      );
      const made = await p.run(["create", "Not for impostors"], "pw");
      expect(made.code, made.stderr).to.equal(0);
      const id = made.out.trim();
      expectFailure(
        await p.run(["share", id, "--with", victim.username, "--as", "read"]),
        7,
        `the key the server gives for user ${victim.id} has the fingerprint ${victim.fingerprint}, not the ${"0".repeat(40)} it states: refusing to encrypt for it`,
      );
      const perms = await get<{ aro_foreign_key: string }[]>(
        url,
        `/permissions/resource/${id}.json`,
        await bearerForUser(server, p.id),
      );
      expect(perms.json.body.map((x) => x.aro_foreign_key)).to.deep.equal([p.id]);
      expect((await p.run(["rm", id])).code).to.equal(0);
    });

    it("too many requests: exit 6 with the server's Retry-After", async () => {
      const strict = await extraServer({ THROTTLE_ACCOUNT_LIMIT: "2", THROTTLE_WINDOW_SECONDS: "600" });
      const [a, victim] = [await someone(strict), await someone(strict)];
      const attempt = () =>
        a.run(["login", "--server", strict.url, "--key", a.fingerprint, "--user-id", victim.id]);
      expectFailure(await attempt(), 7, /^watchword-client: login refused: /);
      expectFailure(await attempt(), 7, /^watchword-client: login refused: /);
      const limited = await attempt();
      const res = await post(strict.url, "/auth/jwt/login.json", {
        body: { user_id: victim.id, challenge: "x" },
      });
      expect(res.status).to.equal(429);
      const after = res.headers.get("retry-after")!;
      expect(after).to.match(/^\d+$/);
      expectFailure(limited, 6, /^watchword-client: too many requests \(429\): .+; retry after \d+ s\n$/);
      const said = Number(/retry after (\d+) s/.exec(limited.stderr)![1]);
      expect(said).to.be.within(Number(after) - 5, Number(after) + 5);
    });

    it("shows others' names without their control characters (no escape sequence reaches the terminal)", async () => {
      const evil = "\u001b]0;pwned\u0007\u001b[2JEvil";
      const made = await p.run(["create", evil], "pw");
      expect(made.code, made.stderr).to.equal(0);
      const id = made.out.trim();
      const table = await p.run(["ls", "--search", "Evil"]);
      expect(table.out).not.to.include("\u001b").and.not.include("\u0007");
      expect(table.out).to.include("?]0;pwned??[2JEvil");
      // the data itself is kept: --json has it, escaped as JSON does
      expect(
        (JSON.parse((await p.run(["ls", "--json", "--search", "Evil"])).out) as { name: string }[])[0]!.name,
      ).to.equal(evil);
      expect((await p.run(["rm", id])).out).to.equal(`deleted ?]0;pwned??[2JEvil (${id})\n`);
    });

    it("bad usage: exit 2 with a pointer to the usage", async () => {
      expectFailure(await p.run(["fly"]), 2, 'unknown command "fly": see watchword-client --help');
      expectFailure(await p.run(["ls", "--colour"]), 2, /^watchword-client: ls: Unknown option '--colour'/);
      expectFailure(await p.run(["get"]), 2, "usage: watchword-client get ID|NAME [--decrypt]");
      expectFailure(
        await p.run(["share", "x", "--with", "y", "--as", "god"]),
        2,
        "share needs --as read|update|owner",
      );
      expectFailure(await p.run(["create", "Empty"], "\n"), 2, "the secret read from stdin is empty");
      expectFailure(await p.run(["login", "--key", p.fingerprint]), 2, "login needs --server URL");
      expectFailure(
        await p.run(["login", "--server", "ftp://x", "--key", p.fingerprint]),
        2,
        '--server: "ftp://x" is not an http or https URL',
      );
    });
  });

  describe("help and isolation", () => {
    const commands = ["login", "logout", "ls", "get", "create", "edit", "share", "share-folder", "rm"];

    it("--help on every command, and an overview", async () => {
      const overview = await runClient(["--help"], {});
      expect(overview.code).to.equal(0);
      expect(overview.out).to.match(/^usage: watchword-client <command> \[options\]\n/);
      for (const c of commands) {
        expect(overview.out).to.match(new RegExp(`\\n  ${c} +\\S`));
        const r = await runClient([c, "--help"], {});
        expect(r.code, c).to.equal(0);
        expect(r.stderr).to.equal("");
        expect(r.out).to.match(new RegExp(`^usage: watchword-client ${c}\\b`));
        expect((await runClient(["help", c], {})).out).to.equal(r.out);
      }
    });

    it("imports nothing of the server: only Node and its own modules", () => {
      const dir = path.join(repoRoot, "src", "client");
      for (const file of fs.readdirSync(dir)) {
        const code = fs.readFileSync(path.join(dir, file), "utf8");
        for (const m of code.matchAll(/from\s+"([^"]+)"|import\("([^"]+)"\)/g)) {
          const spec = (m[1] ?? m[2])!;
          expect(spec, `${file} imports ${spec}`).to.match(/^(node:|\.\/[a-zA-Z]+\.ts$)/);
        }
      }
    });
  });
});
