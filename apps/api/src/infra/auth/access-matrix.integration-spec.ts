import { GraphQLSchemaHost } from '@nestjs/graphql';
import { SignJWT } from 'jose';
import { bootApp, type Gql, type TestApp } from '../../../../../test/support/app.js';
import { listenCount, subscribe } from '../../../../../test/support/live.js';
import { until } from '../../../../../test/support/server.js';
import { LiveEvents } from '../live/live-events.js';

/**
 * Who may call what: every operation of the schema × every role, signed out, with an expired token, and as an
 * administrator whose password an administrator chose (`mustChange`: refused everything but BEFORE_PASSWORD_CHANGE).
 * A new operation without a row here fails the first test; one without an @Access rule fails its row.
 */
type Who = 'admin' | 'secretariat' | 'bangkok' | 'dakar' | 'donor' | 'viewer' | 'anonymous' | 'expired' | 'mustChange';
/** NOT_FOUND: allowed, but the rows asked for are none the caller may see (so it passed the access rule). */
type Outcome = 'ok' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'NOT_FOUND';
const WHO: Who[] = [
  'admin',
  'secretariat',
  'bangkok',
  'dakar',
  'donor',
  'viewer',
  'anonymous',
  'expired',
  'mustChange',
];
/** What an account whose password an administrator chose may call before choosing its own (PASSWORD_CHANGE_REQUIRED). */
const BEFORE_PASSWORD_CHANGE = ['me', 'login', 'refreshSession', 'logout', 'changePassword'];

interface Row {
  /** The operation, and for scoped rows the case in brackets. */
  name: string;
  query: string;
  /** Makes fresh data for one call (so each call can succeed on its own). */
  vars?: (t: TestApp) => Promise<Record<string, unknown>>;
  /** Who may: every other signed-in role gets FORBIDDEN, signed-out callers UNAUTHENTICATED. */
  allowed: Who[] | 'everyone';
  /** The call needs a session of its own (it ends or changes it). */
  ownSession?: boolean;
  /** A subscription: sent over the WebSocket at /graphql (a refused sign-in closes the socket). */
  socket?: boolean;
  /** Outcomes that differ from the rule above (e.g. public operations). */
  except?: Partial<Record<Who, Outcome>>;
}

const USERS: Who[] = ['admin', 'secretariat', 'bangkok', 'dakar', 'donor', 'viewer'];
const READERS: Who[] = ['admin', 'secretariat', 'bangkok', 'dakar', 'viewer'];

let n = 0;
const LOG = `mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id } }`;
async function newRequest(t: TestApp, stateIso3: string): Promise<{ id: string; version: number }> {
  const res = await t.as('admin')(
    `mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id version } }`,
    {
      input: requestInput(stateIso3),
    },
  );
  return res.data!.logAssistanceRequest;
}
function requestInput(stateIso3: string) {
  n += 1;
  return {
    stateIso3,
    kind: 'TRAINING',
    topics: ['cybercrime'],
    priorityAreaCode: 'B',
    receivedOn: '2008-09-01',
    channel: 'field-office',
    description: `Matrix request ${n}`,
  };
}
async function newUser(t: TestApp): Promise<{ id: string; version: number }> {
  n += 1;
  const res = await t.as('admin')(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
    input: {
      email: `matrix-${n}@test.local`,
      displayName: 'Matrix user',
      role: 'VIEWER',
      password: 'a long enough password',
    },
  });
  return { id: res.data!.createUser.id, version: 1 };
}
async function donorId(t: TestApp, which: 'own' | 'other'): Promise<string> {
  const ref = which === 'own' ? 'demo:donor:NOR' : 'test:donor:other';
  const [row] = await t.dataSource.query(`SELECT id, version FROM donor WHERE external_ref = $1`, [ref]);
  return row.id;
}

async function newActivity(t: TestApp): Promise<{ id: string; version: number }> {
  n += 1;
  const res = await t.as('admin')(
    `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version } }`,
    {
      input: { code: `M-${n}`, title: `Matrix activity ${n}`, priorityAreaCode: 'C', activityType: 'WORKSHOP' },
    },
  );
  return res.data!.createActivity;
}
/** An activity with a cost in 2009, so money can be allocated to it (never beyond its need). */
async function newCostedActivity(t: TestApp): Promise<{ id: string; version: number }> {
  const activity = await newActivity(t);
  const res = await t.as('admin')(
    `mutation($input: SetCostLinesInput!) { setCostLines(input: $input) { id version } }`,
    {
      input: {
        activityId: activity.id,
        basis: 'ORIGINAL',
        expectedVersion: activity.version,
        rateDate: '2008-08-22',
        lines: [{ year: 2009, category: 'MEETINGS', amount: '1000.00' }],
      },
    },
  );
  return res.data!.setCostLines;
}
async function newResult(t: TestApp): Promise<string> {
  const res = await t.as('admin')(`mutation($input: DefineResultInput!) { defineResult(input: $input) { id } }`, {
    input: { activityId: (await newActivity(t)).id, type: 'OUTPUT', title: 'Matrix output' },
  });
  return res.data!.defineResult.id;
}
async function newWorkshop(t: TestApp, countryIso3: string, participants: string[]): Promise<string> {
  n += 1;
  const res = await t.as('admin')(`mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`, {
    input: {
      title: `Matrix workshop ${n}`,
      kind: 'NATIONAL_TRAINING',
      startsOn: '2008-05-01',
      endsOn: '2008-05-02',
      city: 'Somewhere',
      countryIso3,
    },
  });
  const id = res.data!.createWorkshop.id;
  await t.as('admin')(
    `mutation($id: ID!, $input: WorkshopOutcomeInput!) { recordWorkshopOutcome(workshopId: $id, input: $input) { id } }`,
    {
      id,
      input: { conclusions: '', participants: participants.map((stateIso3) => ({ stateIso3 })), followUps: [] },
    },
  );
  return id;
}
/** A workshop still to come (PLANNED, no outcome): where an expert may be assigned. */
async function newPlannedWorkshop(t: TestApp): Promise<string> {
  n += 1;
  const res = await t.as('admin')(`mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`, {
    input: {
      title: `Matrix planned workshop ${n}`,
      kind: 'NATIONAL_TRAINING',
      startsOn: '2030-05-01',
      endsOn: '2030-05-02',
      city: 'Somewhere',
    },
  });
  return res.data!.createWorkshop.id;
}
async function newExpert(t: TestApp): Promise<string> {
  n += 1;
  const res = await t.as('admin')(`mutation($input: CreateExpertInput!) { createExpert(input: $input) { id } }`, {
    input: { name: `Matrix expert ${n}`, expertise: ['extradition'], languages: ['en'] },
  });
  return res.data!.createExpert.id;
}
const OUTCOME = `mutation($id: ID!, $input: WorkshopOutcomeInput!) { recordWorkshopOutcome(workshopId: $id, input: $input) { id } }`;

