import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../infra/graphql/pagination.js';
import { DateScalar, DateTimeScalar } from '../../../infra/graphql/scalars.js';

@ObjectType('LegislationFile', { description: 'A law’s PDF stored in the legal library (one per law).' })
export class LegislationFileModel {
  @Field()
  fileName!: string;

  @Field(() => Int)
  sizeBytes!: number;

  @Field({ description: 'Only those who read the State’s confidential text may download it.' })
  confidential!: boolean;

  @Field(() => DateTimeScalar)
  uploadedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Where the reader downloads it (signed in); null when the reader may not (a confidential file).',
  })
  downloadUrl!: string | null;
}

@ObjectType('Legislation', { description: 'A law in the legal library (para. 10).' })
export class LegislationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  stateIso3!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => DateScalar, { nullable: true })
  enactedOn!: string | null;

  @Field(() => [String], { description: 'The instruments it gives effect to.' })
  instruments!: string[];

  @Field(() => [String], { description: 'The articles it implements (e.g. "FIREARMS art. 5").' })
  articles!: string[];

  @Field(() => [String])
  topics!: string[];

  @Field({ description: 'The language it is written in (en, fr or es): the dictionary its text is searched with.' })
  language!: string;

  @Field(() => String, { nullable: true })
  link!: string | null;

  @Field({ description: 'The title is illustrative: the document names the need, not the law.' })
  illustrative!: boolean;

  @Field(() => String, { nullable: true })
  sourceParagraph!: string | null;
}

export const LegislationConnection = ConnectionType(LegislationModel, 'LegislationConnection');
