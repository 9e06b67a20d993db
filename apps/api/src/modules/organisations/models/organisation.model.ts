import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ORGANISATION_TYPE_NAMES,
  PARTICIPATION_ROLE_NAMES,
  type OrganisationType,
  type ParticipationRole,
} from '@ta/domain';
import { enumOf } from '../../../infra/graphql/enum-of.js';
import { ActivityModel } from '../../programme/models/activity.model.js';
import { WorkshopModel } from '../../workshops/models/workshop.model.js';

export const OrganisationTypeEnum = enumOf(ORGANISATION_TYPE_NAMES);
registerEnumType(OrganisationTypeEnum, {
  name: 'OrganisationType',
  description: 'IATI organisation types (typeCode gives the IATI code, e.g. MULTILATERAL = 40).',
});
export const ParticipationRoleEnum = enumOf(PARTICIPATION_ROLE_NAMES);
registerEnumType(ParticipationRoleEnum, {
  name: 'ParticipationRole',
  description: 'IATI participating-org roles: FUNDING 1, ACCOUNTABLE 2, EXTENDING 3, IMPLEMENTING 4.',
});

@ObjectType('Organisation', { description: 'A partner organisation of the programme.' })
export class OrganisationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  acronym!: string | null;

  @Field(() => OrganisationTypeEnum)
  type!: OrganisationType;

  @Field({ description: 'The IATI organisation type code (e.g. "40").' })
  typeCode!: string;

  @Field(() => String, { nullable: true, description: 'Its IATI organisation identifier, where one is known.' })
  iatiRef!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('ParticipatingOrganisation', { description: 'An organisation’s role on an activity.' })
export class ParticipatingOrganisationModel {
  @Field(() => OrganisationModel)
  organisation!: OrganisationModel;

  @Field(() => ParticipationRoleEnum)
  role!: ParticipationRole;

  activityId!: string;
}

@ObjectType('OrganisationActivityRole', { description: 'An activity an organisation takes part in, and its role.' })
export class OrganisationActivityRoleModel {
  @Field(() => ActivityModel)
  activity!: ActivityModel;

  @Field(() => ParticipationRoleEnum)
  role!: ParticipationRole;

  activityId!: string;
  organisationId!: string;
}

@ObjectType('OrganisationWorkshopRole', { description: 'A workshop an organisation takes part in, and its role.' })
export class OrganisationWorkshopRoleModel {
  @Field(() => WorkshopModel)
  workshop!: WorkshopModel;

  @Field(() => ParticipationRoleEnum)
  role!: ParticipationRole;

  workshopId!: string;
  organisationId!: string;
}
