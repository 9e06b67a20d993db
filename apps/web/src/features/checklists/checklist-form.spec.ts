import { moveOldDraft, writeDraft, type Draft, type DraftShelf } from '../../offline/drafts';
import {
  carriedToCurrent,
  checklistDraftBasis,
  checklistDraftFromOld,
  checklistValues,
  draftCarriesTo,
  draftKeptAfterSave,
  oldChecklistDraftConverter,
  oldChecklistDraftName,
  restoreChecklistDraft,
  restoredDraftNotice,
  savedSinceRead,
  showAgainAfterRefusal,
  toChecklistInput,
  updateBegun,
  type ChecklistValues,
} from './checklist-form';

const GHANA_DRAFT = {
  id: 'e1',
  stateIso3: 'GHA',
  status: 'IN_PROGRESS' as const,
  submittedOn: null,
  focalPoint: null,
  version: 1,
  questionnaireVersion: 1,
  answers: [],
};

/** A checklist entry as the API answers it: Ghana's, saved as a draft under version 1, but for `over`. */
function entry<T extends object>(over: T): Omit<typeof GHANA_DRAFT, keyof T> & T {
  return { ...GHANA_DRAFT, ...over };
}

/** An answer of an entry, as the API answers it. */
const answer = (questionId: string, value: 'YES' | 'NO' | 'PARTLY', comment: string) => ({
  __typename: 'ChecklistAnswer' as const,
  id: `a-${questionId}`,
  version: 1,
  questionId,
  answer: value,
  comment,
  needsAssistance: false,
  assistanceKind: null,
  assistanceTopics: [],
  requestId: null,
});

/** A row of a draft as an earlier release kept it (no question code). */
const row = (questionId: string, over: Record<string, unknown> = {}) => ({
  questionId,
  answer: '',
  comment: '',
  needsAssistance: false,
  assistanceKind: '',
  assistanceTopics: [],
  ...over,
});

/** A draft an earlier release kept: `{ focalPoint, answers }` of its version's rows, its basis the entry's version. */
const oldDraftOf = (answers: unknown[], basis: number, focalPoint = 'Ministry of Justice, Accra'): Draft<unknown> => ({
  values: { focalPoint, answers },
  idempotencyKey: 'old-key-12345678',
  savedAt: '2026-11-30T09:00:00.000Z',
  basis,
});

/** An answer typed on the device for a question version 1 had already removed (asked in version 0). */
const removedAnswer = (comment: string) => ({
  questionId: 'q0-z',
  code: 'Z-0',
  answer: 'NO' as const,
  comment,
  needsAssistance: false,
  assistanceKind: '' as const,
  assistanceTopics: [],
  askedIn: 0,
});

/** The drafts on a device, in memory (`kept`); `write` replaces how a draft is written (one that fails, say). */
function shelf(
  start: Record<string, Draft<unknown>>,
  write?: DraftShelf['write'],
): DraftShelf & { kept: Map<string, Draft<unknown>> } {
  const kept = new Map(Object.entries(start));
  return {
    kept,
    read: async (name) => kept.get(name),
    write: write ?? (async (name, draft) => void kept.set(name, draft)),
    remove: async (name) => void kept.delete(name),
  };
}

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
    const entryV1 = entry({ focalPoint: 'Accra', version: 3 });
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
    const submitted = entry({
      id: 'e2',
      stateIso3: 'SEN',
      status: 'SUBMITTED' as const,
      submittedOn: '2008-06-12',
      version: 2,
    });
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
    const saved = entry({ id: 'e3' });
    expect(restoreChecklistDraft({ values, basis }, { questions: v1, entry: saved, cycleVersion: 1 })).toBeNull();
    expect(
      restoreChecklistDraft(
        { values: { focalPoint: '' } as ChecklistValues, basis },
        { questions: v1, entry: null, cycleVersion: 1 },
      ),
    ).toBeNull();
  });
});

/**
 * A checklist draft kept on the device by a release before drafts survived a publication: named per version
 * (`…:v<version>`), its rows without question codes, its basis the entry's version as a number. Moved once to
 * the name drafts have now, in the shape they have now, then restored as any other.
 */
