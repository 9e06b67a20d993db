import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('FieldOffice', { description: 'A UNODC field office and the part of the world it covers.' })
export class FieldOfficeModel {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  city!: string;

  @Field({ description: 'Whether a legal adviser is posted there (footnote 11).' })
  hasLegalAdviser!: boolean;

  @Field(() => [String], { description: 'UN M49 sub-regions or intermediate regions it covers.' })
  regions!: string[];

  @Field(() => String, { nullable: true })
  sourceParagraph!: string | null;

  countryIso3!: string;
  extraStates!: string[];
}