async function newContribution(t: TestApp, stage = 'PLEDGED'): Promise<{ id: string; version: number }> {
  const donor = await donorId(t, 'own');
  const res = await t.as('admin')(
    `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id version } }`,
    {
      input: {
        donorId: donor,
        amount: '1000.00',
        currency: 'USD',
        date: '2009-01-05',
        stage,
        agreementRef: stage === 'PLEDGED' || stage === 'INTENDED' ? null : 'AGR',
      },
    },
  );
  return res.data!.recordContribution;
}

const ROWS: Row[] = [
  {
    name: 'importAssistanceRequests',
    query: `mutation($c: String!) { importAssistanceRequests(fileName: "r.csv", csv: $c) { id } }`,
    vars: async () => ({
      c: 'state,kind,topics,priority_area,received_on,channel,description\nTHA,training,extradition,C,2009-04-01,letter,Training',
    }),
    allowed: ['admin', 'secretariat', 'bangkok', 'dakar'],
  },
  {
    name: 'importAssistanceRequests (dry run)',
    query: `mutation($c: String!) { importAssistanceRequests(fileName: "r.csv", csv: $c, dryRun: true) { status } }`,
    vars: async () => ({
      c: 'state,kind,topics,priority_area,received_on,channel,description\nTHA,training,extradition,C,2009-04-01,letter,Training',
    }),
    allowed: ['admin', 'secretariat', 'bangkok', 'dakar'],
  },
  {
    name: 'importMappingTemplates',
    query: `{ importMappingTemplates { id } }`,
    allowed: ['admin', 'secretariat', 'bangkok', 'dakar'],
  },
  {
    name: 'saveImportMappingTemplate',
    query: `mutation { saveImportMappingTemplate(input: { name: "Sheet", mapping: [{ column: "Country", field: "state" }] }) { id } }`,
    allowed: ['admin', 'secretariat', 'bangkok', 'dakar'],
  },
  {
    name: 'deleteImportMappingTemplate',
    query: `mutation { deleteImportMappingTemplate(id: "00000000-0000-4000-8000-000000000000") }`,
    allowed: ['admin', 'secretariat', 'bangkok', 'dakar'],
  },
  {
    name: 'requestImport',
    query: `{ requestImport(id: "00000000-0000-4000-8000-000000000000") { id } }`,
    allowed: ['admin', 'secretariat', 'bangkok', 'dakar'],
  },
  { name: 'requestReport', query: `mutation { requestReport(kind: FUNDING_GAPS) { id } }`, allowed: USERS },
  {
    name: 'requestReport (requests)',
    query: `mutation { requestReport(kind: ASSISTANCE_REQUESTS) { id } }`,
    allowed: READERS,
  },
  {
    name: 'requestReport (donor statement)',
    query: `mutation($filter: ReportFilter) { requestReport(kind: DONOR_STATEMENT, filter: $filter) { id } }`,
    vars: async (t) => {
      const [{ donorId }] = await t.dataSource.query(
        `SELECT donor_id AS "donorId" FROM app_user WHERE email = 'donor@demo.local'`,
      );
      return { filter: { donorId } };
    },
    allowed: ['admin', 'secretariat', 'donor'],
  },
  { name: 'report', query: `{ report(id: "00000000-0000-4000-8000-000000000000") { id } }`, allowed: USERS },
  { name: 'myReports', query: `{ myReports { id } }`, allowed: USERS },
  {
    name: 'compareReports',
    query: `{ compareReports(a: "00000000-0000-4000-8000-000000000000", b: "00000000-0000-4000-8000-000000000001") { row } }`,
    allowed: USERS,
    except: Object.fromEntries(USERS.map((who) => [who, 'NOT_FOUND' as const])) as Partial<Record<Who, Outcome>>,
  },
  { name: 'contributions', query: `{ contributions(first: 1) { totalCount } }`, allowed: USERS },
  { name: 'fundingGaps', query: `{ fundingGaps(groupBy: [PRIORITY_AREA, DONOR]) { gap } }`, allowed: USERS },
  { name: 'exchangeRates', query: `{ exchangeRates { currency } }`, allowed: USERS },
  {
    name: 'setExchangeRate',
    query: `mutation { setExchangeRate(currency: "EUR", date: "2009-01-05", rateToUsd: "1.30000000") { rateToUsd } }`,
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'recordContribution',
    query: `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id } }`,
    vars: async (t) => ({
      input: {
        donorId: await donorId(t, 'own'),
        amount: '50.00',
        currency: 'USD',
        date: '2009-01-05',
        stage: 'PLEDGED',
      },
    }),
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'commitContribution',
    query: `mutation($id: ID!) { commitContribution(id: $id, agreementRef: "AGR-9", expectedVersion: 1) { id } }`,
    vars: async (t) => ({ id: (await newContribution(t)).id }),
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'recordContributionPayment',
    query: `mutation($id: ID!) { recordContributionPayment(id: $id, amount: "100.00", paidOn: "2009-02-01", expectedVersion: 1) { id } }`,
    vars: async (t) => ({ id: (await newContribution(t, 'COMMITTED')).id }),
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'allocateContribution',
    query: `mutation($input: AllocateContributionInput!) { allocateContribution(input: $input) { id } }`,
    vars: async (t) => ({
      input: {
        contributionId: (await newContribution(t)).id,
        activityId: (await newCostedActivity(t)).id,
        year: 2009,
        amountUsd: '10.00',
      },
    }),
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'defineResult',
    query: `mutation($input: DefineResultInput!) { defineResult(input: $input) { id } }`,
    vars: async (t) => ({ input: { activityId: (await newActivity(t)).id, type: 'OUTPUT', title: 'Matrix output' } }),
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'defineIndicator',
    query: `mutation($input: DefineIndicatorInput!) { defineIndicator(input: $input) { id } }`,
    vars: async (t) => ({ input: { resultId: await newResult(t), title: 'Matrix indicator', unit: 'NUMBER' } }),
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'recordIndicatorActual',
    query: `mutation($input: RecordIndicatorActualInput!) { recordIndicatorActual(input: $input) { id } }`,
    vars: async (t) => {
      const res = await t.as('admin')(
        `mutation($input: DefineIndicatorInput!) { defineIndicator(input: $input) { id version } }`,
        { input: { resultId: await newResult(t), title: 'Matrix indicator', unit: 'NUMBER' } },
      );
      const indicator = res.data!.defineIndicator;
      return {
        input: {
          indicatorId: indicator.id,
          expectedVersion: indicator.version,
          year: 2009,
          value: '3',
          source: 'REPORT',
          sourceRef: 'Matrix report',
        },
      };
    },
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'setDeliveryStatus',
    query: `mutation($input: SetDeliveryStatusInput!) { setDeliveryStatus(input: $input) { id } }`,
    vars: async (t) => {
      const activity = await newActivity(t);
      return {
        input: {
          activityId: activity.id,
          expectedVersion: activity.version,
          to: 'IN_DELIVERY',
          startedOn: '2009-01-05',
        },
      };
    },
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'recordExpenditure',
    query: `mutation($input: RecordExpenditureInput!) { recordExpenditure(input: $input) { id } }`,
    vars: async (t) => ({
      input: {
        activityId: (await newCostedActivity(t)).id,
        year: 2009,
        category: 'MEETINGS',
        amount: '10.00',
        currency: 'USD',
        spentOn: '2009-03-01',
        beyondAllocation: true,
        beyondAllocationReason: 'Matrix: spent ahead of the money',
      },
    }),
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'deallocateContribution',
    query: `mutation($id: ID!) { deallocateContribution(allocationId: $id) }`,
    vars: async (t) => {
      const res = await t.as('admin')(
        `mutation($input: AllocateContributionInput!) { allocateContribution(input: $input) { id } }`,
        {
          input: {
            contributionId: (await newContribution(t)).id,
            activityId: (await newCostedActivity(t)).id,
            year: 2009,
            amountUsd: '10.00',
          },
        },
      );
      return { id: res.data!.allocateContribution.id };
    },
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'recordContribution (an intention of its own donor)',
    query: `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id } }`,
    vars: async (t) => ({
      input: {
        donorId: await donorId(t, 'own'),
        amount: '50.00',
        currency: 'USD',
        date: '2009-01-05',
        stage: 'INTENDED',
      },
    }),
    allowed: ['admin', 'secretariat', 'donor'],
  },
  {
    name: 'recordContribution (an intention of another donor)',
    query: `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id } }`,
    vars: async (t) => ({
      input: {
        donorId: await donorId(t, 'other'),
        amount: '50.00',
        currency: 'USD',
        date: '2009-01-05',
        stage: 'INTENDED',
      },
    }),
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'withdrawIntention',
    query: `mutation($id: ID!) { withdrawIntention(id: $id, expectedVersion: 1) }`,
    vars: async (t) => ({ id: (await newContribution(t, 'INTENDED')).id }),
    allowed: ['admin', 'secretariat', 'donor'],
  },
  {
    name: 'pledgeIntention',
    query: `mutation($id: ID!) { pledgeIntention(id: $id, expectedVersion: 1) { id } }`,
    vars: async (t) => ({ id: (await newContribution(t, 'INTENDED')).id }),
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'whatIfPledge',
    query: `query($i: WhatIfPledgeInput!) { whatIfPledge(input: $i, groupBy: [PRIORITY_AREA]) { covered } }`,
    vars: async (t) => ({
      i: { donorId: await donorId(t, 'own'), amount: '50.00', currency: 'USD', date: '2009-01-05' },
    }),
    allowed: ['admin', 'secretariat', 'donor'],
  },
  {
    name: 'whatIfPledge (for another donor)',
    query: `query($i: WhatIfPledgeInput!) { whatIfPledge(input: $i, groupBy: [PRIORITY_AREA]) { covered } }`,
    vars: async (t) => ({
      i: { donorId: await donorId(t, 'other'), amount: '50.00', currency: 'USD', date: '2009-01-05' },
    }),
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'createDonor',
    query: `mutation($input: CreateDonorInput!) { createDonor(input: $input) { id } }`,
    vars: async () => {
      n += 1;
      return { input: { name: `Matrix donor ${n}`, donorType: 'PRIVATE' } };
    },
    allowed: ['admin', 'secretariat'],
  },
  { name: 'activities', query: `{ activities(first: 1) { totalCount } }`, allowed: USERS },
  {
    name: 'activity',
    query: `query($id: ID!) { activity(id: $id) { id totalCost } }`,
    vars: async (t) => ({ id: (await newActivity(t)).id }),
    allowed: USERS,
  },
  { name: 'programmeTotals', query: `{ programmeTotals { year amount } }`, allowed: USERS },
  {
    name: 'createActivity',
    query: `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
    vars: async () => {
      n += 1;
      return { input: { code: `C-${n}`, title: `New activity ${n}`, priorityAreaCode: 'B', activityType: 'RESEARCH' } };
    },
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'setParticipatingOrganisations',
    query: `mutation($id: ID!, $v: Int!) { setParticipatingOrganisations(activityId: $id, expectedVersion: $v, links: []) { id } }`,
    vars: async (t) => {
      const a = await newActivity(t);
      return { id: a.id, v: a.version };
    },
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'createOrganisation',
    query: `mutation($n: String!) { createOrganisation(input: { name: $n, type: MULTILATERAL }) { id } }`,
    vars: async () => ({ n: `Matrix organisation ${Math.random().toString(36).slice(2)}` }),
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'updateOrganisation',
    query: `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, expectedVersion: $v, input: { name: "Matrix partner", type: OTHER }) { id } }`,
    vars: async (t) => {
      await t.dataSource.query(`INSERT INTO organisation (name) VALUES ('Matrix partner') ON CONFLICT DO NOTHING`);
      const [row] = await t.dataSource.query(`SELECT id, version FROM organisation WHERE name = 'Matrix partner'`);
      return { id: row.id, v: row.version };
    },
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'updateActivity',
    query: `mutation($id: ID!, $v: Int!) { updateActivity(id: $id, expectedVersion: $v, input: { title: "Renamed activity" }) { id } }`,
    vars: async (t) => {
      const a = await newActivity(t);
      return { id: a.id, v: a.version };
    },
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'transitionActivity',
    query: `mutation($id: ID!, $v: Int!) { transitionActivity(id: $id, to: ENDORSED, expectedVersion: $v) { id } }`,
    vars: async (t) => {
      const a = await newActivity(t);
      return { id: a.id, v: a.version };
    },
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'setCostLines',
    query: `mutation($input: SetCostLinesInput!) { setCostLines(input: $input) { id } }`,
    vars: async (t) => {
      const a = await newActivity(t);
      return {
        input: {
          activityId: a.id,
          expectedVersion: a.version,
          basis: 'ORIGINAL',
          rateDate: '2008-08-22',
          lines: [{ year: 2009, category: 'TRAVEL', amount: '100.00' }],
        },
      };
    },
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'linkRequestsToActivity',
    query: `mutation($a: ID!, $r: [ID!]!) { linkRequestsToActivity(activityId: $a, requestIds: $r) { id } }`,
    vars: async (t) => ({ a: (await newActivity(t)).id, r: [(await newRequest(t, 'THA')).id] }),
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'unlinkRequestFromActivity',
    query: `mutation($a: ID!, $r: ID!) { unlinkRequestFromActivity(activityId: $a, requestId: $r) { id } }`,
    vars: async (t) => {
      const a = (await newActivity(t)).id;
      const r = (await newRequest(t, 'THA')).id;
      await t.as('admin')(
        `mutation($a: ID!, $r: [ID!]!) { linkRequestsToActivity(activityId: $a, requestIds: $r) { id } }`,
        { a, r: [r] },
      );
      return { a, r };
    },
    allowed: ['admin', 'secretariat'],
  },
  { name: 'workshops', query: `{ workshops(first: 1) { totalCount } }`, allowed: USERS },
  {
    name: 'workshop',
    query: `query($id: ID!) { workshop(id: $id) { id } }`,
    vars: async (t) => ({ id: await newWorkshop(t, 'SEN', ['SEN']) }),
    allowed: USERS,
  },
  {
    name: 'createWorkshop',
    query: `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`,
    vars: async () => ({
      input: {
        title: 'A new workshop',
        kind: 'STUDY_TOUR',
        startsOn: '2009-02-01',
        endsOn: '2009-02-03',
        city: 'Rome',
      },
    }),
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'recordWorkshopOutcome (Senegal, Dakar’s)',
    query: OUTCOME,
    vars: async (t) => ({
      id: await newWorkshop(t, 'SEN', ['SEN', 'MLI']),
      input: {
        checklistsCompleted: 2,
        conclusions: 'Done',
        followUps: [{ stateIso3: 'MLI', kind: 'TRAINING', topics: ['extradition'] }],
      },
    }),
    allowed: ['admin', 'secretariat', 'dakar'],
  },
  {
    name: 'recordWorkshopOutcome (Thailand, Bangkok’s)',
    query: OUTCOME,
    vars: async (t) => ({ id: await newWorkshop(t, 'THA', ['THA']), input: { conclusions: 'Done', followUps: [] } }),
    allowed: ['admin', 'secretariat', 'bangkok'],
  },
  { name: 'experts', query: `{ experts(first: 1) { totalCount } }`, allowed: USERS },
  { name: 'expertBalance', query: `{ expertBalance { region experts } }`, allowed: USERS },
  {
    name: 'createExpert',
    query: `mutation($input: CreateExpertInput!) { createExpert(input: $input) { id } }`,
    vars: async () => ({ input: { name: 'A new expert', expertise: ['cybercrime'], languages: ['fr'] } }),
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'assignExpert',
    query: `mutation($input: AssignExpertInput!) { assignExpert(input: $input) { id } }`,
    vars: async (t) => ({ input: { expertId: await newExpert(t), workshopId: await newPlannedWorkshop(t) } }),
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'expertLegalSystemBalance',
    query: `{ expertLegalSystemBalance { legalSystem experts expertsWithChoice } }`,
    allowed: USERS,
  },
  {
    name: 'suggestedExperts (a workshop)',
    query: `query($w: ID) { suggestedExperts(workshopId: $w) { expert { id } score reasons } }`,
    vars: async (t) => ({ w: await newWorkshop(t, 'SEN', ['SEN']) }),
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'updateExpert',
    query: `mutation($input: UpdateExpertInput!) { updateExpert(input: $input) { id legalSystem } }`,
    vars: async (t) => ({ input: { id: await newExpert(t), expectedVersion: 1, legalSystem: 'COMMON_LAW' } }),
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'setStateLegalSystem',
    query: `mutation { setStateLegalSystem(iso3: "SEN", legalSystem: CIVIL_LAW) { iso3 legalSystem } }`,
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'stateProfile',
    query: `{ stateProfile(iso3: "SEN") { state { iso3 } activities { code } workshops { id } experts { id } } }`,
    allowed: USERS,
  },
  {
    name: 'stateProfile (its requests)',
    query: `{ stateProfile(iso3: "SEN") { requestsByStatus { status count } unansweredNeeds { id } } }`,
    allowed: READERS,
  },
  { name: 'states', query: `{ states { iso3 } }`, allowed: USERS },
  { name: 'state', query: `{ state(iso3: "SEN") { iso3 } }`, allowed: USERS },
  { name: 'instruments', query: `{ instruments { code } }`, allowed: USERS },
  { name: 'm49Areas', query: `{ m49Areas { code } }`, allowed: USERS },
  { name: 'planYears', query: `{ planYears }`, allowed: USERS },
  { name: 'priorityAreas', query: `{ priorityAreas { code } }`, allowed: USERS },
  { name: 'treatyCounts', query: `{ treatyCounts { instrumentCode parties } }`, allowed: USERS },
  { name: 'authorities', query: `{ authorities(first: 1) { totalCount } }`, allowed: USERS },
  { name: 'organisations', query: `{ organisations { name } }`, allowed: USERS },
  { name: 'reportingCycles', query: `{ reportingCycles { id } }`, allowed: USERS },
  {
    name: 'legislation',
    query: `{ legislation(filter: { search: "armas", language: "es" }, first: 1) { totalCount } }`,
    allowed: USERS,
  },
  {
    name: 'reportingCycle',
    query: `query($id: ID!) { reportingCycle(id: $id) { name reportedCounts { region submitted } } }`,
    vars: async (t) => ({ id: (await matrixCycle(t)).cycleId }),
    allowed: USERS,
  },
  {
    name: 'cooperationStatistics',
    query: `{ cooperationStatistics(groupBy: [YEAR]) { year requests } }`,
    allowed: USERS,
  },
  {
    name: 'cooperationCases',
    query: `{ cooperationCases(first: 1) { totalCount } }`,
    allowed: ['admin', 'secretariat', 'bangkok', 'dakar'],
  },
  {
    name: 'authorityProposals',
    query: `{ authorityProposals(first: 1) { totalCount } }`,
    allowed: ['admin', 'secretariat', 'bangkok', 'dakar'],
  },
  { name: 'fieldOffices', query: `{ fieldOffices { code } }`, allowed: USERS },
  { name: 'topics', query: `{ topics }`, allowed: USERS },
  { name: 'channels', query: `{ channels }`, allowed: USERS },
  { name: 'assistanceRequests', query: `{ assistanceRequests(first: 1) { totalCount } }`, allowed: READERS },
  {
    name: 'assistanceRequest',
    query: `query($id: ID!) { assistanceRequest(id: $id) { id } }`,
    vars: async (t) => ({ id: (await newRequest(t, 'THA')).id }),
    allowed: READERS,
  },
  { name: 'requestCounts', query: `{ requestCounts(groupBy: [PRIORITY_AREA]) { count } }`, allowed: USERS },
  { name: 'requestCounts (by State)', query: `{ requestCounts(groupBy: [STATE]) { count } }`, allowed: READERS },
  {
    name: 'me',
    query: `{ me { id } }`,
    allowed: 'everyone',
  },
  { name: 'users', query: `{ users { totalCount } }`, allowed: ['admin'] },
  { name: 'donors', query: `{ donors { id } }`, allowed: USERS },
  { name: 'auditLog', query: `{ auditLog(first: 1) { totalCount } }`, allowed: ['admin', 'secretariat'] },
  {
    name: 'login',
    query: `mutation { login(email: "viewer@demo.local", password: "demo") { token } }`,
    allowed: 'everyone',
  },
  {
    name: 'refreshSession',
    query: `mutation { refreshSession { token } }`,
    allowed: [...USERS, 'expired'],
    ownSession: true,
  },
  { name: 'logout', query: `mutation { logout }`, allowed: USERS, ownSession: true },
  { name: 'notifications', query: `{ notifications(first: 5) { totalCount unreadCount } }`, allowed: USERS },
  {
    name: 'markNotificationsRead',
    query: `mutation { markNotificationsRead(ids: ["00000000-0000-4000-8000-000000000000"]) }`,
    allowed: USERS,
  },
  { name: 'notificationPreferences', query: `{ notificationPreferences { enabled } }`, allowed: USERS },
  {
    name: 'setNotificationPreferences',
    query: `mutation { setNotificationPreferences(input: { enabled: [], delivery: IMMEDIATE, language: EN, email: true }) { enabled } }`,
    allowed: USERS,
  },
  {
    name: 'assistanceRequestChanged',
    query: `subscription { assistanceRequestChanged { kind request { id } } }`,
    allowed: USERS,
    socket: true,
  },
  {
    name: 'fundingChanged',
    query: `subscription { fundingChanged { kind contributionId } }`,
    allowed: USERS,
    socket: true,
  },
  {
    name: 'reportProgress',
    query: `subscription { reportProgress(id: "00000000-0000-4000-8000-000000000000") { id } }`,
    allowed: USERS,
    socket: true,
  },
  {
    name: 'changePassword',
    query: `mutation { changePassword(currentPassword: "demo", newPassword: "a brand new passphrase") }`,
    allowed: USERS,
    ownSession: true,
  },
  {
    name: 'createUser',
    query: `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    vars: async () => {
      n += 1;
      return {
        input: {
          email: `made-${n}@test.local`,
          displayName: 'New person',
          role: 'VIEWER',
          password: 'a long enough password',
        },
      };
    },
    allowed: ['admin'],
  },
  {
    name: 'updateUser',
    query: `mutation($id: ID!, $v: Int!) { updateUser(id: $id, expectedVersion: $v, input: { role: SECRETARIAT }) { id } }`,
    vars: async (t) => {
      const u = await newUser(t);
      return { id: u.id, v: u.version };
    },
    allowed: ['admin'],
  },
  {
    name: 'deactivateUser',
    query: `mutation($id: ID!, $v: Int!) { deactivateUser(id: $id, expectedVersion: $v) { id } }`,
    vars: async (t) => {
      const u = await newUser(t);
      return { id: u.id, v: u.version };
    },
    allowed: ['admin'],
  },
  {
    name: 'reactivateUser',
    query: `mutation($id: ID!, $v: Int!) { reactivateUser(id: $id, expectedVersion: $v) { id } }`,
    vars: async (t) => {
      const u = await newUser(t);
      return { id: u.id, v: u.version };
    },
    allowed: ['admin'],
  },
  {
    name: 'resetUserPassword',
    query: `mutation($id: ID!, $v: Int!) { resetUserPassword(userId: $id, newPassword: "a new long password", expectedVersion: $v) { id } }`,
    vars: async (t) => {
      const u = await newUser(t);
      return { id: u.id, v: u.version };
    },
    allowed: ['admin'],
  },
  {
    name: 'fundingMatches (own donor)',
    query: `query($id: ID!) { fundingMatches(donorId: $id, first: 5) { totalCount } }`,
    vars: async (t) => ({ id: await donorId(t, 'own') }),
    allowed: ['admin', 'secretariat', 'donor'],
  },
  {
    name: 'fundingMatches (another donor)',
    query: `query($id: ID!) { fundingMatches(donorId: $id, first: 5) { totalCount } }`,
    vars: async (t) => ({ id: await donorId(t, 'other') }),
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'setDonorPriorities (own donor)',
    query: `mutation($id: ID!, $v: Int!) { setDonorPriorities(id: $id, expectedVersion: $v, input: { priorityAreaCodes: ["C"], m49Areas: [], instrumentCodes: [] }) { id } }`,
    vars: async (t) => {
      const id = await donorId(t, 'own');
      const [row] = await t.dataSource.query(`SELECT version FROM donor WHERE id = $1`, [id]);
      return { id, v: row.version };
    },
    allowed: ['admin', 'secretariat', 'donor'],
  },
  {
    name: 'setDonorPriorities (another donor)',
    query: `mutation($id: ID!, $v: Int!) { setDonorPriorities(id: $id, expectedVersion: $v, input: { priorityAreaCodes: ["C"], m49Areas: [], instrumentCodes: [] }) { id } }`,
    vars: async (t) => {
      const id = await donorId(t, 'other');
      const [row] = await t.dataSource.query(`SELECT version FROM donor WHERE id = $1`, [id]);
      return { id, v: row.version };
    },
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'createAuthority',
    query: `mutation { createAuthority(input: { stateIso3: "SEN", instrumentCode: "UNTOC", kind: EXTRADITION, name: "Matrix authority", languages: ["fr"], channels: [DIRECT] }) { id } }`,
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'updateAuthority',
    query: `mutation($id: ID!, $v: Int!) { updateAuthority(id: $id, expectedVersion: $v, input: { stateIso3: "SEN", instrumentCode: "UNTOC", kind: EXTRADITION, name: "Matrix authority", languages: ["fr"], channels: [DIRECT] }) { id } }`,
    vars: async (t) => {
      const [row] = await matrixAuthority(t);
      return { id: row.id, v: row.version };
    },
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'proposeAuthorityChange (a State of the Dakar office)',
    query: `mutation { proposeAuthorityChange(input: { stateIso3: "SEN", instrumentCode: "UNTOC", kind: EXTRADITION, name: "Proposed authority", languages: ["fr"], channels: [DIRECT] }) { id } }`,
    allowed: ['admin', 'secretariat', 'dakar'],
  },
  {
    name: 'linkLegislation',
    query: `mutation($l: ID!, $r: ID) { linkLegislation(legislationId: $l, requestId: $r) { id } }`,
    vars: async (t) => {
      const request = await newRequest(t, 'SEN');
      await t.dataSource.query(
        `INSERT INTO legislation (state_iso3, title, language, external_ref) VALUES ('SEN', 'Matrix law', 'fr', 'test:law:matrix')
         ON CONFLICT DO NOTHING`,
      );
      const [law] = await t.dataSource.query(`SELECT id FROM legislation WHERE external_ref = 'test:law:matrix'`);
      return { l: law.id, r: request.id };
    },
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'uploadLegislationFile',
    query: `mutation($l: ID!, $c: String!) { uploadLegislationFile(legislationId: $l, fileName: "law.pdf", content: $c) { id } }`,
    vars: async (t) => {
      await t.dataSource.query(
        `INSERT INTO legislation (state_iso3, title, language, external_ref) VALUES ('SEN', 'Matrix law', 'fr', 'test:law:matrix')
         ON CONFLICT DO NOTHING`,
      );
      const [law] = await t.dataSource.query(`SELECT id FROM legislation WHERE external_ref = 'test:law:matrix'`);
      return { l: law.id, c: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') };
    },
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'submitChecklist (a State of the Dakar office)',
    query: `mutation($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id } }`,
    vars: async (t) => {
      const { cycleId, questionId } = await matrixCycle(t);
      await t.dataSource.query(`DELETE FROM checklist_entry WHERE cycle_id = $1 AND state_iso3 = 'SEN'`, [cycleId]);
      return { i: { cycleId, stateIso3: 'SEN', answers: [{ questionId, answer: 'YES' }], submit: false } };
    },
    allowed: ['admin', 'secretariat', 'dakar'],
  },
  {
    name: 'acceptChecklistNeed',
    query: `mutation($id: ID!) { acceptChecklistNeed(answerId: $id) { requestId } }`,
    vars: async (t) => {
      const { cycleId, questionId } = await matrixCycle(t);
      await t.dataSource.query(`DELETE FROM checklist_entry WHERE cycle_id = $1 AND state_iso3 = 'MLI'`, [cycleId]);
      const [entry] = await t.dataSource.query(
        `INSERT INTO checklist_entry (cycle_id, state_iso3, questionnaire_version, status, submitted_on)
         VALUES ($1, 'MLI', 1, 'SUBMITTED', '2008-06-12') RETURNING id`,
        [cycleId],
      );
      const [answer] = await t.dataSource.query(
        `INSERT INTO checklist_answer (entry_id, question_id, answer, needs_assistance, assistance_kind, assistance_topics)
         VALUES ($1, $2, 'NO', true, 'TRAINING', '{cybercrime}') RETURNING id`,
        [entry.id, questionId],
      );
      return { id: answer.id };
    },
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'publishQuestionnaireVersion',
    query: `mutation($i: PublishQuestionnaireVersionInput!) { publishQuestionnaireVersion(input: $i) { questionnaireVersion } }`,
    vars: async (t) => {
      // A cycle of its own for each call, at version 1.
      n += 1;
      const [cycle] = await t.dataSource.query(
        `INSERT INTO reporting_cycle (name, opened_by, opened_year, instruments, external_ref)
         VALUES ('Matrix cycle', 'Matrix', 2008, '{UNTOC}', $1) RETURNING id`,
        [`test:cycle:matrix-publish-${n}`],
      );
      const question = {
        code: 'M-1',
        sectionEn: 'S',
        sectionFr: 'S',
        sectionEs: 'S',
        instrumentCode: 'UNTOC',
        article: 'art. 5',
        textEn: 'Q',
        textFr: 'Q',
        textEs: 'Q',
      };
      return { i: { cycleId: cycle.id, expectedVersion: 1, questions: [question] } };
    },
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'decideAuthorityProposal',
    query: `mutation($id: ID!) { decideAuthorityProposal(id: $id, expectedVersion: 1, confirm: false, reason: "Not needed") { id } }`,
    vars: async (t) => {
      const [row] = await t.dataSource.query(
        `INSERT INTO authority_proposal (state_iso3, proposed) VALUES ('SEN', '{}'::jsonb) RETURNING id`,
      );
      return { id: row.id };
    },
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'recordCooperationCase (reported by a State of the Dakar office)',
    query: `mutation { recordCooperationCase(input: { requestingStateIso3: "SEN", requestedStateIso3: "FRA", reportedByStateIso3: "SEN", kind: MUTUAL_LEGAL_ASSISTANCE, offence: "corruption", legalBasis: CONVENTION, outcome: PENDING, sentOn: "2008-01-10", caseRef: "MATRIX-1" }) { alreadyReported } }`,
    allowed: ['admin', 'secretariat', 'dakar'],
  },
  {
    name: 'importCooperationCases (dry run, a line of a State of the Dakar office)',
    query: `mutation($c: String!) { importCooperationCases(fileName: "c.csv", content: $c, dryRun: true) { refused } }`,
    vars: async () => ({
      c: Buffer.from(
        'requesting_state,requested_state,reported_by,kind,offence,legal_basis,outcome,sent_on,case_ref\nSEN,FRA,SEN,EXTRADITION,corruption,CONVENTION,PENDING,2008-01-10,MATRIX-2',
      ).toString('base64'),
    }),
    allowed: ['admin', 'secretariat', 'bangkok', 'dakar'],
  },
  {
    name: 'setTreatyStatus',
    query: `mutation($v: Int) { setTreatyStatus(stateIso3: "BRA", instrumentCode: "UNCAC", expectedVersion: $v, input: { status: SIGNATORY, signedOn: "2003-12-09" }) { version } }`,
    vars: async (t) => {
      const [row] = await t.dataSource.query(
        `SELECT version FROM state_party WHERE state_iso3 = 'BRA' AND instrument_code = 'UNCAC'`,
      );
      return { v: row?.version ?? null };
    },
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'clearTreatyStatus',
    query: `mutation($v: Int!) { clearTreatyStatus(stateIso3: "ARG", instrumentCode: "UNTOC", expectedVersion: $v) }`,
    vars: async (t) => {
      await t.dataSource.query(
        `INSERT INTO state_party (state_iso3, instrument_code, status) VALUES ('ARG', 'UNTOC', 'PARTY') ON CONFLICT DO NOTHING`,
      );
      const [row] = await t.dataSource.query(
        `SELECT version FROM state_party WHERE state_iso3 = 'ARG' AND instrument_code = 'UNTOC'`,
      );
      return { v: row.version };
    },
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'updateDonorProfile (own donor)',
    query: `mutation($id: ID!, $v: Int!) { updateDonorProfile(id: $id, expectedVersion: $v, input: { contact: "desk@mission.example" }) { id } }`,
    vars: async (t) => {
      const id = await donorId(t, 'own');
      const [row] = await t.dataSource.query(`SELECT version FROM donor WHERE id = $1`, [id]);
      return { id, v: row.version };
    },
    allowed: ['admin', 'secretariat', 'donor'],
  },
  {
    name: 'updateDonorProfile (another donor)',
    query: `mutation($id: ID!, $v: Int!) { updateDonorProfile(id: $id, expectedVersion: $v, input: { contact: "x@y.example" }) { id } }`,
    vars: async (t) => {
      const id = await donorId(t, 'other');
      const [row] = await t.dataSource.query(`SELECT version FROM donor WHERE id = $1`, [id]);
      return { id, v: row.version };
    },
    allowed: ['admin', 'secretariat'],
  },
  {
    name: 'logAssistanceRequest (Thailand, Bangkok’s)',
    query: LOG,
    vars: async () => ({ input: requestInput('THA') }),
    allowed: ['admin', 'secretariat', 'bangkok'],
  },
  {
    name: 'logAssistanceRequest (Senegal, Dakar’s)',
    query: LOG,
    vars: async () => ({ input: requestInput('SEN') }),
    allowed: ['admin', 'secretariat', 'dakar'],
  },
  {
    name: 'transitionAssistanceRequest (Thailand, Bangkok’s)',
    query: `mutation($id: ID!) { transitionAssistanceRequest(id: $id, to: UNDER_REVIEW, expectedVersion: 1) { id } }`,
    vars: async (t) => ({ id: (await newRequest(t, 'THA')).id }),
    allowed: ['admin', 'secretariat', 'bangkok'],
  },
  {
    name: 'transitionAssistanceRequest (Senegal, Dakar’s)',
    query: `mutation($id: ID!) { transitionAssistanceRequest(id: $id, to: UNDER_REVIEW, expectedVersion: 1) { id } }`,
    vars: async (t) => ({ id: (await newRequest(t, 'SEN')).id }),
    allowed: ['admin', 'secretariat', 'dakar'],
  },
  {
    name: 'updateAssistanceRequest (Thailand, Bangkok’s)',
    query: `mutation($id: ID!) { updateAssistanceRequest(id: $id, expectedVersion: 1, input: { channel: "letter" }) { id } }`,
    vars: async (t) => ({ id: (await newRequest(t, 'THA')).id }),
    allowed: ['admin', 'secretariat', 'bangkok'],
  },
  {
    name: 'updateAssistanceRequest (Senegal, Dakar’s)',
    query: `mutation($id: ID!) { updateAssistanceRequest(id: $id, expectedVersion: 1, input: { channel: "letter" }) { id } }`,
    vars: async (t) => ({ id: (await newRequest(t, 'SEN')).id }),
    allowed: ['admin', 'secretariat', 'dakar'],
  },
  {
    name: 'setAssistanceRequestConfidential (Thailand, Bangkok’s)',
    query: `mutation($id: ID!) { setAssistanceRequestConfidential(id: $id, confidential: true, expectedVersion: 1) { id } }`,
    vars: async (t) => ({ id: (await newRequest(t, 'THA')).id }),
    allowed: ['admin', 'secretariat', 'bangkok'],
  },
  {
    name: 'mergeAssistanceRequests',
    query: `mutation($input: MergeAssistanceRequestsInput!) { mergeAssistanceRequests(input: $input) { id } }`,
    vars: async (t) => {
      const a = await newRequest(t, 'THA');
      const b = await newRequest(t, 'THA');
      return { input: { keepId: a.id, keepVersion: 1, mergeId: b.id, mergeVersion: 1, reason: 'Same need twice' } };
    },
    allowed: ['admin', 'secretariat'],
  },
];

