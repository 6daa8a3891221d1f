/**
 * The HTTP side: Passbolt API v2 calls (`.json` paths, `api-version=v2`, the `{header, body}`
 * envelope) with Node's fetch. A logged-in Api sends the access token, refreshes it when it has
 * expired (or the server says 401) and saves the rotated refresh token at once. Every failure
 * becomes one ClientError line with its exit status.
 */
import { ClientError, EXIT } from "./clientError.ts";
import { lockState, readState, writeState, type ClientState } from "./state.ts";

export interface Envelope<B> {
  header: { message?: string; status?: string; code?: number };
  body: B;
}

export interface Reply<B> {
  status: number;
  body: B;
  message: string;
  headers: Headers;
}

type QueryValue = string | number | boolean | string[] | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Send the access token (default true for a logged-in Api). */
  auth?: boolean;
  /** Extra headers (a cookie session during login). */
  headers?: Record<string, string>;
  /** Statuses the caller handles itself instead of an error. */
  accept?: number[];
}

const loginHint = (server: string) => `run \`watchword-client login --server ${server} --key FINGERPRINT\``;

/** The field -> rule -> message tree of a 400, flattened to "field: message; ...". */
function validationDetails(body: unknown, prefix = ""): string[] {
  if (!body || typeof body !== "object" || Array.isArray(body)) return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (typeof v === "string") out.push(`${prefix || k}: ${v}`);
    else out.push(...validationDetails(v, prefix ? prefix : k));
  }
  return out;
}

/** Seconds until the JWT's exp claim (negative when expired; -1 when unreadable). */
export function secondsLeft(jwt: string | undefined): number {
  try {
    const payload = JSON.parse(Buffer.from(jwt!.split(".")[1]!, "base64url").toString("utf8"));
    return typeof payload.exp === "number" ? payload.exp - Date.now() / 1000 : -1;
  } catch {
    return -1;
  }
}

export class Api {
  constructor(
    readonly server: string,
    public state?: ClientState,
  ) {}

  private url(path: string, query: Record<string, QueryValue> = {}): string {
    const url = new URL(this.server + path);
    url.searchParams.set("api-version", "v2");
    for (const [k, v] of Object.entries(query)) {
      if (v === undefined) continue;
      if (Array.isArray(v)) for (const item of v) url.searchParams.append(k, item);
      else url.searchParams.set(k, String(v));
    }
    return url.toString();
  }

