import { DATE_WINDOW, TREATY_STATUS_LIMITS } from '@ta/domain';
import {
  isTreatyStatusField,
  toTreatyStatusInput,
  treatyStatusValuesOf,
  validateTreatyStatus,
  type TreatyStatusValues,
} from './treaty-status-form';

const now = new Date('2026-06-15T12:00:00Z');
const party: TreatyStatusValues = {
  ...treatyStatusValuesOf(null),
  status: 'PARTY',
  signedOn: '2000-12-13',
  consentOn: '2004-03-10',
  consentKind: 'RATIFICATION',
};

describe('validateTreatyStatus', () => {
  it('needs a status alone; a party’s consent may be unknown', () => {
    expect(validateTreatyStatus(treatyStatusValuesOf(null), now)).toEqual({
      status: { key: 'validation.treatyStatusRequired' },
    });
    expect(validateTreatyStatus(party, now)).toEqual({});
    expect(validateTreatyStatus({ ...treatyStatusValuesOf(null), status: 'PARTY' }, now)).toEqual({});
  });

  it('applies the kernel’s rules: a signatory’s signature date, no consent before the signature', () => {
    expect(validateTreatyStatus({ ...party, status: 'SIGNATORY', signedOn: '' }, now)).toEqual({
      signedOn: { key: 'validation.treatySignatoryWithoutSignature' },
    });
    expect(validateTreatyStatus({ ...party, consentOn: '2000-12-12' }, now)).toEqual({
      consentOn: { key: 'validation.treatyConsentBeforeSignature' },
    });
    // Accession needs no signature.
    expect(validateTreatyStatus({ ...party, signedOn: '', consentKind: 'ACCESSION' }, now)).toEqual({});
  });

  it('checks dates as the API does: real, not in the future, inside the window', () => {
    expect(validateTreatyStatus({ ...party, signedOn: '2001-02-30' }, now).signedOn?.key).toBe(
      'validation.dateInvalid',
    );
    expect(validateTreatyStatus({ ...party, consentOn: '2026-06-20' }, now).consentOn?.key).toBe(
      'validation.dateFuture',
    );
    // One day of grace (an office east of Greenwich).
    expect(validateTreatyStatus({ ...party, consentOn: '2026-06-16' }, now)).toEqual({});
    expect(validateTreatyStatus({ ...party, signedOn: '1999-12-31' }, now).signedOn).toEqual({
      key: 'validation.dateOutsideWindow',
      values: { min: DATE_WINDOW.earliest, max: '2026-06-16' },
    });
  });

  it('does not check a signatory’s consent, which is not sent', () => {
    const signatory = { ...party, status: 'SIGNATORY' as const, consentOn: 'not a date' };
    expect(validateTreatyStatus(signatory, now)).toEqual({});
    expect(toTreatyStatusInput(signatory)).toMatchObject({ consentOn: null, consentKind: null });
  });

  it('holds the texts to the kernel’s lengths', () => {
    const long = { ...party, reservations: 'x'.repeat(TREATY_STATUS_LIMITS.reservationsMax + 1) };
    expect(validateTreatyStatus(long, now).reservations).toEqual({
      key: 'validation.textTooLong',
      values: { max: TREATY_STATUS_LIMITS.reservationsMax },
    });
    expect(
      validateTreatyStatus({ ...party, source: 'x'.repeat(TREATY_STATUS_LIMITS.sourceMax + 1) }, now).source?.key,
    ).toBe('validation.textTooLong');
  });
});

describe('toTreatyStatusInput', () => {
  it('sends every field, empty ones as null (a correction clears them)', () => {
    expect(toTreatyStatusInput({ ...party, reservations: '  ', source: ' C.N.123.2004 ' })).toEqual({
      status: 'PARTY',
      signedOn: '2000-12-13',
      consentOn: '2004-03-10',
      consentKind: 'RATIFICATION',
      reservations: null,
      source: 'C.N.123.2004',
    });
  });

  it('starts from the recorded status, and knows its fields', () => {
    expect(treatyStatusValuesOf({ status: 'SIGNATORY', signedOn: '2001-01-05', consentKind: null })).toMatchObject({
      status: 'SIGNATORY',
      signedOn: '2001-01-05',
      consentKind: '',
      reservations: '',
    });
    expect(isTreatyStatusField('consentOn')).toBe(true);
    expect(isTreatyStatusField('stateIso3')).toBe(false);
  });
});
