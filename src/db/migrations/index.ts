import { Foundation1732000000000 } from "./1732000000000-Foundation.ts";
import { Users1732000001000 } from "./1732000001000-Users.ts";
import { Identity1732000002000 } from "./1732000002000-Identity.ts";
import { Resources1732000003000 } from "./1732000003000-Resources.ts";
import { Audit1732000004000 } from "./1732000004000-Audit.ts";
import { Throttle1732000005000 } from "./1732000005000-Throttle.ts";
import { AuditChain1732000005100 } from "./1732000005100-AuditChain.ts";
import { Organize1732000006000 } from "./1732000006000-Organize.ts";
import { Folders1732000007000 } from "./1732000007000-Folders.ts";
import { Purge1732000008000 } from "./1732000008000-Purge.ts";
import { EmailQueue1732000009000 } from "./1732000009000-EmailQueue.ts";
import { Mfa1732000010000 } from "./1732000010000-Mfa.ts";

/** Every migration, in order. New ones are appended here. */
export const migrations = [
  Foundation1732000000000,
  Users1732000001000,
  Identity1732000002000,
  Resources1732000003000,
  Audit1732000004000,
  Throttle1732000005000,
  AuditChain1732000005100,
  Organize1732000006000,
  Folders1732000007000,
  Purge1732000008000,
  EmailQueue1732000009000,
  Mfa1732000010000,
];