describe('a checklist draft kept by an earlier release', () => {
  const v1 = [
    { id: 'q1-untoc5', code: 'UNTOC-5' },
    { id: 'q1-tip5', code: 'TIP-5' },
  ];
  const v2 = [
    { id: 'q2-untoc5', code: 'UNTOC-5' },
    { id: 'q2-som9', code: 'SOM-9' },
  ];
  /** As the earlier release wrote it: `{ focalPoint, answers }` of the version's rows, basis = entry version. */
  const oldDraft = (answers: unknown[], basis: number) => oldDraftOf(answers, basis);
  const inProgress = entry({ version: 3, questionnaireVersion: 2 });

  it("takes the codes of its version's questions and the basis the entry had, when nobody saved since", () => {
    const old = oldDraft(
      [row('q2-untoc5', { answer: 'PARTLY', comment: 'Bill before Parliament' }), row('q2-som9')],
      3,
    );
    const moved = checklistDraftFromOld(old, { version: 2, questions: v2 }, { entry: inProgress, cycleVersion: 2 });
    expect(moved?.basis).toEqual(checklistDraftBasis(inProgress, 2));
    expect(moved?.values.questionnaireVersion).toBe(2);
    expect(moved?.values.answers.map((a) => [a.questionId, a.code, a.answer, a.comment])).toEqual([
      ['q2-untoc5', 'UNTOC-5', 'PARTLY', 'Bill before Parliament'],
      ['q2-som9', 'SOM-9', '', ''],
    ]);
    // Restored as a draft of this release is.
    const restored = restoreChecklistDraft(moved!, { questions: v2, entry: inProgress, cycleVersion: 2 });
    expect(restored?.answers[0].answer).toBe('PARTLY');
    expect(restored?.focalPoint).toBe('Ministry of Justice, Accra');
    // Someone saved the checklist since (the entry is one further): the old draft no longer applies.
    expect(
      checklistDraftFromOld(
        old,
        { version: 2, questions: v2 },
        { entry: { ...inProgress, version: 4 }, cycleVersion: 2 },
      ),
    ).toBeNull();
  });

  it('is carried by code when it was typed under an earlier version (nothing saved on the server yet)', () => {
    const old = oldDraft([row('q1-untoc5', { answer: 'YES' }), row('q1-tip5', { answer: 'NO', comment: 'None' })], 0);
    const moved = checklistDraftFromOld(old, { version: 1, questions: v1 }, { entry: null, cycleVersion: 2 });
    expect(moved?.basis).toEqual(checklistDraftBasis(null, 1));
    const restored = restoreChecklistDraft(moved!, { questions: v2, entry: null, cycleVersion: 2 });
    expect(restored?.answers.map((a) => [a.code, a.answer])).toEqual([
      ['UNTOC-5', 'YES'],
      ['SOM-9', ''],
    ]);
    expect(restored?.noLongerAsked.map((a) => [a.code, a.askedIn, a.comment])).toEqual([['TIP-5', 1, 'None']]);
    // A draft typed before the entry existed, when it exists now: someone saved it since.
    expect(
      checklistDraftFromOld(old, { version: 1, questions: v1 }, { entry: inProgress, cycleVersion: 2 }),
    ).toBeNull();
  });

  it('follows a saved draft the publication moved (one version up per publication), not one saved since', () => {
    // Typed under version 1 against the entry at version 2; version 2's publication moved it: now version 3.
    const old = oldDraft([row('q1-untoc5', { answer: 'NO' })], 2);
    const moved = checklistDraftFromOld(old, { version: 1, questions: v1 }, { entry: inProgress, cycleVersion: 2 });
    expect(moved?.basis).toEqual({ entryVersion: 2, status: 'IN_PROGRESS', entryQuestionnaireVersion: 1 });
    expect(
      restoreChecklistDraft(moved!, { questions: v2, entry: inProgress, cycleVersion: 2 })?.answers[0].answer,
    ).toBe('NO');
    expect(
      checklistDraftFromOld(oldDraft([], 3), { version: 1, questions: v1 }, { entry: inProgress, cycleVersion: 2 }),
    ).toBeNull();
  });

  it('follows an update of a submitted checklist (the entry stays on its version)', () => {
    const submitted = { ...inProgress, status: 'SUBMITTED' as const, version: 5, questionnaireVersion: 1 };
    const old = oldDraft([row('q2-untoc5', { answer: 'YES', comment: 'Amended in 2009' })], 5);
    const moved = checklistDraftFromOld(old, { version: 2, questions: v2 }, { entry: submitted, cycleVersion: 2 });
    expect(moved?.basis).toEqual(checklistDraftBasis(submitted, 2));
    expect(
      restoreChecklistDraft(moved!, { questions: v2, entry: submitted, cycleVersion: 2 })?.answers[0].comment,
    ).toBe('Amended in 2009');
  });

  it('leaves out what is not an old checklist draft', () => {
    const now = { entry: null, cycleVersion: 2 };
    expect(
      checklistDraftFromOld({ values: { focalPoint: '' }, basis: 0 }, { version: 2, questions: v2 }, now),
    ).toBeNull();
    expect(
      checklistDraftFromOld(
        { values: { focalPoint: '', answers: [] }, basis: { entryVersion: 0 } },
        { version: 2, questions: v2 },
        now,
      ),
    ).toBeNull();
  });

  it('is moved to the new name once: converted, written there, the old names removed', async () => {
    const oldName = oldChecklistDraftName('c1', 'GHA', 'u1', 2);
    const older = oldChecklistDraftName('c1', 'GHA', 'u1', 1);
    const device = shelf({
      [oldName]: oldDraft([row('q2-untoc5', { answer: 'PARTLY' }), row('q2-som9')], 0),
      [older]: oldDraft([row('q1-untoc5', { answer: 'NO' })], 0),
    });
    let calls = 0;
    const convert = (draft: Draft<unknown>) => {
      calls += 1;
      const moved = checklistDraftFromOld(draft, { version: 2, questions: v2 }, { entry: null, cycleVersion: 2 });
      return moved && { ...draft, ...moved };
    };
    await moveOldDraft('checklist:c1:GHA:u1', [oldName, older], convert, device);
    // The newest old draft is the one moved; both old names are gone.
    expect(calls).toBe(1);
    expect([...device.kept.keys()]).toEqual(['checklist:c1:GHA:u1']);
    const kept = device.kept.get('checklist:c1:GHA:u1') as Draft<ChecklistValues>;
    expect(kept.idempotencyKey).toBe('old-key-12345678');
    expect(kept.values.answers.map((a) => [a.code, a.answer])).toEqual([
      ['UNTOC-5', 'PARTLY'],
      ['SOM-9', ''],
    ]);
    expect(restoreChecklistDraft(kept, { questions: v2, entry: null, cycleVersion: 2 })?.answers[0].answer).toBe(
      'PARTLY',
    );

    // A draft already under the new name is not overwritten by an old one: the old one is combined with it, its
    // answers only where the draft under the new name says nothing.
    device.kept.set(oldName, oldDraft([row('q2-untoc5', { answer: 'NO' }), row('q2-som9', { answer: 'YES' })], 0));
    const combining = oldChecklistDraftConverter({ cycleVersion: 2, questions: v2, entry: null }, async () => {
      throw new Error('The current version is not read again');
    });
    await moveOldDraft<ChecklistValues>('checklist:c1:GHA:u1', [oldName], combining, device);
    expect([...device.kept.keys()]).toEqual(['checklist:c1:GHA:u1']);
    const combined = device.kept.get('checklist:c1:GHA:u1') as Draft<ChecklistValues>;
    expect(combined.idempotencyKey).toBe('old-key-12345678');
    expect(combined.values.answers.map((a) => [a.code, a.answer])).toEqual([
      ['UNTOC-5', 'PARTLY'],
      ['SOM-9', 'YES'],
    ]);
  });

  it('removes an old draft that no longer applies, writing nothing', async () => {
    const oldName = oldChecklistDraftName('c1', 'GHA', 'u1', 2);
    const device = shelf({ [oldName]: oldDraft([row('q2-untoc5', { answer: 'PARTLY' })], 1) });
    await moveOldDraft('checklist:c1:GHA:u1', [oldName], () => null, device);
    expect(device.kept.size).toBe(0);
  });
});

