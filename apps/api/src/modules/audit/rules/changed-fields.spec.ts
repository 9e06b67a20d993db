import { changedFields } from './changed-fields.js';

describe('changedFields', () => {
  it('keeps only what changed, on both sides', () => {
    expect(
      changedFields(
        { status: 'RECEIVED', version: 1, topics: ['a'] },
        { status: 'UNDER_REVIEW', version: 2, topics: ['a'] },
      ),
    ).toEqual({
      before: { status: 'RECEIVED', version: 1 },
      after: { status: 'UNDER_REVIEW', version: 2 },
    });
  });
  it('shows a field that appears or disappears as null on the other side', () => {
    expect(changedFields({ a: 1 }, { b: 2 })).toEqual({ before: { a: 1, b: null }, after: { a: null, b: 2 } });
  });
});
