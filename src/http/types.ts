import type { ParameterizedContext } from "koa";
import type { Logger } from "pino";

/** What every request carries in ctx.state. Domains add their own fields (actor, input). */
export interface AppState {
  requestId: string;
  /** Route name such as "HealthcheckStatus.status"; header.action is its uuid5. */
  actionName?: string;
  /** Extra response headers that must survive an error (e.g. X-GPGAuth-*). */
  log: Logger;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [key: string]: any;
}

export type AppContext = ParameterizedContext<AppState>;
