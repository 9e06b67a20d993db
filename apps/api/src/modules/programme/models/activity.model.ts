import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ACTIVITY_PHASES,
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  COST_BASES,
  COST_CATEGORIES,
  DELIVERY_STATUSES,
  type ActivityPhase,
  type ActivityStatus,
  type ActivityType,
  type CostBasis,
  type CostCategory,
  type DeliveryStatus,
} from '@ta/domain';
import { ConnectionType } from '../../../infra/graphql/pagination.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../../infra/graphql/scalars.js';
import { enumOf } from '../../../infra/graphql/enum-of.js';

export const ActivityTypeEnum = enumOf(ACTIVITY_TYPES);
export const ActivityStatusEnum = enumOf(ACTIVITY_STATUSES);
export const ActivityPhaseEnum = enumOf(ACTIVITY_PHASES);
export const CostCategoryEnum = enumOf(COST_CATEGORIES);
export const CostBasisEnum = enumOf(COST_BASES);
export const DeliveryStatusEnum = enumOf(DELIVERY_STATUSES);
registerEnumType(DeliveryStatusEnum, {
  name: 'DeliveryStatus',
  description: 'PLANNED → IN_DELIVERY → COMPLETED; PLANNED or IN_DELIVERY → CANCELLED; CANCELLED → PLANNED.',
});
registerEnumType(ActivityTypeEnum, { name: 'ActivityType' });
registerEnumType(ActivityStatusEnum, { name: 'ActivityStatus' });
registerEnumType(ActivityPhaseEnum, {
  name: 'ActivityPhase',
  description: 'CURRENT: under way in 2008 (sections II.A–VI.A of the source); PROPOSED: the 2009–2011 proposals.',
});
registerEnumType(CostCategoryEnum, { name: 'CostCategory' });
registerEnumType(CostBasisEnum, {
  name: 'CostBasis',
  description: 'ORIGINAL costing, or a REVISED one that replaces it.',
});

@ObjectType('CostLine', { description: 'What an activity costs in one year and category, in US dollars.' })
export class CostLineModel {
  @Field(() => Int)
  year!: number;

  @Field(() => CostCategoryEnum)
  category!: CostCategory;

  @Field(() => CostBasisEnum)
  basis!: CostBasis;

  @Field(() => DecimalScalar)
  amount!: string;

  @Field()
  currency!: string;

  @Field(() => DateScalar, { description: 'The date of the rates the line was costed at.' })
  rateDate!: string;

  @Field({ description: 'True when the figure is not from the source document.' })
  illustrative!: boolean;
}

@ObjectType('SourceFigure', { description: 'A number the source document gives, with its paragraph or footnote.' })
export class SourceFigureModel {
  @Field({ description: 'What is counted, e.g. "firearms destroyed in Colombia".' })
  label!: string;

  @Field(() => Int)
  value!: number;

  @Field(() => Int, { nullable: true, description: 'For a range ("8 to 10 countries"): its upper end.' })
  upTo?: number | null;

  @Field({ description: 'e.g. "para. 67" or "footnote 10".' })
  sourceParagraph!: string;
}

@ObjectType('YearCost', { description: 'A total for one year: revised lines replace original ones.' })
export class YearCostModel {
  @Field(() => Int)
  year!: number;

  @Field(() => DecimalScalar)
  amount!: string;
}

@ObjectType('ActivityStatusChange')
export class ActivityStatusChangeModel {
  @Field(() => ActivityStatusEnum, { nullable: true })
  from!: ActivityStatus | null;

  @Field(() => ActivityStatusEnum)
  to!: ActivityStatus;

  @Field(() => DateTimeScalar)
  at!: Date;

  @Field()
  by!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType('Activity', {
  description: 'A piece of the programme: a costed 2009–2011 proposal, or an activity under way in 2008 (CURRENT).',
})
export class ActivityModel {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  /** In English; the `title(lang)` field answers it in the reader's language (ProgrammeResolver). */
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The title in French as kept: null until translated (title(lang: FR) then answers the English).',
  })
  titleFr?: string | null;

  @Field(() => String, { nullable: true, description: 'The title in Spanish as kept, as titleFr.' })
  titleEs?: string | null;
  /** Whether the French and Spanish are the UN's own text. */
  translationsOfficial?: boolean;

  @Field()
  description!: string;

  @Field(() => ActivityTypeEnum)
  activityType!: ActivityType;

  @Field(() => ActivityPhaseEnum)
  phase!: ActivityPhase;

  @Field(() => [SourceFigureModel], { description: 'The numbers the source gives about it, each with its paragraph.' })
  figures!: SourceFigureModel[];

  @Field(() => String, { description: 'PROPOSED, ENDORSED, FUNDED, UNDER_WAY, COMPLETED or CANCELLED.' })
  status!: ActivityStatus;

  @Field(() => DeliveryStatusEnum, { description: 'Where its delivery stands (apart from its programme status).' })
  deliveryStatus!: DeliveryStatus;

  @Field(() => DateScalar, { nullable: true, description: 'When its delivery started.' })
  deliveryStartedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When its delivery completed.' })
  deliveryCompletedOn!: string | null;

  @Field(() => [String], { description: 'Regions as the source names them (e.g. "South Asia").' })
  beneficiaryRegions!: string[];

  @Field(() => String, { nullable: true, description: 'e.g. "para. 43" or "paras 43-45".' })
  sourceParagraph!: string | null;

  @Field(() => String, { nullable: true, description: 'The heading of the source it comes from, e.g. "IV.B.5".' })
  section!: string | null;

  @Field(() => DateScalar, { nullable: true })
  startsOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  endsOn!: string | null;

  @Field(() => String, { nullable: true, description: 'What is illustrative (not from the source), when anything is.' })
  illustrativeNote!: string | null;

  @Field(() => Int)
  version!: number;

  priorityAreaCode!: string;
  subAreaCode!: string | null;
  beneficiaryStates!: string[];
  beneficiaryAreas!: string[];
  leadOfficeCode!: string | null;
}

export const ActivityConnection = ConnectionType(ActivityModel, 'ActivityConnection');
