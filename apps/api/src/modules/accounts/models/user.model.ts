import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CAPABILITIES, ROLES, type Capabilities, type Capability, type Role } from '@ta/domain';
import { ConnectionType } from '../../../infra/graphql/pagination.js';
import { DateTimeScalar } from '../../../infra/graphql/scalars.js';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as Record<Role, Role>;
registerEnumType(RoleEnum, {
  name: 'Role',
  description:
    'ADMIN: users and reference data too. SECRETARIAT: the whole programme. FIELD_OFFICE: its States. DONOR: its own data and the gaps. VIEWER: reads all but confidential fields.',
});

/** What a user may do, one boolean per capability, from the one map in `@ta/domain`: the web client shows and hides by it. */
@ObjectType('UserCapabilities', {
  description: 'What the user may do; the web client shows and hides by this answer only.',
})
export class UserCapabilitiesModel implements Capabilities {
  readRequests!: boolean;
  logRequests!: boolean;
  moveRequests!: boolean;
  mergeRequests!: boolean;
  importRequests!: boolean;
  countRequestsByState!: boolean;
  editProgramme!: boolean;
  recordWorkshopOutcomes!: boolean;
  manageFunding!: boolean;
  recordIntentions!: boolean;
  editDonorProfile!: boolean;
  editDonorPriorities!: boolean;
  readHistory!: boolean;
  manageUsers!: boolean;
  requestRequestsReport!: boolean;
  editAuthorities!: boolean;
  proposeAuthorityChanges!: boolean;
  enterChecklists!: boolean;
  acceptChecklistNeeds!: boolean;
  publishQuestionnaires!: boolean;
  editLegislation!: boolean;
  recordCooperation!: boolean;
  editTreaties!: boolean;
}
for (const name of Object.keys(CAPABILITIES) as Capability[]) {
  Field(() => Boolean, { description: `Holds the permission ${CAPABILITIES[name]}.` })(
    UserCapabilitiesModel.prototype,
    name,
  );
}

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

  /** Answered by UserFieldsResolver.mustChangePassword (only to the person and who manages users). */
  mustChangePassword!: boolean;

  @Field(() => Int, {
    description:
      'Changes on every change to the account: send it back as expectedVersion (updateUser, deactivateUser…).',
  })
  version!: number;

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

  @Field(() => DateTimeScalar, {
    description: 'When the token stops working; refreshSession renews it while the session lasts.',
  })
  expiresAt!: Date;

  @Field(() => UserModel)
  user!: UserModel;
}
