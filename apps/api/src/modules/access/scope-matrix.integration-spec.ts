import request from 'supertest';
import { bootApp, type DemoRole, type TestApp } from '../../../../../test/support/app.js';

/**
 * Who reads a request's text, on every path it can take: role × a request of the reader's own or another
 * office's State × confidential or not. A description (and the reasons of its moves) is visible iff the role
 * reads requests and, when confidential, the reader is the secretariat, an administrator, or the field office
 * covering the State. Donors never read it, wherever a request reaches them from.
 *
 * The requests are a workshop's follow-up needs (so the workshop path shows them too): two in Thailand
 * (covered by Bangkok) and two in Senegal (covered by Dakar), one of each marked confidential. The two of a
 * State are the same need, so each lists the other among its duplicates.
 */
type Reader = { who: DemoRole; label: string };
const READERS: Reader[] = [
  { who: 'admin', label: 'ADMIN' },
  { who: 'secretariat', label: 'SECRETARIAT' },
  { who: 'bangkok', label: 'FIELD_OFFICE (Bangkok)' },
  { who: 'dakar', label: 'FIELD_OFFICE (Dakar)' },
  { who: 'viewer', label: 'VIEWER' },
  { who: 'donor', label: 'DONOR' },
];
const OFFICE_STATE: Partial<Record<DemoRole, string>> = { bangkok: 'THA', dakar: 'SEN' };

interface Target {
  stateIso3: 'THA' | 'SEN';
  confidential: boolean;
  marker: string;
  id: string;
  /** The other request of the same State: it lists this one among its duplicates. */
  partnerId: string;
}
const TARGETS: Array<Pick<Target, 'stateIso3' | 'confidential' | 'marker'>> = [
  { stateIso3: 'THA', confidential: false, marker: 'zqmarkthaopen' },
  { stateIso3: 'THA', confidential: true, marker: 'zqmarkthasecret' },
  { stateIso3: 'SEN', confidential: false, marker: 'zqmarksenopen' },
  { stateIso3: 'SEN', confidential: true, marker: 'zqmarksensecret' },
];

function visible(who: DemoRole, target: Pick<Target, 'stateIso3' | 'confidential'>): boolean {
  if (who === 'donor') return false;
  if (!target.confidential) return true;
  return who === 'admin' || who === 'secretariat' || OFFICE_STATE[who] === target.stateIso3;
}

