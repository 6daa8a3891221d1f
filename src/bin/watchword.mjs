#!/usr/bin/env node
// Entry point of `npm start` and `npx watchword`: the server and its operator commands
// (src/cli.ts), from dist/ when built and current, else the sources through tsx (./launch.mjs).
import { launch } from "./launch.mjs";

await launch("watchword", {
  dist: () => import("../../dist/cli.js"),
  dev: () => import("./dev.mjs").then((dev) => dev.cli()),
});
