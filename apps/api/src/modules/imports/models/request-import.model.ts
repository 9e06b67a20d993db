import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../infra/graphql/scalars.js';

@ObjectType('ImportRowProblem', { description: 'One thing wrong with a refused row.' })
export class ImportRowProblemModel {
  @Field(() => String, { nullable: true, description: 'The column at fault, as the file names it.' })
  field!: string | null;

  @Field()
  message!: string;
}

@ObjectType('ImportRowError', { description: 'A row that was not imported, and why.' })
export class ImportRowErrorModel {
  @Field(() => Int, { description: 'The line in the file (the header is line 1).' })
  line!: number;

  @Field(() => String, { nullable: true })
  field!: string | null;

  @Field({ description: 'The first problem (every one is in `problems`).' })
  message!: string;

  @Field(() => [ImportRowProblemModel], { description: 'Every problem of the row, not only the first.' })
  problems!: ImportRowProblemModel[];
}

/** What became of a row of an import, or what would in a dry run. */
export enum ImportRowOutcome {
  WOULD_LOG = 'WOULD_LOG',
  DUPLICATE_OF = 'DUPLICATE_OF',
  ALREADY_IMPORTED = 'ALREADY_IMPORTED',
  REFUSED = 'REFUSED',
  LOGGED = 'LOGGED',
}

registerEnumType(ImportRowOutcome, {
  name: 'ImportRowOutcome',
  description: 'What became of an import row (or, in a dry run, what would).',
  valuesMap: {
    WOULD_LOG: { description: 'Dry run: the row would be logged as a new request.' },
    DUPLICATE_OF: {
      description:
        'Dry run: the row would be logged, and flagged as the same need as an open request (same State, kind and a topic in common): `duplicateOfId`.',
    },
    ALREADY_IMPORTED: {
      description:
        'The same row (same State and content, or same State and `reference`) was already imported — from this file or another — as `requestId`; nothing is logged again.',
    },
    REFUSED: { description: 'The row is not logged; `problems` lists every reason, each with its column.' },
    LOGGED: { description: 'The row was logged as `requestId`.' },
  },
});

@ObjectType('ImportRowResult', {
  description: 'One row of an import: its line, and what became (or would become) of it.',
})
export class ImportRowResultModel {
  @Field(() => Int, { description: 'The line in the file (the header is line 1; blank lines are not counted).' })
  line!: number;

  @Field(() => ImportRowOutcome)
  outcome!: ImportRowOutcome;

  @Field(() => String, { nullable: true, description: 'The State the row names (ISO code), when it names one.' })
  stateIso3!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'LOGGED: the request logged; ALREADY_IMPORTED: the request logged when the row was first imported.',
  })
  requestId!: string | null;

  @Field(() => ID, { nullable: true, description: 'DUPLICATE_OF: the open request this row is the same need as.' })
  duplicateOfId!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'ALREADY_IMPORTED in a dry run: the earlier line of the same file that holds the same row.',
  })
  sameAsLine!: number | null;

  @Field(() => [ImportRowProblemModel], { description: 'REFUSED: every problem of the row, each with its column.' })
  problems!: ImportRowProblemModel[];
}

@ObjectType('RequestImport', { description: 'A spreadsheet of requests being imported by a background job.' })
export class RequestImportModel {
  @Field(() => ID)
  id!: string;

  @Field()
  fileName!: string;

  @Field({
    description:
      'QUEUED, RUNNING, DONE or FAILED (the file itself could not be read); a dry run is CHECKED (or FAILED) at once.',
  })
  status!: string;

  @Field({
    description:
      'True for a dry run: answered at once, every row checked, nothing written (its id is not kept: requestImport does not know it).',
  })
  dryRun!: boolean;

  @Field(() => Int)
  progress!: number;

  @Field(() => Int, { nullable: true })
  totalRows!: number | null;

  @Field(() => Int)
  importedRows!: number;

  @Field(() => [ImportRowErrorModel], {
    description: 'Each row refused, with its line and reason; the good rows are imported.',
  })
  errors!: ImportRowErrorModel[];

  @Field(() => [ImportRowResultModel], {
    description:
      'Every row handled so far, in order, with its outcome (a dry run: every row of the file, with what would become of it).',
  })
  rows!: ImportRowResultModel[];

  @Field(() => String, {
    nullable: true,
    description:
      'Where to download the refused rows (their original columns and an "errors" column, CSV with a byte order mark) to fix and import again; null when none was refused.',
  })
  refusedRowsUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the whole file was refused, when it was.' })
  failure!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  finishedAt!: Date | null;
}
