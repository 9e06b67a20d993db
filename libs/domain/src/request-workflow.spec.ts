import { allowedMoves, checkMove, isOpen, OPEN_STATUSES, REQUEST_STATUSES } from './request-workflow.js';

describe('request workflow', () => {
  it('moves forward one step at a time along the contract path', () => {
    expect(allowedMoves('RECEIVED')[0]).toBe('UNDER_REVIEW');
    expect(allowedMoves('UNDER_REVIEW')[0]).toBe('ACCEPTED');
    expect(allowedMoves('ACCEPTED')[0]).toBe('PLANNED');
    expect(allowedMoves('PLANNED')[0]).toBe('IN_DELIVERY');
    expect(allowedMoves('IN_DELIVERY')[0]).toBe('FULFILLED');
  });

  it('lets any open status be declined or withdrawn, and nothing leave a closed one', () => {
    expect(OPEN_STATUSES).toEqual(['RECEIVED', 'UNDER_REVIEW', 'ACCEPTED', 'PLANNED', 'IN_DELIVERY']);
    for (const s of OPEN_STATUSES) expect(allowedMoves(s)).toEqual(expect.arrayContaining(['DECLINED', 'WITHDRAWN']));
    for (const s of ['FULFILLED', 'DECLINED', 'WITHDRAWN'] as const) {
      expect(isOpen(s)).toBe(false);
      expect(allowedMoves(s)).toEqual([]);
    }
  });

  it('refuses skipping ahead, going back and staying put, saying where the request can go', () => {
    expect(checkMove('RECEIVED', 'ACCEPTED')).toEqual({
      ok: false,
      problem: 'NOT_ALLOWED',
      message: 'A request that is RECEIVED can move only to UNDER_REVIEW, DECLINED, WITHDRAWN, not to ACCEPTED.',
    });
    expect(checkMove('PLANNED', 'ACCEPTED').ok).toBe(false);
    expect(checkMove('PLANNED', 'PLANNED').ok).toBe(false);
    expect(checkMove('FULFILLED', 'WITHDRAWN')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/is closed/),
    });
  });

  it('needs a reason, not blank, to decline or withdraw', () => {
    expect(checkMove('RECEIVED', 'DECLINED')).toMatchObject({ ok: false, problem: 'REASON_REQUIRED' });
    expect(checkMove('RECEIVED', 'WITHDRAWN', '  ')).toMatchObject({ ok: false, problem: 'REASON_REQUIRED' });
    expect(checkMove('RECEIVED', 'WITHDRAWN', 'State withdrew it')).toEqual({ ok: true });
    expect(checkMove('RECEIVED', 'UNDER_REVIEW')).toEqual({ ok: true });
  });

  it('allows exactly 5 forward moves and 10 closing moves in all', () => {
    const moves = REQUEST_STATUSES.flatMap((from) => allowedMoves(from).map((to) => `${from}->${to}`));
    expect(moves).toHaveLength(15);
  });
});
