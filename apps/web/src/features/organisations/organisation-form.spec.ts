import { ORGANISATION_LIMITS } from '@ta/domain';
import {
  isOrganisationField,
  organisationValuesOf,
  toOrganisationInput,
  validateOrganisation,
  type OrganisationValues,
} from './organisation-form';

const valid: OrganisationValues = {
  name: 'Organization of American States',
  acronym: 'OAS',
  type: 'MULTILATERAL',
  iatiRef: '',
};

describe('validateOrganisation', () => {
  it('needs a name and a type; an empty form names only them', () => {
    expect(validateOrganisation(valid)).toEqual({});
    expect(validateOrganisation(organisationValuesOf(null))).toEqual({
      name: { key: 'validation.nameRequired' },
      type: { key: 'validation.organisationTypeRequired' },
    });
  });

  it('holds name and acronym to the kernel’s lengths (the API’s)', () => {
    expect(validateOrganisation({ ...valid, name: ' X ' }).name).toEqual({
      key: 'validation.atLeast',
      values: { min: ORGANISATION_LIMITS.nameMin },
    });
    expect(validateOrganisation({ ...valid, name: 'x'.repeat(ORGANISATION_LIMITS.nameMax + 1) }).name?.key).toBe(
      'validation.textTooLong',
    );
    expect(validateOrganisation({ ...valid, acronym: 'x'.repeat(ORGANISATION_LIMITS.acronymMax + 1) }).acronym).toEqual(
      { key: 'validation.textTooLong', values: { max: ORGANISATION_LIMITS.acronymMax } },
    );
  });

  it('takes an IATI identifier only in IATI’s form', () => {
    expect(validateOrganisation({ ...valid, iatiRef: 'XM-DAC-41114' })).toEqual({});
    expect(validateOrganisation({ ...valid, iatiRef: 'undp' }).iatiRef?.key).toBe('validation.iatiRefFormat');
  });
});

describe('toOrganisationInput', () => {
  it('trims, and sends empty optional fields as null', () => {
    expect(toOrganisationInput({ ...valid, name: ' OAS ', acronym: ' ', iatiRef: ' XI-IATI-OAS ' })).toEqual({
      name: 'OAS',
      acronym: null,
      type: 'MULTILATERAL',
      iatiRef: 'XI-IATI-OAS',
    });
  });

  it('starts from the organisation to change, and knows its fields', () => {
    expect(
      organisationValuesOf({ name: 'UNDP', acronym: null, type: 'MULTILATERAL', iatiRef: 'XM-DAC-41114' }),
    ).toEqual({
      name: 'UNDP',
      acronym: '',
      type: 'MULTILATERAL',
      iatiRef: 'XM-DAC-41114',
    });
    expect(isOrganisationField('iatiRef')).toBe(true);
    expect(isOrganisationField('id')).toBe(false);
  });
});
