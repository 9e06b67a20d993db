import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../../infra/graphql/scalars.js';

@ObjectType('Instrument', { description: 'The Convention, its Protocols, and the Convention against Corruption.' })
export class InstrumentModel {
  @Field({ description: 'UNTOC, TIP, SOM, FIREARMS or UNCAC.' })
  code!: string;

  @Field()
  title!: string;

  @Field()
  shortTitle!: string;

  @Field(() => DateScalar, { nullable: true })
  entryIntoForce!: string | null;

  @Field(() => String, { nullable: true })
  sourceParagraph!: string | null;

  @Field(() => Int)
  sortOrder!: number;
}
