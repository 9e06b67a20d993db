import { DONOR_LIMITS } from '@ta/domain';
import { emptyDonor, isDonorField, toCreateDonorInput, validateDonor, type DonorValues } from './donor-form';

const valid: DonorValues = { name: 'Sweden', donorType: 'MEMBER_STATE', countryIso3: 'SWE', contact: '' };

describe('validateDonor', () => {
  it('needs a name and a kind; an empty form names only them', () => {
    expect(validateDonor(valid)).toEqual({});
    expect(validateDonor(emptyDonor())).toEqual({
      name: { key: 'validation.nameRequired' },
      donorType: { key: 'validation.donorTypeRequired' },
    });
  });

  it('holds the name and the contact to the kernel’s lengths (the API’s)', () => {
    expect(validateDonor({ ...valid, name: 'S' }).name).toEqual({
      key: 'validation.atLeast',
      values: { min: DONOR_LIMITS.nameMin },
    });
    expect(validateDonor({ ...valid, name: 'x'.repeat(DONOR_LIMITS.nameMax + 1) }).name?.key).toBe(
      'validation.textTooLong',
    );
    expect(validateDonor({ ...valid, contact: 'x'.repeat(DONOR_LIMITS.contactMax + 1) }).contact).toEqual({
      key: 'validation.textTooLong',
      values: { max: DONOR_LIMITS.contactMax },
    });
    expect(validateDonor({ ...valid, countryIso3: 'se' }).countryIso3?.key).toBe('validation.stateRequired');
  });
});

describe('toCreateDonorInput', () => {
  it('sends a State only for a Member State, and leaves empty fields out', () => {
    expect(toCreateDonorInput({ ...valid, contact: ' ' }, 'key-12345678')).toEqual({
      name: 'Sweden',
      donorType: 'MEMBER_STATE',
      countryIso3: 'SWE',
      idempotencyKey: 'key-12345678',
    });
    expect(
      toCreateDonorInput(
        { name: ' OSCE ', donorType: 'INTERGOVERNMENTAL', countryIso3: 'AUT', contact: 'a@b.org' },
        'k',
      ),
    ).toEqual({ name: 'OSCE', donorType: 'INTERGOVERNMENTAL', contact: 'a@b.org', idempotencyKey: 'k' });
    expect(isDonorField('countryIso3')).toBe(true);
    expect(isDonorField('idempotencyKey')).toBe(false);
  });
});
