import { assignmentDates } from './experts.js';

const WORKSHOP = { startsOn: '2027-03-10', endsOn: '2027-03-12' };

describe('assignmentDates', () => {
  it('takes the workshop’s dates where none are given, its own where they are', () => {
    expect(assignmentDates({}, WORKSHOP)).toEqual(WORKSHOP);
    expect(assignmentDates({ startsOn: '2027-03-11', endsOn: null }, WORKSHOP)).toEqual({
      startsOn: '2027-03-11',
      endsOn: '2027-03-12',
    });
  });

  it('needs both dates of a mission (no workshop to take them from)', () => {
    expect(assignmentDates({}, null)).toEqual({ problem: { reason: 'DATES_REQUIRED', field: 'startsOn' } });
    expect(assignmentDates({ startsOn: '2027-03-11' }, null)).toEqual({
      problem: { reason: 'DATES_REQUIRED', field: 'endsOn' },
    });
    expect(assignmentDates({ startsOn: '2027-03-11', endsOn: '2027-03-11' }, null)).toEqual({
      startsOn: '2027-03-11',
      endsOn: '2027-03-11',
    });
  });

  it('refuses an end before the start, blaming the date that was given', () => {
    expect(assignmentDates({ startsOn: '2027-03-11', endsOn: '2027-03-10' }, null)).toEqual({
      problem: { reason: 'ENDS_BEFORE_STARTS', field: 'endsOn' },
    });
    // Only a start, after the workshop's end: the start is at fault.
    expect(assignmentDates({ startsOn: '2027-03-20' }, WORKSHOP)).toEqual({
      problem: { reason: 'ENDS_BEFORE_STARTS', field: 'startsOn' },
    });
    expect(assignmentDates({ endsOn: '2027-03-09' }, WORKSHOP)).toEqual({
      problem: { reason: 'ENDS_BEFORE_STARTS', field: 'endsOn' },
    });
  });
});
