import { inOrder, mergeQuestionnaireForm, putBack, questionnaireValues, takeTheirFields } from './questionnaire-form';

/** The new-version form refused as stale: the person's edits replayed on the version published meanwhile. */
describe('the new-version form after a version published meanwhile', () => {
  const question = (code: string, over: Record<string, unknown> = {}) => ({
    __typename: 'ChecklistQuestion' as const,
    id: `id-${code}`,
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

  it('keeps the other version’s removal and the person’s edit, the person’s rows with their keys', () => {
    const base = [question('UNTOC-5'), question('TIP-5'), question('SOM-9')];
    const mine = questionnaireValues(base);
    mine.questions[0] = { ...mine.questions[0], textEn: 'Reworded?' };
    const theirs = [question('UNTOC-5'), question('TIP-5', { textFr: 'Autre ?' })];
    const merged = mergeQuestionnaireForm(base, mine, theirs);
    expect(merged.values.questions.map((q) => [q.code, q.textEn, q.textFr])).toEqual([
      ['UNTOC-5', 'Reworded?', 'Question UNTOC-5 ?'],
      ['TIP-5', 'Question TIP-5?', 'Autre ?'],
    ]);
    expect(merged.values.questions[0].key).toBe(mine.questions[0].key);
    expect(merged.conflicts).toEqual([]);
  });

  it('puts a question back where the other version has it', () => {
    const theirs = [question('UNTOC-5'), question('TIP-5'), question('SOM-9')];
    const values = questionnaireValues([question('UNTOC-5'), question('SOM-9')]);
    const [tip] = questionnaireValues([theirs[1]]).questions;
    expect(putBack(values, tip, theirs).questions.map((q) => q.code)).toEqual(['UNTOC-5', 'TIP-5', 'SOM-9']);
  });

  it('on “Use version N’s”, takes only the fields both changed differently, keeping the rest merged', () => {
    const base = [question('UNTOC-5')];
    const mine = questionnaireValues(base);
    mine.questions[0] = { ...mine.questions[0], textEn: 'Mine?', textEs: '¿Mía?' };
    const theirs = [question('UNTOC-5', { textEn: 'Theirs?', textFr: 'La leur ?' })];
    const merged = mergeQuestionnaireForm(base, mine, theirs);
    expect(merged.conflicts.map((c) => c.fields)).toEqual([['textEn']]);
    const taken = takeTheirFields(merged.values.questions[0], merged.conflicts[0]);
    expect([taken.key, taken.textEn, taken.textFr, taken.textEs]).toEqual([
      mine.questions[0].key,
      'Theirs?',
      'La leur ?',
      '¿Mía?',
    ]);
  });

  it('gives the person’s order when both reordered differently, to put back on request', () => {
    const base = [question('A'), question('B'), question('C'), question('D')];
    const mine = questionnaireValues([base[3], base[0], base[1], base[2]]);
    const theirs = [base[1], base[0], base[2], base[3], question('E')];
    const merged = mergeQuestionnaireForm(base, mine, theirs);
    expect(merged.myOrder).toEqual(['D', 'A', 'B', 'C']);
    expect(merged.values.questions.map((q) => q.code)).toEqual(['B', 'A', 'C', 'D', 'E']);
    expect(inOrder(merged.values, merged.myOrder!).questions.map((q) => q.code)).toEqual(['D', 'A', 'B', 'C', 'E']);
    expect(mergeQuestionnaireForm(base, questionnaireValues(base), theirs).myOrder).toBeNull();
  });
});
