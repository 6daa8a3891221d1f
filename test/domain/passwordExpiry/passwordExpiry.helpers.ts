import type { RunningServer } from "../../../src/server.ts";
import { OrganizationSettingEntity } from "../../../src/db/entities/OrganizationSetting.ts";

/** Back to the defaults (no saved settings), so that other suites are not affected. */
export async function clearPasswordExpirySettings(server: RunningServer): Promise<void> {
  await server.db.tx((m) =>
    m.getRepository(OrganizationSettingEntity).delete({ property: "passwordExpiry" }),
  );
}
