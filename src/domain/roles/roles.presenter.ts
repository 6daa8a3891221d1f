import type { Role } from "../../db/entities/Role.ts";
import { isoDate } from "../../http/dates.ts";

export interface RoleJson {
  id: string;
  name: string;
  description: string | null;
  created: string;
  modified: string;
}

export function presentRole(role: Role): RoleJson {
  return {
    id: role.id,
    name: role.name,
    description: role.description,
    created: isoDate(role.created),
    modified: isoDate(role.modified),
  };
}
