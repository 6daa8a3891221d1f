/**
 * The deployment files in deploy/, tested as far as this machine allows (issue 23, item 5):
 *
 * - watchword.service: `systemd-analyze verify` (syntax, directives, the ExecStart binary) and
 *   `systemd-analyze security --offline` (exposure score), when systemd-analyze is installed.
 *   Running the unit needs systemd as PID 1, which a CI container does not have.
 * - Dockerfile: dockerfile-utils' validator (instructions, flags, arguments), the rules the
 *   README promises (non-root user, health check, volume for the SQLite folder, node as PID 1),
 *   the COPY sources against the repository and Dockerfile.dockerignore, the HEALTHCHECK command
 *   itself run against a real server, and `npm ci --omit=dev` being enough: everything the
 *   entry point imports is a dependency. Building the image needs a Docker daemon and the base
 *   images from Docker Hub, neither of which is here.
 * - compose.yaml: `docker-compose config` (Debian's Compose v1: the file's interpolation and
 *   schema) when installed, and its wiring (MariaDB health before start, the proxy's address).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import { DockerfileParser } from "dockerfile-ast";
import { validate } from "dockerfile-utils";
import { parse as parseYaml } from "yaml";
import { repoRoot } from "../helpers/env.ts";
import { freePort } from "../helpers/net.ts";
import { sharedServer } from "../helpers/server.ts";

const deploy = (file: string) => path.join(repoRoot, "deploy", file);
const read = (file: string) => fs.readFileSync(deploy(file), "utf8");
const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;

describe("deploy/watchword.service", function () {
  this.timeout(60_000);
  const unit = read("watchword.service");
  const directive = (name: string) => [...unit.matchAll(new RegExp(`^${name}=(.*)$`, "gm"))].map((m) => m[1]);

  it("passes systemd-analyze verify", function () {
    if (!has("systemd-analyze")) this.skip(); // systemd is not installed here
    const r = spawnSync("systemd-analyze", ["verify", deploy("watchword.service")], { encoding: "utf8" });
    expect(r.stderr + r.stdout, "no warning at all").to.equal("");
    expect(r.status).to.equal(0);
  });

  it("is rated OK (exposure at most 2.0) by systemd-analyze security", function () {
    if (!has("systemd-analyze")) this.skip();
    const r = spawnSync("systemd-analyze", ["security", "--offline=yes", deploy("watchword.service")], {
      encoding: "utf8",
    });
    expect(r.status, r.stderr).to.equal(0);
    const score = /Overall exposure level for watchword\.service: (\d+\.\d+)/.exec(r.stdout);
    expect(score, r.stdout.slice(-500)).to.not.equal(null);
    expect(Number(score![1])).to.be.at.most(2.0);
  });

  it("runs node directly as a user of its own, hardened, with its data in the state directory", () => {
    expect(directive("ExecStart")).to.deep.equal([
      "/usr/bin/node /opt/watchword/src/bin/watchword.mjs serve",
    ]);
    expect(directive("User")).to.deep.equal(["watchword"]);
    expect(directive("WorkingDirectory")).to.deep.equal(["/opt/watchword"]);
    expect(directive("StateDirectory")).to.deep.equal(["watchword"]);
    for (const [name, value] of [
      ["NoNewPrivileges", "yes"],
      ["ProtectSystem", "strict"],
      ["ProtectHome", "yes"],
      ["PrivateTmp", "yes"],
      ["CapabilityBoundingSet", ""],
    ] as const)
      expect(directive(name), name).to.deep.equal([value]);
    expect(directive("MemoryDenyWriteExecute"), "V8's JIT needs it off").to.deep.equal([]);
    expect(directive("Environment"), "settings belong in the .env every command reads").to.deep.equal([]);
    expect(Number(/^TimeoutStopSec=(\d+)$/m.exec(unit)![1])).to.be.greaterThan(8); // SHUTDOWN_TIMEOUT_MS
  });
});

describe("deploy/Dockerfile", function () {
  this.timeout(60_000);
  const text = read("Dockerfile");
  const dockerfile = DockerfileParser.parse(text);
  const instructions = dockerfile.getInstructions();
  const lastFrom = instructions.map((i) => i.getKeyword()).lastIndexOf("FROM");
  const final = instructions.slice(lastFrom);
  const args = (keyword: string) =>
    final.filter((i) => i.getKeyword() === keyword).map((i) => i.getArguments().map((a) => a.getValue()));
  /** The JSON (exec form) arguments of an instruction's last JSON array. */
  const execForm = (keyword: string): string[] => {
    const i = final.filter((x) => x.getKeyword() === keyword).at(-1)!;
    const raw = i.getRawArgumentsContent()!;
    return JSON.parse(raw.slice(raw.indexOf("["))) as string[];
  };

  it("passes dockerfile-utils' validator", () => {
    expect(validate(text)).to.deep.equal([]);
  });

  it("runs as a non-root user, node as PID 1, with a volume for the SQLite folder", () => {
    const users = args("USER");
    expect(users, "one USER in the final stage").to.have.length(1);
    expect(users[0]![0]).to.not.match(/^(root|0)(:|$)/);
    expect(execForm("CMD")).to.deep.equal(["node", "src/bin/watchword.mjs", "serve"]);
    expect(
      final.some((i) => i.getKeyword() === "ENTRYPOINT"),
      "no shell or npm in front",
    ).to.equal(false);
    const volume = execForm("VOLUME");
    const env = final.find((i) => i.getKeyword() === "ENV")!.getRawArgumentsContent()!;
    const database = /DATABASE_URL=sqlite:(\S+)/.exec(env)![1]!;
    expect(volume).to.include(path.posix.dirname(database));
    expect(env).to.match(/HOST=0\.0\.0\.0/);
  });

  it("copies only files that exist and that Dockerfile.dockerignore lets into the context", () => {
    const allowed = read("Dockerfile.dockerignore")
      .split("\n")
      .filter((l) => l.startsWith("!"))
      .map((l) => l.slice(1).replace(/\/\*\*$/, ""));
    const copies = instructions.filter(
      (i) => i.getKeyword() === "COPY" && !/--from=/.test(i.getTextContent()),
    );
    expect(copies.length).to.be.greaterThan(1);
    for (const copy of copies) {
      const sources = copy
        .getArguments()
        .map((a) => a.getValue())
        .slice(0, -1);
      for (const source of sources) {
        expect(fs.existsSync(path.join(repoRoot, source)), source).to.equal(true);
        expect(allowed, `${source} is in the build context`).to.include(source.replace(/\/$/, ""));
      }
    }
    expect(allowed).to.not.include("node_modules");
    expect(
      allowed.some((a) => a.startsWith(".env") && a !== ".env.example"),
      "no .env",
    ).to.equal(false);
  });

  it("has a HEALTHCHECK whose command answers 0 for a running server and 1 for none", async () => {
    const healthcheck = final.find((i) => i.getKeyword() === "HEALTHCHECK")!;
    expect(healthcheck.getRawArgumentsContent(), "exec form, no shell in the image needed").to.match(
      /\bCMD \[/,
    );
    const [program, ...rest] = execForm("HEALTHCHECK");
    expect(program).to.equal("node");
    const server = await sharedServer();
    // asynchronously: the server answering is in this process
    const run = (port: number) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, rest, {
          env: { ...process.env, PORT: String(port) },
          stdio: "ignore",
        });
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        child.on("exit", (code) => (clearTimeout(timer), resolve(code)));
      });
    expect(await run(server.port), "healthy").to.equal(0);
    expect(await run(await freePort()), "nothing listening").to.equal(1);
  });

  it("needs only the runtime dependencies (after npm prune --omit=dev): the entry points import no devDependency", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    const packages = new Set<string>();
    const seen = new Set<string>();
    const queue = ["watchword.mjs", "client.mjs"].map((bin) => path.join(repoRoot, "src", "bin", bin));
    while (queue.length) {
      const file = queue.pop()!;
      // the development fallback of the entry point (tsx), never reached where dist/ is current
      if (file === path.join(repoRoot, "src", "bin", "dev.mjs")) continue;
      if (seen.has(file)) continue;
      seen.add(file);
      // type-only imports are erased: they need nothing at run time
      const code = fs
        .readFileSync(file, "utf8")
        .replace(/(import|export)\s+type\s[^;]*?from\s+"[^"]+";?/gs, "");
      for (const m of code.matchAll(
        /from\s+"([^"]+)"|import\s+"([^"]+)"|import\("([^"]+)"\)|require\("([^"]+)"\)/g,
      )) {
        const spec = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
        // the compiled module stands for its source: dist/x.js is built from src/x.ts
        if (spec.startsWith("."))
          queue.push(
            path
              .resolve(path.dirname(file), spec)
              .replace(/^(.*)\/dist\/(.*)\.js$/, (_, root: string, rel: string) => `${root}/src/${rel}.ts`),
          );
        else if (!spec.startsWith("node:"))
          packages.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
      }
    }
    expect(seen.size, "the whole server is reached").to.be.greaterThan(100);
    expect([...packages].filter((p) => !(p in pkg.dependencies))).to.deep.equal([]);
  });
});

