/**
 * Field-by-field checks of what the browser extension validates in every response: exact key
 * sets, types, nullability, integer permission types, RFC UUIDs, ISO-8601 dates with an offset.
 * Each also validates against the route's own response schema (the OpenAPI source).
 */
import { expect } from "chai";
import { ajv } from "../../../src/http/ajv.ts";
import { resourceSchema } from "../../../src/domain/resources/resources.schemas.ts";
import { secretSchema } from "../../../src/domain/secrets/secrets.schemas.ts";
import { resourceTypeSchema } from "../../../src/domain/resourceTypes/resourceTypes.schemas.ts";

export const RFC_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const ISO_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/;

type Json = Record<string, unknown>;

export function expectUuid(v: unknown, label: string): void {
  expect(v, label).to.be.a("string").and.match(RFC_UUID);
}
export function expectDate(v: unknown, label: string): void {
  expect(v, label).to.be.a("string").and.match(ISO_DATE);
  expect(Number.isNaN(Date.parse(v as string)), label).to.equal(false);
}
export function expectDateOrNull(v: unknown, label: string): void {
  if (v !== null) expectDate(v, label);
}
const expectStringOrNull = (v: unknown, label: string) => {
  if (v !== null) expect(v, label).to.be.a("string");
};

export function expectSchema(schema: object, value: unknown, label: string): void {
  const validate = ajv.compile(schema);
  expect(validate(value), `${label}: ${ajv.errorsText(validate.errors)}`).to.equal(true);
}

export function expectSecret(s: Json, label = "secret"): void {
  expect(Object.keys(s).sort(), label).to.deep.equal([
    "created",
    "created_by",
    "data",
    "deleted",
    "id",
    "modified",
    "modified_by",
    "resource_id",
    "secret_revision_id",
    "user_id",
  ]);
  for (const k of ["id", "user_id", "resource_id", "created_by", "modified_by"])
    expectUuid(s[k], `${label}.${k}`);
  expectDate(s.created, `${label}.created`);
  expectDate(s.modified, `${label}.modified`);
  expect(s.deleted, `${label}.deleted`).to.equal(null);
  expect(s.secret_revision_id, `${label}.secret_revision_id`).to.equal(null);
  expect(s.data, `${label}.data`)
    .to.be.a("string")
    .and.match(/^-----BEGIN PGP MESSAGE-----/);
  expectSchema(secretSchema, s, label);
}

export function expectPermission(p: Json, label = "permission"): void {
  for (const k of ["id", "aco_foreign_key", "aro_foreign_key"]) expectUuid(p[k], `${label}.${k}`);
  expect(p.aco, `${label}.aco`).to.equal("Resource");
  expect(p.aro, `${label}.aro`).to.be.oneOf(["User", "Group"]);
  expect(p.type, `${label}.type is an integer`).to.be.a("number").and.oneOf([1, 7, 15]);
  expectDate(p.created, `${label}.created`);
  expectDate(p.modified, `${label}.modified`);
}

export function expectUser(u: Json, withProfile: boolean, label = "user"): void {
  for (const k of ["id", "role_id"]) expectUuid(u[k], `${label}.${k}`);
  expect(u.username, `${label}.username`).to.be.a("string");
  expect(u.active, `${label}.active`).to.be.a("boolean");
  expect(u.deleted, `${label}.deleted`).to.be.a("boolean");
  expectDateOrNull(u.disabled, `${label}.disabled`);
  expectDateOrNull(u.last_logged_in, `${label}.last_logged_in`);
  expectDate(u.created, `${label}.created`);
  expectDate(u.modified, `${label}.modified`);
  if (!withProfile) {
    expect(u, label).not.to.have.property("profile");
    return;
  }
  const p = u.profile as Json;
  expectUuid(p.id, `${label}.profile.id`);
  expect(p.user_id, `${label}.profile.user_id`).to.equal(u.id);
  expect(p.first_name).to.be.a("string");
  expect(p.last_name).to.be.a("string");
  expectDate(p.created, `${label}.profile.created`);
  expect((p.avatar as { url: Json }).url.medium).to.be.a("string");
}

