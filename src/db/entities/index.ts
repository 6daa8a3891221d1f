import { AuthenticationTokenEntity } from "./AuthenticationToken.ts";
import { ProfileEntity } from "./Profile.ts";
import { RoleEntity } from "./Role.ts";
import { ServerKeyEntity } from "./ServerKey.ts";
import { UserEntity } from "./User.ts";
import { GpgkeyEntity } from "./Gpgkey.ts";
import { SessionEntity } from "./Session.ts";

export const entities = [
  ServerKeyEntity,
  RoleEntity,
  UserEntity,
  ProfileEntity,
  AuthenticationTokenEntity,
  GpgkeyEntity,
  SessionEntity,
];
