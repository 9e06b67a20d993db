import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const PUBLISH = `mutation($i: PublishQuestionnaireVersionInput!) {
  publishQuestionnaireVersion(input: $i) { id questionnaireVersion questions { id code text(lang: EN) questionnaireVersion } } }`;
const SUBMIT = `mutation($i: SubmitChecklistInput!) {
  submitChecklist(input: $i) { id status version questionnaireVersion answers { questionId answer comment } } }`;
const ENTRY = `id status version questionnaireVersion questions { id code }
  answers { id questionId answer comment needsAssistance requestId }
  v1: answers(version: 1) { id questionId answer comment }`;

interface Question {
  id: string;
  code: string;
  instrumentCode: string;
  article: string;
  sectionEn: string;
  sectionFr: string;
  sectionEs: string;
  textEn: string;
  textFr: string;
  textEs: string;
}

/**
 * Publishing a new version of a reporting cycle's questionnaire (issue 16), on the demo's 2008 cycle: a draft moves
 * to the new version with the answers whose question code is kept, a submitted checklist stays on its version, a
 * later update answers the new one; a stale version, a questionnaire at fault and a caller other than the
 * secretariat change nothing.
 */
describe('publishing a new version of a questionnaire', () => {
  let t: TestApp;
  let cycleId: string;
  let v1: Question[];

  beforeAll(async () => {
    t = await bootApp({ demo: true });
    const res = await t.gql(`{ reportingCycles { id questionnaireVersion
      questions { id code instrumentCode article sectionEn: section(lang: EN) sectionFr: section(lang: FR)
                  sectionEs: section(lang: ES) textEn: text(lang: EN) textFr: text(lang: FR) textEs: text(lang: ES) } } }`);
    expect(res.errors).toBeUndefined();
    cycleId = res.data!.reportingCycles[0].id;
    expect(res.data!.reportingCycles[0].questionnaireVersion).toBe(1);
    v1 = res.data!.reportingCycles[0].questions;
  });
  afterAll(() => t.close());

  const byCode = (code: string) => v1.find((q) => q.code === code)!;
  const asInput = ({ id: _id, ...q }: Question) => q;
  /** Version 2: UNTOC-5 reworded (same code), TIP-5 removed, a new question SOM-9 at the end. */
  const v2Questions = () => [
    ...v1
      .filter((q) => q.code !== 'TIP-5')
      .map((q) => (q.code === 'UNTOC-5' ? { ...q, textEn: `${q.textEn} (including preparatory acts)` } : q))
      .map(asInput),
    {
      code: 'SOM-9',
      sectionEn: 'Smuggling of migrants',
      sectionFr: 'Trafic illicite de migrants',
      sectionEs: 'Tráfico ilícito de migrantes',
      instrumentCode: 'SOM',
      article: 'art. 9',
      textEn: 'Are measures taken to protect smuggled migrants?',
      textFr: 'Des mesures protègent-elles les migrants objet d’un trafic ?',
      textEs: '¿Se adoptan medidas para proteger a los migrantes objeto de tráfico?',
    },
  ];
  const publish = (input: Record<string, unknown>, who: 'secretariat' | 'dakar' | 'donor' | 'viewer' = 'secretariat') =>
    t.as(who)(PUBLISH, { i: { cycleId, ...input } });
  const entryOf = async (iso3: string) =>
    (
      await t.gql(
        `query($id: ID!, $s: String!) { reportingCycle(id: $id) { answersByState(stateIso3: $s) { ${ENTRY} } } }`,
        {
          id: cycleId,
          s: iso3,
        },
      )
    ).data!.reportingCycle.answersByState[0];
  /** Every row publishing could change, to compare before and after a refusal. */
  const rows = async () => ({
    cycles: await t.dataSource.query(`SELECT id, questionnaire_version FROM reporting_cycle ORDER BY id`),
    questions: await t.dataSource.query(
      `SELECT id, questionnaire_version, code, text_en FROM checklist_question ORDER BY id`,
    ),
    entries: await t.dataSource.query(
      `SELECT id, status, questionnaire_version, version, updated_at FROM checklist_entry ORDER BY id`,
    ),
    answers: await t.dataSource.query(
      `SELECT id, entry_id, question_id, answer, comment, version, request_id FROM checklist_answer ORDER BY id`,
    ),
    audit: await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE entity_type IN ('reporting_cycle', 'checklist_entry', 'checklist_answer')`,
    ),
  });

  it('moves a draft with its kept answers, leaves a submitted checklist on version 1, and is audited', async () => {
    const draft = await t.gql(SUBMIT, {
      i: {
        cycleId,
        stateIso3: 'ALB',
        answers: [
          { questionId: byCode('UNTOC-5').id, answer: 'PARTLY', comment: 'Bill before Parliament' },
          { questionId: byCode('TIP-5').id, answer: 'NO', comment: 'No trafficking offence yet' },
        ],
        submit: false,
      },
    });
    expect(draft.errors).toBeUndefined();
    expect(draft.data!.submitChecklist).toMatchObject({ status: 'IN_PROGRESS', version: 1, questionnaireVersion: 1 });
    const senBefore = await entryOf('SEN');
    expect(senBefore).toMatchObject({ status: 'UPDATED', questionnaireVersion: 1 });

    const res = await publish({ expectedVersion: 1, questions: v2Questions() });
    expect(res.errors).toBeUndefined();
    const cycle = res.data!.publishQuestionnaireVersion;
    expect(cycle.questionnaireVersion).toBe(2);
    expect(cycle.questions.map((q: { code: string }) => q.code)).toEqual([
      ...v1.map((q) => q.code).filter((c) => c !== 'TIP-5'),
      'SOM-9',
    ]);
    expect(cycle.questions.every((q: { questionnaireVersion: number }) => q.questionnaireVersion === 2)).toBe(true);
    const v2 = cycle.questions as Array<{ id: string; code: string; text: string }>;
    expect(v2.find((q) => q.code === 'UNTOC-5')!.text).toMatch(/including preparatory acts/);
    // The old version stays readable; the default is the current one.
    const versions = await t.gql(
      `query($id: ID!) { reportingCycle(id: $id) { questionnaireVersion
      current: questions { code } old: questions(version: 1) { id code } } }`,
      { id: cycleId },
    );
    expect(versions.data!.reportingCycle.current).toHaveLength(10);
    expect(versions.data!.reportingCycle.old.map((q: { id: string }) => q.id)).toEqual(v1.map((q) => q.id));

    // The draft moved, carrying the UNTOC-5 answer to version 2's UNTOC-5; its TIP-5 answer stays with version 1.
    const alb = await entryOf('ALB');
    expect(alb).toMatchObject({ status: 'IN_PROGRESS', questionnaireVersion: 2, version: 2 });
    expect(alb.questions.map((q: { code: string }) => q.code)).toContain('SOM-9');
    expect(alb.answers).toEqual([
      expect.objectContaining({
        questionId: v2.find((q) => q.code === 'UNTOC-5')!.id,
        answer: 'PARTLY',
        comment: 'Bill before Parliament',
      }),
    ]);
    expect(alb.v1).toEqual([
      expect.objectContaining({ questionId: byCode('UNTOC-5').id, answer: 'PARTLY' }),
      expect.objectContaining({ questionId: byCode('TIP-5').id, answer: 'NO', comment: 'No trafficking offence yet' }),
    ]);

    // The submitted checklist stays on version 1: the same answers, to version 1's questions, needs still linked.
    const sen = await entryOf('SEN');
    expect(sen).toMatchObject({ status: 'UPDATED', questionnaireVersion: 1, version: senBefore.version });
    expect(sen.questions.map((q: { id: string }) => q.id)).toEqual(v1.map((q) => q.id));
    expect(sen.answers).toEqual(senBefore.answers);
    const cmr = await entryOf('CMR');
    expect(cmr.questionnaireVersion).toBe(1);
    expect(cmr.answers.filter((a: { requestId: string | null }) => a.requestId)).toHaveLength(1);

    const audit = await t.dataSource.query(
      `SELECT entity_type, action, before, after FROM audit_entry
        WHERE entity_type IN ('reporting_cycle', 'checklist_entry') AND after ? 'questionnaireVersion'
          AND (entity_id = $1 OR entity_id = $2) ORDER BY at, id`,
      [cycleId, alb.id],
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          entity_type: 'reporting_cycle',
          action: 'UPDATED',
          before: expect.objectContaining({ questionnaireVersion: 1 }),
          after: expect.objectContaining({
            questionnaireVersion: 2,
            questions: 10,
            draftsMoved: 1,
            submittedStayed: 20,
          }),
        }),
        expect.objectContaining({
          entity_type: 'checklist_entry',
          after: expect.objectContaining({ questionnaireVersion: 2, answersCarried: 1, answersLeftOut: 1 }),
        }),
      ]),
    );

    // A client still holding the draft as it was before the move is told to reload.
    const stale = await t.gql(SUBMIT, {
      i: {
        cycleId,
        stateIso3: 'ALB',
        answers: [{ questionId: byCode('UNTOC-6').id, answer: 'YES' }],
        submit: false,
        expectedVersion: 1,
      },
    });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 2 });
  });

  it('makes a State’s update of a submitted checklist answer the current version, its answers carried by code', async () => {
    const sen = await entryOf('SEN');
    const somId = (
      await t.gql(`query($id: ID!) { reportingCycle(id: $id) { questions { id code } } }`, { id: cycleId })
    ).data!.reportingCycle.questions.find((q: { code: string }) => q.code === 'SOM-9').id;
    const update = await t.as('dakar')(SUBMIT, {
      i: {
        cycleId,
        stateIso3: 'SEN',
        answers: [{ questionId: somId, answer: 'PARTLY' }],
        submit: true,
        expectedVersion: sen.version,
      },
    });
    expect(update.errors).toBeUndefined();
    expect(update.data!.submitChecklist).toMatchObject({
      status: 'UPDATED',
      questionnaireVersion: 2,
      version: sen.version + 1,
    });
    const after = await entryOf('SEN');
    expect(after.answers).toHaveLength(10);
    const oldByCode = new Map(sen.questions.map((q: Question) => [q.id, q.code]));
    const newByCode = new Map(after.questions.map((q: Question) => [q.id, q.code]));
    const carried = (after.answers as Array<{ questionId: string; answer: string }>).filter(
      (a) => newByCode.get(a.questionId) !== 'SOM-9',
    );
    expect(carried.map((a) => [newByCode.get(a.questionId), a.answer])).toEqual(
      (sen.answers as Array<{ questionId: string; answer: string }>)
        .filter((a) => oldByCode.get(a.questionId) !== 'TIP-5')
        .map((a) => [oldByCode.get(a.questionId), a.answer]),
    );
    // What it answered under version 1 (TIP-5 included) is still there to read.
    expect(after.v1).toHaveLength(10);

    // A need read on the page before the update, on a version-1 answer, is no longer the State's to accept.
    const [superseded] = after.v1 as Array<{ id: string }>;
    await t.dataSource.query(
      `UPDATE checklist_answer SET needs_assistance = true, assistance_kind = 'TRAINING', request_id = NULL WHERE id = $1`,
      [superseded.id],
    );
    const requestsBefore = await t.dataSource.query(`SELECT count(*)::int AS n FROM assistance_request`);
    const refused = await t.gql(`mutation($a: ID!) { acceptChecklistNeed(answerId: $a) { id requestId } }`, {
      a: superseded.id,
    });
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      field: 'answerId',
      currentVersion: 2,
      expectedVersion: 1,
    });
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM assistance_request`)).toEqual(requestsBefore);
  });

  it('refuses a stale version, a duplicate code and a questionnaire at fault, changing nothing', async () => {
    const before = await rows();
    const stale = await publish({ expectedVersion: 1, questions: v2Questions() });
    expect(stale.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      field: 'input.expectedVersion',
      currentVersion: 2,
      expectedVersion: 1,
    });
    expect(stale.errors![0].message).toMatch(/Version 2 of this questionnaire was published meanwhile/);

    const twice = v2Questions();
    twice[3] = { ...twice[3], code: 'UNTOC-5' };
    const duplicate = await publish({ expectedVersion: 2, questions: twice });
    expect(duplicate.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(duplicate.errors![0].extensions!.problems).toEqual([
      expect.objectContaining({ field: 'questions', constraint: 'arrayUnique' }),
    ]);
    expect(duplicate.errors![0].message).toMatch(/"UNTOC-5" given more than once/);

    const blank = v2Questions();
    blank[0] = { ...blank[0], textFr: '   ' };
    const missing = await publish({ expectedVersion: 2, questions: blank });
    expect(missing.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUESTION_TEXT_MISSING',
      field: 'input.questions.0.textFr',
    });
    const elsewhere = v2Questions();
    elsewhere[1] = { ...elsewhere[1], instrumentCode: 'UNCAC' };
    expect((await publish({ expectedVersion: 2, questions: elsewhere })).errors![0].extensions).toMatchObject({
      reason: 'INSTRUMENT_NOT_IN_CYCLE',
      field: 'input.questions.1.instrumentCode',
    });
    const badCode = v2Questions();
    badCode[2] = { ...badCode[2], code: 'untoc 18' };
    expect((await publish({ expectedVersion: 2, questions: badCode })).errors![0].extensions!.problems).toEqual([
      expect.objectContaining({ field: 'questions.2.code', constraint: 'matches' }),
    ]);
    expect((await publish({ expectedVersion: 2, questions: [] })).errors![0].extensions!.problems).toEqual([
      expect.objectContaining({ field: 'questions', constraint: 'arrayMinSize' }),
    ]);
    expect(await rows()).toEqual(before);
  });

  it('is the secretariat’s: a field office, a donor and a viewer are refused and change nothing', async () => {
    const before = await rows();
    for (const who of ['dakar', 'donor', 'viewer'] as const) {
      const res = await publish({ expectedVersion: 2, questions: v2Questions() }, who);
      expect(res.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await rows()).toEqual(before);
    const can = async (who: 'secretariat' | 'dakar' | 'donor') =>
      (await t.as(who)(`{ me { can { publishQuestionnaires } } }`)).data!.me.can.publishQuestionnaires;
    await expect(can('secretariat')).resolves.toBe(true);
    await expect(can('dakar')).resolves.toBe(false);
    await expect(can('donor')).resolves.toBe(false);
  });
});
