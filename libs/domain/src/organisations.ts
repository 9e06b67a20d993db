/**
 * Partner organisations (issue 15): the bodies the programme works with, typed as IATI organisation types, and
 * their role on each activity as IATI's participating-org roles. One home for both vocabularies and their codes.
 */
export const ORGANISATION_TYPES = {
  GOVERNMENT: '10',
  OTHER_PUBLIC_SECTOR: '15',
  INTERNATIONAL_NGO: '21',
  NATIONAL_NGO: '22',
  REGIONAL_NGO: '23',
  PUBLIC_PRIVATE_PARTNERSHIP: '30',
  MULTILATERAL: '40',
  FOUNDATION: '60',
  PRIVATE_SECTOR: '70',
  ACADEMIC: '80',
  OTHER: '90',
} as const;
export type OrganisationType = keyof typeof ORGANISATION_TYPES;
export const ORGANISATION_TYPE_NAMES = Object.keys(ORGANISATION_TYPES) as OrganisationType[];

/** The lengths of an organisation's name, acronym and IATI identifier, as the API and the web form check them. */
export const ORGANISATION_LIMITS = { nameMin: 2, nameMax: 200, acronymMax: 30, iatiRefMax: 100 } as const;

/** IATI participating-org roles (codelist OrganisationRole). */
export const PARTICIPATION_ROLES = { FUNDING: '1', ACCOUNTABLE: '2', EXTENDING: '3', IMPLEMENTING: '4' } as const;
export type ParticipationRole = keyof typeof PARTICIPATION_ROLES;
export const PARTICIPATION_ROLE_NAMES = Object.keys(PARTICIPATION_ROLES) as ParticipationRole[];

/** An IATI organisation identifier: a registration agency prefix and an identifier, e.g. "XM-DAC-41114". */
export const IATI_ORG_REF_PATTERN = /^[A-Z]{2}(-[A-Za-z0-9]+)+$/;

/** The names of an activity's implementing partners, in its order (what `Activity.partners` lists). */
export function implementingPartnerNames(
  participations: ReadonlyArray<{ role: ParticipationRole; organisation: { name: string } }>,
): string[] {
  return participations.filter((p) => p.role === 'IMPLEMENTING').map((p) => p.organisation.name);
}

/** Whether an organisation is one of an activity's implementing partners: only those receive its disbursements. */
export function isImplementingPartner(
  participations: ReadonlyArray<{ role: string; organisation: { id: string } }>,
  organisationId: string,
): boolean {
  return participations.some((p) => p.role === 'IMPLEMENTING' && p.organisation.id === organisationId);
}
