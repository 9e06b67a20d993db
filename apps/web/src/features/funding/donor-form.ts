import { COUNTRY_ISO3_PATTERN, DONOR_LIMITS, type DonorType } from '@ta/domain';
import type { CreateDonorInput } from '@ta/graphql-types/graphql';
import type { Problem } from '../../forms';

/** The form's fields carry the API input's names, so a server error's `extensions.field` lands on the right one. */
export interface DonorValues {
  name: string;
  donorType: DonorType | '';
  /** A Member State's ISO code (its State), else empty. */
  countryIso3: string;
  contact: string;
}
export type DonorField = keyof DonorValues;
export const DONOR_FIELDS: readonly DonorField[] = ['name', 'donorType', 'countryIso3', 'contact'];

export function isDonorField(name: string | null): name is DonorField {
  return name !== null && (DONOR_FIELDS as readonly string[]).includes(name);
}

export function emptyDonor(): DonorValues {
  return { name: '', donorType: '', countryIso3: '', contact: '' };
}

export type DonorProblems = Partial<Record<DonorField, Problem>>;

/** The API's rules (the kernel's lengths, kinds and ISO code), checked as the secretariat types. */
export function validateDonor(values: DonorValues): DonorProblems {
  const problems: DonorProblems = {};
  const name = values.name.trim();
  if (!name) problems.name = { key: 'validation.nameRequired' };
  else if (name.length < DONOR_LIMITS.nameMin) {
    problems.name = { key: 'validation.atLeast', values: { min: DONOR_LIMITS.nameMin } };
  } else if (name.length > DONOR_LIMITS.nameMax) {
    problems.name = { key: 'validation.textTooLong', values: { max: DONOR_LIMITS.nameMax } };
  }
  if (!values.donorType) problems.donorType = { key: 'validation.donorTypeRequired' };
  if (values.countryIso3 && !COUNTRY_ISO3_PATTERN.test(values.countryIso3)) {
    problems.countryIso3 = { key: 'validation.stateRequired' };
  }
  if (values.contact.trim().length > DONOR_LIMITS.contactMax) {
    problems.contact = { key: 'validation.textTooLong', values: { max: DONOR_LIMITS.contactMax } };
  }
  return problems;
}

/** The mutation's input: optional fields left empty are not sent; a State only for a Member State. */
export function toCreateDonorInput(values: DonorValues, idempotencyKey: string): CreateDonorInput {
  const contact = values.contact.trim();
  return {
    name: values.name.trim(),
    donorType: values.donorType,
    ...(values.donorType === 'MEMBER_STATE' && values.countryIso3 ? { countryIso3: values.countryIso3 } : {}),
    ...(contact ? { contact } : {}),
    idempotencyKey,
  };
}
