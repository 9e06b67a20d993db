import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('State', { description: 'A UN Member State or observer State.' })
export class StateModel {
  @Field({ description: 'ISO 3166-1 alpha-3 code, e.g. "SEN".' })
  iso3!: string;

  @Field({ description: 'UN M49 numeric code, e.g. "686".' })
  m49!: string;

  @Field({ description: 'UN M49 region, e.g. "Africa".' })
  region!: string;

  @Field(() => String, { nullable: true, description: 'UN M49 sub-region, e.g. "Sub-Saharan Africa".' })
  subregion!: string | null;

  @Field(() => String, { nullable: true, description: 'UN M49 intermediate region, e.g. "Western Africa".' })
  intermediateRegion!: string | null;

  @Field({ description: 'MEMBER or OBSERVER.' })
  unStatus!: string;

  nameEn!: string;
  nameFr!: string;
  nameEs!: string;
}
