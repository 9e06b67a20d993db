import 'reflect-metadata';
import { jest } from '@jest/globals';
import {
  AUTHORITY_LIMITS,
  DONOR_LIMITS,
  isCalendarDate,
  isNotInFuture,
  isPositiveAmount,
  ORGANISATION_LIMITS,
  REQUEST_LIMITS,
  todayUtc,
  TREATY_STATUS_LIMITS,
  treatyStatusProblems,
} from '@ta/domain';
import type { AuthorityInput as AuthorityInputShape } from '@ta/graphql-types/graphql';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { AuthorityInput } from '../apps/api/src/modules/authorities/dto/authority.input.js';
import { LogAssistanceRequestInput } from '../apps/api/src/modules/requests/dto/log-assistance-request.input.js';
import {
  authorityToValues,
  toAuthorityInput,
  validateAuthority,
  type AuthorityValues,
} from '../apps/web/src/features/authorities/authority-form.js';
import { amountProblem } from '../apps/web/src/forms.js';
import { validateLogRequest, type LogRequestValues } from '../apps/web/src/features/requests/log-request-form.js';
import { CreateDonorInput } from '../apps/api/src/modules/donors/dto/create-donor.input.js';
import { OrganisationInput } from '../apps/api/src/modules/organisations/dto/organisation.input.js';
import { TreatyStatusInput } from '../apps/api/src/modules/treaties/dto/treaty-status.input.js';
import { toCreateDonorInput, validateDonor, type DonorValues } from '../apps/web/src/features/funding/donor-form.js';
import {
  toOrganisationInput,
  validateOrganisation,
  type OrganisationValues,
} from '../apps/web/src/features/organisations/organisation-form.js';
import {
  toTreatyStatusInput,
  validateTreatyStatus,
  type TreatyStatusValues,
} from '../apps/web/src/features/states/treaty-status-form.js';

/**
 * The web forms and the API say the same about the same input: both are built on the rule kernel
 * (`@ta/domain`), and this drives the same cases through the web form validators, the kernel functions the
 * API's validators call, and class-validator on the API's own input class.
 */
const now = new Date();
const plusDays = (days: number): string => todayUtc(new Date(now.getTime() + days * 24 * 3600 * 1000));

