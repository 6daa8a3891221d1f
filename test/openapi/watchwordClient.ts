/**
 * A Watchword client made only from our OpenAPI document: the types openapi-typescript
 * generates (openapi/schema.d.ts) and openapi-fetch, as a third-party integrator would build
 * it. client.test.ts compiles this module with tsc against freshly generated types, so a
 * change to the document that breaks such a client fails the suite.
 */
import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "../../openapi/schema.d.ts";

export type WatchwordClient = Client<paths>;
export type ErrorEnvelope = components["schemas"]["ErrorEnvelope"];
/** The entities are named types: what an SDK user writes in their own signatures. */
export type Resource = components["schemas"]["Resource"];
export type Secret = components["schemas"]["Secret"];
export type User = components["schemas"]["User"];

/** A client for the server at baseUrl, with a JWT access token when given. */
export function watchwordClient(baseUrl: string, accessToken?: string): WatchwordClient {
  return createClient<paths>({
    baseUrl,
    headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
  });
}

function fail(what: string, status: number, error: { header: { message: string } }): never {
  throw new Error(`${what} answered ${status}: ${error.header.message}`);
}

/** GET /healthcheck/status.json: the body is the constant "OK". */
export async function healthStatus(client: WatchwordClient): Promise<"OK"> {
  const { data, error, response } = await client.GET("/healthcheck/status.json", {
    params: { query: { "api-version": "v2" } },
  });
  if (error) fail("GET /healthcheck/status.json", response.status, error);
  const ok: "OK" = data.body;
  return ok;
}

/** GET /auth/verify.json: the server's OpenPGP key and its fingerprint. */
export async function serverKey(client: WatchwordClient): Promise<{ fingerprint: string; keydata: string }> {
  const { data, error, response } = await client.GET("/auth/verify.json");
  if (error) fail("GET /auth/verify.json", response.status, error);
  return { fingerprint: data.body.fingerprint, keydata: data.body.keydata };
}

/** GET /settings.json, in the envelope or, with contain[header]=0, bare. */
export async function settings(
  client: WatchwordClient,
  bare = false,
): Promise<{ url: string; edition: string; enveloped: boolean }> {
  const { data, error, response } = await client.GET("/settings.json", {
    params: { query: bare ? { "contain[header]": "0" } : {} },
  });
  if (error) fail("GET /settings.json", response.status, error);
  const s = "header" in data ? data.body : data;
  return { url: s.app.url, edition: s.passbolt.edition, enveloped: "header" in data };
}

/** The error envelope of a request that fails, e.g. GET /settings.json with a bad token. */
export async function settingsError(
  client: WatchwordClient,
): Promise<{ status: number; error: ErrorEnvelope }> {
  const { error, response } = await client.GET("/settings.json");
  if (!error) throw new Error("GET /settings.json did not fail");
  if (!("header" in error) || typeof error.body !== "string") throw new Error("not an ErrorEnvelope");
  return { status: response.status, error: { header: error.header, body: "" } };
}

/** POST /auth/jwt/login.json: sends the armored challenge, returns the armored answer. */
export async function jwtLogin(client: WatchwordClient, userId: string, challenge: string): Promise<string> {
  const { data, error, response } = await client.POST("/auth/jwt/login.json", {
    body: { user_id: userId, challenge },
  });
  if (error) fail("POST /auth/jwt/login.json", response.status, error);
  return data.body.challenge;
}

export type ResourceCreate = NonNullable<
  paths["/resources.json"]["post"]["requestBody"]
>["content"]["application/json"];

/** POST /resources.json: returns the new resource's id. */
export async function createResource(client: WatchwordClient, body: ResourceCreate): Promise<string> {
  const { data, error, response } = await client.POST("/resources.json", { body });
  if (error) fail("POST /resources.json", response.status, error);
  return data.body.id;
}

/** GET /resources.json with contain[permission]: id, name and the caller's permission type. */
export async function listResources(
  client: WatchwordClient,
): Promise<{ id: string; name: string | null | undefined; permissionType: number | undefined }[]> {
  const { data, error, response } = await client.GET("/resources.json", {
    params: { query: { "contain[permission]": "1" } },
  });
  if (error) fail("GET /resources.json", response.status, error);
  const resources: Resource[] = data.body;
  return resources.map((r) => ({ id: r.id, name: r.name, permissionType: r.permission?.type }));
}

/** GET /secrets/resource/{resourceId}.json: the caller's armored secret. */
export async function readSecret(client: WatchwordClient, resourceId: string): Promise<string> {
  const { data, error, response } = await client.GET("/secrets/resource/{resourceId}.json", {
    params: { path: { resourceId } },
  });
  if (error) fail("GET /secrets/resource/{resourceId}.json", response.status, error);
  const secret: Secret = data.body;
  return secret.data;
}
