/**
 * The sizes of the seeded organisation and of the measurement rounds, full and quick.
 *
 * The organisation: `orgUsers` users (ada the admin, grace who manages the big group, hopper
 * who shares in the share benchmark, and colleagues), `groups` groups, resources of which ada
 * reaches `adaOwned + adaDirect + adaViaGroup` (owned, shared with her directly, through the
 * "Ops" group), a "Big" group reaching `bigGroupResources`, the other groups a few each, and
 * personal filler resources of the colleagues up to `resourcesSmall` / `resourcesLarge`.
 * A share to N new recipients needs N other users: `recipients` extra accounts (in no group,
 * owning nothing) make up the difference; they are also the users added to Big.
 */
export interface Scale {
  name: "full" | "quick";
  orgUsers: number;
  recipients: number;
  groups: number;
  opsMembers: number;
  bigMembers: number;
  otherGroupMembers: number;
  adaOwned: number;
  adaDirect: number;
  adaViaGroup: number;
  bigGroupResources: number;
  otherGroupResources: number;
  resourcesSmall: number;
  resourcesLarge: number;
  shareSmall: number;
  shareLarge: number;
  /** Rounds per figure (the median is reported). */
  rounds: number;
  /** Seconds per autocannon round for the throughput figures. */
  seconds: number;
  /** Connections of the throughput rounds. */
  connections: number;
  /** Requests per round of the resource list (one connection: the latency is the service time). */
  listRequests: number;
  shareRounds: number;
  groupAddRounds: number;
  /** Handshakes per login round. */
  logins: number;
  loginRounds: number;
}

export const FULL: Scale = {
  name: "full",
  orgUsers: 200,
  recipients: 320,
  groups: 20,
  opsMembers: 10,
  bigMembers: 10,
  otherGroupMembers: 8,
  adaOwned: 300,
  adaDirect: 200,
  adaViaGroup: 500,
  bigGroupResources: 1000,
  otherGroupResources: 25,
  resourcesSmall: 10_000,
  resourcesLarge: 100_000,
  shareSmall: 25,
  shareLarge: 500,
  rounds: 5,
  seconds: 5,
  connections: 10,
  listRequests: 60,
  shareRounds: 5,
  groupAddRounds: 3,
  logins: 400,
  loginRounds: 3,
};

export const QUICK: Scale = {
  name: "quick",
  orgUsers: 50,
  recipients: 10,
  groups: 5,
  opsMembers: 5,
  bigMembers: 5,
  otherGroupMembers: 4,
  adaOwned: 60,
  adaDirect: 40,
  adaViaGroup: 100,
  bigGroupResources: 200,
  otherGroupResources: 10,
  resourcesSmall: 1_000,
  resourcesLarge: 2_000,
  shareSmall: 25,
  shareLarge: 50,
  rounds: 3,
  seconds: 1,
  connections: 10,
  listRequests: 15,
  shareRounds: 3,
  groupAddRounds: 2,
  logins: 60,
  loginRounds: 2,
};

export const adaVisible = (s: Scale): number => s.adaOwned + s.adaDirect + s.adaViaGroup;

/** What the seed depends on: a seeded database is reused only when this is unchanged. */
export function seedKey(s: Scale, resources: number): string {
  return JSON.stringify({
    v: 1,
    orgUsers: s.orgUsers,
    recipients: s.recipients,
    groups: s.groups,
    opsMembers: s.opsMembers,
    bigMembers: s.bigMembers,
    otherGroupMembers: s.otherGroupMembers,
    adaOwned: s.adaOwned,
    adaDirect: s.adaDirect,
    adaViaGroup: s.adaViaGroup,
    bigGroupResources: s.bigGroupResources,
    otherGroupResources: s.otherGroupResources,
    resources,
  });
}
