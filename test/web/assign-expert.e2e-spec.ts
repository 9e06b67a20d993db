/**
 * Assigning an expert from where the planner is, in a real browser against the real built system on the demo data:
 * from an activity's drawer (an expert mission: the activity preset, the expert found by name, the dates required
 * and checked as one types, the activity then lists the expert, and the API stores the assignment with it); from
 * the expert ranking (the suggested expert, to the workshop ranked for); the picker finds a planned workshop
 * beyond its first page (by "Show more" and by words) and an activity by its code, never a cancelled one (nor its
 * drawer's button); a French reader is told what is missing in French; a field office and a donor are offered no
 * "Assign" anywhere.
 */
import { gqlAt, signIn } from '../support/server.js';
import { countOf, openSignedIn, signInAs, STEP_TIMEOUT_MS, useServerAndBrowser, waitUntil } from './browser.js';

const web = useServerAndBrowser({ session: {} });
const session = web.session;
/** As many as the picker shows at a time (`PICKER_PAGE`): the far workshop is then beyond the first page. */
const PICKER_PAGE = 25;
const MISSION_EXPERT = 'Kwame Mensah-Boateng';
const FAR_WORKSHOP = 'Zanzibar workshop on port container control';
let token = '';
let activity = { id: '', code: '', title: '' };
let farWorkshopId = '';
let rankedWorkshop = { id: '', title: '' };
let missionExpertId = '';
/** Two activities found by the same words: one still to come, one cancelled (never offered). */
const PICKER_CHECK = 'Expert picker check';
let stillToCome = '';
let cancelled = '';

async function gql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await gqlAt<T>(web.url, query, variables, token);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const CREATE_WORKSHOP = `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id title } }`;

/** The drawer of an activity, opened by its address. */
async function openActivity(page: typeof session.page, url: string, id: string): Promise<void> {
  await page.goto(`${url}/programme?phase=all&activity=${id}`);
  await page.locator(`[data-testid="activity-detail"][data-id="${id}"]`).waitFor();
}