/** The matrix's own reporting cycle with one question (created once), for the checklist rows. */
async function matrixCycle(t: TestApp): Promise<{ cycleId: string; questionId: string }> {
  await t.dataSource.query(
    `INSERT INTO reporting_cycle (name, opened_by, opened_year, instruments, external_ref)
     VALUES ('Matrix cycle', 'Matrix', 2008, '{UNTOC}', 'test:cycle:matrix') ON CONFLICT DO NOTHING`,
  );
  const [cycle] = await t.dataSource.query(`SELECT id FROM reporting_cycle WHERE external_ref = 'test:cycle:matrix'`);
  await t.dataSource.query(
    `INSERT INTO checklist_question (cycle_id, questionnaire_version, code, position, section_en, section_fr, section_es,
                                     instrument_code, article, text_en, text_fr, text_es)
     VALUES ($1, 1, 'M-1', 1, 'S', 'S', 'S', 'UNTOC', 'art. 5', 'Q', 'Q', 'Q') ON CONFLICT DO NOTHING`,
    [cycle.id],
  );
  const [question] = await t.dataSource.query(`SELECT id FROM checklist_question WHERE cycle_id = $1`, [cycle.id]);
  return { cycleId: cycle.id, questionId: question.id };
}

/** The matrix's own directory entry (created once), for the rows that change one. */
async function matrixAuthority(t: TestApp): Promise<Array<{ id: string; version: number }>> {
  await t.dataSource.query(
    `INSERT INTO competent_authority (state_iso3, instrument_code, kind, name, external_ref)
     VALUES ('SEN', 'UNTOC', 'EXTRADITION', 'Matrix authority', 'test:authority:matrix') ON CONFLICT DO NOTHING`,
  );
  return t.dataSource.query(`SELECT id, version FROM competent_authority WHERE external_ref = 'test:authority:matrix'`);
}

