import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  AUTHORITY_CHANNELS,
  AUTHORITY_KINDS,
  PROPOSAL_STATUSES,
  type AuthorityChannel,
  type AuthorityKind,
  type ProposalStatus,
} from '@ta/domain';
import { ConnectionType } from '../../../infra/graphql/pagination.js';
import { DateScalar, DateTimeScalar } from '../../../infra/graphql/scalars.js';
import { enumOf } from '../../../infra/graphql/enum-of.js';

export const AuthorityKindEnum = enumOf(AUTHORITY_KINDS);
registerEnumType(AuthorityKindEnum, {
  name: 'AuthorityKind',
  description: 'The kind of international cooperation an authority is designated for.',
});
export const AuthorityChannelEnum = enumOf(AUTHORITY_CHANNELS);
registerEnumType(AuthorityChannelEnum, {
  name: 'AuthorityChannel',
  description: 'How a request may reach the authority (INTERPOL: in urgent cases, where the State allows it).',
});
export const ProposalStatusEnum = enumOf(PROPOSAL_STATUSES);
registerEnumType(ProposalStatusEnum, { name: 'ProposalStatus' });

/** What an entry of the directory says (an authority, or a change proposed to one). */
@ObjectType('AuthorityDetails', { isAbstract: true })
export class AuthorityDetailsModel {
  @Field()
  stateIso3!: string;

  @Field()
  instrumentCode!: string;

  @Field(() => AuthorityKindEnum)
  kind!: AuthorityKind;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => [String], { description: 'Languages it accepts requests in (ISO 639-1).' })
  languages!: string[];

  @Field(() => [AuthorityChannelEnum])
  channels!: AuthorityChannel[];

  @Field(() => String, { nullable: true, description: 'What a request must contain or satisfy, as the State says.' })
  legalRequirements!: string | null;

  @Field(() => String, { nullable: true })
  timeLimits!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the State last confirmed the entry.' })
  lastConfirmedOn!: string | null;
}

@ObjectType('CompetentAuthority', { description: 'An entry of the directory of competent national authorities.' })
export class AuthorityModel extends AuthorityDetailsModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'True for the demo’s entries: the contacts are invented.' })
  illustrative!: boolean;

  @Field(() => Int)
  version!: number;
}

@ObjectType('AuthorityDraft', { description: 'The entry a proposal would write.' })
export class AuthorityDraftModel extends AuthorityDetailsModel {}

@ObjectType('AuthorityProposal', { description: 'A change to the directory proposed by a field office.' })
export class AuthorityProposalModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The entry it changes; null for a new entry.' })
  authorityId!: string | null;

  @Field()
  stateIso3!: string;

  @Field(() => AuthorityDraftModel)
  proposed!: AuthorityDraftModel;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => ProposalStatusEnum)
  status!: ProposalStatus;

  @Field(() => DateTimeScalar)
  proposedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  decisionReason!: string | null;

  @Field(() => Int)
  version!: number;

  proposedById!: string | null;
}

export const AuthorityConnection = ConnectionType(AuthorityModel, 'CompetentAuthorityConnection');
export const AuthorityProposalConnection = ConnectionType(AuthorityProposalModel, 'AuthorityProposalConnection');
