import {
  checklistDraftBasis,
  checklistValues,
  restoreChecklistDraft,
  toChecklistInput,
  type ChecklistValues,
} from './checklist-form';

/**
 * A checklist's draft kept on the device when a new version of the questionnaire is published: carried over by
 * question code (the rule of @ta/domain), its answers to removed questions kept, never silently dropped; left out
 * only when someone saved the checklist meanwhile.
 */
describe('a checklist draft kept on the device across questionnaire versions', () => {
  const v1 = [
    { id: 'q1-untoc5', code: 'UNTOC-5' },
    { id: 'q1-tip5', code: 'TIP-5' },
    { id: 'q1-som6', code: 'SOM-6' },
  ];
  // Version 2 removes TIP-5, adds SOM-9 and reorders.
  const v2 = [
    { id: 'q2-som6', code: 'SOM-6' },
    { id: 'q2-untoc5', code: 'UNTOC-5' },
    { id: 'q2-som9', code: 'SOM-9' },
  ];
  const v3 = [
    { id: 'q3-untoc5', code: 'UNTOC-5' },
    { id: 'q3-tip5', code: 'TIP-5' },
  ];

  /** What a field office typed under version 1 (nothing saved on the server yet). */
  function typedUnderV1(): ChecklistValues {
    const values = checklistValues(v1, null, 1);
    values.focalPoint = 'Ministry of Justice, Accra';
    values.answers[0] = { ...values.answers[0], answer: 'PARTLY', comment: 'Bill before Parliament' };
    values.answers[1] = {
      ...values.answers[1],
      answer: 'NO',
      needsAssistance: true,
      assistanceKind: 'LEGISLATIVE_ASSISTANCE',
      assistanceTopics: [],
    };
    return values;
  }

  it('comes back as it was while nothing changed', () => {
    const values = typedUnderV1();
    const basis = checklistDraftBasis(null, 1);
    expect(restoreChecklistDraft({ values, basis }, { questions: v1, entry: null, cycleVersion: 1 })).toBe(values);
  });

  it('is carried to the new version by question code, its answer to a removed question kept, not sent', () => {
    const values = typedUnderV1();
    const basis = checklistDraftBasis(null, 1);
    const restored = restoreChecklistDraft({ values, basis }, { questions: v2, entry: null, cycleVersion: 2 });
    expect(restored).not.toBeNull();
    expect(restored!.questionnaireVersion).toBe(2);
    expect(restored!.focalPoint).toBe('Ministry of Justice, Accra');
    expect(restored!.answers.map((a) => [a.questionId, a.code, a.answer, a.comment])).toEqual([
      ['q2-som6', 'SOM-6', '', ''],
      ['q2-untoc5', 'UNTOC-5', 'PARTLY', 'Bill before Parliament'],
      ['q2-som9', 'SOM-9', '', ''],
    ]);
    // TIP-5 is no longer asked: its answer and need stay on the device, shown as such, with the version that asked.
    expect(restored!.noLongerAsked).toEqual([
      expect.objectContaining({
        code: 'TIP-5',
        questionId: 'q1-tip5',
        askedIn: 1,
        answer: 'NO',
        needsAssistance: true,
        assistanceKind: 'LEGISLATIVE_ASSISTANCE',
      }),
    ]);
    // What a save sends answers version 2's questions only.
    expect(toChecklistInput(restored!).answers.map((a) => a.questionId)).toEqual(['q2-untoc5']);
  });

  it('carries a kept answer back when a later version asks its question again', () => {
    const basis = checklistDraftBasis(null, 1);
    const atV2 = restoreChecklistDraft(
      { values: typedUnderV1(), basis },
      { questions: v2, entry: null, cycleVersion: 2 },
    );
    // Written again under version 2 (the form's basis then), then version 3 brings TIP-5 back.
    const atV3 = restoreChecklistDraft(
      { values: atV2!, basis: checklistDraftBasis(null, 2) },
      { questions: v3, entry: null, cycleVersion: 3 },
    );
    expect(atV3!.answers.map((a) => [a.code, a.answer])).toEqual([
      ['UNTOC-5', 'PARTLY'],
      ['TIP-5', 'NO'],
    ]);
    expect(atV3!.answers[1]).not.toHaveProperty('askedIn');
    expect(atV3!.noLongerAsked).toEqual([]);
  });

  it('follows a draft saved on the server that the publication moved (its version one up)', () => {
    const entryV1 = {
      id: 'e1',
      stateIso3: 'GHA',
      status: 'IN_PROGRESS' as const,
      submittedOn: null,
      focalPoint: 'Accra',
      version: 3,
      questionnaireVersion: 1,
      answers: [],
    };
    const values = typedUnderV1();
    const basis = checklistDraftBasis(entryV1, 1);
    const moved = { ...entryV1, version: 4, questionnaireVersion: 2 };
    const restored = restoreChecklistDraft({ values, basis }, { questions: v2, entry: moved, cycleVersion: 2 });
    expect(restored?.answers.find((a) => a.code === 'UNTOC-5')?.answer).toBe('PARTLY');
    // Someone else saved it as well (one version more than the publication explains): the device's draft is stale.
    const savedAgain = { ...moved, version: 5 };
    expect(restoreChecklistDraft({ values, basis }, { questions: v2, entry: savedAgain, cycleVersion: 2 })).toBeNull();
    // Someone submitted it before the publication: it stayed on version 1, and the draft is not put back over it.
    const submitted = { ...entryV1, version: 4, status: 'SUBMITTED' as const };
    expect(restoreChecklistDraft({ values, basis }, { questions: v2, entry: submitted, cycleVersion: 2 })).toBeNull();
  });

  it('follows an update of a submitted checklist begun before the publication (the entry stays where it was)', () => {
    const submitted = {
      id: 'e2',
      stateIso3: 'SEN',
      status: 'SUBMITTED' as const,
      submittedOn: '2008-06-12',
      focalPoint: null,
      version: 2,
      questionnaireVersion: 1,
      answers: [],
    };
    const basis = checklistDraftBasis(submitted, 1);
    const restored = restoreChecklistDraft(
      { values: typedUnderV1(), basis },
      { questions: v2, entry: submitted, cycleVersion: 2 },
    );
    expect(restored?.questionnaireVersion).toBe(2);
    expect(restored?.noLongerAsked.map((a) => a.code)).toEqual(['TIP-5']);
  });

  it('leaves out a draft someone else overtook under the same version, and one of no known shape', () => {
    const values = typedUnderV1();
    const basis = checklistDraftBasis(null, 1);
    const saved = {
      id: 'e3',
      stateIso3: 'GHA',
      status: 'IN_PROGRESS' as const,
      submittedOn: null,
      focalPoint: null,
      version: 1,
      questionnaireVersion: 1,
      answers: [],
    };
    expect(restoreChecklistDraft({ values, basis }, { questions: v1, entry: saved, cycleVersion: 1 })).toBeNull();
    expect(
      restoreChecklistDraft(
        { values: { focalPoint: '' } as ChecklistValues, basis },
        { questions: v1, entry: null, cycleVersion: 1 },
      ),
    ).toBeNull();
  });
});