function expected(row: Row, who: Who): Outcome {
  if (who === 'mustChange') return BEFORE_PASSWORD_CHANGE.includes(row.name.split(' ')[0]) ? 'ok' : 'FORBIDDEN';
  if (row.except?.[who]) return row.except[who]!;
  if (row.allowed === 'everyone' || row.allowed.includes(who)) return 'ok';
  return who === 'anonymous' || who === 'expired' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
}

describe('the authorization matrix', () => {
  let t: TestApp;
  const callers = new Map<Who, Gql>();
  let sessions = 0;

  let url: string;
  const tokens = new Map<Who, string>();
  /** Subscriptions the server has set up so far (each one starts listening to the live events). */
  let listening: () => number;

  beforeAll(async () => {
    t = await bootApp();
    await t.app.listen(0);
    url = (await t.app.getUrl()).replace('[::1]', 'localhost');
    listening = listenCount(t.app.get(LiveEvents));
    await t.dataSource.query(
      `INSERT INTO donor (name, donor_type, named_publicly, illustrative, external_ref) VALUES ('Other donor', 'FOUNDATION', false, true, 'test:donor:other')`,
    );
    for (const who of USERS) callers.set(who, t.as(who as Exclude<Who, 'anonymous' | 'expired' | 'mustChange'>));
    callers.set('anonymous', t.as('anonymous'));
    tokens.set('expired', await expiredToken(t, 'viewer@demo.local'));
    callers.set('expired', t.withToken(tokens.get('expired')!));
    for (const who of USERS) tokens.set(who, await t.login(`${who}@demo.local`));
    tokens.set('mustChange', await t.login((await newAccount('mustChange')).email, 'demo'));
    callers.set('mustChange', t.withToken(tokens.get('mustChange')!));
  });
  afterAll(() => t.close());

  /** A genuine token of a live session, whose time is up. */
  async function expiredToken(app: TestApp, email: string): Promise<string> {
    const token = await app.login(email);
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    return new SignJWT({ sid: claims.sid })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.sub)
      .setIssuer('ta-tracker')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(app.jwtSecret));
  }

  /**
   * A new account with the demo password: of the demo user's role, whose password it then is (no change asked); or,
   * for `mustChange`, an administrator asked to choose their own (as `createUser` leaves every new account).
   */
  async function newAccount(who: Exclude<Who, 'anonymous' | 'expired'>): Promise<{ email: string }> {
    sessions += 1;
    const [demo] = await t.dataSource.query(`SELECT role, field_office_code, donor_id FROM app_user WHERE email = $1`, [
      `${who === 'mustChange' ? 'admin' : who}@demo.local`,
    ]);
    const email = `session-${sessions}@test.local`;
    const res = await t.as('admin')(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: {
        email,
        displayName: 'Session user',
        role: demo.role,
        fieldOfficeCode: demo.field_office_code ?? undefined,
        donorId: demo.donor_id ?? undefined,
        password: 'a long enough password',
      },
    });
    expect(res.errors).toBeUndefined();
    // The row's query uses the demo password; give this user the same.
    await t.dataSource.query(
      `UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE email = 'viewer@demo.local'),
                           must_change_password = $2
        WHERE email = $1`,
      [email, who === 'mustChange'],
    );
    return { email };
  }

  /** A session of its own for calls that end or change it: a new user of the role, signed in. */
  async function ownSession(who: Who): Promise<Gql> {
    if (who === 'anonymous') return t.as('anonymous');
    if (who === 'expired') return t.withToken(await expiredToken(t, 'viewer@demo.local'));
    return t.withToken(await t.login((await newAccount(who)).email, 'demo'));
  }

  /** A subscription's outcome: the socket refused (signed out), the subscription refused (its code), or running. */
  async function overSocket(who: Who, query: string): Promise<Outcome | string> {
    const before = listening();
    const s = subscribe(url, { token: tokens.get(who) }, query);
    try {
      const refused = await s.connected.then(
        () => false,
        () => true,
      );
      if (refused) return 'UNAUTHENTICATED';
      // The server either refuses the subscription (an error, before its resolver runs) or sets it up (it starts
      // listening to the live events): whichever comes, however long it takes — not what has come after a sleep.
      await until(
        'the subscription refused or set up',
        async () => s.errors.length > 0 || listening() > before,
        60_000,
      );
      const [error] = s.errors.flat() as Array<{ extensions?: { code?: string }; message?: string }>;
      if (error) return error.extensions?.code ?? error.message ?? 'error';
      return 'ok';
    } finally {
      await s.close();
    }
  }

  it('has a row for every Query, Mutation and Subscription of the schema', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const operations = [
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()!.getFields()),
      ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}),
    ].sort();
    const covered = [...new Set(ROWS.map((r) => r.name.split(' ')[0]))].sort();
    expect(covered).toEqual(operations);
  });

  const cases = ROWS.flatMap((row) => WHO.map((who) => [row.name, who, expected(row, who), row] as const));
  it.each(cases)('%s as %s: %s', async (_name, who, outcome, row) => {
    if (row.socket) {
      expect(await overSocket(who, row.query)).toBe(outcome);
      return;
    }
    const gql = row.ownSession ? await ownSession(who) : callers.get(who)!;
    const variables = row.vars ? await row.vars(t) : undefined;
    const res = await gql(row.query, variables);
    if (outcome === 'ok') {
      expect(res.errors).toBeUndefined();
    } else {
      expect(res.errors?.[0]?.extensions?.code).toBe(outcome);
      expect(res.errors?.[0]?.message).not.toMatch(/has no access rule/);
      if (who === 'mustChange') expect(res.errors?.[0]?.extensions?.reason).toBe('PASSWORD_CHANGE_REQUIRED');
    }
  });
});
