import { mergeQuestionnaireEdits, questionnaireChanges, type PublishedQuestion } from './checklists.js';

const question = (code: string, over: Partial<PublishedQuestion> = {}): PublishedQuestion => ({
  code,
  instrumentCode: 'UNTOC',
  article: 'art. 5',
  illustrative: false,
  sectionEn: 'Convention',
  sectionFr: 'Convention',
  sectionEs: 'Convención',
  textEn: `Question ${code}?`,
  textFr: `Question ${code} ?`,
  textEs: `¿Pregunta ${code}?`,
  ...over,
});
const codes = (qs: readonly PublishedQuestion[]) => qs.map((q) => q.code);

/** What a version someone published meanwhile changed, said to the person whose publication it refused. */
describe('what a newer questionnaire version changed', () => {
  it('names the codes added, removed and reworded', () => {
    const before = [question('UNTOC-5'), question('TIP-5'), question('SOM-6')];
    const after = [
      question('UNTOC-5', { textFr: 'La participation est-elle incriminée ?' }),
      question('SOM-6'),
      question('SOM-9'),
    ];
    expect(questionnaireChanges(before, after)).toEqual({
      added: ['SOM-9'],
      removed: ['TIP-5'],
      changed: ['UNTOC-5'],
      reordered: false,
    });
  });

  it('counts a question made illustrative (or no longer) as changed, and a new order as such', () => {
    const before = [question('UNTOC-5'), question('TIP-5'), question('SOM-6')];
    const after = [question('TIP-5'), question('UNTOC-5', { illustrative: true }), question('SOM-6')];
    expect(questionnaireChanges(before, after)).toEqual({
      added: [],
      removed: [],
      changed: ['UNTOC-5'],
      reordered: true,
    });
  });

  it('says nothing changed when only spaces around the words differ (publishing trims them)', () => {
    expect(
      questionnaireChanges([question('UNTOC-5')], [question('UNTOC-5', { textEn: ' Question UNTOC-5? ' })]),
    ).toEqual({ added: [], removed: [], changed: [], reordered: false });
  });
});

/**
 * A person's edits begun from one version, replayed on the version someone published meanwhile: publishing them
 * does not undo what the other version did (a three-way merge, by question code, `base` the version the edits
 * began from).
 */