export function expectResourceType(t: Json, label = "resource_type"): void {
  expectUuid(t.id, `${label}.id`);
  expect(t.slug).to.be.a("string");
  expect(t.name).to.be.a("string");
  expect(t.definition, `${label}.definition`).to.be.an("object").with.keys("resource", "secret");
  expectDate(t.created, `${label}.created`);
  expectDateOrNull(t.deleted, `${label}.deleted`);
  expectSchema(resourceTypeSchema, t, label);
}

/** A v4 resource and the contains asked for (by contain name). */
export function expectResource(r: Json, contains: string[] = [], label = "resource"): void {
  for (const k of ["id", "created_by", "modified_by", "resource_type_id"]) expectUuid(r[k], `${label}.${k}`);
  expect(r.name, `${label}.name`).to.be.a("string");
  for (const k of ["username", "uri", "description"]) expectStringOrNull(r[k], `${label}.${k}`);
  expect(r.deleted, `${label}.deleted`).to.equal(false);
  expectDate(r.created, `${label}.created`);
  expectDate(r.modified, `${label}.modified`);
  expectDateOrNull(r.expired, `${label}.expired`);
  expect(r.folder_parent_id, `${label}.folder_parent_id`).to.equal(null);
  expect(r.personal, `${label}.personal`).to.be.a("boolean");
  const has = (c: string) => contains.includes(c);
  const expectedKeys = [
    "id",
    "name",
    "username",
    "uri",
    "description",
    "deleted",
    "created",
    "modified",
    "created_by",
    "modified_by",
    "resource_type_id",
    "expired",
    "folder_parent_id",
    "personal",
    ...(has("creator") ? ["creator"] : []),
    ...(has("modifier") ? ["modifier"] : []),
    ...(has("favorite") ? ["favorite"] : []),
    ...(has("secret") ? ["secrets"] : []),
    ...(has("resource-type") ? ["resource_type"] : []),
    ...(has("permission") ? ["permission"] : []),
    ...(contains.some((c) => c.startsWith("permissions")) ? ["permissions"] : []),
  ];
  expect(Object.keys(r).sort(), `${label} keys`).to.deep.equal(expectedKeys.sort());
  if (has("creator")) expectUser(r.creator as Json, false, `${label}.creator`);
  if (has("modifier")) expectUser(r.modifier as Json, false, `${label}.modifier`);
  if (has("favorite") && r.favorite !== null) {
    const f = r.favorite as Json;
    for (const k of ["id", "user_id", "foreign_key"]) expectUuid(f[k], `${label}.favorite.${k}`);
    expect(f.foreign_model).to.equal("Resource");
    expectDate(f.created, `${label}.favorite.created`);
  }
  if (has("secret")) (r.secrets as Json[]).forEach((s, i) => expectSecret(s, `${label}.secrets.${i}`));
  if (has("resource-type")) expectResourceType(r.resource_type as Json, `${label}.resource_type`);
  if (has("permission")) expectPermission(r.permission as Json, `${label}.permission`);
  for (const [i, p] of ((r.permissions as Json[] | undefined) ?? []).entries()) {
    expectPermission(p, `${label}.permissions.${i}`);
    if (p.aro === "User" && has("permissions.user.profile"))
      expectUser(p.user as Json, true, `${label}.permissions.${i}.user`);
    if (p.aro === "Group" && has("permissions.group")) {
      const g = p.group as Json;
      expectUuid(g.id, `${label}.permissions.${i}.group.id`);
      expect(g.deleted).to.equal(false);
      expectDate(g.created, `${label}.permissions.${i}.group.created`);
    }
  }
  expectSchema(resourceSchema, r, label);
}
