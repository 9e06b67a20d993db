import {
  emptyAssignExpert,
  isAssignExpertField,
  toAssignExpertInput,
  validateAssignExpert,
} from './assign-expert-form';

const NOW = new Date('2026-06-01T00:00:00Z');
const WORKSHOP = { startsOn: '2027-03-10', endsOn: '2027-03-12' };
const EXPERT = '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';
const chosen = { ...emptyAssignExpert(), workshopId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' };

describe('validateAssignExpert', () => {
  it('needs a workshop; its dates stand when none are given', () => {
    expect(validateAssignExpert(emptyAssignExpert(), null, NOW)).toEqual({
      workshopId: { key: 'validation.workshopRequired' },
    });
    expect(validateAssignExpert(chosen, WORKSHOP, NOW)).toEqual({});
  });

  it('refuses an end before the start, its own or the workshop’s', () => {
    expect(validateAssignExpert({ ...chosen, startsOn: '2027-03-11', endsOn: '2027-03-10' }, WORKSHOP, NOW)).toEqual({
      endsOn: { key: 'validation.endsBeforeStarts' },
    });
    // Only a start, after the workshop's end: the start is at fault.
    expect(validateAssignExpert({ ...chosen, startsOn: '2027-03-20' }, WORKSHOP, NOW)).toEqual({
      startsOn: { key: 'validation.endsBeforeStarts' },
    });
    expect(validateAssignExpert({ ...chosen, endsOn: '2027-03-09' }, WORKSHOP, NOW).endsOn?.key).toBe(
      'validation.endsBeforeStarts',
    );
    expect(validateAssignExpert({ ...chosen, startsOn: '2027-03-11' }, WORKSHOP, NOW)).toEqual({});
  });

  it('refuses dates the API does not take', () => {
    expect(validateAssignExpert({ ...chosen, startsOn: '2027-13-01' }, WORKSHOP, NOW).startsOn?.key).toBe(
      'validation.dateInvalid',
    );
    expect(validateAssignExpert({ ...chosen, endsOn: '2040-01-01' }, WORKSHOP, NOW).endsOn).toEqual({
      key: 'validation.dateOutsideWindow',
      values: { min: '2000-01-01', max: '2036-12-31' },
    });
  });
});

describe('toAssignExpertInput', () => {
  it('leaves the dates out when none are given (the API takes the workshop’s)', () => {
    expect(toAssignExpertInput(EXPERT, chosen)).toEqual({ expertId: EXPERT, workshopId: chosen.workshopId });
    expect(toAssignExpertInput(EXPERT, { ...chosen, startsOn: '2027-03-11', endsOn: '2027-03-12' })).toEqual({
      expertId: EXPERT,
      workshopId: chosen.workshopId,
      startsOn: '2027-03-11',
      endsOn: '2027-03-12',
    });
    expect(isAssignExpertField('expertId')).toBe(false);
    expect(isAssignExpertField('workshopId')).toBe(true);
  });
});