describe('merging a person’s edits with a version published meanwhile', () => {
  const base = [question('UNTOC-5'), question('TIP-5'), question('SOM-6'), question('SOM-9')];

  it('keeps the other version’s removals, additions, rewordings and order where the person changed nothing', () => {
    const mine = [
      question('UNTOC-5', { textEn: 'Is participation criminalized (art. 5)?' }),
      question('TIP-5'),
      question('SOM-6'),
      question('SOM-9'),
    ];
    const theirs = [
      question('UNTOC-5'),
      question('SOM-6', { textEs: '¿Se tipifica el tráfico?', illustrative: true }),
      question('TIP-5'),
      question('FIREARMS-7'),
    ];
    const merged = mergeQuestionnaireEdits(base, mine, theirs);
    expect(merged.conflicts).toEqual([]);
    // SOM-9 stays removed, FIREARMS-7 added, SOM-6 as reworded (and illustrative), their order; UNTOC-5 the person's.
    expect(codes(merged.questions)).toEqual(['UNTOC-5', 'SOM-6', 'TIP-5', 'FIREARMS-7']);
    expect(merged.questions[0].textEn).toBe('Is participation criminalized (art. 5)?');
    expect(merged.questions[1]).toBe(theirs[1]);
  });

  it('keeps the person’s own removals and additions, an addition before the question it preceded (last if last)', () => {
    const mine = [question('UNTOC-5'), question('NEW-1'), question('SOM-6'), question('SOM-9'), question('NEW-2')];
    const theirs = [question('SOM-9'), question('UNTOC-5'), question('TIP-5'), question('SOM-6')];
    const merged = mergeQuestionnaireEdits(base, mine, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(codes(merged.questions)).toEqual(['SOM-9', 'UNTOC-5', 'NEW-1', 'SOM-6', 'NEW-2']);
  });

  it('takes the person’s order when only they reordered', () => {
    const mine = [question('SOM-9'), question('SOM-6'), question('TIP-5'), question('UNTOC-5')];
    const theirs = [question('UNTOC-5'), question('TIP-5'), question('SOM-6'), question('SOM-9'), question('NEW-3')];
    expect(codes(mergeQuestionnaireEdits(base, mine, theirs).questions)).toEqual([
      'SOM-9',
      'SOM-6',
      'TIP-5',
      'UNTOC-5',
      'NEW-3',
    ]);
  });

  it('marks a question both changed differently, keeping the person’s; the same change twice is none', () => {
    const mine = [
      question('UNTOC-5', { textEn: 'Mine?' }),
      question('TIP-5', { article: 'art. 6' }),
      question('SOM-6'),
      question('SOM-9'),
    ];
    const theirs = [
      question('UNTOC-5', { textEn: 'Theirs?' }),
      question('TIP-5', { article: 'art. 6' }),
      question('SOM-6'),
      question('SOM-9'),
    ];
    const merged = mergeQuestionnaireEdits(base, mine, theirs);
    expect(merged.questions[0].textEn).toBe('Mine?');
    expect(merged.questions[1].article).toBe('art. 6');
    expect(merged.conflicts).toEqual([
      { code: 'UNTOC-5', kind: 'BOTH_CHANGED', mine: mine[0], theirs: theirs[0], fields: ['textEn'] },
    ]);
  });

  it('keeps a question the other version removed when the person edited it, and marks it', () => {
    const mine = [question('UNTOC-5'), question('TIP-5'), question('SOM-6'), question('SOM-9', { textEn: 'Edited?' })];
    const theirs = [question('UNTOC-5'), question('TIP-5'), question('SOM-6')];
    const merged = mergeQuestionnaireEdits(base, mine, theirs);
    expect(codes(merged.questions)).toEqual(['UNTOC-5', 'TIP-5', 'SOM-6', 'SOM-9']);
    expect(merged.conflicts).toEqual([
      { code: 'SOM-9', kind: 'EDITED_REMOVED', mine: mine[3], theirs: null, fields: [] },
    ]);
  });

  it('leaves out a question the person removed that the other version changed, and marks it', () => {
    const mine = [question('UNTOC-5'), question('SOM-6'), question('SOM-9')];
    const theirs = [
      question('UNTOC-5'),
      question('TIP-5', { textFr: 'Autre ?' }),
      question('SOM-6'),
      question('SOM-9'),
    ];
    const merged = mergeQuestionnaireEdits(base, mine, theirs);
    expect(codes(merged.questions)).toEqual(['UNTOC-5', 'SOM-6', 'SOM-9']);
    expect(merged.conflicts).toEqual([
      { code: 'TIP-5', kind: 'REMOVED_CHANGED', mine: null, theirs: theirs[1], fields: [] },
    ]);
  });

  it('marks a code both added with different questions; a question both removed is gone', () => {
    const mine = [question('UNTOC-5'), question('TIP-5'), question('SOM-6'), question('NEW-1', { textEn: 'A?' })];
    const theirs = [question('UNTOC-5'), question('TIP-5'), question('SOM-6'), question('NEW-1', { textEn: 'B?' })];
    const merged = mergeQuestionnaireEdits(base, mine, theirs);
    expect(codes(merged.questions)).toEqual(['UNTOC-5', 'TIP-5', 'SOM-6', 'NEW-1']);
    expect(merged.questions[3].textEn).toBe('A?');
    expect(merged.conflicts.map((c) => [c.code, c.kind, c.fields])).toEqual([['NEW-1', 'BOTH_CHANGED', ['textEn']]]);
  });

  it('merges a question field by field: the person’s English and the other version’s French, no conflict', () => {
    const mine = [question('UNTOC-5', { textEn: 'Mine?' }), question('TIP-5'), question('SOM-6'), question('SOM-9')];
    const theirs = [
      question('UNTOC-5', { textFr: 'La leur ?' }),
      question('TIP-5'),
      question('SOM-6'),
      question('SOM-9'),
    ];
    const merged = mergeQuestionnaireEdits(base, mine, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(merged.questions[0]).toEqual(question('UNTOC-5', { textEn: 'Mine?', textFr: 'La leur ?' }));
  });

  it('keeps the other version making a question illustrative while the person reworded it', () => {
    const mine = [question('UNTOC-5', { textEs: '¿Mía?' }), question('TIP-5'), question('SOM-6'), question('SOM-9')];
    const theirs = [
      question('UNTOC-5', { illustrative: true }),
      question('TIP-5'),
      question('SOM-6'),
      question('SOM-9'),
    ];
    const merged = mergeQuestionnaireEdits(base, mine, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(merged.questions[0]).toEqual(question('UNTOC-5', { textEs: '¿Mía?', illustrative: true }));
  });

  it('sees no conflict when both changed the same field the same way (and merges the rest)', () => {
    const mine = [
      question('UNTOC-5', { article: 'art. 6', textEn: 'Mine?' }),
      question('TIP-5'),
      question('SOM-6'),
      question('SOM-9'),
    ];
    const theirs = [
      question('UNTOC-5', { article: ' art. 6 ', sectionFr: 'La Convention' }),
      question('TIP-5'),
      question('SOM-6'),
      question('SOM-9'),
    ];
    const merged = mergeQuestionnaireEdits(base, mine, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(merged.questions[0]).toEqual(
      question('UNTOC-5', { article: 'art. 6', textEn: 'Mine?', sectionFr: 'La Convention' }),
    );
  });

  it('marks only the field both changed differently, keeping the person’s value, the rest merged', () => {
    const mine = [
      question('UNTOC-5', { textEn: 'Mine?', textEs: '¿Mía?' }),
      question('TIP-5'),
      question('SOM-6'),
      question('SOM-9'),
    ];
    const theirs = [
      question('UNTOC-5', { textEn: 'Theirs?', textFr: 'La leur ?' }),
      question('TIP-5'),
      question('SOM-6'),
      question('SOM-9'),
    ];
    const merged = mergeQuestionnaireEdits(base, mine, theirs);
    const expected = question('UNTOC-5', { textEn: 'Mine?', textEs: '¿Mía?', textFr: 'La leur ?' });
    expect(merged.questions[0]).toEqual(expected);
    expect(merged.conflicts).toEqual([
      { code: 'UNTOC-5', kind: 'BOTH_CHANGED', mine: expected, theirs: theirs[0], fields: ['textEn'] },
    ]);
  });

  it('reports an order conflict when both reordered differently (the other version’s order is kept)', () => {
    const [a, b, c, d] = [question('A'), question('B'), question('C'), question('D')];
    const merged = mergeQuestionnaireEdits([a, b, c, d], [d, a, b, c], [b, a, c, d]);
    expect(codes(merged.questions)).toEqual(['B', 'A', 'C', 'D']);
    expect(merged.orderConflict).toBe(true);
    expect(merged.conflicts).toEqual([]);
  });

  it('reports no order conflict when only one side reordered, or both the same way', () => {
    const [a, b, c, d] = [question('A'), question('B'), question('C'), question('D')];
    expect(mergeQuestionnaireEdits([a, b, c, d], [d, a, b, c], [a, b, c, d]).orderConflict).toBe(false);
    expect(mergeQuestionnaireEdits([a, b, c, d], [a, b, c, d], [b, a, c, d]).orderConflict).toBe(false);
    const same = mergeQuestionnaireEdits([a, b, c, d], [d, a, b, c], [d, a, b, c, question('E')]);
    expect(same.orderConflict).toBe(false);
    expect(codes(same.questions)).toEqual(['D', 'A', 'B', 'C', 'E']);
  });
});
