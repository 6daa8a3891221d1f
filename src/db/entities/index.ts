import { AuthenticationTokenEntity } from "./AuthenticationToken.ts";
import { ProfileEntity } from "./Profile.ts";
import { RoleEntity } from "./Role.ts";
import { ServerKeyEntity } from "./ServerKey.ts";
import { UserEntity } from "./User.ts";

export const entities = [ServerKeyEntity, RoleEntity, UserEntity, ProfileEntity, AuthenticationTokenEntity];
