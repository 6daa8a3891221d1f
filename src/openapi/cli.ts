/**
 * `npm run openapi:generate`: writes openapi/openapi.json and openapi/schema.d.ts from the
 * route specs. With `--check`, writes nothing and exits 1 when either file is out of date.
 */
import fs from "node:fs";
import path from "node:path";
import { DOCUMENT_FILE, generateOpenApiDocument, repoRoot, serializeDocument } from "./generate.ts";
import { TYPES_FILE, generateTypes } from "./typescript.ts";

const check = process.argv.includes("--check");
const doc = generateOpenApiDocument();
const outputs: [string, string][] = [
  [DOCUMENT_FILE, serializeDocument(doc)],
  [TYPES_FILE, await generateTypes(doc)],
];
let stale = 0;
for (const [file, text] of outputs) {
  const name = path.relative(repoRoot, file);
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
  if (current === text) {
    process.stdout.write(`${name}: up to date\n`);
  } else if (check) {
    process.stdout.write(`${name}: out of date, run npm run openapi:generate\n`);
    stale++;
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    process.stdout.write(`${name}: written\n`);
  }
}
process.exit(stale ? 1 : 0);
