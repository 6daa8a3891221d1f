import { expect } from "chai";

export interface UserJson {
  id: string;
  role_id: string;
  username: string;
  active: boolean;
  deleted: boolean;
  disabled: string | null;
  created: string;
  modified: string;
  last_logged_in: string | null;
  profile?: {
    id: string;
    user_id: string;
    first_name: string;
    last_name: string;
    created: string;
    modified: string;
    avatar: { url: { medium: string; small: string } };
  };
  gpgkey?: Record<string, unknown> | null;
  role?: { id: string; name: string; description: string | null; created: string; modified: string };
  groups_users?: unknown[];
}

export const RFC_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const ISO_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/;

/** The client contract: RFC UUIDs, ISO 8601 dates with offset, real booleans, nullability. */
export function expectUserShape(u: UserJson): void {
  expect(u.id).to.match(RFC_UUID);
  expect(u.role_id).to.match(RFC_UUID);
  expect(u.username).to.be.a("string");
  for (const k of ["active", "deleted"] as const) expect(u[k], k).to.be.a("boolean");
  for (const k of ["created", "modified"] as const) expect(u[k], k).to.match(ISO_DATE);
  for (const k of ["disabled", "last_logged_in"] as const)
    if (u[k] !== null) expect(u[k], k).to.match(ISO_DATE);
  if (u.profile) {
    expect(u.profile.user_id).to.equal(u.id);
    expect(u.profile.id).to.match(RFC_UUID);
    expect(u.profile.created).to.match(ISO_DATE);
    expect(u.profile.avatar.url.medium).to.be.a("string");
    expect(u.profile.avatar.url.small).to.be.a("string");
  }
  if (u.gpgkey) {
    expect(u.gpgkey.user_id).to.equal(u.id);
    expect(u.gpgkey.fingerprint).to.match(/^[0-9A-F]{40}$/);
    expect(u.gpgkey.key_id).to.match(/^[0-9A-F]{16}$/);
    expect(u.gpgkey.deleted).to.equal(false);
    for (const k of ["created", "modified", "key_created"]) expect(u.gpgkey[k], k).to.match(ISO_DATE);
  }
  if (u.role) {
    expect(u.role.id).to.equal(u.role_id);
    expect(u.role.created).to.match(ISO_DATE);
  }
}
