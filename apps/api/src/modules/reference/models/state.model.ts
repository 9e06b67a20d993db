import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LEGAL_SYSTEMS, type LegalSystem } from '@ta/domain';

export const LegalSystemEnum = Object.fromEntries(LEGAL_SYSTEMS.map((v) => [v, v])) as Record<LegalSystem, LegalSystem>;
registerEnumType(LegalSystemEnum, {
  name: 'LegalSystem',
  description: 'A legal family: common law, civil law, Islamic law, or a mix of them.',
});

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

  @Field(() => LegalSystemEnum, {
    nullable: true,
    description:
      'The legal family of its criminal law (the project’s classification, JuriGlobe-style); null: not classified.',
  })
  legalSystem!: LegalSystem | null;

  nameEn!: string;
  nameFr!: string;
  nameEs!: string;
}