describe("deploy/compose.yaml", function () {
  this.timeout(60_000);
  const text = read("compose.yaml");
  const compose = parseYaml(text) as {
    services: Record<string, Record<string, unknown>>;
    networks: { default: { ipam: { config: { gateway: string }[] } } };
  };

  /** Compose v1 (Debian's docker-compose) predates the top-level `name:`: only that line is left out. */
  const config = (env: Record<string, string>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "watchword-compose-"));
    try {
      const file = path.join(deploy("."), `.compose-test-${process.pid}.yaml`);
      fs.writeFileSync(file, text.replace(/^name: .*$/m, ""));
      try {
        const clean = Object.fromEntries(
          Object.entries(process.env).filter(
            ([k]) => !["APP_URL", "MARIADB_PASSWORD", "SMTP_URL"].includes(k),
          ),
        );
        return spawnSync("docker-compose", ["-f", file, "config"], {
          env: { ...clean, ...env, HOME: dir },
          encoding: "utf8",
          timeout: 30_000,
        });
      } finally {
        fs.rmSync(file, { force: true });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };

  it("passes docker-compose config, and names the settings it needs when they are missing", function () {
    if (!has("docker-compose")) this.skip(); // .ci/run installs Debian's docker-compose
    const ok = config({ APP_URL: "https://vault.example.com", MARIADB_PASSWORD: "0123abcd" });
    expect(ok.status, ok.stderr).to.equal(0);
    const resolved = parseYaml(ok.stdout) as {
      services: { watchword: { environment: Record<string, string> } };
    };
    expect(resolved.services.watchword.environment).to.include({
      APP_URL: "https://vault.example.com",
      DATABASE_URL: "mysql://watchword:0123abcd@mariadb:3306/watchword",
    });
    const missing = config({ MARIADB_PASSWORD: "0123abcd" });
    expect(missing.status).to.not.equal(0);
    expect(missing.stderr).to.include("set APP_URL in deploy/.env");
  });

  it("starts Watchword once MariaDB is healthy, trusts only the network's gateway, keeps the code read-only", () => {
    const { watchword, mariadb } = compose.services;
    expect(watchword!.depends_on).to.deep.equal({ mariadb: { condition: "service_healthy" } });
    expect(mariadb!.healthcheck).to.have.property("test");
    const env = watchword!.environment as Record<string, string>;
    expect(env.TRUSTED_PROXY).to.equal(compose.networks.default.ipam.config[0]!.gateway);
    expect(env.DATABASE_URL).to.match(
      /^mysql:\/\/watchword:\$\{MARIADB_PASSWORD[^}]*\}@mariadb:3306\/watchword$/,
    );
    expect(env.SERVER_KEY_PASSPHRASE_FILE).to.equal("/run/secrets/key_passphrase");
    expect(watchword!.read_only).to.equal(true);
    expect(watchword!.cap_drop).to.deep.equal(["ALL"]);
    expect(watchword!.ports).to.deep.equal(["127.0.0.1:8080:8080"]);
    expect(watchword!.build).to.deep.equal({ context: "..", dockerfile: "deploy/Dockerfile" });
  });
});
