import { auditChanges, showValue } from './audit-changes';

describe('auditChanges', () => {
  it('lists each changed field before → after, sorted', () => {
    expect(auditChanges({ status: 'RECEIVED', version: 1 }, { status: 'UNDER_REVIEW', version: 2 })).toEqual([
      { field: 'status', before: 'RECEIVED', after: 'UNDER_REVIEW' },
      { field: 'version', before: '1', after: '2' },
    ]);
  });

  it('has only the after side for a creation and shows lists and nested values briefly', () => {
    expect(
      auditChanges(null, { topics: ['cybercrime', 'firearms'], outcome: { statesUpdated: 6 }, note: null }),
    ).toEqual([
      { field: 'note', before: null, after: '—' },
      { field: 'outcome', before: null, after: '{"statesUpdated":6}' },
      { field: 'topics', before: null, after: 'cybercrime, firearms' },
    ]);
  });

  it('ignores what is not an object', () => {
    expect(auditChanges('x', 3)).toEqual([]);
    expect(showValue(false)).toBe('false');
    expect(showValue('')).toBe('""');
  });
});
