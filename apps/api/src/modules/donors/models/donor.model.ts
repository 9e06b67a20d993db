import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Donor', { description: 'A Member State or organisation that funds the programme.' })
export class DonorModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'MEMBER_STATE, INTERGOVERNMENTAL, FOUNDATION or PRIVATE.' })
  donorType!: string;

  @Field({ description: 'Whether the donor agreed to be named to other donors.' })
  namedPublicly!: boolean;

  @Field({ description: 'True for demo data not taken from the source document.' })
  illustrative!: boolean;

  @Field(() => Int)
  version!: number;

  countryIso3!: string | null;
  contact!: string | null;
  confidentialNotes!: string | null;
  priorityAreaCodes!: string[];
  priorityM49Areas!: string[];
  priorityInstruments!: string[];
}

@ObjectType('DonorPriorities', {
  description: 'What a donor says it funds first; its funding page opens on the gaps that match. Empty: any.',
})
export class DonorPrioritiesModel {
  @Field(() => [String])
  priorityAreaCodes!: string[];

  @Field(() => [String], { description: 'UN M49 area codes (regions, sub-regions).' })
  m49Areas!: string[];

  @Field(() => [String])
  instrumentCodes!: string[];
}
