#!/usr/bin/env node
// Entry point of `npx watchword-client`: the command-line client (src/client/main.ts), a separate
// program that shares only this package with the server; started the same way (./launch.mjs).
import { launch } from "./launch.mjs";

await launch("watchword-client", {
  dist: () => import("../../dist/client/main.js"),
  dev: () => import("./dev.mjs").then((dev) => dev.client()),
});
