// Development only (see launch.mjs): the sources through tsx, when dist/ is older than src/.
// Fails to load where tsx is not installed (npm ci --omit=dev), and launch.mjs says so.
import { register } from "tsx/esm/api";

register();
export const cli = () => import("../cli.ts");
export const client = () => import("../client/main.ts");
