import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '@ta/domain';
import { ConnectionType } from '../../../infra/graphql/pagination.js';
import { DateTimeScalar } from '../../../infra/graphql/scalars.js';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as Record<Role, Role>;
registerEnumType(RoleEnum, {
  name: 'Role',
  description:
    'ADMIN: users and reference data too. SECRETARIAT: the whole programme. FIELD_OFFICE: its States. DONOR: its own data and the gaps. VIEWER: reads all but confidential fields.',
});

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field()
  active!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  fieldOfficeCode!: string | null;
  donorId!: string | null;
}

export const UserConnection = ConnectionType(UserModel, 'UserConnection');

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Send as `Authorization: Bearer <token>`; it is also set as an httpOnly cookie.' })
  token!: string;

  @Field(() => DateTimeScalar, { description: 'When the token stops working; refreshSession renews it while the session lasts.' })
  expiresAt!: Date;

  @Field(() => UserModel)
  user!: UserModel;
}
