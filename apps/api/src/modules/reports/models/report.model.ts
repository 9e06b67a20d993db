import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../infra/graphql/scalars.js';
import type { ActivityPhase } from '@ta/domain';
import { ActivityPhaseEnum } from '../../programme/models/activity.model.js';
import { Language } from '../../reference/models/language.model.js';

export enum ReportKind {
  FUNDING_GAPS = 'FUNDING_GAPS',
  ASSISTANCE_REQUESTS = 'ASSISTANCE_REQUESTS',
  IATI_ACTIVITIES = 'IATI_ACTIVITIES',
}
registerEnumType(ReportKind, {
  name: 'ReportKind',
  description:
    'FUNDING_GAPS: cost, pledged, committed, paid and gap per activity and year. ASSISTANCE_REQUESTS: every request. IATI_ACTIVITIES: the programme as IATI 2.03 activity XML.',
});

@ObjectType('ReportOptions', { description: 'What a report was asked for.' })
export class ReportOptionsModel {
  @Field(() => [Int], { nullable: true })
  years!: number[] | null;

  @Field(() => [String], { nullable: true })
  priorityAreaCodes!: string[] | null;

  @Field(() => [ActivityPhaseEnum], { nullable: true })
  phases!: ActivityPhase[] | null;

  @Field(() => ID, { nullable: true })
  donorId!: string | null;

  @Field(() => Language)
  language!: Language;
}

@ObjectType('Report', { description: 'A file made by a background job; poll `progress` until `status` is DONE.' })
export class ReportModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ReportKind)
  kind!: ReportKind;

  @Field()
  format!: string;

  @Field({ description: 'QUEUED, RUNNING, DONE or FAILED.' })
  status!: string;

  @Field(() => Int, { description: '0 to 100.' })
  progress!: number;

  @Field(() => Int, { nullable: true })
  rows!: number | null;

  @Field(() => String, { nullable: true })
  fileName!: string | null;

  @Field(() => String, { nullable: true, description: 'Where to download the file once DONE (with your session).' })
  downloadUrl!: string | null;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => ReportOptionsModel, { description: 'The years, priority areas, donor and language asked for.' })
  options!: ReportOptionsModel;
}
