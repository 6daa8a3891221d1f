/** Wire shapes of /share answers. */
import { presentGroup } from "../resources/resources.presenter.ts";
import { presentUser } from "../users/users.presenter.ts";
import type { ShareOutcome } from "./share.apply.ts";
import type { Aro } from "./share.search.ts";

/** Passbolt's legacy dry-run shape: `{changes: {added: [{User: {id}}], removed: [...]}}`. */
export function presentSimulation(outcome: ShareOutcome) {
  const ref = (id: string) => ({ User: { id } });
  return { changes: { added: outcome.added.map(ref), removed: outcome.removed.map(ref) } };
}

/** A user (with its contains) or a group with `user_count`. */
export function presentAro(aro: Aro, appUrl: string) {
  if (aro.kind === "user") return presentUser(aro.user, appUrl);
  return { ...presentGroup(aro.group), user_count: aro.group.userCount };
}
