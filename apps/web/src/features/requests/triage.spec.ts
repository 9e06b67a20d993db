import {
  commonMoves,
  isStaleVersion,
  linkChoices,
  linkEffect,
  moveEach,
  needsReason,
  shortText,
  validateMerge,
  validateRequestMove,
} from './triage';

describe('validateRequestMove', () => {
  const allowed = ['UNDER_REVIEW', 'DECLINED', 'WITHDRAWN'] as const;

  it('asks for a status first', () => {
    expect(validateRequestMove('RECEIVED', allowed, { to: '', reason: '' })).toEqual({
      to: { key: 'validation.moveRequired' },
    });
  });

  it('accepts a forward move without a reason', () => {
    expect(validateRequestMove('RECEIVED', allowed, { to: 'UNDER_REVIEW', reason: '' })).toEqual({});
  });

  it('needs a reason to decline or withdraw (the kernel rule), blanks do not count', () => {
    expect(validateRequestMove('RECEIVED', allowed, { to: 'DECLINED', reason: '  ' })).toEqual({
      reason: { key: 'validation.requestReasonRequired' },
    });
    expect(validateRequestMove('RECEIVED', allowed, { to: 'WITHDRAWN', reason: 'Asked twice' })).toEqual({});
    expect(needsReason('DECLINED')).toBe(true);
    expect(needsReason('ACCEPTED')).toBe(false);
    expect(needsReason('')).toBe(false);
  });

  it('offers only what the API allows this user', () => {
    expect(validateRequestMove('RECEIVED', ['DECLINED'], { to: 'UNDER_REVIEW', reason: '' })).toEqual({
      to: { key: 'validation.requestMoveNotAllowed' },
    });
  });
});

describe('linkEffect', () => {
  it('says what linking an activity does to the request', () => {
    expect(linkEffect('ACCEPTED')).toBe('toPlanned');
    expect(linkEffect('RECEIVED')).toBe('staysUntilAccepted');
    expect(linkEffect('UNDER_REVIEW')).toBe('staysUntilAccepted');
    expect(linkEffect('PLANNED')).toBe('unchanged');
    expect(linkEffect('FULFILLED')).toBe('unchanged');
    expect(linkEffect('DECLINED')).toBe('refused');
    expect(linkEffect('WITHDRAWN')).toBe('refused');
  });
});

describe('commonMoves', () => {
  it('keeps the moves every row allows, in the first row’s order', () => {
    expect(
      commonMoves([
        { allowedMoves: ['UNDER_REVIEW', 'DECLINED', 'WITHDRAWN'] },
        { allowedMoves: ['ACCEPTED', 'DECLINED', 'WITHDRAWN'] },
      ]),
    ).toEqual(['DECLINED', 'WITHDRAWN']);
    expect(commonMoves([{ allowedMoves: ['UNDER_REVIEW', 'DECLINED'] }])).toEqual(['UNDER_REVIEW', 'DECLINED']);
    expect(commonMoves([{ allowedMoves: [] }, { allowedMoves: ['DECLINED'] }])).toEqual([]);
    expect(commonMoves([])).toEqual([]);
  });
});

describe('moveEach', () => {
  it('moves rows one by one and reports each, a refusal not stopping the others', async () => {
    const outcomes = await moveEach(
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      (row) => (row.id === 'b' ? Promise.reject(new Error('stale')) : Promise.resolve('UNDER_REVIEW' as const)),
      (error) => (error instanceof Error ? error.message : 'unknown'),
    );
    expect(outcomes).toEqual([
      { id: 'a', moved: true, status: 'UNDER_REVIEW' },
      { id: 'b', moved: false, message: 'stale' },
      { id: 'c', moved: true, status: 'UNDER_REVIEW' },
    ]);
  });
});

describe('validateMerge', () => {
  it('needs one of the two requests kept and a reason', () => {
    expect(validateMerge(['a', 'b'], { keepId: 'a', reason: 'Same need, logged twice' })).toEqual({});
    expect(validateMerge(['a', 'b'], { keepId: 'c', reason: ' ' })).toEqual({
      keepId: { key: 'validation.mergeKeepRequired' },
      reason: { key: 'validation.mergeReasonRequired' },
    });
  });
});

describe('shortText and isStaleVersion', () => {
  it('cuts a long description at a word', () => {
    expect(shortText('Short one.')).toBe('Short one.');
    const cut = shortText('word '.repeat(60), 20);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(21);
    expect(cut).toBe('word word word word…');
  });

  it('recognises the API’s stale-version reason', () => {
    expect(isStaleVersion([{ reason: 'STALE_VERSION' }])).toBe(true);
    expect(isStaleVersion([{ reason: 'NOT_FOUND' }, {}])).toBe(false);
  });
});

describe('linkChoices', () => {
  it('lists the suggestions first, then the area’s others, without linked, finished (completed or cancelled) or repeated ones', () => {
    const a = (id: string, status = 'ENDORSED') => ({ id, status });
    const s = (id: string, score: number) => ({ activity: a(id), score });
    const choices = linkChoices(
      [s('s1', 80), s('x', 70), s('s2', 60)],
      [a('s2'), a('o1'), a('c', 'CANCELLED'), a('d', 'COMPLETED'), a('o2', 'UNDER_WAY')],
      ['x'],
    );
    expect(choices.map((c) => [c.activity.id, c.suggestion?.score ?? null])).toEqual([
      ['s1', 80],
      ['s2', 60],
      ['o1', null],
      ['o2', null],
    ]);
  });
});
