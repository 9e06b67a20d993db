import { IATI_ORG_REF_PATTERN, ORGANISATION_LIMITS, type OrganisationType } from '@ta/domain';
import type { OrganisationInput } from '@ta/graphql-types/graphql';
import type { Problem } from '../../forms';

/** The form's fields carry the API input's names, so a server error's `extensions.field` lands on the right one. */
export interface OrganisationValues {
  name: string;
  acronym: string;
  type: OrganisationType | '';
  iatiRef: string;
}
export type OrganisationField = keyof OrganisationValues;
export const ORGANISATION_FIELDS: readonly OrganisationField[] = ['name', 'acronym', 'type', 'iatiRef'];

export function isOrganisationField(name: string | null): name is OrganisationField {
  return name !== null && (ORGANISATION_FIELDS as readonly string[]).includes(name);
}

/** What the form starts with: the organisation to change, or an empty one to add. */
export function organisationValuesOf(
  organisation: { name: string; acronym?: string | null; type: OrganisationType; iatiRef?: string | null } | null,
): OrganisationValues {
  return {
    name: organisation?.name ?? '',
    acronym: organisation?.acronym ?? '',
    type: organisation?.type ?? '',
    iatiRef: organisation?.iatiRef ?? '',
  };
}

export type OrganisationProblems = Partial<Record<OrganisationField, Problem>>;

/** The API's rules (the kernel's lengths and IATI identifier pattern), checked as the planner types. */
export function validateOrganisation(values: OrganisationValues): OrganisationProblems {
  const problems: OrganisationProblems = {};
  const name = values.name.trim();
  if (!name) problems.name = { key: 'validation.nameRequired' };
  else if (name.length < ORGANISATION_LIMITS.nameMin) {
    problems.name = { key: 'validation.atLeast', values: { min: ORGANISATION_LIMITS.nameMin } };
  } else if (name.length > ORGANISATION_LIMITS.nameMax) {
    problems.name = { key: 'validation.textTooLong', values: { max: ORGANISATION_LIMITS.nameMax } };
  }
  if (values.acronym.trim().length > ORGANISATION_LIMITS.acronymMax) {
    problems.acronym = { key: 'validation.textTooLong', values: { max: ORGANISATION_LIMITS.acronymMax } };
  }
  if (!values.type) problems.type = { key: 'validation.organisationTypeRequired' };
  const ref = values.iatiRef.trim();
  if (ref.length > ORGANISATION_LIMITS.iatiRefMax) {
    problems.iatiRef = { key: 'validation.textTooLong', values: { max: ORGANISATION_LIMITS.iatiRefMax } };
  } else if (ref && !IATI_ORG_REF_PATTERN.test(ref)) problems.iatiRef = { key: 'validation.iatiRefFormat' };
  return problems;
}

/** The mutation's input, once the values are valid: every field, empty optional ones as null (a change clears them). */
export function toOrganisationInput(values: OrganisationValues): OrganisationInput {
  return {
    name: values.name.trim(),
    acronym: values.acronym.trim() || null,
    type: values.type as OrganisationType,
    iatiRef: values.iatiRef.trim() || null,
  };
}
