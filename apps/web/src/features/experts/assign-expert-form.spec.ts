import {
  activityChoice,
  assignedTarget,
  expertChoice,
  workshopChoice,
  emptyAssignExpert,
  isAssignExpertField,
  toAssignExpertInput,
  validateAssignExpert,
  type AssignChoice,
} from './assign-expert-form';

const NOW = new Date('2026-06-01T00:00:00Z');
const EXPERT: AssignChoice = {
  id: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
  name: 'Amina Diallo',
  label: 'Amina Diallo',
  startsOn: null,
  endsOn: null,
};
const WORKSHOP: AssignChoice = {
  id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  name: 'Regional workshop',
  label: 'Regional workshop — Dakar',
  startsOn: '2027-03-10',
  endsOn: '2027-03-12',
};
const ACTIVITY: AssignChoice = {
  id: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e',
  name: 'Legal advice',
  label: 'IV.B.1 — Legal advice',
  startsOn: null,
  endsOn: null,
};
const chosen = emptyAssignExpert({ expert: EXPERT, target: { kind: 'WORKSHOP', choice: WORKSHOP } });
const mission = emptyAssignExpert({ expert: EXPERT, target: { kind: 'ACTIVITY', choice: ACTIVITY } });

describe('emptyAssignExpert', () => {
  it('starts on a workshop, with what the dialog was opened for', () => {
    expect(emptyAssignExpert()).toEqual({
      expert: null,
      target: 'WORKSHOP',
      workshop: null,
      activity: null,
      startsOn: '',
      endsOn: '',
    });
    expect(mission).toMatchObject({ expert: EXPERT, target: 'ACTIVITY', activity: ACTIVITY, workshop: null });
  });
});

describe('validateAssignExpert', () => {
  it('needs an expert and a workshop; the workshop’s dates stand when none are given', () => {
    expect(validateAssignExpert(emptyAssignExpert(), NOW)).toEqual({
      expertId: { key: 'validation.expertRequired' },
      workshopId: { key: 'validation.workshopRequired' },
    });
    expect(validateAssignExpert(chosen, NOW)).toEqual({});
  });

  it('refuses an end before the start, its own or the workshop’s', () => {
    expect(validateAssignExpert({ ...chosen, startsOn: '2027-03-11', endsOn: '2027-03-10' }, NOW)).toEqual({
      endsOn: { key: 'validation.endsBeforeStarts' },
    });
    // Only a start, after the workshop's end: the start is at fault.
    expect(validateAssignExpert({ ...chosen, startsOn: '2027-03-20' }, NOW)).toEqual({
      startsOn: { key: 'validation.endsBeforeStarts' },
    });
    expect(validateAssignExpert({ ...chosen, endsOn: '2027-03-09' }, NOW).endsOn?.key).toBe(
      'validation.endsBeforeStarts',
    );
    expect(validateAssignExpert({ ...chosen, startsOn: '2027-03-11' }, NOW)).toEqual({});
  });

  it('needs an activity and both dates of a mission, the end not before the start', () => {
    expect(
      validateAssignExpert({ ...mission, activity: null, startsOn: '2027-01-04', endsOn: '2027-01-08' }, NOW),
    ).toEqual({ activityId: { key: 'validation.activityRequired' } });
    expect(validateAssignExpert(mission, NOW)).toEqual({ startsOn: { key: 'validation.missionDatesRequired' } });
    expect(validateAssignExpert({ ...mission, startsOn: '2027-01-04' }, NOW)).toEqual({
      endsOn: { key: 'validation.missionDatesRequired' },
    });
    expect(validateAssignExpert({ ...mission, startsOn: '2027-01-04', endsOn: '2027-01-03' }, NOW)).toEqual({
      endsOn: { key: 'validation.endsBeforeStarts' },
    });
    expect(validateAssignExpert({ ...mission, startsOn: '2027-01-04', endsOn: '2027-01-08' }, NOW)).toEqual({});
    // A workshop picked before switching to an activity lends no dates to the mission.
    expect(validateAssignExpert({ ...mission, workshop: WORKSHOP }, NOW).startsOn?.key).toBe(
      'validation.missionDatesRequired',
    );
  });

  it('refuses dates the API does not take', () => {
    expect(validateAssignExpert({ ...chosen, startsOn: '2027-13-01' }, NOW).startsOn?.key).toBe(
      'validation.dateInvalid',
    );
    expect(validateAssignExpert({ ...chosen, endsOn: '2040-01-01' }, NOW).endsOn).toEqual({
      key: 'validation.dateOutsideWindow',
      values: { min: '2000-01-01', max: '2036-12-31' },
    });
  });
});

describe('toAssignExpertInput', () => {
  it('sends the chosen target only, and leaves the dates out when none are given (the API takes the workshop’s)', () => {
    expect(toAssignExpertInput({ ...chosen, activity: ACTIVITY })).toEqual({
      expertId: EXPERT.id,
      workshopId: WORKSHOP.id,
    });
    expect(toAssignExpertInput({ ...chosen, startsOn: '2027-03-11', endsOn: '2027-03-12' })).toEqual({
      expertId: EXPERT.id,
      workshopId: WORKSHOP.id,
      startsOn: '2027-03-11',
      endsOn: '2027-03-12',
    });
    expect(
      toAssignExpertInput({ ...mission, workshop: WORKSHOP, startsOn: '2027-01-04', endsOn: '2027-01-08' }),
    ).toEqual({
      expertId: EXPERT.id,
      activityId: ACTIVITY.id,
      startsOn: '2027-01-04',
      endsOn: '2027-01-08',
    });
    expect(assignedTarget(mission)).toEqual({ kind: 'ACTIVITY', choice: ACTIVITY });
    expect(isAssignExpertField('expertId')).toBe(true);
    expect(isAssignExpertField('activityId')).toBe(true);
    expect(isAssignExpertField('target')).toBe(false);
  });
});

describe('choices', () => {
  it('says a workshop with its city and dates (which it lends), an activity with its code, an expert with the organisation', () => {
    expect(
      workshopChoice({
        id: WORKSHOP.id,
        title: 'Regional workshop',
        city: 'Dakar',
        startsOn: '2027-03-10',
        endsOn: '2027-03-12',
      }),
    ).toEqual({ ...WORKSHOP, label: 'Regional workshop — Dakar, 2027-03-10 – 2027-03-12' });
    expect(activityChoice({ id: ACTIVITY.id, code: 'IV.B.1', title: 'Legal advice' })).toEqual(ACTIVITY);
    expect(expertChoice({ id: EXPERT.id, name: 'Amina Diallo', organisation: null })).toEqual(EXPERT);
    expect(expertChoice({ id: EXPERT.id, name: 'Amina Diallo', organisation: 'Ministry of Justice' }).label).toBe(
      'Amina Diallo — Ministry of Justice',
    );
  });
});
