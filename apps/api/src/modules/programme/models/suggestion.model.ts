import { Field, Int, ObjectType } from '@nestjs/graphql';
import { suggestionReasonText, type SuggestionReason } from '@ta/domain';
import { ActivityModel } from './activity.model.js';

@ObjectType('SuggestionReason', {
  description:
    'A reason for a suggestion as a stable key with its values, for clients that say it in their own language ' +
    '(keys: SUGGESTION_REASON_KEYS of the domain kernel).',
})
export class SuggestionReasonModel {
  @Field({
    description:
      'SAME_AREA, FITS_KIND, TOPICS, INSTRUMENTS, STATE_BENEFICIARY, REGION_BENEFICIARY, OPEN_YEARS, FUNDING_GAP, ' +
      'LANGUAGE, LEGAL_SYSTEM, REGION_UNDER_REPRESENTED, FREE_ON_DATES or AVAILABLE.',
  })
  key!: string;

  @Field(() => Int, { nullable: true, description: 'TOPICS, INSTRUMENTS: how many of the need’s match.' })
  matched?: number | null;

  @Field(() => Int, { nullable: true, description: 'TOPICS, INSTRUMENTS: how many the need has.' })
  total?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The value the reason names: an area code, an activity type, a State’s name, a region, years ("2009–2011"), ' +
      'a USD amount, a language code or a legal system.',
  })
  value?: string | null;
}

/** A suggestion's reasons, in English (`reasons`) and as keys (`reasonCodes`). */
export function reasonFields(reasons: readonly SuggestionReason[]): {
  reasons: string[];
  reasonCodes: SuggestionReasonModel[];
} {
  return {
    reasons: reasons.map(suggestionReasonText),
    reasonCodes: reasons.map((r) => ({
      key: r.key,
      matched: r.matched ?? null,
      total: r.total ?? null,
      value: r.value ?? null,
    })),
  };
}

@ObjectType('ActivitySuggestion', { description: 'An activity that might answer a request, with its score and why.' })
export class ActivitySuggestionModel {
  @Field(() => ActivityModel)
  activity!: ActivityModel;

  @Field(() => Int, { description: 'Out of 100 (the weights: ACTIVITY_SUGGESTION_WEIGHTS of the domain kernel).' })
  score!: number;

  @Field(() => [String], { description: 'Why, in English, e.g. "matches 3 of 4 topics".' })
  reasons!: string[];

  @Field(() => [SuggestionReasonModel], { description: 'The same reasons as keys with their values.' })
  reasonCodes!: SuggestionReasonModel[];
}
