import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CONSENT_KINDS, TREATY_PARTICIPATIONS, type ConsentKind, type TreatyParticipation } from '@ta/domain';
import { DateScalar } from '../../../infra/graphql/scalars.js';

export const TreatyParticipationEnum = Object.fromEntries(TREATY_PARTICIPATIONS.map((s) => [s, s])) as {
  [K in TreatyParticipation]: K;
};
registerEnumType(TreatyParticipationEnum, {
  name: 'TreatyParticipation',
  description:
    'SIGNATORY: signed, not (yet) bound. PARTY: bound by ratification, accession, acceptance, approval or succession.',
});

export const ConsentKindEnum = Object.fromEntries(CONSENT_KINDS.map((s) => [s, s])) as { [K in ConsentKind]: K };
registerEnumType(ConsentKindEnum, { name: 'ConsentKind', description: 'How a State consented to be bound.' });

@ObjectType('TreatyStatus', { description: 'A State’s standing under one instrument, kept by the secretariat.' })
export class TreatyStatusModel {
  @Field()
  stateIso3!: string;

  @Field({ description: 'UNTOC, TIP, SOM, FIREARMS or UNCAC; the instrument itself is `instrument`.' })
  instrumentCode!: string;

  @Field(() => TreatyParticipationEnum)
  status!: TreatyParticipation;

  @Field(() => DateScalar, { nullable: true })
  signedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the State became bound (parties only), if known.' })
  consentOn!: string | null;

  @Field(() => ConsentKindEnum, { nullable: true })
  consentKind!: ConsentKind | null;

  @Field(() => String, { nullable: true, description: 'Reservations, declarations or notifications, as notified.' })
  reservations!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the status comes from.' })
  source!: string | null;

  @Field({
    description:
      'True where the demo data had to choose: footnote 10 gives the number of parties, not which States they are.',
  })
  illustrative!: boolean;

  @Field(() => Int)
  version!: number;
}

@ObjectType('TreatyCount', { description: 'How many States are parties to, and signatories of, one instrument.' })
export class TreatyCountModel {
  @Field()
  instrumentCode!: string;

  @Field(() => Int)
  parties!: number;

  @Field(() => Int)
  signatories!: number;
}
