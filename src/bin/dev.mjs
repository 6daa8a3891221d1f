// Development only (see watchword.mjs): the sources through tsx, when dist/ is older than src/.
// Fails to load where tsx is not installed (npm ci --omit=dev), and watchword.mjs says so.
import { register } from "tsx/esm/api";

register();
export const { main } = await import("../cli.ts");
