import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../infra/graphql/scalars.js';
import { REPORT_FORMATS as KERNEL_REPORT_FORMATS, type ActivityPhase } from '@ta/domain';
import { ActivityPhaseEnum } from '../../programme/models/activity.model.js';
import { Language } from '../../reference/models/language.model.js';

export enum ReportKind {
  FUNDING_GAPS = 'FUNDING_GAPS',
  ASSISTANCE_REQUESTS = 'ASSISTANCE_REQUESTS',
  IATI_ACTIVITIES = 'IATI_ACTIVITIES',
  DONOR_STATEMENT = 'DONOR_STATEMENT',
  PROGRAMME_PLAN = 'PROGRAMME_PLAN',
  STATE_PROFILE = 'STATE_PROFILE',
  CONFERENCE_REPORT = 'CONFERENCE_REPORT',
}
registerEnumType(ReportKind, {
  name: 'ReportKind',
  description:
    'FUNDING_GAPS: cost, pledged, committed, paid and gap per activity and year (XLSX and PDF: also by area and year and by region, with money in hand). ASSISTANCE_REQUESTS: every request. IATI_ACTIVITIES: the programme as IATI 2.03 activity XML. DONOR_STATEMENT: one donor’s contributions, payments, allocations, what its money delivered and results. PROGRAMME_PLAN: activities by priority area with paragraph, beneficiaries, original and revised cost per year, funded, spent, gap and status. STATE_PROFILE: a State’s requests, activities, workshops, experts and results. CONFERENCE_REPORT: the programme’s delivery and results by priority area, needs received and answered.',
});

export enum ReportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
  PDF = 'PDF',
  XML = 'XML',
}
registerEnumType(ReportFormat, {
  name: 'ReportFormat',
  description:
    'CSV (FUNDING_GAPS, ASSISTANCE_REQUESTS), XML (IATI_ACTIVITIES), XLSX and PDF (FUNDING_GAPS and the four reports people open).',
});

/** The formats each kind is made in; the first is the default (the kernel's rule, also the web's). */
export const REPORT_FORMATS = KERNEL_REPORT_FORMATS as Readonly<Record<ReportKind, readonly ReportFormat[]>>;

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

  @Field(() => String, { nullable: true })
  stateIso3!: string | null;

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

  @Field(() => DateTimeScalar, {
    description:
      'The moment the report’s figures were read (one consistent snapshot); until then, when it was asked for.',
  })
  asAt!: Date;

  @Field(() => ReportOptionsModel, { description: 'The years, priority areas, donor and language asked for.' })
  options!: ReportOptionsModel;
}

@ObjectType('ReportChange', {
  description: 'A figure that differs between two snapshots of a report (compareReports): where, before and after.',
})
export class ReportChangeModel {
  @Field({ description: 'The section (a sheet of the XLSX): e.g. activities, byArea, results.' })
  section!: string;

  @Field({ description: 'The row by its keys (activity, year, area, …), or TOTAL for the totals row.' })
  row!: string;

  @Field({ description: 'The column: e.g. cost, funded, spent, gap, actual.' })
  column!: string;

  @Field({ description: 'The section’s title in the language of the second report (its sheet’s name).' })
  sectionTitle!: string;

  @Field({ description: 'The column’s title in the language of the second report (its header).' })
  columnTitle!: string;

  @Field(() => String, { nullable: true, description: 'Its value in the first report (none: the row was not there).' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'Its value in the second report (none: the row is gone).' })
  after!: string | null;
}
