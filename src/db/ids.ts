/**
 * New ids, the UUID pattern, and the deterministic ids (roles) derived in Passbolt's namespace
 * (a branded type, so that a role id is not taken for another id).
 */
import { v4 as uuidv4, v5 as uuidv5 } from "uuid";
import { PASSBOLT_NAMESPACE } from "../http/action.ts";

declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type RoleId = Brand<string, "RoleId">;

export const newId = (): string => uuidv4();

/** Roles have fixed ids, as in a Passbolt debug install: uuid5("role.id.<name>"). */
export const roleId = (name: string): RoleId => uuidv5(`role.id.${name}`, PASSBOLT_NAMESPACE) as RoleId;

export const UUID_PATTERN =
  "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$";
export const isUuid = (s: unknown): s is string => typeof s === "string" && new RegExp(UUID_PATTERN).test(s);
