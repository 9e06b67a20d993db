import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const START = `mutation($f: String!, $c: String!) { importAssistanceRequests(fileName: $f, csv: $c) { id status } }`;
const STATUS = `query($id: ID!) { requestImport(id: $id) { status progress totalRows importedRows failure errors { line field message } } }`;

describe('importing requests from a spreadsheet (a background job)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp();
  });
  afterAll(() => t.close());

  async function run(who: 'secretariat' | 'bangkok', csv: string, fileName = 'requests.csv') {
    const started = await t.as(who)(START, { f: fileName, c: csv });
    expect(started.errors).toBeUndefined();
    for (let i = 0; i < 200; i++) {
      const res = await t.as(who)(STATUS, { id: started.data!.importAssistanceRequests.id });
      const imp = res.data!.requestImport;
      if (imp.status === 'DONE' || imp.status === 'FAILED') return imp;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('The import did not finish');
  }
  const count = async () =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM assistance_request`))[0].n as number;

  it('keeps the good rows and reports each bad one with its line and reason, writing nothing of it', async () => {
    const before = await count();
    const csv = [
      'State,Kind,Topics,Priority area,Received on,Channel,Description,Confidential',
      'Kenya,training,cybercrime,B,2009-02-01,field office,Training of prosecutors on electronic evidence,',
      'Atlantis,training,cybercrime,B,2009-02-01,letter,Somewhere else,',
      'Nepal,training,cybercrime,B,2009-02-30,letter,A day that does not exist,',
      'Nepal,training,,B,2009-02-01,letter,No topic given,',
      'Nepal,magic,cybercrime,B,2009-02-01,letter,No such kind,',
      'Sénégal,legislative assistance,money laundering;confiscation,B,2009-03-01,questionnaire,Drafting of an AML law,yes',
    ].join('\n');
    const imp = await run('secretariat', csv);
    expect(imp).toMatchObject({ status: 'DONE', progress: 100, totalRows: 6, importedRows: 2, failure: null });
    expect(imp.errors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([
      [3, 'state'],
      [4, 'received_on'],
      [5, 'topics'],
      [6, 'kind'],
    ]);
    expect(imp.errors[0].message).toMatch(/"Atlantis" is not a State/);
    expect(await count()).toBe(before + 2);
    const senegal = await t.gql(
      `{ assistanceRequests(filter: { stateIso3: ["SEN"] }) { nodes { kind topics confidential channel loggedBy } } }`,
    );
    expect(senegal.data!.assistanceRequests.nodes).toEqual([
      {
        kind: 'LEGISLATIVE_ASSISTANCE',
        topics: ['money-laundering', 'confiscation'],
        confidential: true,
        channel: 'questionnaire',
        loggedBy: 'secretariat@demo.local',
      },
    ]);
  });

  it('applies the same scope as the form: a field office imports only its own States', async () => {
    const csv = [
      'state,kind,topics,priority_area,received_on,channel,description',
      'THA,training,extradition,C,2009-04-01,workshop,Training',
      'KEN,training,extradition,C,2009-04-01,workshop,Training',
    ].join('\n');
    const imp = await run('bangkok', csv);
    expect(imp.importedRows).toBe(1);
    expect(imp.errors).toEqual([{ line: 3, field: 'state', message: expect.stringMatching(/does not cover KEN/) }]);
  });

  it('refuses a file without the columns it needs, saying which, and one that is not CSV', async () => {
    const imp = await run('secretariat', 'state,kind\nKenya,training');
    expect(imp).toMatchObject({ status: 'FAILED', importedRows: 0 });
    expect(imp.failure).toMatch(/missing: topics, priority_area, received_on, channel, description/);
    const xlsx = await t.gql(START, { f: 'requests.xlsx', c: 'PK...' });
    expect(xlsx.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileName' });
  });
});
