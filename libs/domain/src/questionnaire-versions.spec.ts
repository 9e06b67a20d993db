import {
  carryAnswersByCode,
  entryAfterPublications,
  questionnaireProblems,
  versionAfterPublish,
  versionOnSave,
  type QuestionDraft,
} from './checklists.js';
import { QUESTIONNAIRE_LIMITS } from './limits.js';

describe('how an entry begun under one version of the questionnaire answers the next', () => {
  const v1 = [
    { id: 'v1-a', code: 'UNTOC-5' },
    { id: 'v1-b', code: 'UNTOC-6' },
    { id: 'v1-c', code: 'TIP-5' },
  ];
  const v2 = [
    { id: 'v2-b', code: 'UNTOC-6' },
    { id: 'v2-a', code: 'UNTOC-5' },
    { id: 'v2-d', code: 'SOM-6' },
  ];

  it('leaves a submitted entry on the version it was submitted under and moves a draft to the new one', () => {
    expect(versionAfterPublish({ status: 'SUBMITTED', questionnaireVersion: 1 }, 2)).toBe(1);
    expect(versionAfterPublish({ status: 'UPDATED', questionnaireVersion: 1 }, 3)).toBe(1);
    expect(versionAfterPublish({ status: 'IN_PROGRESS', questionnaireVersion: 1 }, 2)).toBe(2);
    expect(versionAfterPublish({ status: 'NOT_STARTED', questionnaireVersion: 1 }, 2)).toBe(2);
  });

  it('makes a save (a draft, or an update of a submitted entry) answer the cycle’s current version', () => {
    expect(versionOnSave(2)).toBe(2);
  });

  it('carries the answers whose question code is still there, to the new question of that code', () => {
    const answers = [
      { questionId: 'v1-a', answer: 'YES' },
      { questionId: 'v1-b', answer: 'PARTLY' },
    ];
    const { carried, leftOut } = carryAnswersByCode(answers, v1, v2);
    expect(carried).toEqual([
      { answer: answers[0], questionId: 'v2-a' },
      { answer: answers[1], questionId: 'v2-b' },
    ]);
    expect(leftOut).toEqual([]);
  });

  it('leaves out (without losing) the answers to questions the new version removed', () => {
    const answers = [
      { questionId: 'v1-c', answer: 'NO' },
      { questionId: 'v1-a', answer: 'YES' },
      { questionId: 'unknown', answer: 'YES' },
    ];
    const { carried, leftOut } = carryAnswersByCode(answers, v1, v2);
    expect(carried.map((c) => c.questionId)).toEqual(['v2-a']);
    expect(leftOut).toEqual([answers[0], answers[2]]);
    // The answers themselves are untouched: the old version still reads them.
    expect(answers[0]).toEqual({ questionId: 'v1-c', answer: 'NO' });
  });

  it('says what a reader sees an entry become after publications: a draft moves one version up per publication', () => {
    const draft = { status: 'IN_PROGRESS' as const, questionnaireVersion: 1, version: 4 };
    expect(entryAfterPublications(draft, 1)).toEqual(draft);
    expect(entryAfterPublications(draft, 2)).toEqual({ ...draft, questionnaireVersion: 2, version: 5 });
    expect(entryAfterPublications(draft, 4)).toEqual({ ...draft, questionnaireVersion: 4, version: 7 });
    const submitted = { status: 'UPDATED' as const, questionnaireVersion: 1, version: 2 };
    expect(entryAfterPublications(submitted, 3)).toEqual(submitted);
  });
});

describe('a new version of a questionnaire as typed', () => {
  const question = (over: Partial<QuestionDraft> = {}): QuestionDraft => ({
    code: 'UNTOC-5',
    sectionEn: 'Offences',
    sectionFr: 'Infractions',
    sectionEs: 'Delitos',
    instrumentCode: 'UNTOC',
    article: 'art. 5',
    textEn: 'Is participation in an organized criminal group an offence?',
    textFr: 'La participation à un groupe criminel organisé est-elle une infraction ?',
    textEs: '¿Es delito la participación en un grupo delictivo organizado?',
    ...over,
  });
  const reasons = (qs: QuestionDraft[]) =>
    questionnaireProblems(qs, ['UNTOC', 'TIP']).map((p) => [p.index, p.field, p.reason]);

  it('accepts distinct codes with every text in three languages under the cycle’s instruments', () => {
    expect(reasons([question(), question({ code: 'TIP-5', instrumentCode: 'TIP' })])).toEqual([]);
  });

  it('refuses an empty questionnaire and one too long', () => {
    expect(reasons([])).toEqual([[-1, 'questions', 'QUESTIONNAIRE_EMPTY']]);
    const many = Array.from({ length: QUESTIONNAIRE_LIMITS.questionsMax + 1 }, (_, i) => question({ code: `Q-${i}` }));
    expect(reasons(many)).toEqual([[-1, 'questions', 'QUESTIONNAIRE_TOO_LONG']]);
  });

  it('names the second question that reuses a code, and a code not in the expected form', () => {
    const problems = questionnaireProblems([question(), question({ code: 'untoc 6' }), question()], ['UNTOC']);
    expect(problems.map((p) => [p.index, p.field, p.reason])).toEqual([
      [1, 'code', 'QUESTION_CODE_INVALID'],
      [2, 'code', 'DUPLICATE_QUESTION_CODE'],
    ]);
    expect(problems[1].message).toMatch(/"UNTOC-5" is already used by question 1/);
  });

  it('asks every text in English, French and Spanish, within its limit, under one of the cycle’s instruments', () => {
    expect(
      reasons([question({ textFr: '  ', sectionEs: '', textEn: 'x'.repeat(QUESTIONNAIRE_LIMITS.textMax + 1) })]),
    ).toEqual([
      [0, 'sectionEs', 'QUESTION_TEXT_MISSING'],
      [0, 'textEn', 'QUESTION_TEXT_TOO_LONG'],
      [0, 'textFr', 'QUESTION_TEXT_MISSING'],
    ]);
    expect(reasons([question({ instrumentCode: 'FIREARMS' })])).toEqual([
      [0, 'instrumentCode', 'INSTRUMENT_NOT_IN_CYCLE'],
    ]);
  });
});
