import { assignmentDates, mayAssignTo } from './experts.js';
import { ACTIVITY_STATUSES, WORKSHOP_STATUSES } from './programme.js';
import { DELIVERY_STATUSES } from './results.js';

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

describe('mayAssignTo', () => {
  it('books experts on a workshop still to come only', () => {
    expect(WORKSHOP_STATUSES.filter((status) => mayAssignTo('WORKSHOP', { status }))).toEqual(['PLANNED']);
  });

  it('books experts on an activity until it is completed or cancelled', () => {
    expect(ACTIVITY_STATUSES.filter((status) => mayAssignTo('ACTIVITY', { status }))).toEqual([
      'PROPOSED',
      'ENDORSED',
      'FUNDED',
      'UNDER_WAY',
    ]);
  });

  it('and only while its delivery is planned or going on', () => {
    expect(
      DELIVERY_STATUSES.filter((deliveryStatus) => mayAssignTo('ACTIVITY', { status: 'UNDER_WAY', deliveryStatus })),
    ).toEqual(['PLANNED', 'IN_DELIVERY']);
    // Either status is enough to refuse.
    expect(mayAssignTo('ACTIVITY', { status: 'CANCELLED', deliveryStatus: 'PLANNED' })).toBe(false);
    expect(mayAssignTo('ACTIVITY', { status: 'FUNDED', deliveryStatus: 'CANCELLED' })).toBe(false);
    expect(mayAssignTo('ACTIVITY', { status: 'FUNDED', deliveryStatus: null })).toBe(true);
  });

  it('refuses a status it does not know', () => {
    expect(mayAssignTo('WORKSHOP', { status: 'ARCHIVED' })).toBe(false);
    expect(mayAssignTo('ACTIVITY', { status: 'ARCHIVED' })).toBe(false);
  });
});
