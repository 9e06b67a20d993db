import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const ENTRY = `id stateIso3 status submittedOn focalPoint version answers { id questionId answer comment needsAssistance assistanceKind assistanceTopics requestId version }`;
const SUBMIT = `mutation($i: SubmitChecklistInput!) { submitChecklist(input: $i) { ${ENTRY} } }`;
const ACCEPT = `mutation($id: ID!) { acceptChecklistNeed(answerId: $id) { id requestId version } }`;

type Who = 'secretariat' | 'dakar' | 'bangkok' | 'donor' | 'viewer';
interface Question {
  id: string;
  code: string;
}

/** Reporting cycles and the checklist (issue 16 part 1), on the demo's 2008 cycle and the Dakar checklists (part 4). */
describe('reporting cycles and the checklist', () => {
  let t: TestApp;
  let cycleId: string;
  let questions: Question[];

  beforeAll(async () => {
    t = await bootApp({ demo: true });
    const res = await t.gql(`{ reportingCycles { id name openedYear instruments questions { id code } } }`);
    expect(res.errors).toBeUndefined();
    cycleId = res.data!.reportingCycles[0].id;
    questions = res.data!.reportingCycles[0].questions;
  });
  afterAll(() => t.close());

  const submit = (input: Record<string, unknown>, who: Who = 'secretariat') =>
    t.as(who)(SUBMIT, { i: { cycleId, ...input } });
  const all = (answer = 'YES') => questions.map((q) => ({ questionId: q.id, answer }));
  const cycle = (fields: string, who: Who = 'secretariat') =>
    t.as(who)(`query($id: ID!) { reportingCycle(id: $id) { ${fields} } }`, { id: cycleId });
  const countsOf = async (region: string) =>
    (
      (await cycle('reportedCounts { region states submitted updated inProgress notReported }')).data!.reportingCycle
        .reportedCounts as Array<Record<string, unknown>>
    ).find((r) => r.region === region)!;

  it('holds the 2008 cycle with its questionnaire in three languages and Dakar’s 20 checklists, 6 of them updates', async () => {
    const res = await t.as('viewer')(
      `query($id: ID!) { reportingCycle(id: $id) { name openedYear instruments
         questions { code instrumentCode article illustrative fr: text(lang: FR) es: text(lang: ES) section(lang: FR) }
         answersByState { stateIso3 status submittedOn illustrative answers { id } } } }`,
      { id: cycleId },
    );
    expect(res.errors).toBeUndefined();
    const c = res.data!.reportingCycle;
    expect(c).toMatchObject({ openedYear: 2008, instruments: ['UNTOC', 'TIP', 'SOM', 'FIREARMS'] });
    expect(c.questions).toHaveLength(10);
    expect(c.questions[0]).toMatchObject({
      code: 'UNTOC-5',
      article: 'art. 5',
      illustrative: true,
      fr: expect.stringContaining('groupe criminel organisé'),
      es: expect.stringContaining('grupo delictivo organizado'),
    });
    const entries = c.answersByState as Array<{
      stateIso3: string;
      status: string;
      submittedOn: string;
      answers: unknown[];
    }>;
    expect(entries).toHaveLength(20);
    expect(entries.filter((e) => e.status === 'UPDATED').map((e) => e.stateIso3)).toEqual([
      'BFA',
      'CIV',
      'CMR',
      'MLI',
      'MOZ',
      'SEN',
    ]);
    expect(entries.filter((e) => e.status === 'SUBMITTED')).toHaveLength(14);
    expect(entries.every((e) => e.submittedOn === '2008-06-12' && e.answers.length === 10)).toBe(true);
    // Donors read who has reported, not the States' answers.
    expect((await cycle('answersByState { id }', 'donor')).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await cycle('reportedCounts { region }', 'donor')).errors).toBeUndefined();
  });

  it('links the answers behind the document’s needs to the requests already logged for them', async () => {
    const [fn5] = await t.dataSource.query(`SELECT id FROM assistance_request WHERE external_ref = 'demo:fn5:CMR'`);
    const [printing] = await t.dataSource.query(
      `SELECT id FROM assistance_request WHERE external_ref = 'demo:fn16-printing:CAF'`,
    );
    const res =
      await cycle(`cmr: answersByState(stateIso3: "CMR") { answers { questionId needsAssistance assistanceKind requestId } }
                             caf: answersByState(stateIso3: "caf") { answers { questionId needsAssistance assistanceKind requestId } }`);
    expect(res.errors).toBeUndefined();
    const needs = (rows: Array<{ needsAssistance: boolean }>) => rows.filter((a) => a.needsAssistance);
    expect(needs(res.data!.reportingCycle.cmr[0].answers)).toEqual([
      expect.objectContaining({ assistanceKind: 'REPORTING_OBLIGATIONS', requestId: fn5.id }),
    ]);
    expect(needs(res.data!.reportingCycle.caf[0].answers)).toEqual([
      expect.objectContaining({ assistanceKind: 'PRINTING_LEGISLATION', requestId: printing.id }),
    ]);
  });

  it('says who has reported by State and by region, counted in SQL', async () => {
    const byState = (await cycle('reportedByState { stateIso3 region status submittedOn }')).data!.reportingCycle
      .reportedByState as Array<{ stateIso3: string; region: string; status: string }>;
    expect(byState.find((s) => s.stateIso3 === 'SEN')).toMatchObject({ region: 'Africa', status: 'UPDATED' });
    expect(byState.find((s) => s.stateIso3 === 'TGO')).toMatchObject({ status: 'SUBMITTED' });
    expect(byState.find((s) => s.stateIso3 === 'THA')).toMatchObject({ region: 'Asia', status: 'NOT_STARTED' });
    const africa = await countsOf('Africa');
    const africanStates = byState.filter((s) => s.region === 'Africa').length;
    expect(africa).toEqual({
      region: 'Africa',
      states: africanStates,
      submitted: 20,
      updated: 6,
      inProgress: 0,
      notReported: africanStates - 20,
    });
    expect(await countsOf('Asia')).toMatchObject({ submitted: 0, inProgress: 0 });
  });

  it('saves a draft, refuses an incomplete submission and a stale version, then submits and updates', async () => {
    const draft = await submit({
      stateIso3: 'ALB',
      focalPoint: 'Ministry of Justice, reporting unit',
      answers: [{ questionId: questions[0].id, answer: 'PARTLY', comment: 'Bill before Parliament' }],
      submit: false,
      expectedVersion: null,
      idempotencyKey: 'checklist-alb-draft-1',
    });
    expect(draft.errors).toBeUndefined();
    expect(draft.data!.submitChecklist).toMatchObject({ status: 'IN_PROGRESS', submittedOn: null, version: 1 });
    expect(draft.data!.submitChecklist.answers).toHaveLength(1);
    // The same key again answers the first save, creating nothing.
    const again = await submit({
      stateIso3: 'ALB',
      focalPoint: 'Ministry of Justice, reporting unit',
      answers: [{ questionId: questions[0].id, answer: 'PARTLY', comment: 'Bill before Parliament' }],
      submit: false,
      expectedVersion: null,
      idempotencyKey: 'checklist-alb-draft-1',
    });
    expect(again.data!.submitChecklist).toMatchObject({ id: draft.data!.submitChecklist.id, version: 1 });
    expect(await countsOf('Europe')).toMatchObject({ submitted: 0, inProgress: 1 });

    const incomplete = await submit({ stateIso3: 'ALB', answers: [], submit: true, expectedVersion: 1 });
    expect(incomplete.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ANSWER_MISSING' });
    const stale = await submit({ stateIso3: 'ALB', answers: all(), submit: true, expectedVersion: null });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 1 });
    const noKind = await submit({
      stateIso3: 'ALB',
      answers: [{ questionId: questions[1].id, answer: 'NO', needsAssistance: true }],
      submit: false,
      expectedVersion: 1,
    });
    expect(noKind.errors![0].extensions).toMatchObject({
      reason: 'ASSISTANCE_KIND_MISSING',
      field: 'input.answers.0.assistanceKind',
    });

    // The first answer was kept from the draft: the submission sends the rest.
    const submitted = await submit({ stateIso3: 'ALB', answers: all().slice(1), submit: true, expectedVersion: 1 });
    expect(submitted.errors).toBeUndefined();
    const entry = submitted.data!.submitChecklist;
    expect(entry).toMatchObject({ status: 'SUBMITTED', focalPoint: 'Ministry of Justice, reporting unit', version: 2 });
    expect(entry.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(entry.answers[0]).toMatchObject({ answer: 'PARTLY', comment: 'Bill before Parliament' });
    expect(await countsOf('Europe')).toMatchObject({ submitted: 1, inProgress: 0, updated: 0 });

    const lateDraft = await submit({ stateIso3: 'ALB', answers: all('NO'), submit: false, expectedVersion: 2 });
    expect(lateDraft.errors![0].extensions).toMatchObject({ reason: 'DRAFT_AFTER_SUBMISSION', field: 'input.submit' });
    const update = await submit({
      stateIso3: 'ALB',
      answers: [{ questionId: questions[0].id, answer: 'YES' }],
      submit: true,
      expectedVersion: 2,
    });
    expect(update.data!.submitChecklist).toMatchObject({ status: 'UPDATED', version: 3 });
    expect(await countsOf('Europe')).toMatchObject({ submitted: 1, updated: 1 });
  });

  it('lets a field office enter answers for its States only; the secretariat for all', async () => {
    const outside = await submit({ stateIso3: 'THA', answers: all(), submit: false }, 'dakar');
    expect(outside.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
    const own = await submit({ stateIso3: 'THA', answers: all().slice(0, 2), submit: false }, 'bangkok');
    expect(own.errors).toBeUndefined();
    expect(own.data!.submitChecklist).toMatchObject({ stateIso3: 'THA', status: 'IN_PROGRESS' });
    const senegal = await submit({ stateIso3: 'SEN', answers: all(), submit: true, expectedVersion: 2 }, 'dakar');
    expect(senegal.errors).toBeUndefined();
    expect(senegal.data!.submitChecklist).toMatchObject({ status: 'UPDATED', version: 3 });
    for (const who of ['donor', 'viewer'] as const) {
      const res = await submit({ stateIso3: 'SEN', answers: all(), submit: false }, who);
      expect(res.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('turns an accepted need for training into one request linked to its answer; accepting again makes no second', async () => {
    const need = {
      questionId: questions[3].id,
      answer: 'NO',
      comment: 'Prosecutors need training on cybercrime cases',
      needsAssistance: true,
      assistanceKind: 'TRAINING',
      assistanceTopics: ['cybercrime'],
    };
    const draft = await submit({ stateIso3: 'ISL', answers: [need], submit: false });
    expect(draft.errors).toBeUndefined();
    const draftAnswer = draft.data!.submitChecklist.answers[0];
    expect((await t.gql(ACCEPT, { id: draftAnswer.id })).errors![0].extensions).toMatchObject({
      reason: 'NO_NEED_TO_ACCEPT',
    });
    const sent = await submit({
      stateIso3: 'ISL',
      answers: all().map((a) => (a.questionId === need.questionId ? need : a)),
      submit: true,
      expectedVersion: 1,
    });
    expect(sent.errors).toBeUndefined();
    const answers = sent.data!.submitChecklist.answers as Array<{ id: string; questionId: string; requestId: null }>;
    const asking = answers.find((a) => a.questionId === need.questionId)!;
    expect(asking.id).toBe(draftAnswer.id);
    const plain = answers.find((a) => a.questionId !== need.questionId)!;
    expect((await t.gql(ACCEPT, { id: plain.id })).errors![0].extensions).toMatchObject({
      reason: 'NO_NEED_TO_ACCEPT',
    });
    expect((await t.as('dakar')(ACCEPT, { id: asking.id })).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });

    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM assistance_request`);
    const accepted = await t.gql(ACCEPT, { id: asking.id });
    expect(accepted.errors).toBeUndefined();
    const requestId = accepted.data!.acceptChecklistNeed.requestId;
    expect(requestId).toEqual(expect.any(String));
    const request = await t.gql(
      `query($id: ID!) { assistanceRequest(id: $id) { state { iso3 } kind topics channel status description } }`,
      { id: requestId },
    );
    expect(request.errors).toBeUndefined();
    expect(request.data!.assistanceRequest).toMatchObject({
      state: { iso3: 'ISL' },
      kind: 'TRAINING',
      topics: ['cybercrime'],
      channel: 'checklist',
      status: 'RECEIVED',
      description: expect.stringContaining('Prosecutors need training on cybercrime cases'),
    });
    const again = await t.gql(ACCEPT, { id: asking.id });
    expect(again.data!.acceptChecklistNeed).toEqual(accepted.data!.acceptChecklistNeed);
    const after = await t.dataSource.query(`SELECT count(*)::int AS n FROM assistance_request`);
    expect(after[0].n).toBe(before[0].n + 1);

    // Another answer of the same State for the same need joins the open request rather than logging a second.
    const second = await submit({
      stateIso3: 'ISL',
      answers: [{ ...need, questionId: questions[4].id, comment: 'Also for judges' }],
      submit: true,
      expectedVersion: 2,
    });
    const other = (second.data!.submitChecklist.answers as Array<{ id: string; questionId: string }>).find(
      (a) => a.questionId === questions[4].id,
    )!;
    const joined = await t.gql(ACCEPT, { id: other.id });
    expect(joined.data!.acceptChecklistNeed.requestId).toBe(requestId);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM assistance_request`))[0].n).toBe(after[0].n);
  });
});
