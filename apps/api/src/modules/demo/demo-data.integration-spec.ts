import { bootApp, type TestApp } from '../../../../../test/support/app.js';
import { DemoLoaderService } from './demo-loader.service.js';

/**
 * The demo data against the source document, list by list and State by State. The expected lists are
 * written here as ISO codes, independently of demo.data.ts (which keeps the document's spelling).
 */
const EXPECTED: Array<{
  para: string;
  kind: string;
  area: string;
  status: string;
  states: string[];
  topics?: string[];
}> = [
  {
    para: 'footnote 5',
    kind: 'REPORTING_OBLIGATIONS',
    area: 'A',
    status: 'RECEIVED',
    // Albania, Algeria, Burundi, Cambodia, Cameroon, Chad, Ecuador, Gabon, Guinea, Indonesia, Moldova, Namibia,
    // Niger, Philippines, Sao Tome and Principe, Tajikistan
    states: [
      'ALB',
      'DZA',
      'BDI',
      'KHM',
      'CMR',
      'TCD',
      'ECU',
      'GAB',
      'GIN',
      'IDN',
      'MDA',
      'NAM',
      'NER',
      'PHL',
      'STP',
      'TJK',
    ],
  },
  {
    para: 'para. 25',
    kind: 'LEGISLATIVE_ASSISTANCE',
    area: 'B',
    status: 'UNDER_REVIEW',
    states: [
      'DZA',
      'BEN',
      'CMR',
      'TCD',
      'CHN',
      'CRI',
      'CZE',
      'COM',
      'DOM',
      'ECU',
      'SLV',
      'GIN',
      'JAM',
      'MDG',
      'MYS',
      'MDV',
      'MUS',
      'MNG',
      'NGA',
      'PHL',
      'SEN',
      'ZAF',
      'ZWE',
    ],
    // The document gives its issues for the list as a whole (issue 17), not for each State.
    topics: ['criminal-justice'],
  },
  {
    para: 'para. 31',
    kind: 'TRAINING',
    area: 'B',
    status: 'RECEIVED',
    states: [
      'BEN',
      'BFA',
      'BDI',
      'CMR',
      'TCD',
      'COG',
      'ECU',
      'SLV',
      'GAB',
      'GIN',
      'HND',
      'IDN',
      'MDG',
      'MLI',
      'MMR',
      'NAM',
      'NER',
      'PRY',
      'SRB',
      'THA',
    ],
  },
  {
    para: 'footnote 16',
    kind: 'EQUIPMENT',
    area: 'C',
    status: 'RECEIVED',
    states: ['BEN', 'TCD', 'GAB', 'MLI', 'NER'],
  },
  { para: 'footnote 16', kind: 'PRINTING_LEGISLATION', area: 'C', status: 'RECEIVED', states: ['CAF', 'MLI'] },
  // Accepted, then linked to the IV.B.5 activity that answers them, which planned them.
  { para: 'para. 44', kind: 'FOLLOW_UP_TRAINING', area: 'C', status: 'PLANNED', states: ['CRI', 'SUR', 'URY'] },
  {
    para: 'para. 17',
    kind: 'LEGISLATIVE_ASSISTANCE',
    area: 'B',
    status: 'FULFILLED',
    states: [
      'AGO',
      'ARM',
      'AZE',
      'CPV',
      'CRI',
      'ECU',
      'GNQ',
      'GEO',
      'GHA',
      'GTM',
      'HND',
      'MDG',
      'MUS',
      'MNG',
      'MOZ',
      'PAN',
      'PER',
    ],
  },
  {
    para: 'para. 67',
    kind: 'LEGISLATIVE_ASSISTANCE',
    area: 'E',
    status: 'PLANNED',
    states: ['BOL'],
    topics: ['firearms'],
  },
];

const QUERY = `query($filter: AssistanceRequestFilter) { assistanceRequests(filter: $filter, first: 200) {
  totalCount nodes { state { iso3 } kind status priorityArea { code } topics channel illustrativeNote description loggedBy
  history { from to } } } }`;

describe('the demo data follows the source document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp({ demo: true });
  });
  afterAll(() => t.close());

  it.each(EXPECTED.map((e) => [`${e.para} ${e.kind}`, e]))(
    '%s: the States the document names, no more, no fewer',
    async (_label, e) => {
      const res = await t.gql(QUERY, { filter: { sourceParagraph: e.para, kind: [e.kind] } });
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.assistanceRequests.nodes as Array<{
        state: { iso3: string };
        status: string;
        priorityArea: { code: string };
        topics: string[];
        illustrativeNote: string;
        loggedBy: string;
        history: Array<{ from: string | null; to: string }>;
      }>;
      expect(nodes.map((n) => n.state.iso3).sort()).toEqual([...e.states].sort());
      for (const n of nodes) {
        expect(n.status).toBe(e.status);
        expect(n.priorityArea.code).toBe(e.area);
        if (e.topics) expect([...n.topics].sort()).toEqual(e.topics);
        // What the document does not give is said to be illustrative, on every record.
        expect(n.illustrativeNote).toMatch(/illustrative/);
        expect(n.loggedBy).toBe('Demo data (source document)');
        // The status was reached through the workflow, so the history shows each step.
        expect(n.history[0]).toEqual({ from: null, to: 'RECEIVED' });
        expect(n.history.at(-1)!.to).toBe(e.status);
      }
    },
  );

  it('holds exactly the needs of those lists', async () => {
    const res = await t.gql(QUERY, {});
    expect(res.data!.assistanceRequests.totalCount).toBe(EXPECTED.reduce((sum, e) => sum + e.states.length, 0));
  });

  it('notes that Madagascar’s legislative request builds on assistance already provided (para. 25)', async () => {
    const res = await t.gql(QUERY, { filter: { sourceParagraph: 'para. 25', stateIso3: ['MDG'] } });
    expect(res.data!.assistanceRequests.nodes[0].description).toMatch(/Building on assistance already provided/);
  });

  it('takes the follow-up requests of para. 44 as coming from the Bogotá workshop', async () => {
    const res = await t.gql(QUERY, { filter: { sourceParagraph: 'para. 44' } });
    for (const n of res.data!.assistanceRequests.nodes) {
      expect(n.channel).toBe('workshop');
      expect(n.description).toMatch(/Bogotá, 12-14 September 2007/);
    }
  });

  it('loads once: a second load, as on a restart, changes nothing', async () => {
    const before = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM assistance_request)::int AS r, (SELECT count(*) FROM request_status_change)::int AS h`,
    );
    const again = await t.app.get(DemoLoaderService).load();
    expect(again.created).toBe(0);
    const after = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM assistance_request)::int AS r, (SELECT count(*) FROM request_status_change)::int AS h`,
    );
    expect(after).toEqual(before);
  });

  it('flags no demo request as a duplicate of another (each list names a State once)', async () => {
    const res = await t.gql(`{ assistanceRequests(first: 200) { nodes { duplicates { id } } } }`);
    expect(res.data!.assistanceRequests.nodes.every((n: { duplicates: unknown[] }) => n.duplicates.length === 0)).toBe(
      true,
    );
  });
});
