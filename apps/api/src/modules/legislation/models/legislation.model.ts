import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../infra/graphql/pagination.js';
import { DateScalar } from '../../../infra/graphql/scalars.js';

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
