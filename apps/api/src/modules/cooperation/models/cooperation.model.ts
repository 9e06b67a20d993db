import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  COOPERATION_KINDS,
  COOPERATION_OUTCOMES,
  LEGAL_BASES,
  REFUSAL_GROUNDS,
  type CooperationKind,
  type CooperationOutcome,
  type LegalBasis,
  type RefusalGround,
} from '@ta/domain';
import { ConnectionType } from '../../../infra/graphql/pagination.js';
import { DateScalar } from '../../../infra/graphql/scalars.js';
import { enumOf } from '../../../infra/graphql/enum-of.js';

export const CooperationKindEnum = enumOf(COOPERATION_KINDS);
registerEnumType(CooperationKindEnum, { name: 'CooperationKind' });
export const LegalBasisEnum = enumOf(LEGAL_BASES);
registerEnumType(LegalBasisEnum, { name: 'LegalBasis', description: 'What the request relied on.' });
export const CooperationOutcomeEnum = enumOf(COOPERATION_OUTCOMES);
registerEnumType(CooperationOutcomeEnum, { name: 'CooperationOutcome' });
export const RefusalGroundEnum = enumOf(REFUSAL_GROUNDS);
registerEnumType(RefusalGroundEnum, { name: 'RefusalGround' });

export enum CooperationDimension {
  YEAR = 'YEAR',
  REGION = 'REGION',
  REQUESTING_STATE = 'REQUESTING_STATE',
  REQUESTED_STATE = 'REQUESTED_STATE',
  OFFENCE = 'OFFENCE',
  LEGAL_BASIS = 'LEGAL_BASIS',
  OUTCOME = 'OUTCOME',
  KIND = 'KIND',
  REFUSAL_GROUND = 'REFUSAL_GROUND',
}
registerEnumType(CooperationDimension, {
  name: 'CooperationDimension',
  description: 'YEAR: the year sent. REGION: the requested State’s M49 region (where the request is executed).',
});

@ObjectType('CooperationCase', { description: 'One request between two States (para. 41), counted once.' })
export class CooperationCaseModel {
  @Field(() => ID)
  id!: string;

  @Field()
  requestingStateIso3!: string;

  @Field()
  requestedStateIso3!: string;

  @Field()
  reportedByStateIso3!: string;

  @Field({ description: 'Both States reported it (it is still one request).' })
  reportedByBoth!: boolean;

  @Field(() => CooperationKindEnum)
  kind!: CooperationKind;

  @Field()
  offence!: string;

  @Field(() => LegalBasisEnum)
  legalBasis!: LegalBasis;

  @Field(() => CooperationOutcomeEnum)
  outcome!: CooperationOutcome;

  @Field(() => DateScalar)
  sentOn!: string;

  @Field(() => DateScalar, { nullable: true })
  executedOn!: string | null;

  @Field(() => RefusalGroundEnum, { nullable: true })
  refusalGround!: RefusalGround | null;

  @Field({ description: 'The requesting State’s reference.' })
  caseRef!: string;

  @Field()
  illustrative!: boolean;

  @Field(() => Int)
  version!: number;
}

@ObjectType('CooperationCaseRecorded')
export class CooperationCaseRecordedModel {
  @Field(() => CooperationCaseModel)
  case!: CooperationCaseModel;

  @Field({ description: 'The request was already there (reported before, by either State): nothing was added.' })
  alreadyReported!: boolean;
}

@ObjectType('CooperationStatisticsRow', {
  description: 'Requests grouped as asked; a key is null when its dimension was not asked for.',
})
export class CooperationStatisticsRowModel {
  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field(() => String, { nullable: true })
  requestingStateIso3!: string | null;

  @Field(() => String, { nullable: true })
  requestedStateIso3!: string | null;

  @Field(() => String, { nullable: true })
  offence!: string | null;

  @Field(() => LegalBasisEnum, { nullable: true })
  legalBasis!: LegalBasis | null;

  @Field(() => CooperationOutcomeEnum, { nullable: true })
  outcome!: CooperationOutcome | null;

  @Field(() => CooperationKindEnum, { nullable: true })
  kind!: CooperationKind | null;

  @Field(() => RefusalGroundEnum, { nullable: true })
  refusalGround!: RefusalGround | null;

  @Field(() => Int)
  requests!: number;

  @Field(() => Int)
  refusals!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median days from sending to execution, over the executed (or partly executed) requests.',
  })
  medianDaysToExecute!: number | null;
}

export const CooperationCaseConnection = ConnectionType(CooperationCaseModel, 'CooperationCaseConnection');

/** What became of a line of a cooperation statistics spreadsheet (or, in a dry run, what would). */
export enum CooperationImportOutcome {
  RECORDED = 'RECORDED',
  ALREADY_REPORTED = 'ALREADY_REPORTED',
  WOULD_RECORD = 'WOULD_RECORD',
  REFUSED = 'REFUSED',
}
registerEnumType(CooperationImportOutcome, {
  name: 'CooperationImportOutcome',
  valuesMap: {
    RECORDED: { description: 'The line was recorded as `caseId`.' },
    ALREADY_REPORTED: {
      description: 'The same request (matching rule: cooperationMatchKey) was already there, reported by either State.',
    },
    WOULD_RECORD: { description: 'Dry run: the line is valid and would be recorded (or matched).' },
    REFUSED: { description: 'Nothing was recorded from the line: `problems` says why, each with its column.' },
  },
});

@ObjectType('CooperationImportProblem', { description: 'One thing wrong with a refused line.' })
export class CooperationImportProblemModel {
  @Field(() => String, { nullable: true, description: 'The column at fault (requesting_state, sent_on, …).' })
  column!: string | null;

  @Field()
  message!: string;
}

@ObjectType('CooperationImportRow')
export class CooperationImportRowModel {
  @Field(() => Int, { description: 'The line in the file (the header is line 1).' })
  line!: number;

  @Field(() => CooperationImportOutcome)
  outcome!: CooperationImportOutcome;

  @Field(() => ID, { nullable: true })
  caseId!: string | null;

  @Field(() => [CooperationImportProblemModel])
  problems!: CooperationImportProblemModel[];
}

@ObjectType('CooperationImport', { description: 'A cooperation statistics spreadsheet, line by line.' })
export class CooperationImportModel {
  @Field()
  dryRun!: boolean;

  @Field(() => Int)
  recorded!: number;

  @Field(() => Int)
  alreadyReported!: number;

  @Field(() => Int)
  refused!: number;

  @Field(() => [CooperationImportRowModel])
  rows!: CooperationImportRowModel[];
}