// The API's validators read the clock themselves (isNotInFuture without `now`): it stands still at `now` for this
// file, so a run across midnight (UTC) cannot judge "two days ahead" against the next day's today. Only Date is
// frozen; timers and promises run as usual.
beforeAll(() => {
  jest.useFakeTimers({
    now,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
});
afterAll(() => jest.useRealTimers());

const valid: LogRequestValues = {
  stateIso3: 'KEN',
  priorityAreaCode: 'B',
  kind: 'TRAINING',
  topics: ['cybercrime'],
  channel: 'field-office',
  receivedOn: todayUtc(now),
  description: 'Training of investigators on cybercrime',
};

/** Whether the API's input class refuses `field` for these values (other fields being valid). */
async function apiRefuses(values: LogRequestValues, field: keyof LogRequestValues): Promise<boolean> {
  const input = plainToInstance(LogAssistanceRequestInput, { ...values });
  const errors = await validate(input);
  return errors.some((e) => e.property === field);
}

describe('the log request form and the API agree', () => {
  it('accepts a valid request on both sides', async () => {
    expect(validateLogRequest(valid, now)).toEqual({});
    await expect(validate(plainToInstance(LogAssistanceRequestInput, { ...valid }))).resolves.toEqual([]);
  });

  it.each([
    [2, false],
    [3, true],
    [5000, true],
    [5001, false],
  ])('description of %i characters: accepted %s', async (length, accepted) => {
    const values = { ...valid, description: 'x'.repeat(length) };
    expect(validateLogRequest(values, now).description === undefined).toBe(accepted);
    expect(length >= REQUEST_LIMITS.descriptionMin && length <= REQUEST_LIMITS.descriptionMax).toBe(accepted);
    await expect(apiRefuses(values, 'description')).resolves.toBe(!accepted);
  });

  it.each([
    ['today', 0, true],
    ['tomorrow (the day of grace)', 1, true],
    ['two days ahead', 2, false],
  ])('received %s: accepted %s', async (_label, days, accepted) => {
    const values = { ...valid, receivedOn: plusDays(days as number) };
    expect(validateLogRequest(values, now).receivedOn === undefined).toBe(accepted);
    expect(isNotInFuture(values.receivedOn, now)).toBe(accepted);
    await expect(apiRefuses(values, 'receivedOn')).resolves.toBe(!accepted);
  });

  it('refuses an impossible date on both sides', async () => {
    const values = { ...valid, receivedOn: '2009-02-30' };
    expect(validateLogRequest(values, now).receivedOn?.key).toBe('validation.receivedOnInvalid');
    expect(isCalendarDate(values.receivedOn)).toBe(false);
    await expect(apiRefuses(values, 'receivedOn')).resolves.toBe(true);
  });
});

describe('amounts: the web forms and @IsAmount (isPositiveAmount) agree', () => {
  it.each([
    ['0', false],
    ['0.00', false],
    ['1.234', false],
    ['12.5', true],
  ])('%s: accepted %s', (amount, accepted) => {
    expect(amountProblem(amount) === undefined).toBe(accepted);
    expect(isPositiveAmount(amount)).toBe(accepted);
  });
});

describe('the directory entry form and the API agree', () => {
  const entry = {
    stateIso3: 'SEN',
    instrumentCode: 'UNTOC',
    kind: 'MUTUAL_LEGAL_ASSISTANCE' as const,
    name: 'Direction des affaires pénales et des grâces',
    languages: ['fr'],
    channels: ['DIRECT' as const],
  };
  const base = authorityToValues(entry);

  /** Whether the API's input class refuses `field` for the input the form would send. */
  async function refuses(values: AuthorityValues, field: keyof AuthorityInputShape): Promise<boolean> {
    const errors = await validate(plainToInstance(AuthorityInput, toAuthorityInput(entry, values)));
    return errors.some((e) => e.property === field);
  }

  it('accepts a valid entry on both sides', async () => {
    const values = {
      ...base,
      email: 'central@justice.sen.example',
      languages: 'fr, en',
      lastConfirmedOn: '2008-06-01',
    };
    expect(Object.values(validateAuthority(values, now)).filter(Boolean)).toEqual([]);
    await expect(validate(plainToInstance(AuthorityInput, toAuthorityInput(entry, values)))).resolves.toEqual([]);
  });

  it.each([
    ['a one-letter name', { name: 'x' }, 'name'],
    [`a name of ${AUTHORITY_LIMITS.name + 1} characters`, { name: 'x'.repeat(AUTHORITY_LIMITS.name + 1) }, 'name'],
    ['an address that is not one', { email: 'not an address' }, 'email'],
    ['a language that is not a code', { languages: 'fr, english' }, 'languages'],
    ['too many languages', { languages: 'aa ab ac ad ae af ag ah ai aj ak' }, 'languages'],
    [`a phone of ${AUTHORITY_LIMITS.phone + 1} characters`, { phone: '1'.repeat(AUTHORITY_LIMITS.phone + 1) }, 'phone'],
    ['a confirmation two days ahead', { lastConfirmedOn: plusDays(2) }, 'lastConfirmedOn'],
  ] as const)('refuses %s on both sides', async (_label, patch, field) => {
    const values = { ...base, ...patch };
    expect(validateAuthority(values, now)[field]).toBeDefined();
    await expect(refuses(values, field)).resolves.toBe(true);
  });
});

describe('the treaty status form and the API agree', () => {
  const party: TreatyStatusValues = {
    status: 'PARTY',
    signedOn: '2000-12-13',
    consentOn: '2004-03-10',
    consentKind: 'RATIFICATION',
    reservations: '',
    source: '',
  };
  /** What the API says of the input the form would send: its input class, then the kernel's rules (the service). */
  async function apiRefuses(values: TreatyStatusValues, field: string): Promise<boolean> {
    const input = toTreatyStatusInput(values);
    const errors = await validate(plainToInstance(TreatyStatusInput, input));
    return errors.some((e) => e.property === field) || treatyStatusProblems(input).some((p) => p.field === field);
  }

  it.each([
    ['a party', {}, 'consentOn', true],
    ['a consent before the signature', { consentOn: '2000-12-12' }, 'consentOn', false],
    ['a signatory without its signature date', { status: 'SIGNATORY', signedOn: '' }, 'signedOn', false],
    ['a signature before 2000', { signedOn: '1999-12-31' }, 'signedOn', false],
    ['a consent the day after tomorrow', { consentOn: plusDays(2) }, 'consentOn', false],
    ['a consent tomorrow (the day of grace)', { consentOn: plusDays(1) }, 'consentOn', true],
    [
      'reservations at the limit',
      { reservations: 'x'.repeat(TREATY_STATUS_LIMITS.reservationsMax) },
      'reservations',
      true,
    ],
    [
      'reservations past it',
      { reservations: 'x'.repeat(TREATY_STATUS_LIMITS.reservationsMax + 1) },
      'reservations',
      false,
    ],
  ] as const)('%s: accepted %s on both sides', async (_label, change, field, accepted) => {
    const values = { ...party, ...change } as TreatyStatusValues;
    expect(validateTreatyStatus(values, now)[field] === undefined).toBe(accepted);
    await expect(apiRefuses(values, field)).resolves.toBe(!accepted);
  });
});

describe('the organisation and donor forms and the API agree', () => {
  const organisation: OrganisationValues = { name: 'OSCE', acronym: '', type: 'MULTILATERAL', iatiRef: '' };
  it.each([
    ['name', 'x', false],
    ['name', 'x'.repeat(ORGANISATION_LIMITS.nameMax), true],
    ['name', 'x'.repeat(ORGANISATION_LIMITS.nameMax + 1), false],
    ['acronym', 'x'.repeat(ORGANISATION_LIMITS.acronymMax + 1), false],
    ['iatiRef', 'XM-DAC-41114', true],
    ['iatiRef', 'osce', false],
  ] as const)('an organisation’s %s of “%s”: accepted %s', async (field, value, accepted) => {
    const values = { ...organisation, [field]: value };
    expect(validateOrganisation(values)[field] === undefined).toBe(accepted);
    const errors = await validate(plainToInstance(OrganisationInput, toOrganisationInput(values)));
    expect(errors.some((e) => e.property === field)).toBe(!accepted);
  });

  const donor: DonorValues = { name: 'Sweden', donorType: 'MEMBER_STATE', countryIso3: 'SWE', contact: '' };
  it.each([
    ['name', 'S', false],
    ['name', 'x'.repeat(DONOR_LIMITS.nameMax + 1), false],
    ['contact', 'x'.repeat(DONOR_LIMITS.contactMax), true],
    ['contact', 'x'.repeat(DONOR_LIMITS.contactMax + 1), false],
    ['donorType', '', false],
  ] as const)('a donor’s %s of “%s”: accepted %s', async (field, value, accepted) => {
    const values = { ...donor, [field]: value } as DonorValues;
    expect(validateDonor(values)[field] === undefined).toBe(accepted);
    const errors = await validate(plainToInstance(CreateDonorInput, toCreateDonorInput(values, 'key-12345678')));
    expect(errors.some((e) => e.property === field)).toBe(!accepted);
  });
});