describe('request text: every read path × role × own/other State × confidential', () => {
  let t: TestApp;
  let workshopId: string;
  const targets: Target[] = [];
  const reports = new Map<DemoRole, string | null>();

  beforeAll(async () => {
    t = await bootApp();
    const created = await t.gql(`mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`, {
      input: {
        title: 'Regional workshop on mutual legal assistance',
        kind: 'NATIONAL_TRAINING',
        startsOn: '2008-10-06',
        endsOn: '2008-10-08',
        city: 'Bangkok',
        countryIso3: 'THA',
        organisers: ['UNODC'],
        languages: ['en'],
      },
    });
    expect(created.errors).toBeUndefined();
    workshopId = created.data!.createWorkshop.id;
    const recorded = await t.gql(
      `mutation($id: ID!, $input: WorkshopOutcomeInput!) { recordWorkshopOutcome(workshopId: $id, input: $input) {
         outcome { followUpRequests { id version description state { iso3 } } } } }`,
      {
        id: workshopId,
        input: {
          conclusions: 'Follow-ups for the scope matrix.',
          participants: [
            { stateIso3: 'THA', participants: 4, women: 2 },
            { stateIso3: 'SEN', participants: 4, women: 2 },
          ],
          followUps: TARGETS.map((x) => ({
            stateIso3: x.stateIso3,
            kind: 'FOLLOW_UP_TRAINING',
            topics: ['mutual-legal-assistance'],
            description: `Follow-up need ${x.marker}`,
          })),
        },
      },
    );
    expect(recorded.errors).toBeUndefined();
    const followUps: Array<{ id: string; version: number; description: string }> =
      recorded.data!.recordWorkshopOutcome.outcome.followUpRequests;
    for (const x of TARGETS) {
      const own = followUps.find((f) => f.description.includes(x.marker))!;
      if (x.confidential) {
        const marked = await t.gql(
          `mutation($id: ID!, $v: Int!) { setAssistanceRequestConfidential(id: $id, confidential: true, expectedVersion: $v) { id } }`,
          { id: own.id, v: own.version },
        );
        expect(marked.errors).toBeUndefined();
      }
      targets.push({ ...x, id: own.id, partnerId: '' });
    }
    for (const x of targets) x.partnerId = targets.find((o) => o.stateIso3 === x.stateIso3 && o.id !== x.id)!.id;

    // One ASSISTANCE_REQUESTS report per reader, made in the background while the other tests run.
    for (const { who } of READERS) {
      const asked = await t.as(who)(`mutation { requestReport(kind: ASSISTANCE_REQUESTS) { id } }`);
      reports.set(who, asked.data?.requestReport?.id ?? null);
    }
  });
  afterAll(() => t.close());

  const cases = READERS.flatMap((reader) =>
    TARGETS.map((x) => ({
      ...reader,
      ...x,
      scope: OFFICE_STATE[reader.who]
        ? OFFICE_STATE[reader.who] === x.stateIso3
          ? 'own State'
          : 'other State'
        : 'any State',
      expected: visible(reader.who, x),
    })),
  );
  const target = (marker: string) => targets.find((x) => x.marker === marker)!;

  describe.each(cases)(
    '$label, a request of $stateIso3 ($scope), confidential: $confidential → visible: $expected',
    (c) => {
      it('assistanceRequests: the node’s description', async () => {
        const res = await t.as(c.who)(
          `query($s: [String!]) { assistanceRequests(filter: { stateIso3: $s }, first: 100) { nodes { id description } } }`,
          {
            s: [c.stateIso3],
          },
        );
        if (c.who === 'donor') {
          expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
          return;
        }
        const node = res.data!.assistanceRequests.nodes.find((n: { id: string }) => n.id === target(c.marker).id);
        expect(node.description).toBe(c.expected ? `Follow-up need ${c.marker}` : null);
      });

      it('assistanceRequests: searching the description finds it only when it is readable', async () => {
        const res = await t.as(c.who)(
          `query($q: String!) { assistanceRequests(filter: { search: $q }) { totalCount nodes { id } } }`,
          { q: c.marker },
        );
        if (c.who === 'donor') {
          expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
          return;
        }
        expect(res.data!.assistanceRequests.nodes.map((n: { id: string }) => n.id)).toEqual(
          c.expected ? [target(c.marker).id] : [],
        );
      });

      it('assistanceRequest(id): description and history reasons', async () => {
        const res = await t.as(c.who)(
          `query($id: ID!) { assistanceRequest(id: $id) { description history { reason } } }`,
          { id: target(c.marker).id },
        );
        if (c.who === 'donor') {
          expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
          return;
        }
        const r = res.data!.assistanceRequest;
        expect(r.description).toBe(c.expected ? `Follow-up need ${c.marker}` : null);
        expect(r.history.length).toBeGreaterThan(0);
        expect(
          r.history.every((h: { reason: string | null }) => (c.expected ? h.reason !== null : h.reason === null)),
        ).toBe(true);
      });

      it('duplicates: the description of a duplicate', async () => {
        const res = await t.as(c.who)(
          `query($id: ID!) { assistanceRequest(id: $id) { duplicates { id description } } }`,
          {
            id: target(c.marker).partnerId,
          },
        );
        if (c.who === 'donor') {
          expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
          return;
        }
        const dup = res.data!.assistanceRequest.duplicates.find((d: { id: string }) => d.id === target(c.marker).id);
        expect(dup.description).toBe(c.expected ? `Follow-up need ${c.marker}` : null);
      });

      it('a workshop’s follow-up requests: description, history reasons and duplicates', async () => {
        const res = await t.as(c.who)(
          `query($id: ID!) { workshop(id: $id) { outcome { followUpRequests { id description history { reason } duplicates { id description } } } } }`,
          { id: workshopId },
        );
        expect(res.errors).toBeUndefined();
        const followUps: Array<{
          id: string;
          description: string | null;
          history: Array<{ reason: string | null }>;
          duplicates: Array<{ id: string; description: string | null }>;
        }> = res.data!.workshop.outcome.followUpRequests;
        const own = followUps.find((f) => f.id === target(c.marker).id);
        if (c.who === 'donor' && !own) {
          // Donors see the programme's needs as counts: the follow-ups do not reach them at all.
          expect(followUps).toEqual([]);
          return;
        }
        if (!own) throw new Error('The follow-up request is missing from the workshop');
        expect(own.description).toBe(c.expected ? `Follow-up need ${c.marker}` : null);
        expect(own.history.every((h) => (c.expected ? h.reason !== null : h.reason === null))).toBe(true);
        const viaPartner = followUps
          .find((f) => f.id === target(c.marker).partnerId)!
          .duplicates.find((d) => d.id === target(c.marker).id)!;
        expect(viaPartner.description).toBe(c.expected ? `Follow-up need ${c.marker}` : null);
      });

      it('the ASSISTANCE_REQUESTS CSV report', async () => {
        const id = reports.get(c.who);
        if (c.who === 'donor') {
          expect(id).toBeNull();
          return;
        }
        const csv = await downloaded(c.who, id!);
        const line = csv
          .split('\n')
          .find((l) => l.startsWith(`${c.stateIso3},`) && (l.includes(c.marker) || l.includes('(confidential)')));
        expect(csv.includes(c.marker)).toBe(c.expected);
        expect(line).toBeDefined();
      });
    },
  );

  const files = new Map<DemoRole, Promise<string>>();
  function downloaded(who: DemoRole, id: string): Promise<string> {
    if (!files.has(who)) {
      files.set(
        who,
        (async () => {
          // At least 90 s, 100 ms apart: a job on a loaded 2-core machine can take long (a hang still fails).
          for (let i = 0; i < 900; i++) {
            const res = await t.as(who)(`query($id: ID!) { report(id: $id) { status downloadUrl error } }`, { id });
            const report = res.data!.report;
            if (report.status === 'FAILED') throw new Error(`The report failed: ${report.error}`);
            if (report.status === 'DONE') {
              const file = await request(t.app.getHttpServer())
                .get(report.downloadUrl)
                .set('authorization', `Bearer ${await t.login(`${who}@demo.local`)}`);
              expect(file.status).toBe(200);
              return file.text;
            }
            await new Promise((r) => setTimeout(r, 100));
          }
          throw new Error(`Report ${id} did not finish`);
        })(),
      );
    }
    return files.get(who)!;
  }

  it('donors may not ask for the requests report', async () => {
    const res = await t.as('donor')(`mutation { requestReport(kind: ASSISTANCE_REQUESTS) { id } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'REPORT_NOT_ALLOWED' });
  });
});
