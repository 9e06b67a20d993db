import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DATE_PRECISIONS, WORKSHOP_KINDS, type DatePrecision, type WorkshopKind } from '@ta/domain';
import { ConnectionType } from '../../../infra/graphql/pagination.js';
import { DateScalar, DateTimeScalar } from '../../../infra/graphql/scalars.js';

export const WorkshopKindEnum = Object.fromEntries(WORKSHOP_KINDS.map((k) => [k, k])) as Record<
  WorkshopKind,
  WorkshopKind
>;
registerEnumType(WorkshopKindEnum, { name: 'WorkshopKind' });
export const DatePrecisionEnum = Object.fromEntries(DATE_PRECISIONS.map((k) => [k, k])) as Record<
  DatePrecision,
  DatePrecision
>;
registerEnumType(DatePrecisionEnum, {
  name: 'DatePrecision',
  description: 'How exactly the dates are known: DAY, MONTH, QUARTER or YEAR (which starts on its first day).',
});

@ObjectType('WorkshopParticipant', {
  description: 'A State that took part, with how many came (and women among them).',
})
export class WorkshopParticipantModel {
  @Field(() => Int, { nullable: true })
  participants!: number | null;

  @Field(() => Int, { nullable: true })
  women!: number | null;

  stateIso3!: string;
  workshopId!: string;
}

@ObjectType('WorkshopOutcome', { description: 'What came of a workshop, recorded after it.' })
export class WorkshopOutcomeModel {
  @Field(() => Int, { nullable: true })
  checklistsCompleted!: number | null;

  @Field(() => Int, { nullable: true })
  statesUpdated!: number | null;

  @Field(() => Int, { nullable: true })
  casesProgressed!: number | null;

  @Field()
  conclusions!: string;

  @Field(() => String, { nullable: true })
  sourceParagraph!: string | null;

  recordedBy!: string;

  @Field(() => DateTimeScalar)
  recordedAt!: Date;

  workshopId!: string;
}

@ObjectType('Workshop', {
  description: 'An event: a workshop that delivers an activity, or a meeting or session the source dates.',
})
export class WorkshopModel {
  @Field(() => ID)
  id!: string;

  /** In English; the `title(lang)` field answers it in the reader's language (WorkshopsResolver). */
  title!: string;
  titleFr?: string | null;
  titleEs?: string | null;
  /** Whether the French and Spanish are the UN's own text. */
  translationsOfficial?: boolean;

  @Field(() => WorkshopKindEnum)
  kind!: WorkshopKind;

  @Field(() => DatePrecisionEnum, {
    description: 'DAY; or MONTH / QUARTER / YEAR, when startsOn is the first day of the period and endsOn its last.',
  })
  datePrecision!: DatePrecision;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar)
  endsOn!: string;

  /** In English; `city(lang)` answers it in the reader's language. */
  city!: string;
  cityFr?: string | null;
  cityEs?: string | null;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field(() => [String])
  languages!: string[];

  @Field({ description: 'PLANNED, HELD or CANCELLED.' })
  status!: string;

  @Field(() => String, { nullable: true })
  sourceParagraph!: string | null;

  @Field(() => String, { nullable: true })
  illustrativeNote!: string | null;

  @Field(() => Int)
  version!: number;

  activityId!: string | null;
  countryIso3!: string | null;
  fieldOfficeCode!: string | null;
}

export const WorkshopConnection = ConnectionType(WorkshopModel, 'WorkshopConnection');
