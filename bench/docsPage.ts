/**
 * `npm run bench:docs [-- --rounds N]`: how long Swagger UI at /docs takes, in a real Chromium
 * (Debian's `chromium`, driven by puppeteer-core), from navigation to the first operation on
 * screen, cold (a new browser context and no cache each time). Three pages in one run, rounds
 * interleaved, so the machine's noise falls on all of them alike:
 * - "served": /docs as it is, loading the OpenAPI 3.0 rendition (src/openapi/openapi30.ts);
 * - "3.1": the same page given the 3.1 document itself (/openapi.json), as before the rendition;
 * - "floor": the same page given a document of one operation: what Swagger UI costs by itself.
 * Prints the medians and the ratios to the floor, and writes bench/results/docs-page.json.
 */
import fs from "node:fs";
import os from "node:os";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import puppeteer from "puppeteer-core";
import { benchVar, freePort, repoRoot, startWatchword } from "./processes.ts";
import { machine, median } from "./report.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const { values } = parseArgs({ options: { rounds: { type: "string", default: "5" } } });
const rounds = Number(values.rounds);

if (!fs.existsSync(CHROMIUM)) {
  console.error(`bench:docs: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  process.exit(1);
}

fs.mkdirSync(benchVar, { recursive: true });
const server = await startWatchword("docs-page", `sqlite:${path.join(benchVar, "docs-page.sqlite")}`);

/** A front that serves the page of `server` with another document in place of the rendition. */
async function front(document: string): Promise<{ url: string; close: () => void }> {
  const port = await freePort();
  const proxy = http.createServer(async (req, res) => {
    if (req.url?.startsWith("/docs/openapi-3.0.json")) {
      res.setHeader("content-type", "application/json; charset=utf-8");
      res.end(document);
      return;
    }
    const upstream = await fetch(server.url + (req.url ?? "/"));
    res.statusCode = upstream.status;
    for (const h of ["content-type", "content-security-policy"]) {
      const v = upstream.headers.get(h);
      if (v) res.setHeader(h, v);
    }
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((r) => proxy.listen(port, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${port}`, close: () => proxy.close() };
}

const doc31 = await (await fetch(`${server.url}/openapi.json`)).text();
const rendition = JSON.parse(await (await fetch(`${server.url}/docs/openapi-3.0.json`)).text());
const [firstPath, firstItem] = Object.entries(rendition.paths as Record<string, unknown>)[0]!;
const one = JSON.stringify({ ...rendition, paths: { [firstPath]: firstItem } });
const fronts = { "3.1": await front(doc31), floor: await front(one) };
const pages: Record<string, string> = {
  served: `${server.url}/docs`,
  "3.1": `${fronts["3.1"].url}/docs`,
  floor: `${fronts.floor.url}/docs`,
};

const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  args: ["--no-sandbox", "--headless=new"],
});
const browserVersion = browser.version();
const times: Record<string, number[]> = { served: [], "3.1": [], floor: [] };
try {
  for (let round = 0; round <= rounds; round++)
    for (const [name, url] of Object.entries(pages)) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setCacheEnabled(false);
      const start = Date.now();
      await page.goto(url, { waitUntil: "domcontentloaded" });
      await page.waitForSelector(".opblock", { timeout: 60_000 });
      // round 0 warms the browser and the server, and is not counted
      if (round > 0) times[name]!.push(Date.now() - start);
      await context.close();
    }
} finally {
  await browser.close();
  for (const f of Object.values(fronts)) f.close();
  await server.stop();
}

const medians = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
for (const [name, ms] of Object.entries(medians))
  console.log(
    `${name.padEnd(7)} first operation after ${String(Math.round(ms)).padStart(5)} ms (median of ${rounds}), × ${(ms / medians.floor!).toFixed(2)} the floor`,
  );
console.log(`3.1 / served: × ${(medians["3.1"]! / medians.served!).toFixed(2)}`);
const out = path.join(repoRoot, "bench", "results", "docs-page.json");
fs.writeFileSync(
  out,
  `${JSON.stringify({ machine: { ...machine("sqlite"), loadAverage: os.loadavg(), chromium: await browserVersion }, rounds, times, medians }, null, 2)}\n`,
);
console.log(`written to ${path.relative(repoRoot, out)}`);
