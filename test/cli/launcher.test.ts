/**
 * The entry points (src/bin/watchword.mjs, and client.mjs through the same launch.mjs) run the
 * compiled dist/ when it is current, the sources through tsx when src/ is newer (a development
 * checkout), and refuse in one line where neither can run (an install pruned of its development dependencies whose build is stale or missing).
 * Each case in a copy of the install, with node_modules linked package by package so that tsx
 * can be left out.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import { repoRoot } from "../helpers/env.ts";

describe("the entry point: compiled dist/, or the sources in development", function () {
  this.timeout(120_000);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "watchword-launcher-"));
  const install = (name: string, opts: { tsx: boolean; dist: boolean }) => {
    const dir = path.join(tmp, name);
    fs.mkdirSync(path.join(dir, "node_modules"), { recursive: true });
    fs.cpSync(path.join(repoRoot, "src"), path.join(dir, "src"), {
      recursive: true,
      preserveTimestamps: true,
    });
    if (opts.dist)
      fs.cpSync(path.join(repoRoot, "dist"), path.join(dir, "dist"), {
        recursive: true,
        preserveTimestamps: true,
      });
    fs.copyFileSync(path.join(repoRoot, "package.json"), path.join(dir, "package.json"));
    for (const pkg of fs.readdirSync(path.join(repoRoot, "node_modules")))
      if (opts.tsx || pkg !== "tsx")
        fs.symlinkSync(path.join(repoRoot, "node_modules", pkg), path.join(dir, "node_modules", pkg));
    return dir;
  };
  const run = (dir: string, bin = "watchword.mjs") =>
    spawnSync(process.execPath, [path.join(dir, "src", "bin", bin), "--help"], {
      encoding: "utf8",
      env: { ...process.env, WATCHWORD_ENV_FILE: "/dev/null" },
    });
  before(() => {
    // the suite's pretest builds dist/; a file run by hand may follow an edit (incremental: quick)
    execFileSync("npm", ["run", "--silent", "build"], { cwd: repoRoot, stdio: "ignore" });
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  // without tsx, Node 20 cannot run src/*.ts: an answer comes from dist/
  it("runs dist/ without tsx when the build is current", () => {
    const dir = install("built", { tsx: false, dist: true });
    const r = run(dir);
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout).to.match(/^usage: watchword <command>/);
    // the command-line client shares the launcher
    const client = run(dir, "client.mjs");
    expect(client.status, client.stderr).to.equal(0);
    expect(client.stdout).to.match(/^usage: watchword-client <command>/);
  });

  it("runs the sources through tsx when src/ is newer than the build", () => {
    const dir = install("edited", { tsx: true, dist: true });
    const future = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(dir, "src", "cli.ts"), future, future);
    const r = run(dir);
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout).to.match(/^usage: watchword <command>/);
    expect(r.stderr).to.equal("");
    const client = run(dir, "client.mjs");
    expect(client.stdout, client.stderr).to.match(/^usage: watchword-client <command>/);
  });

  it("refuses in one line where the build is stale or missing and tsx is not installed", () => {
    const stale = install("stale", { tsx: false, dist: true });
    const future = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(stale, "src", "config.ts"), future, future);
    const r = run(stale);
    expect(r.status).to.equal(1);
    expect(r.stdout).to.equal("");
    expect(r.stderr).to.equal(
      `watchword: the build in dist/ is older than src/: run \`npm ci\` (or \`npm run build\`) in ${stale}\n`,
    );
    expect(run(stale, "client.mjs").stderr).to.equal(
      `watchword-client: the build in dist/ is older than src/: run \`npm ci\` (or \`npm run build\`) in ${stale}\n`,
    );
    const none = install("unbuilt", { tsx: false, dist: false });
    expect(run(none).stderr).to.equal(
      `watchword: dist/ is not built: run \`npm ci\` (or \`npm run build\`) in ${none}\n`,
    );
  });
});
