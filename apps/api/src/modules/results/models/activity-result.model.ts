import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ACTUAL_SOURCES,
  INDICATOR_UNITS,
  OUTCOME_MEASURES,
  RESULT_TYPES,
  type ActualSource,
  type IndicatorUnit,
  type OutcomeMeasure,
  type ResultType,
} from '@ta/domain';
import { DecimalScalar } from '../../../infra/graphql/scalars.js';
import { enumOf } from '../../../infra/graphql/enum-of.js';

export const ResultTypeEnum = enumOf(RESULT_TYPES);
export const IndicatorUnitEnum = enumOf(INDICATOR_UNITS);
export const ActualSourceEnum = enumOf(ACTUAL_SOURCES);
export const OutcomeMeasureEnum = enumOf(OUTCOME_MEASURES);
registerEnumType(ResultTypeEnum, { name: 'ResultType', description: 'OUTPUT or OUTCOME (IATI result types 1 and 2).' });
registerEnumType(IndicatorUnitEnum, {
  name: 'IndicatorUnit',
  description: 'NUMBER, PERCENTAGE (0–100) or YES_NO (1 yes, 0 no).',
});
registerEnumType(ActualSourceEnum, {
  name: 'ActualSource',
  description: 'Where an actual comes from: a WORKSHOP_OUTCOME, a REPORT or a STATE_UPDATE.',
});
registerEnumType(OutcomeMeasureEnum, {
  name: 'OutcomeMeasure',
  description:
    'What a workshop outcome counts (checklists completed, States updated, cases progressed, participants, women ' +
    'among them) that an indicator may be bound to.',
});

@ObjectType('IndicatorActual', {
  description: 'What an indicator measured in a year, with where the figure comes from.',
})
export class IndicatorActualModel {
  @Field(() => Int)
  year!: number;

  @Field(() => DecimalScalar)
  value!: string;

  @Field(() => ActualSourceEnum)
  source!: ActualSource;

  @Field(() => [String], {
    description:
      'What the source is: the workshop outcomes (their workshop ids) a computed actual sums, or the report or ' +
      'update a recorded actual names.',
  })
  sourceRefs!: string[];

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field({ description: 'True when computed from recorded workshop outcomes (not typed in).' })
  computed!: boolean;
}

@ObjectType('ResultIndicator', {
  description: 'How a result is measured: unit, baseline, target and actuals per year.',
})
export class ResultIndicatorModel {
  @Field(() => ID)
  id!: string;

  resultId!: string;

  @Field()
  title!: string;

  @Field(() => IndicatorUnitEnum)
  unit!: IndicatorUnit;

  @Field(() => DecimalScalar, { nullable: true })
  baseline!: string | null;

  @Field(() => Int, { nullable: true })
  baselineYear!: number | null;

  @Field(() => DecimalScalar, { nullable: true })
  target!: string | null;

  @Field(() => Int, { nullable: true })
  targetYear!: number | null;

  @Field(() => OutcomeMeasureEnum, {
    nullable: true,
    description: 'When set, its actuals are computed from the activity’s recorded workshop outcomes.',
  })
  measure!: OutcomeMeasure | null;

  @Field({ description: 'True when the indicator and its figures are not from the source document.' })
  illustrative!: boolean;

  @Field(() => String, { nullable: true })
  sourceParagraph!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => [IndicatorActualModel], { description: 'By year, then source.' })
  actuals!: IndicatorActualModel[];
}

@ObjectType('ActivityResult', { description: 'An output or outcome of an activity (IATI `result`).' })
export class ActivityResultModel {
  @Field(() => ID)
  id!: string;

  activityId!: string;

  @Field(() => ResultTypeEnum)
  type!: ResultType;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  sourceParagraph!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => [ResultIndicatorModel])
  indicators!: ResultIndicatorModel[];
}