describe('assigning an expert from where the planner is', () => {
  beforeAll(async () => {
    token = await signIn(web.url);
    const found = await gql<{
      activities: { nodes: Array<{ id: string; code: string; title: string; status: string }> };
    }>(
      `{ activities(first: 20, filter: { status: [PROPOSED, ENDORSED, FUNDED, UNDER_WAY], deliveryStatus: [PLANNED, IN_DELIVERY] }) { nodes { id code title status } } }`,
    );
    activity = found.activities.nodes[0]!;
    // Enough planned workshops that the picker's first page cannot show them all, the far one last (earliest first).
    const planned = await gql<{ workshops: { totalCount: number } }>(
      `{ workshops(filter: { status: "PLANNED" }) { totalCount } }`,
    );
    for (let i = planned.workshops.totalCount; i < PICKER_PAGE + 2; i += 1) {
      await gql(CREATE_WORKSHOP, {
        input: {
          title: `Planning meeting ${i}`,
          kind: 'NATIONAL_TRAINING',
          startsOn: '2030-02-04',
          endsOn: '2030-02-05',
          city: 'Vienna',
        },
      });
    }
    farWorkshopId = (
      await gql<{ createWorkshop: { id: string } }>(CREATE_WORKSHOP, {
        input: {
          title: FAR_WORKSHOP,
          kind: 'REGIONAL_WORKSHOP',
          startsOn: '2031-09-01',
          endsOn: '2031-09-03',
          city: 'Zanzibar',
        },
      })
    ).createWorkshop.id;
    // The ranking's list of workshops starts with the earliest: this one is in it.
    rankedWorkshop = (
      await gql<{ createWorkshop: { id: string; title: string } }>(CREATE_WORKSHOP, {
        input: {
          title: 'Early workshop on extradition requests',
          kind: 'EXPERT_GROUP_MEETING',
          startsOn: '2003-03-03',
          endsOn: '2003-03-04',
          city: 'Lomé',
          languages: ['fr'],
        },
      })
    ).createWorkshop;
    const CREATE_ACTIVITY = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version } }`;
    const created = [];
    for (const code of ['PCK-1', 'PCK-2']) {
      created.push(
        (
          await gql<{ createActivity: { id: string; version: number } }>(CREATE_ACTIVITY, {
            input: { code, title: `${PICKER_CHECK} ${code}`, priorityAreaCode: 'C', activityType: 'WORKSHOP' },
          })
        ).createActivity,
      );
    }
    stillToCome = created[0]!.id;
    cancelled = created[1]!.id;
    await gql(
      `mutation($id: ID!, $v: Int!) { transitionActivity(id: $id, to: CANCELLED, reason: "The host withdrew", expectedVersion: $v) { id } }`,
      { id: cancelled, v: created[1]!.version },
    );
    missionExpertId = (
      await gql<{ createExpert: { id: string } }>(
        `mutation($input: CreateExpertInput!) { createExpert(input: $input) { id } }`,
        {
          input: {
            name: MISSION_EXPERT,
            nationalityIso3: 'GHA',
            organisation: 'Attorney-General’s Department, Ghana',
            expertise: ['extradition'],
            languages: ['en'],
          },
        },
      )
    ).createExpert.id;
  });

  it(
    'as the secretariat: from the activity drawer, an expert sent on a mission for it, its dates checked as one types',
    async () => {
      const { page } = session;
      await signInAs(session, web.url, 'secretariat@demo.local');
      await openActivity(page, web.url, activity.id);
      await page.getByTestId('activity-assign-expert').click();
      const dialog = page.getByTestId('assign-expert-dialog');
      await dialog.waitFor();
      // The activity is preset; the expert is found by name.
      await expect(dialog.getByTestId('assign-expert-target').getAttribute('data-id')).resolves.toBe(activity.id);
      await expect(dialog.getByTestId('assign-expert-target-ACTIVITY').count()).resolves.toBe(0);
      await dialog.getByTestId('assign-expert-expertId-search').fill('Mensah-Boa');
      await waitUntil(
        session,
        'the expert found',
        () => dialog.locator(`[data-testid="assign-expert-expertId"] option[value="${missionExpertId}"]`).count(),
        (n) => n === 1,
      );
      await dialog.getByTestId('assign-expert-expertId').selectOption(missionExpertId);
      // A mission has no workshop to lend its dates: both are needed, the end not before the start.
      await expect(dialog.getByTestId('assign-expert-submit').isDisabled()).resolves.toBe(true);
      await dialog.getByTestId('assign-expert-startsOn').fill('2030-05-10');
      await dialog.getByTestId('assign-expert-endsOn').fill('2030-05-08');
      await expect(dialog.getByTestId('error-endsOn').innerText()).resolves.toBe('The end cannot be before the start.');
      await dialog.getByTestId('assign-expert-endsOn').fill('');
      await dialog.getByTestId('assign-expert-endsOn').blur();
      await expect(dialog.getByTestId('error-endsOn').innerText()).resolves.toBe(
        'Give the mission’s dates: it has no workshop to take them from.',
      );
      await dialog.getByTestId('assign-expert-endsOn').fill('2030-05-14');
      await expect(dialog.getByTestId('form-missing').count()).resolves.toBe(0);
      await dialog.getByTestId('assign-expert-submit').click();
      await dialog.waitFor({ state: 'hidden' });
      await expect(page.getByTestId('notice-expert-assigned').innerText()).resolves.toContain(
        `${MISSION_EXPERT} was assigned to “${activity.title}”.`,
      );
      // The drawer, asked again, lists the expert.
      await waitUntil(
        session,
        'the activity’s experts',
        () => page.getByTestId('activity-experts').locator(`li[data-id="${missionExpertId}"]`).count(),
        (n) => n === 1,
      );

      // Stored with that activity, for those dates.
      const stored = await gql<{ activity: { experts: Array<{ id: string }> } }>(
        `query($id: ID!) { activity(id: $id) { experts { id } } }`,
        { id: activity.id },
      );
      expect(stored.activity.experts.map((e) => e.id)).toEqual([missionExpertId]);
      const busy = await gql<{ experts: { nodes: Array<{ id: string }> } }>(
        `query($f: ExpertFilter) { experts(filter: $f, first: 100) { nodes { id } } }`,
        { f: { search: MISSION_EXPERT, freeFrom: '2030-05-12', freeTo: '2030-05-12' } },
      );
      expect(busy.experts.nodes).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'as the secretariat: a suggested expert assigned from the ranking to the workshop it ranks for',
    async () => {
      const { page } = session;
      // The roster by its address (the activity's drawer is still open over the page).
      await page.goto(`${web.url}/experts`);
      const ranking = page.getByTestId('expert-ranking');
      await ranking.waitFor();
      await waitUntil(
        session,
        'the workshop in the ranking’s list',
        () => page.locator(`[data-testid="rank-workshop"] option[value="${rankedWorkshop.id}"]`).count(),
        (n) => n === 1,
      );
      await page.getByTestId('rank-workshop').selectOption(rankedWorkshop.id);
      const first = ranking.getByTestId('ranked-expert').first();
      await first.waitFor();
      const expertId = (await first.getAttribute('data-id')) ?? '';
      const expertName = await first.locator('th').innerText();
      await first.getByTestId('ranked-expert-assign').click();
      const dialog = page.getByTestId('assign-expert-dialog');
      await dialog.waitFor();
      await expect(dialog.getByTestId('assign-expert-target').getAttribute('data-id')).resolves.toBe(rankedWorkshop.id);
      await expect(dialog.getByTestId('assign-expert-expertId').count()).resolves.toBe(0);
      // The workshop's dates stand.
      await dialog.getByTestId('assign-expert-submit').click();
      await dialog.waitFor({ state: 'hidden' });
      const assigned = page.getByTestId('notice-expert-assigned');
      await expect(assigned.innerText()).resolves.toContain(`${expertName} was assigned to “${rankedWorkshop.title}”.`);

      const stored = await gql<{ workshop: { experts: Array<{ id: string }> } }>(
        `query($id: ID!) { workshop(id: $id) { experts { id } } }`,
        { id: rankedWorkshop.id },
      );
      expect(stored.workshop.experts.map((e) => e.id)).toEqual([expertId]);
      // The ranking, asked again, leaves out the expert now on the workshop.
      await waitUntil(
        session,
        'the ranking without the assigned expert',
        () => ranking.locator(`[data-testid="ranked-expert"][data-id="${expertId}"]`).count(),
        (n) => n === 0,
      );
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'as the secretariat: the picker finds a planned workshop beyond its first page, and an activity by its code',
    async () => {
      const { page } = session;
      await page.getByTestId('experts-filter-search').fill(MISSION_EXPERT);
      await page.getByTestId('experts-filter-search').press('Enter');
      const row = page.locator(`[data-testid="expert-row"][data-id="${missionExpertId}"]`);
      await row.waitFor();
      await row.getByTestId('assign-expert-open').click();
      const dialog = page.getByTestId('assign-expert-dialog');
      await dialog.waitFor();
      const workshops = dialog.getByTestId('assign-expert-workshopId');
      const far = workshops.locator(`option[value="${farWorkshopId}"]`);
      await waitUntil(
        session,
        'the first page of planned workshops',
        () => countOf(page, 'assign-expert-workshopId'),
        (n) => n === PICKER_PAGE,
      );
      await expect(far.count()).resolves.toBe(0);
      // "Show more" until the far one is offered.
      await waitUntil(
        session,
        'the far workshop after "Show more"',
        async () => {
          if ((await far.count()) === 0) await dialog.getByTestId('assign-expert-workshopId-more').click();
          return far.count();
        },
        (n) => n === 1,
      );
      await expect(countOf(page, 'assign-expert-workshopId')).resolves.toBeGreaterThan(PICKER_PAGE);

      // Or by words of its title: the list holds just it.
      await dialog.getByTestId('assign-expert-workshopId-search').fill('zanzibar WORKSHOP on port');
      await waitUntil(
        session,
        'the workshop found by words',
        () => countOf(page, 'assign-expert-workshopId'),
        (n) => n === 1,
      );
      await workshops.selectOption(farWorkshopId);
      await expect(dialog.getByTestId('form-missing').count()).resolves.toBe(0);

      // An activity instead: found by its code; a mission needs its dates.
      await dialog.getByTestId('assign-expert-target-ACTIVITY').check();
      await dialog.getByTestId('assign-expert-activityId-search').fill(activity.code);
      const option = dialog.locator(`[data-testid="assign-expert-activityId"] option[value="${activity.id}"]`);
      await option.waitFor({ state: 'attached' });
      await dialog.getByTestId('assign-expert-activityId').selectOption(activity.id);
      await expect(dialog.getByTestId('assign-expert-submit').isDisabled()).resolves.toBe(true);

      // Only work still to come is offered: of the two activities these words find, not the cancelled one.
      await dialog.getByTestId('assign-expert-activityId-search').fill(PICKER_CHECK);
      const offered = (id: string) =>
        dialog.locator(`[data-testid="assign-expert-activityId"] option[value="${id}"]`).count();
      await waitUntil(
        session,
        'the activity still to come found by words',
        () => offered(stillToCome),
        (n) => n === 1,
      );
      await expect(countOf(page, 'assign-expert-activityId')).resolves.toBe(1);
      await expect(offered(cancelled)).resolves.toBe(0);
      await dialog.getByTestId('form-cancel').click();
      await dialog.waitFor({ state: 'hidden' });

      // Nor does the cancelled activity's drawer offer "Assign"; the one still to come does.
      await openActivity(page, web.url, stillToCome);
      await page.getByTestId('activity-assign-expert').waitFor();
      await openActivity(page, web.url, cancelled);
      await page.locator(`[id="activity-experts-${cancelled}"]`).waitFor();
      await expect(page.getByTestId('activity-assign-expert').count()).resolves.toBe(0);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'as a French reader of the secretariat: a mission without its dates is refused in French',
    async () => {
      const french = await openSignedIn(web, 'secretariat@demo.local', { locale: 'fr-FR' });
      const { page } = french;
      await openActivity(page, web.url, activity.id);
      await page.getByTestId('activity-assign-expert').click();
      const dialog = page.getByTestId('assign-expert-dialog');
      await dialog.waitFor();
      await expect(dialog.getByTestId('assign-expert-target').innerText()).resolves.toContain(
        'Une activité (mission d’expert)',
      );
      await dialog.getByTestId('assign-expert-startsOn').fill('2030-06-01');
      await dialog.getByTestId('assign-expert-startsOn').blur();
      await dialog.getByTestId('assign-expert-endsOn').focus();
      await dialog.getByTestId('assign-expert-endsOn').blur();
      await expect(dialog.getByTestId('error-endsOn').innerText()).resolves.toBe(
        'Donnez les dates de la mission : elle n’a pas d’atelier dont les prendre.',
      );
      await french.context.close();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'as a field office or a donor: no "Assign" on the roster, the ranking or an activity',
    async () => {
      for (const email of ['dakar@demo.local', 'donor@demo.local']) {
        const other = await openSignedIn(web, email);
        await openActivity(other.page, web.url, activity.id);
        await expect(other.page.getByTestId('activity-experts').count()).resolves.toBe(1);
        await expect(other.page.getByTestId('activity-assign-expert').count()).resolves.toBe(0);
        await other.page.goto(`${web.url}/experts`);
        await other.page.getByTestId('expert-row').first().waitFor();
        await expect(other.page.getByTestId('assign-expert-open').count()).resolves.toBe(0);
        await expect(other.page.getByTestId('expert-ranking').count()).resolves.toBe(0);
        await expect(other.page.getByTestId('ranked-expert-assign').count()).resolves.toBe(0);
        await other.context.close();
      }
    },
    STEP_TIMEOUT_MS,
  );
});
