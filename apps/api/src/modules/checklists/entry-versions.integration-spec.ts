import { entryAfterPublications } from '@ta/domain';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const QUESTIONS = `questions { id code instrumentCode article sectionEn: section(lang: EN) sectionFr: section(lang: FR)
  sectionEs: section(lang: ES) textEn: text(lang: EN) textFr: text(lang: FR) textEs: text(lang: ES) }`;
const PUBLISH = `mutation($i: PublishQuestionnaireVersionInput!) {
  publishQuestionnaireVersion(input: $i) { id questionnaireVersion ${QUESTIONS} } }`;
const SUBMIT = `mutation($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status version questionnaireVersion } }`;

interface Entry {
  status: 'NOT_STARTED' | 'IN_PROGRESS' | 'SUBMITTED' | 'UPDATED';
  version: number;
  questionnaireVersion: number;
}

/**
 * "Each publication that moves an entry adds one to its version" is written twice: as the kernel's rule
 * (`entryAfterPublications`, which a device's draft uses to tell publications from someone's save) and as the
 * repository's `version + 1` when a publication moves entries. Over two publications, every entry of the cycle
 * (drafts, submitted, updated) is as the rule says.
 */
describe('the version of an entry across publications of the questionnaire', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp({ demo: true });
  });
  afterAll(() => t.close());

  it('is what entryAfterPublications says, for every entry, after each of two publications', async () => {
    const res = await t.gql(`{ reportingCycles { id questionnaireVersion ${QUESTIONS} } }`);
    expect(res.errors).toBeUndefined();
    const cycle = res.data!.reportingCycles[0];
    const cycleId: string = cycle.id;
    expect(cycle.questionnaireVersion).toBe(1);
    const v1 = cycle.questions as Array<{ id: string; code: string }>;

    // A draft saved twice (version 2), to set beside the demo's submitted and updated checklists.
    for (const comment of ['First reading', 'Second reading']) {
      const before = (await entriesOf(cycleId)).find((e) => e.stateIso3 === 'ALB');
      const saved = await t.gql(SUBMIT, {
        i: {
          cycleId,
          stateIso3: 'ALB',
          answers: [{ questionId: v1[0].id, answer: 'PARTLY', comment }],
          submit: false,
          expectedVersion: before?.version ?? null,
        },
      });
      expect(saved.errors).toBeUndefined();
    }
    const start = await entriesOf(cycleId);
    const statuses = new Set(start.map((e) => e.status));
    expect(statuses.has('IN_PROGRESS')).toBe(true);
    expect([...statuses].some((s) => s === 'SUBMITTED' || s === 'UPDATED')).toBe(true);
    expect(start.find((e) => e.stateIso3 === 'ALB')?.version).toBe(2);

    let questions = v1;
    for (const published of [2, 3]) {
      const removed = questions.at(-1)!.code;
      const res = await t.gql(PUBLISH, {
        i: {
          cycleId,
          expectedVersion: published - 1,
          questions: questions.filter((q) => q.code !== removed).map(({ id: _id, ...q }) => q),
        },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.publishQuestionnaireVersion.questionnaireVersion).toBe(published);
      questions = res.data!.publishQuestionnaireVersion.questions;

      const now = await entriesOf(cycleId);
      expect(now.map((e) => e.stateIso3)).toEqual(start.map((e) => e.stateIso3));
      for (const [i, entry] of now.entries()) {
        const was = start[i];
        expect({ state: entry.stateIso3, ...pick(entry) }).toEqual({
          state: was.stateIso3,
          ...pick(entryAfterPublications(pick(was), published)),
        });
      }
    }
    // The draft moved twice (two up), the submitted ones not at all.
    const end = await entriesOf(cycleId);
    expect(end.find((e) => e.stateIso3 === 'ALB')).toMatchObject({ version: 4, questionnaireVersion: 3 });
    const reported = end.filter((e) => e.status === 'SUBMITTED' || e.status === 'UPDATED');
    expect(reported.length).toBeGreaterThan(0);
    for (const e of reported) expect(e).toEqual(start.find((s) => s.stateIso3 === e.stateIso3));
  });

  const pick = (e: Entry): Entry => ({
    status: e.status,
    version: e.version,
    questionnaireVersion: e.questionnaireVersion,
  });

  /** Every entry of the cycle, as the API reads it, by State. */
  async function entriesOf(cycleId: string): Promise<Array<Entry & { stateIso3: string }>> {
    const rows: Array<{ state_iso3: string; status: Entry['status']; version: number; questionnaire_version: number }> =
      await t.dataSource.query(
        `SELECT state_iso3, status, version, questionnaire_version FROM checklist_entry WHERE cycle_id = $1
          ORDER BY state_iso3`,
        [cycleId],
      );
    return rows.map((r) => ({
      stateIso3: r.state_iso3,
      status: r.status,
      version: r.version,
      questionnaireVersion: r.questionnaire_version,
    }));
  }
});
