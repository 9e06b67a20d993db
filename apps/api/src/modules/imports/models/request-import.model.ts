import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
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

@ObjectType('RequestImport', { description: 'A spreadsheet of requests being imported by a background job.' })
export class RequestImportModel {
  @Field(() => ID)
  id!: string;

  @Field()
  fileName!: string;

  @Field({ description: 'QUEUED, RUNNING, DONE or FAILED (the file itself could not be read).' })
  status!: string;

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
