import { WORKSHOP_LIMITS } from '@ta/domain';
import {
  emptyNewWorkshop,
  isNewWorkshopField,
  toCreateWorkshopInput,
  validateNewWorkshop,
  withPrecision,
  type NewWorkshopValues,
} from './new-workshop-form';

const NOW = new Date('2026-06-01T00:00:00Z');
const valid: NewWorkshopValues = {
  ...emptyNewWorkshop(),
  title: 'Regional workshop on firearms',
  kind: 'REGIONAL_WORKSHOP',
  startsOn: '2027-03-10',
  endsOn: '2027-03-12',
  city: 'Dakar',
};

describe('validateNewWorkshop', () => {
  it('accepts the required fields alone, dated to the day by default', () => {
    expect(emptyNewWorkshop().datePrecision).toBe('DAY');
    expect(validateNewWorkshop(valid, NOW)).toEqual({});
  });

  it('names every required field of an empty form, and only those', () => {
    const problems = validateNewWorkshop(emptyNewWorkshop(), NOW);
    expect(Object.keys(problems).sort()).toEqual(['city', 'endsOn', 'kind', 'startsOn', 'title']);
    expect(problems.title?.key).toBe('validation.workshopTitleRequired');
    expect(problems.kind?.key).toBe('validation.workshopKindRequired');
    expect(problems.city?.key).toBe('validation.cityRequired');
    expect(problems.startsOn?.key).toBe('validation.dateRequired');
  });

  it("holds the title and the city to the rule kernel's lengths (the API's)", () => {
    expect(validateNewWorkshop({ ...valid, title: 'ab' }, NOW).title).toEqual({
      key: 'validation.atLeast',
      values: { min: WORKSHOP_LIMITS.titleMin },
    });
    expect(validateNewWorkshop({ ...valid, title: 'x'.repeat(WORKSHOP_LIMITS.titleMax + 1) }, NOW).title?.key).toBe(
      'validation.textTooLong',
    );
    expect(validateNewWorkshop({ ...valid, title: 'x'.repeat(WORKSHOP_LIMITS.titleMax) }, NOW)).toEqual({});
    expect(validateNewWorkshop({ ...valid, city: ' D ' }, NOW).city?.key).toBe('validation.atLeast');
    expect(validateNewWorkshop({ ...valid, city: 'x'.repeat(WORKSHOP_LIMITS.cityMax + 1) }, NOW).city?.key).toBe(
      'validation.textTooLong',
    );
  });

  it('refuses an end before the start, and dates outside the window the API accepts', () => {
    expect(validateNewWorkshop({ ...valid, endsOn: '2027-03-09' }, NOW).endsOn?.key).toBe(
      'validation.endsBeforeStarts',
    );
    expect(validateNewWorkshop({ ...valid, startsOn: '1999-12-31' }, NOW).startsOn).toEqual({
      key: 'validation.dateOutsideWindow',
      values: { min: '2000-01-01', max: '2036-12-31' },
    });
    expect(validateNewWorkshop({ ...valid, endsOn: '2027-02-30' }, NOW).endsOn?.key).toBe('validation.dateInvalid');
  });

  it('holds a month, quarter or year to its first and last days', () => {
    const month = { ...valid, datePrecision: 'MONTH' as const };
    expect(validateNewWorkshop({ ...month, startsOn: '2027-03-02', endsOn: '2027-03-31' }, NOW).startsOn?.key).toBe(
      'validation.periodStartMONTH',
    );
    expect(validateNewWorkshop({ ...month, startsOn: '2027-03-01', endsOn: '2027-03-30' }, NOW).endsOn).toEqual({
      key: 'validation.periodEnd',
      values: { date: '2027-03-31' },
    });
    expect(validateNewWorkshop({ ...month, startsOn: '2027-03-01', endsOn: '2027-03-31' }, NOW)).toEqual({});
    const quarter = { ...valid, datePrecision: 'QUARTER' as const, startsOn: '2027-02-01', endsOn: '2027-04-30' };
    expect(validateNewWorkshop(quarter, NOW).startsOn?.key).toBe('validation.periodStartQUARTER');
    const year = { ...valid, datePrecision: 'YEAR' as const, startsOn: '2027-01-01', endsOn: '2027-12-31' };
    expect(validateNewWorkshop(year, NOW)).toEqual({});
  });

  it('fills in the end of the period chosen once the start is its first day', () => {
    const next = withPrecision({ ...valid, startsOn: '2027-04-01', endsOn: '' }, 'QUARTER');
    expect(next).toMatchObject({ datePrecision: 'QUARTER', endsOn: '2027-06-30' });
    expect(validateNewWorkshop(next, NOW)).toEqual({});
    expect(withPrecision({ ...valid, startsOn: '2027-04-02' }, 'MONTH').endsOn).toBe(valid.endsOn);
  });

  it('checks languages as two-letter codes and organisers against their limits', () => {
    expect(validateNewWorkshop({ ...valid, languages: 'en, fr' }, NOW)).toEqual({});
    expect(validateNewWorkshop({ ...valid, languages: 'English' }, NOW).languages?.key).toBe(
      'validation.languagesFormat',
    );
    expect(
      validateNewWorkshop({ ...valid, organisers: 'x'.repeat(WORKSHOP_LIMITS.organiserMax + 1) }, NOW).organisers?.key,
    ).toBe('validation.textTooLong');
    const many = Array.from({ length: WORKSHOP_LIMITS.organisersMax + 1 }, (_, i) => `Partner ${i}`).join('\n');
    expect(validateNewWorkshop({ ...valid, organisers: many }, NOW).organisers?.key).toBe('validation.tooMany');
  });
});

describe('toCreateWorkshopInput', () => {
  it('sends trimmed texts, lists as lists, and leaves empty optional fields out', () => {
    expect(
      toCreateWorkshopInput({
        ...valid,
        title: '  Regional workshop on firearms ',
        city: ' Dakar',
        activitySearch: 'x',
      }),
    ).toEqual({
      title: 'Regional workshop on firearms',
      kind: 'REGIONAL_WORKSHOP',
      datePrecision: 'DAY',
      startsOn: '2027-03-10',
      endsOn: '2027-03-12',
      city: 'Dakar',
      organisers: [],
      languages: [],
    });
    expect(
      toCreateWorkshopInput({
        ...valid,
        countryIso3: 'SEN',
        region: 'Africa',
        organisers: 'OSCE\n\nUNDP\nOSCE',
        languages: 'FR; en',
        fieldOfficeCode: 'DKR',
        activityId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
        activitySearch: 'firearms',
      }),
    ).toMatchObject({
      activityId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
      countryIso3: 'SEN',
      region: 'Africa',
      organisers: ['OSCE', 'UNDP'],
      languages: ['fr', 'en'],
      fieldOfficeCode: 'DKR',
    });
  });

  it('names its fields as the API does, so its answers land on them', () => {
    expect(isNewWorkshopField('city')).toBe(true);
    expect(isNewWorkshopField('activityId')).toBe(true);
    expect(isNewWorkshopField('activitySearch')).toBe(false);
    expect(isNewWorkshopField('idempotencyKey')).toBe(false);
    expect(isNewWorkshopField(null)).toBe(false);
  });
});
