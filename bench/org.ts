/**
 * Who is who in the seeded organisation, derived from the scale alone (so the runner finds the
 * same people the seed made, by username). See scale.ts for the shape.
 */
import type { Scale } from "./scale.ts";

export const DOMAIN = "bench.watchword.test";

export interface Person {
  email: string;
  firstName: string;
  lastName: string;
  role: "admin" | "user";
}

export interface GroupPlan {
  name: string;
  /** Emails; the first is the group manager. */
  members: string[];
  /** Resource name prefix of the resources shared with the group. */
  prefix: string;
  resources: number;
  /** Permission type given to the group. */
  type: 1 | 7 | 15;
}

export interface Org {
  ada: Person;
  /** Manager of the big group; runs the group benchmark. */
  grace: Person;
  /** Shares in the share benchmark. */
  margaret: Person;
  colleagues: Person[];
  /** Extra accounts in no group and owning nothing: share recipients and users added to Big. */
  recipients: Person[];
  everyone: Person[];
  /** Owners of the resources shared with ada and with Ops and Big. */
  sharers: Person[];
  ops: GroupPlan;
  big: GroupPlan;
  others: GroupPlan[];
}

const pad = (n: number, w = 3) => String(n).padStart(w, "0");

export function organisation(s: Scale): Org {
  const person = (
    local: string,
    firstName: string,
    lastName: string,
    role: "admin" | "user" = "user",
  ): Person => ({
    email: `${local}@${DOMAIN}`,
    firstName,
    lastName,
    role,
  });
  const ada = person("ada", "Ada", "Lovelace", "admin");
  const grace = person("grace", "Grace", "Hopper");
  const margaret = person("margaret", "Margaret", "Hamilton");
  const colleagues = Array.from({ length: s.orgUsers - 3 }, (_, i) =>
    person(`user-${pad(i + 1)}`, "User", pad(i + 1)),
  );
  const recipients = Array.from({ length: s.recipients }, (_, i) =>
    person(`recipient-${pad(i + 1)}`, "Recipient", pad(i + 1)),
  );
  const c = (i: number) => colleagues[i % colleagues.length]!.email;
  const ops: GroupPlan = {
    name: "Ops",
    members: [ada.email, ...Array.from({ length: s.opsMembers - 1 }, (_, i) => c(i))],
    prefix: "ops",
    resources: s.adaViaGroup,
    type: 7,
  };
  const bigStart = s.opsMembers - 1;
  const big: GroupPlan = {
    name: "Big",
    members: [grace.email, ...Array.from({ length: s.bigMembers - 1 }, (_, i) => c(bigStart + i))],
    prefix: "big",
    resources: s.bigGroupResources,
    type: 1,
  };
  const othersStart = bigStart + s.bigMembers - 1;
  const others = Array.from({ length: s.groups - 2 }, (_, g) => ({
    name: `Team ${pad(g + 1, 2)}`,
    members: Array.from({ length: s.otherGroupMembers }, (_, j) =>
      c(othersStart + g * s.otherGroupMembers + j),
    ),
    prefix: `team${pad(g + 1, 2)}`,
    resources: s.otherGroupResources,
    type: 7 as const,
  }));
  const sharers = colleagues.slice(-4);
  return {
    ada,
    grace,
    margaret,
    colleagues,
    recipients,
    everyone: [ada, grace, margaret, ...colleagues, ...recipients],
    sharers,
    ops,
    big,
    others,
  };
}
