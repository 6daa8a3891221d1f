#!/usr/bin/env node
// Entry point of `npm start` and `npx watchword`: runs the TypeScript sources through tsx.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../cli.ts");
await main(process.argv.slice(2));
