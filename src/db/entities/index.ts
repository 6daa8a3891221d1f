import { AuthenticationTokenEntity } from "./AuthenticationToken.ts";
import { ProfileEntity } from "./Profile.ts";
import { RoleEntity } from "./Role.ts";
import { ServerKeyEntity } from "./ServerKey.ts";
import { UserEntity } from "./User.ts";
import { GpgkeyEntity } from "./Gpgkey.ts";
import { SessionEntity } from "./Session.ts";
import { ResourceTypeEntity } from "./ResourceType.ts";
import { ResourceEntity } from "./Resource.ts";
import { SecretEntity } from "./Secret.ts";
import { PermissionEntity } from "./Permission.ts";
import { GroupEntity } from "./Group.ts";
import { GroupUserEntity } from "./GroupUser.ts";
import { FavoriteEntity } from "./Favorite.ts";
import { SecretAccessEntity } from "./SecretAccess.ts";
import { AuditLogEntity } from "./AuditLog.ts";
import { AuditChainEntity } from "./AuditChain.ts";
import { ThrottleEntity } from "./Throttle.ts";
import { CommentEntity } from "./Comment.ts";
import { TagEntity } from "./Tag.ts";
import { ResourceTagEntity } from "./ResourceTag.ts";
import { OrganizationSettingEntity } from "./OrganizationSetting.ts";
import { FolderEntity } from "./Folder.ts";
import { FolderRelationEntity } from "./FolderRelation.ts";
import { EmailQueueEntity } from "./EmailQueue.ts";
import { MfaAccountEntity } from "./MfaAccount.ts";

export const entities = [
  ServerKeyEntity,
  RoleEntity,
  UserEntity,
  ProfileEntity,
  AuthenticationTokenEntity,
  GpgkeyEntity,
  SessionEntity,
  ResourceTypeEntity,
  ResourceEntity,
  SecretEntity,
  PermissionEntity,
  GroupEntity,
  GroupUserEntity,
  FavoriteEntity,
  SecretAccessEntity,
  AuditLogEntity,
  AuditChainEntity,
  ThrottleEntity,
  CommentEntity,
  TagEntity,
  ResourceTagEntity,
  OrganizationSettingEntity,
  FolderEntity,
  FolderRelationEntity,
  EmailQueueEntity,
  MfaAccountEntity,
];
