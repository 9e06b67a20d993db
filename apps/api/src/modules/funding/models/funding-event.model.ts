import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ContributionModel } from './funding.model.js';

/** What happened to the programme's money, as `fundingChanged` tells it. */
export enum FundingEventKind {
  CONTRIBUTION_RECORDED = 'CONTRIBUTION_RECORDED',
  CONTRIBUTION_CHANGED = 'CONTRIBUTION_CHANGED',
  INTENTION_WITHDRAWN = 'INTENTION_WITHDRAWN',
  ALLOCATED = 'ALLOCATED',
  DEALLOCATED = 'DEALLOCATED',
}
registerEnumType(FundingEventKind, {
  name: 'FundingEventKind',
  description:
    'A contribution recorded; pledged, committed or paid (changed); an intention withdrawn; money allocated to an ' +
    'activity or taken back.',
});

@ObjectType('FundingEvent')
export class FundingEventModel {
  @Field(() => FundingEventKind)
  kind!: FundingEventKind;

  @Field(() => ID)
  contributionId!: string;

  @Field(() => ContributionModel, {
    nullable: true,
    description: 'The contribution as it is now (null once withdrawn).',
  })
  contribution!: ContributionModel | null;
}