/** What a field office typed is never lost: not by a refused save, a failed read or write, nor by a save. */
describe('typed input kept on the device', () => {
  const v1 = [
    { id: 'q1-untoc5', code: 'UNTOC-5' },
    { id: 'q1-tip5', code: 'TIP-5' },
  ];
  const v2 = [
    { id: 'q2-untoc5', code: 'UNTOC-5' },
    { id: 'q2-som9', code: 'SOM-9' },
  ];
  const entryV1 = entry({ focalPoint: 'Accra', version: 3, questions: v1 });
  function typed(): ChecklistValues {
    const values = checklistValues(v1, entryV1, 1);
    values.answers[0] = { ...values.answers[0], answer: 'PARTLY', comment: 'Bill before Parliament' };
    values.answers[1] = { ...values.answers[1], answer: 'NO', comment: 'None' };
    return values;
  }

  it('carries after a refused save only if the publication alone explains the entry as read now', () => {
    const mine = 'key-of-this-form';
    const kept = { values: typed(), basis: checklistDraftBasis(entryV1, 1), idempotencyKey: mine };
    // Version 2's publication moved the entry one version up: the draft carries, the form may be shown again.
    const moved = { ...entryV1, version: 4, questionnaireVersion: 2, questions: v2 };
    expect(draftCarriesTo(kept, { questionnaireVersion: 2, questions: v2, answersByState: [moved] }, mine)).toBe(true);
    // Someone else saved it too before the publication: it does not carry; the form keeps what is on screen.
    const overtaken = { ...moved, version: 5 };
    expect(draftCarriesTo(kept, { questionnaireVersion: 2, questions: v2, answersByState: [overtaken] }, mine)).toBe(
      false,
    );
    // No draft on the device (nothing written): nothing to show again.
    expect(draftCarriesTo(undefined, { questionnaireVersion: 2, questions: v2, answersByState: [moved] }, mine)).toBe(
      false,
    );
  });

  it('does not carry, over what this form typed, the draft another tab kept or typed', () => {
    const mine = 'key-of-tab-a';
    const fresh = (entry: typeof entryV1) => ({
      questionnaireVersion: 2,
      questions: v2,
      answersByState: [{ ...entry, version: entry.version + 1, questionnaireVersion: 2, questions: v2 }],
    });
    // Tab A typed (the device held its draft); tab B saved, and its save kept a draft for an answer to a question
    // no longer asked (finish(keep), a new key), over A's; version 2 is published; A's save is refused.
    const savedByB = { ...entryV1, version: 4, answers: [] };
    const removed = { ...typed().answers[1], askedIn: 0 };
    const keptByB = { ...draftKeptAfterSave(savedByB, v1, 1, [removed])!, kept: true as const, idempotencyKey: 'k-b' };
    // It would come back on the checklist as read now…
    expect(
      restoreChecklistDraft(keptByB, { questions: v2, entry: fresh(savedByB).answersByState[0], cycleVersion: 2 }),
    ).not.toBeNull();
    // …but it is not what A typed: A's values stay on screen.
    expect(draftCarriesTo(keptByB, fresh(savedByB), mine)).toBe(false);
    // Kept by this very form (nothing typed in it since) it does not carry either, were it asked.
    expect(draftCarriesTo({ ...keptByB, idempotencyKey: mine }, fresh(savedByB), mine)).toBe(false);
    // Tab B typed (not saved): the device holds B's draft, under B's key, whose basis still applies.
    const typedByB = { values: typed(), basis: checklistDraftBasis(entryV1, 1), idempotencyKey: 'k-b' };
    expect(draftCarriesTo(typedByB, fresh(entryV1), mine)).toBe(false);
    expect(draftCarriesTo({ ...typedByB, idempotencyKey: mine }, fresh(entryV1), mine)).toBe(true);
  });

  it('tells, for the notice of a refused untouched save, whether someone else saved beyond the publications', () => {
    // Version 2's publication alone moved the draft entry one version up: nobody else saved.
    expect(savedSinceRead(entryV1, { version: 4 }, 2)).toBe(false);
    // Someone saved too: one version more.
    expect(savedSinceRead(entryV1, { version: 5 }, 2)).toBe(true);
    // A submitted entry stays on its version through a publication: any new version is someone's save.
    const submitted = { ...entryV1, status: 'SUBMITTED' as const };
    expect(savedSinceRead(submitted, { version: 3 }, 2)).toBe(false);
    expect(savedSinceRead(submitted, { version: 4 }, 2)).toBe(true);
    // Nothing saved when the form was read: an entry now is someone's save; still none, nobody's.
    expect(savedSinceRead(null, { version: 1 }, 2)).toBe(true);
    expect(savedSinceRead(null, null, 2)).toBe(false);
  });

  it('shows the form again only once what it shows is written to the device', async () => {
    const steps: string[] = [];
    let wrote!: (ok: boolean) => void;
    const pending = new Promise<boolean>((resolve) => (wrote = resolve));
    const shown = showAgainAfterRefusal(
      () => pending,
      async () => {
        steps.push('read again');
        return true;
      },
    );
    await Promise.resolve();
    await Promise.resolve();
    // The write is under way: the checklist is not read again (nor the form remounted) yet.
    expect(steps).toEqual([]);
    wrote(true);
    await expect(shown).resolves.toBe(true);
    expect(steps).toEqual(['read again']);

    // The write failed (or there is no IndexedDB): the form stays as it is, the refusal said.
    const asked: string[] = [];
    const carried = async () => {
      asked.push('read again');
      return true;
    };
    await expect(showAgainAfterRefusal(async () => false, carried)).resolves.toBe(false);
    expect(asked).toEqual([]);
  });

  it('says a draft was not written where there is no IndexedDB', async () => {
    expect(typeof indexedDB).toBe('undefined');
    await expect(
      writeDraft('checklist:c1:GHA:u1', { values: typed(), idempotencyKey: 'k-12345678', savedAt: 'now' }),
    ).resolves.toBe(false);
  });

  const oldName = oldChecklistDraftName('c1', 'GHA', 'u1', 1);
  const oldDraft = () => oldDraftOf([{ questionId: 'q1-untoc5', answer: 'YES', comment: '' }], 0, 'Accra');
  const now = { cycleVersion: 2, questions: v2, entry: null };

  it('keeps the old drafts when the questions of their version could not be read', async () => {
    const device = shelf({ [oldName]: oldDraft() });
    // urql resolves with the error rather than rejecting.
    const convert = oldChecklistDraftConverter(now, async () => ({
      error: new Error('Network error'),
      data: undefined,
    }));
    await expect(moveOldDraft<ChecklistValues>('checklist:c1:GHA:u1', [oldName], convert, device)).rejects.toThrow(
      /could not be read/,
    );
    expect([...device.kept.keys()]).toEqual([oldName]);
    // Read, they move (the next load).
    const read = oldChecklistDraftConverter(now, async () => ({ data: { reportingCycle: { questions: v1 } } }));
    await moveOldDraft<ChecklistValues>('checklist:c1:GHA:u1', [oldName], read, device);
    expect([...device.kept.keys()]).toEqual(['checklist:c1:GHA:u1']);
  });

  it('keeps the old drafts when the new one could not be written', async () => {
    const read = oldChecklistDraftConverter(now, async () => ({ data: { reportingCycle: { questions: v1 } } }));
    // The write says it failed.
    const refused = shelf({ [oldName]: oldDraft() }, async () => false);
    await moveOldDraft<ChecklistValues>('checklist:c1:GHA:u1', [oldName], read, refused);
    expect([...refused.kept.keys()]).toEqual([oldName]);
    // The write failed silently (nothing under the new name when read back).
    const swallowed = shelf({ [oldName]: oldDraft() }, async () => undefined);
    await moveOldDraft<ChecklistValues>('checklist:c1:GHA:u1', [oldName], read, swallowed);
    expect([...swallowed.kept.keys()]).toEqual([oldName]);
  });

  it('keeps the answers to questions no longer asked after a save, until forgotten', () => {
    const carried = restoreChecklistDraft(
      { values: typed(), basis: checklistDraftBasis(entryV1, 1) },
      { questions: v2, entry: { ...entryV1, version: 4, questionnaireVersion: 2 }, cycleVersion: 2 },
    )!;
    expect(carried.noLongerAsked.map((a) => a.code)).toEqual(['TIP-5']);
    // Saved ("Save draft"): the entry as the API answered it.
    const saved = {
      ...entryV1,
      version: 5,
      questionnaireVersion: 2,
      answers: [
        {
          __typename: 'ChecklistAnswer' as const,
          id: 'a1',
          version: 1,
          questionId: 'q2-untoc5',
          answer: 'PARTLY' as const,
          comment: 'Bill before Parliament',
          needsAssistance: false,
          assistanceKind: null,
          assistanceTopics: [],
          requestId: null,
        },
      ],
    };
    const kept = draftKeptAfterSave(saved, v2, 2, carried.noLongerAsked)!;
    // The form shown again (on the saved entry) restores it: the saved answers, the kept ones listed apart.
    const back = restoreChecklistDraft(kept, { questions: v2, entry: saved, cycleVersion: 2 });
    expect(back?.answers.map((a) => [a.code, a.answer, a.comment])).toEqual([
      ['UNTOC-5', 'PARTLY', 'Bill before Parliament'],
      ['SOM-9', '', ''],
    ]);
    expect(back?.noLongerAsked.map((a) => [a.code, a.answer, a.comment, a.askedIn])).toEqual([
      ['TIP-5', 'NO', 'None', 1],
    ]);
    // Forgotten (none left): nothing stays.
    expect(draftKeptAfterSave(saved, v2, 2, [])).toBeNull();
  });
});

