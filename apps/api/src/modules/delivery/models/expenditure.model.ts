import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CostCategory } from '@ta/domain';
import { DateScalar, DecimalScalar } from '../../../infra/graphql/scalars.js';
import { CostCategoryEnum } from '../../programme/models/activity.model.js';

@ObjectType('Expenditure', {
  description: 'Money an activity spent in a year and cost category, in its currency and in US dollars at its rate.',
})
export class ExpenditureModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  activityId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => CostCategoryEnum)
  category!: CostCategory;

  @Field(() => DateScalar)
  spentOn!: string;

  @Field(() => DecimalScalar)
  amount!: string;

  @Field()
  currency!: string;

  @Field(() => DecimalScalar)
  rateToUsd!: string;

  @Field(() => DateScalar)
  rateDate!: string;

  @Field(() => DecimalScalar)
  amountUsd!: string;

  @Field(() => ID, { nullable: true })
  allocationId!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was spent beyond the allocation, when it was.' })
  beyondAllocationReason!: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The implementing partner the money was transferred to (a disbursement, IATI transaction type 3), when it was.',
  })
  paidToOrganisationId!: string | null;

  @Field()
  description!: string;

  @Field({ description: 'True when the figure is not from the source document.' })
  illustrative!: boolean;
}

@ObjectType('YearSpent', { description: 'What an activity spent in one year, in US dollars.' })
export class YearSpentModel {
  @Field(() => Int)
  year!: number;

  @Field(() => DecimalScalar)
  amount!: string;
}
