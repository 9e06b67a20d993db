import { questionnaireChanges } from './questionnaire-form';

/** What a version someone published meanwhile changed, said to the person whose publication it refused. */
describe('what a newer questionnaire version changed', () => {
  const question = (code: string, over: Record<string, string> = {}) => ({
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
    });
  });

  it('says nothing changed when only the rows (their ids) are new', () => {
    const before = [question('UNTOC-5')];
    const after = [{ ...question('UNTOC-5'), id: 'another-row' }];
    expect(questionnaireChanges(before, after)).toEqual({ added: [], removed: [], changed: [] });
  });
});