/**
 * An older submitted checklist opens in update mode only for an update someone began on this device, not for the
 * draft a save keeps for its answers to questions no longer asked (review of session 9).
 */
describe('an update begun on the device', () => {
  const v1 = [
    { id: 'q1-a', code: 'A-1' },
    { id: 'q1-b', code: 'B-1' },
  ];
  const v2 = [
    { id: 'q2-a', code: 'A-1' },
    { id: 'q2-c', code: 'C-1' },
  ];
  const submitted = {
    focalPoint: 'Ministry of Justice',
    version: 3,
    status: 'SUBMITTED' as const,
    questionnaireVersion: 1,
    answers: [answer('q1-a', 'YES', 'In force'), answer('q1-b', 'NO', '')],
    questions: v1,
  };
  const removed = removedAnswer('Asked in version 0');
  /** The page's check once version 2 is published: restored on the entry carried to it, and an update begun? */
  const opensUpdate = (draft: { values: ChecklistValues; basis: unknown }) => {
    const shown = carriedToCurrent(submitted, v2);
    const restored = restoreChecklistDraft(draft, { questions: v2, entry: shown, cycleVersion: 2 });
    return restored !== null && updateBegun(restored, checklistValues(v2, shown, 2));
  };

  it('is not the draft a submission kept for its answers to questions no longer asked', () => {
    const kept = draftKeptAfterSave(submitted, v1, 1, [removed])!;
    // It does carry to version 2 (the page restored it and opened update mode before)…
    const shown = carriedToCurrent(submitted, v2);
    expect(restoreChecklistDraft(kept, { questions: v2, entry: shown, cycleVersion: 2 })).not.toBeNull();
    // …but begins no update.
    expect(opensUpdate(kept)).toBe(false);
  });

  it('is a draft that says something the entry does not', () => {
    const kept = draftKeptAfterSave(submitted, v1, 1, [removed])!;
    const typed = structuredClone(kept);
    typed.values.answers[0].comment = 'In force since 2008';
    expect(opensUpdate(typed)).toBe(true);
    const newFocalPoint = structuredClone(kept);
    newFocalPoint.values.focalPoint = 'Attorney General';
    expect(opensUpdate(newFocalPoint)).toBe(true);
  });
});

