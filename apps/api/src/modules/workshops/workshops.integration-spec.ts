import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const WORKSHOP = `query($id: ID!) { workshop(id: $id) { id viewerMayRecordOutcome mayRecordOutcome } }`;

/** Workshop.viewerMayRecordOutcome answers the access policy's mayRecordOutcome for the signed-in user. */
describe('whether the viewer may record a workshop’s outcome', () => {
  let t: TestApp;
  let inMali: string;
  let noCountry: string;
  beforeAll(async () => {
    t = await bootApp();
    const create = `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`;
    const mali = await t.gql(create, {
      input: { title: 'National training in Bamako', kind: 'NATIONAL_TRAINING', startsOn: '2008-10-06', endsOn: '2008-10-08', city: 'Bamako', countryIso3: 'MLI' },
    });
    expect(mali.errors).toBeUndefined();
    inMali = mali.data!.createWorkshop.id;
    const regional = await t.gql(create, {
      input: { title: 'Regional meeting, place to be set', kind: 'REGIONAL_WORKSHOP', startsOn: '2008-11-06', endsOn: '2008-11-07', city: 'To be set' },
    });
    expect(regional.errors).toBeUndefined();
    noCountry = regional.data!.createWorkshop.id;
  });
  afterAll(() => t.close());

  async function answer(who: Parameters<TestApp['as']>[0], id: string): Promise<boolean> {
    const res = await t.as(who)(WORKSHOP, { id });
    expect(res.errors).toBeUndefined();
    return res.data!.workshop.viewerMayRecordOutcome;
  }

  it('is true for the office covering the State, false for a field office of another region', async () => {
    expect(await answer('dakar', inMali)).toBe(true);
    expect(await answer('bangkok', inMali)).toBe(false);
  });

  it('is true for the secretariat, false for a viewer and a donor', async () => {
    expect(await answer('secretariat', inMali)).toBe(true);
    expect(await answer('viewer', inMali)).toBe(false);
    expect(await answer('donor', inMali)).toBe(false);
  });

  it('is false for a field office when the workshop is neither its own nor held in a State it covers', async () => {
    expect(await answer('dakar', noCountry)).toBe(false);
    expect(await answer('secretariat', noCountry)).toBe(true);
  });

  it('agrees with what recording the outcome does', async () => {
    const RECORD = `mutation($id: ID!) { recordWorkshopOutcome(workshopId: $id, input: { conclusions: "x", followUps: [] }) { id } }`;
    const refused = await t.as('bangkok')(RECORD, { id: inMali });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
    const done = await t.as('dakar')(RECORD, { id: inMali });
    expect(done.errors).toBeUndefined();
  });
});
