import { mergeQuestionnaireForm, putBack, questionnaireValues } from './questionnaire-form';

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
});