/**
 * The draft a save keeps for its answers to questions no longer asked is marked as such (`kept`, written by
 * `finish(keep)`): it holds nothing typed, so it brings back only those answers, whatever happened to the entry
 * since; and a typed draft is announced as restored whatever it answered (review of session 10).
 */
describe('the draft a save kept', () => {
  const v1 = [
    { id: 'q1-untoc5', code: 'UNTOC-5' },
    { id: 'q1-tip5', code: 'TIP-5' },
  ];
  const v2 = [{ id: 'q2-untoc5', code: 'UNTOC-5' }];
  /** Saved as a draft under version 1, TIP-5 answered on the server. */
  const saved = entry({
    focalPoint: 'Accra',
    version: 5,
    answers: [answer('q1-untoc5', 'PARTLY', 'Bill before Parliament'), answer('q1-tip5', 'NO', 'Saved on the server')],
  });
  /** Typed on this device for a question version 1 had already removed (asked in version 0). */
  const removed = removedAnswer('Typed on this device');
  /** As `finish(keep)` writes it. */
  const keptDraft = () => ({ ...draftKeptAfterSave(saved, v1, 1, [removed])!, kept: true as const });
  /** Version 2's publication (without TIP-5) moved the entry: one version up, its kept answers on version 2. */
  const moved = {
    ...saved,
    version: 6,
    questionnaireVersion: 2,
    answers: [answer('q2-untoc5', 'PARTLY', 'Bill before Parliament')],
  };

  it('lists only its own answers to questions no longer asked, not a saved answer a publication removed', () => {
    const back = restoreChecklistDraft(keptDraft(), { questions: v2, entry: moved, cycleVersion: 2 });
    expect(back?.answers.map((a) => [a.code, a.answer, a.comment])).toEqual([
      ['UNTOC-5', 'PARTLY', 'Bill before Parliament'],
    ]);
    // TIP-5's answer was saved (sent): it is not listed as typed on this device and not sent.
    expect(back?.noLongerAsked.map((a) => [a.code, a.comment, a.askedIn])).toEqual([
      ['Z-0', 'Typed on this device', 0],
    ]);
    // Nor does it begin an update or announce a restored draft.
    expect(restoredDraftNotice(keptDraft(), back)).toBeNull();
  });

  it('keeps its answers to questions no longer asked when someone else saved the checklist since', () => {
    const theirs = {
      ...saved,
      version: 7,
      focalPoint: 'Attorney General',
      answers: [answer('q1-untoc5', 'YES', 'Adopted')],
    };
    const back = restoreChecklistDraft(keptDraft(), { questions: v1, entry: theirs, cycleVersion: 1 });
    // The entry as they saved it, the device's answers to questions no longer asked still apart.
    expect(back?.focalPoint).toBe('Attorney General');
    expect(back?.answers.map((a) => [a.code, a.answer, a.comment])).toEqual([
      ['UNTOC-5', 'YES', 'Adopted'],
      ['TIP-5', '', ''],
    ]);
    expect(back?.noLongerAsked.map((a) => a.code)).toEqual(['Z-0']);
    // Across a publication and their save alike.
    const both = { ...moved, version: 9 };
    expect(
      restoreChecklistDraft(keptDraft(), { questions: v2, entry: both, cycleVersion: 2 })?.noLongerAsked.map(
        (a) => a.code,
      ),
    ).toEqual(['Z-0']);
    // A typed draft someone overtook is still left out.
    const { kept: _kept, ...typed } = keptDraft();
    expect(restoreChecklistDraft(typed, { questions: v1, entry: theirs, cycleVersion: 1 })).toBeNull();
  });

  it('puts a kept answer back in its row when its question is asked again and the entry left it unanswered', () => {
    const v3 = [...v2, { id: 'q3-z', code: 'Z-0' }];
    const back = restoreChecklistDraft(keptDraft(), { questions: v3, entry: moved, cycleVersion: 3 });
    expect(back?.answers.map((a) => [a.code, a.comment])).toEqual([
      ['UNTOC-5', 'Bill before Parliament'],
      ['Z-0', 'Typed on this device'],
    ]);
    expect(back?.answers[1]).not.toHaveProperty('askedIn');
    expect(back?.noLongerAsked).toEqual([]);
  });

  it('once typed over, still lists only its own answers when a later version removes a saved answer', () => {
    // Restored on the saved entry (version 1), then one character added to one comment: a typed draft now, whose
    // rows hold every saved answer.
    const shown = restoreChecklistDraft(keptDraft(), { questions: v1, entry: saved, cycleVersion: 1 })!;
    const values = structuredClone(shown);
    values.answers[0].comment += '.';
    const typed = { values, basis: checklistDraftBasis(saved, 1) };
    // Version 2 removes TIP-5, which the saved entry answered: that answer was sent, not typed on this device.
    const back = restoreChecklistDraft(typed, { questions: v2, entry: moved, cycleVersion: 2 });
    expect(back?.noLongerAsked.map((a) => [a.code, a.comment])).toEqual([['Z-0', 'Typed on this device']]);
    expect(back?.answers.map((a) => [a.code, a.answer, a.comment])).toEqual([
      ['UNTOC-5', 'PARTLY', 'Bill before Parliament.'],
    ]);
    // Written again on version 2, it is typed over the entry as it is now: a later restore says the same.
    const again = restoreChecklistDraft(
      { values: back!, basis: checklistDraftBasis(moved, 2) },
      { questions: v2, entry: moved, cycleVersion: 2 },
    );
    expect(again?.noLongerAsked.map((a) => a.code)).toEqual(['Z-0']);
  });

  it('lists apart, of a typed draft started from the saved entry, only what was typed on this device', () => {
    const v3 = [
      { id: 'q3-untoc5', code: 'UNTOC-5' },
      { id: 'q3-som9', code: 'SOM-9' },
    ];
    const base = () => checklistValues([...v1, { id: 'q1-som6', code: 'SOM-6' }], saved, 1);
    // Only UNTOC-5's comment typed: TIP-5's saved answer is not listed when version 2 removes TIP-5.
    const comment = base();
    comment.answers[0].comment = 'Adopted in May';
    const after = (values: ChecklistValues) =>
      restoreChecklistDraft(
        { values, basis: checklistDraftBasis(saved, 1) },
        { questions: v3, entry: { ...moved, answers: moved.answers }, cycleVersion: 2 },
      );
    expect(after(comment)?.noLongerAsked).toEqual([]);
    expect(after(comment)?.answers.map((a) => [a.code, a.comment])).toEqual([
      ['UNTOC-5', 'Adopted in May'],
      ['SOM-9', ''],
    ]);
    // TIP-5's answer changed on this device: that is typed, and listed apart.
    const tip = base();
    tip.answers[1].comment = 'Changed here';
    expect(after(tip)?.noLongerAsked.map((a) => [a.code, a.comment, a.askedIn])).toEqual([
      ['TIP-5', 'Changed here', 1],
    ]);
    // SOM-6 answered here (nothing saved for it): typed, listed apart.
    const som = base();
    som.answers[2].answer = 'YES';
    expect(after(som)?.noLongerAsked.map((a) => a.code)).toEqual(['SOM-6']);
    // A saved answer cleared on purpose stays cleared.
    const cleared = base();
    cleared.answers[0] = { ...cleared.answers[0], answer: '', comment: '' };
    expect(after(cleared)?.answers[0]).toMatchObject({ code: 'UNTOC-5', answer: '', comment: '' });
    // A draft of an earlier release (no record of what it was typed over): every row counts as typed, as before.
    const { basisAnswers: _b, ...older } = comment;
    expect(after(older)?.noLongerAsked.map((a) => a.code)).toEqual(['TIP-5']);
  });

  it('announces a typed draft carried over even when every question it answered was removed', () => {
    // Never saved: typed under version 1, only TIP-5 answered; version 2 removes TIP-5.
    const values = checklistValues(v1, null, 1);
    values.answers[1] = { ...values.answers[1], answer: 'NO', comment: 'Only this' };
    const draft = { values, basis: checklistDraftBasis(null, 1) };
    const back = restoreChecklistDraft(draft, { questions: v2, entry: null, cycleVersion: 2 });
    // What the form shows equals the empty form but for the answers listed apart…
    expect(back?.answers.every((a) => !a.answer && !a.comment)).toBe(true);
    expect(back?.noLongerAsked.map((a) => a.code)).toEqual(['TIP-5']);
    // …and it is still said to be a draft carried over from version 1.
    expect(restoredDraftNotice(draft, back)).toEqual({ carriedFrom: 1 });
    expect(restoredDraftNotice({ values: back! }, back)).toEqual({ carriedFrom: null });
    expect(restoredDraftNotice(draft, null)).toBeNull();
  });
});