  /** One HTTP exchange, no retry. */
  private async exchange<B>(method: string, path: string, o: RequestOptions): Promise<Reply<B>> {
    const headers: Record<string, string> = { accept: "application/json", ...o.headers };
    if (o.body !== undefined) headers["content-type"] = "application/json";
    if (o.auth !== false && this.state?.access_token)
      headers.authorization = `Bearer ${this.state.access_token}`;
    let res: Response;
    try {
      res = await fetch(this.url(path, o.query), {
        method,
        headers,
        body: o.body === undefined ? undefined : JSON.stringify(o.body),
        redirect: "manual",
        signal: AbortSignal.timeout(60_000),
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      const why = cause?.code ?? cause?.message ?? (err as Error).message;
      const tls = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(why)
        ? " (its certificate is not one this system trusts: NODE_EXTRA_CA_CERTS=/path/to/ca.pem adds a CA)"
        : "";
      throw new ClientError(`cannot reach ${this.server}: ${why}${tls}`, EXIT.unreachable);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get("location"))
      throw new ClientError(
        `${this.server} redirects to ${res.headers.get("location")}: give that address as --server`,
      );
    const text = await res.text();
    let parsed: Envelope<B> | undefined;
    try {
      parsed = JSON.parse(text) as Envelope<B>;
    } catch {
      parsed = undefined;
    }
    if (!parsed || typeof parsed !== "object" || !("header" in parsed))
      throw new ClientError(
        `${this.server} answered HTTP ${res.status} without a Passbolt API envelope: is it a Watchword or Passbolt server?`,
      );
    return {
      status: res.status,
      body: parsed.body,
      message: parsed.header?.message ?? "",
      headers: res.headers,
    };
  }

  /** Turns a refusal into its one line. */
  private refusal(method: string, path: string, r: Reply<unknown>): ClientError {
    const what = `${method} ${path.replace(/\.json$/, "")}`;
    const msg = r.message || `HTTP ${r.status}`;
    switch (r.status) {
      case 400: {
        const details = validationDetails(r.body);
        return new ClientError(`refused (400): ${msg}${details.length ? ` (${details.join("; ")})` : ""}`);
      }
      case 401:
        return new ClientError(
          `not logged in to ${this.server} (401: ${msg}): ${loginHint(this.server)}`,
          EXIT.unauthenticated,
        );
      case 403:
        return new ClientError(`not allowed (403): ${msg}`, EXIT.forbidden);
      case 404:
        return new ClientError(`not found (404): ${msg}`, EXIT.notFound);
      case 429: {
        const after = r.headers.get("retry-after");
        return new ClientError(
          `too many requests (429): ${msg}; retry after ${after ?? "a while"}${after && /^\d+$/.test(after) ? " s" : ""}`,
          EXIT.rateLimited,
        );
      }
      default:
        return new ClientError(`${what} failed (${r.status}): ${msg}`);
    }
  }

  /** A request; with a session, the access token is refreshed first when it has expired. */
  async call<B>(method: string, path: string, o: RequestOptions = {}): Promise<Reply<B>> {
    const authed = o.auth !== false && this.state?.refresh_token !== undefined;
    if (authed && secondsLeft(this.state!.access_token) < 15) await this.refreshOnce();
    const sent = this.state?.access_token;
    let r = await this.exchange<B>(method, path, o);
    if (r.status === 401 && authed) {
      // a concurrent request may have refreshed already: then only retry
      if (this.state!.access_token === sent) await this.refreshOnce();
      r = await this.exchange<B>(method, path, o);
    }
    if (r.status >= 200 && r.status < 300) return r;
    if (o.accept?.includes(r.status)) return r;
    throw this.refusal(method, path, r);
  }

  /** Refreshes the access token now if it has expired (or is about to). */
  async fresh(): Promise<void> {
    if (this.state?.refresh_token !== undefined && secondsLeft(this.state.access_token) < 15)
      await this.refreshOnce();
  }

  get = <B>(path: string, o?: RequestOptions) => this.call<B>("GET", path, o);
  post = <B>(path: string, o?: RequestOptions) => this.call<B>("POST", path, o);
  put = <B>(path: string, o?: RequestOptions) => this.call<B>("PUT", path, o);
  delete = <B>(path: string, o?: RequestOptions) => this.call<B>("DELETE", path, o);

  private refreshing: Promise<void> | undefined;

  /**
   * One refresh for all the requests in flight: a refresh token works once, and presenting it
   * twice makes the server revoke every refresh token of the user.
   */
  private refreshOnce(): Promise<void> {
    this.refreshing ??= this.refresh().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  /**
   * A new access token for the refresh token; the server rotates the refresh token (Set-Cookie),
   * and the state is saved before anything else happens.
   * @throws ClientError (exit 4) when the refresh token is no longer accepted
   */
  async refresh(): Promise<void> {
    const s = this.state!;
    // another watchword-client may be refreshing the same session (a script running several):
    // one at a time, and whoever comes second takes the tokens the first one saved
    const release = await lockState(this.server);
    try {
      const saved = readState(this.server);
      if (saved?.refresh_token && saved.refresh_token !== s.refresh_token) {
        Object.assign(s, saved);
        if (secondsLeft(saved.access_token) >= 15) return;
      }
      await this.refreshNow(s);
    } finally {
      release();
    }
  }

  private async refreshNow(s: ClientState): Promise<void> {
    const r = await this.exchange<{ access_token?: string }>("POST", "/auth/jwt/refresh.json", {
      auth: false,
      body: { user_id: s.user_id, refresh_token: s.refresh_token },
    });
    // only a refused token ends the session; a busy or failing server leaves it for later
    if (r.status === 429 || r.status >= 500) throw this.refusal("POST", "/auth/jwt/refresh.json", r);
    if (r.status !== 200 || typeof r.body?.access_token !== "string") {
      delete s.access_token;
      delete s.refresh_token;
      writeState(s);
      throw new ClientError(
        `the session on ${this.server} is over (${r.message || `HTTP ${r.status}`}): ${loginHint(this.server)}`,
        EXIT.unauthenticated,
      );
    }
    const rotated = r.headers
      .getSetCookie()
      .map((c) => /^refresh_token=([^;]+)/.exec(c)?.[1])
      .find((v) => v !== undefined);
    s.access_token = r.body.access_token;
    if (rotated) s.refresh_token = decodeURIComponent(rotated);
    writeState(s);
  }
}