/** A failed move of an old draft is tried again on the next load even if the person typed meanwhile. */
describe('an old draft whose move failed', () => {
  const v1 = [
    { id: 'q1-untoc5', code: 'UNTOC-5' },
    { id: 'q1-tip5', code: 'TIP-5' },
    { id: 'q1-som6', code: 'SOM-6' },
  ];
  const v2 = [
    { id: 'q2-untoc5', code: 'UNTOC-5' },
    { id: 'q2-som6', code: 'SOM-6' },
  ];
  const name = 'checklist:c1:GHA:u1';
  const oldName = oldChecklistDraftName('c1', 'GHA', 'u1', 1);
  const oldDraft = () =>
    oldDraftOf(
      [
        row('q1-untoc5', { answer: 'YES', comment: 'Typed before the upgrade' }),
        row('q1-tip5', { answer: 'NO', comment: 'Asked no more' }),
      ],
      0,
    );
  const now = { cycleVersion: 2, questions: v2, entry: null };
  const failing = oldChecklistDraftConverter(now, async () => ({ error: new Error('Network error'), data: undefined }));
  const reading = oldChecklistDraftConverter(now, async () => ({ data: { reportingCycle: { questions: v1 } } }));

  it('is combined with what was typed since, nothing typed lost', async () => {
    const device = shelf({ [oldName]: oldDraft() });
    await expect(moveOldDraft<ChecklistValues>(name, [oldName], failing, device)).rejects.toThrow();
    // The form opened anyway; the person typed SOM-6 on version 2.
    const typed = checklistValues(v2, null, 2);
    typed.answers[1] = { ...typed.answers[1], answer: 'PARTLY', comment: 'Typed after the failed move' };
    const current: Draft<ChecklistValues> = {
      values: typed,
      idempotencyKey: 'new-key-12345678',
      savedAt: '2026-12-02T09:00:00.000Z',
      basis: checklistDraftBasis(null, 2),
    };
    device.kept.set(name, current);

    // The next load: the questions are read, the move tried again and combined with the typed draft.
    await moveOldDraft<ChecklistValues>(name, [oldName], reading, device);
    expect([...device.kept.keys()]).toEqual([name]);
    const combined = device.kept.get(name) as Draft<ChecklistValues>;
    expect(combined.idempotencyKey).toBe('new-key-12345678');
    expect(combined.basis).toEqual(checklistDraftBasis(null, 2));
    const back = restoreChecklistDraft(combined, { questions: v2, entry: null, cycleVersion: 2 });
    expect(back?.focalPoint).toBe('Ministry of Justice, Accra');
    expect(back?.answers.map((a) => [a.code, a.answer, a.comment])).toEqual([
      ['UNTOC-5', 'YES', 'Typed before the upgrade'],
      ['SOM-6', 'PARTLY', 'Typed after the failed move'],
    ]);
    expect(back?.noLongerAsked.map((a) => [a.code, a.comment, a.askedIn])).toEqual([['TIP-5', 'Asked no more', 1]]);
  });

  it('keeps what was typed over the old draft where both answered, and waits when it changes meanwhile', async () => {
    const typed = checklistValues(v2, null, 2);
    typed.focalPoint = 'Attorney General';
    typed.answers[0] = { ...typed.answers[0], answer: 'NO', comment: 'Typed now' };
    const current: Draft<ChecklistValues> = {
      values: typed,
      idempotencyKey: 'new-key-12345678',
      savedAt: '2026-12-02T09:00:00.000Z',
      basis: checklistDraftBasis(null, 2),
    };
    const device = shelf({ [oldName]: oldDraft(), [name]: current });
    await moveOldDraft<ChecklistValues>(name, [oldName], reading, device);
    const combined = (device.kept.get(name) as Draft<ChecklistValues>).values;
    expect(combined.focalPoint).toBe('Attorney General');
    expect(combined.answers.map((a) => [a.code, a.answer, a.comment])).toEqual([
      ['UNTOC-5', 'NO', 'Typed now'],
      ['SOM-6', '', ''],
    ]);
    expect(device.kept.has(oldName)).toBe(false);

    // Another tab writes under the new name while the move is under way: nothing is overwritten, the old draft
    // waits for the next load.
    const busy = shelf({ [oldName]: oldDraft(), [name]: current });
    const meanwhile = { ...current, savedAt: '2026-12-02T09:01:00.000Z' };
    await moveOldDraft<ChecklistValues>(
      name,
      [oldName],
      async (old, n, cur) => {
        const moved = await reading(old, n, cur);
        busy.kept.set(name, meanwhile);
        return moved;
      },
      busy,
    );
    expect(busy.kept.get(name)).toBe(meanwhile);
    expect(busy.kept.has(oldName)).toBe(true);
  });
});
