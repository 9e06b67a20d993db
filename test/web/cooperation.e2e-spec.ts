/**
 * International cooperation statistics (issue 15, para. 41) in a real browser on the demo data: a donor groups the
 * illustrative requests of 2006–2008 by year and outcome, as a table and a chart, and sees no group small enough to
 * name a case and no way to record one; the Dakar field office records a request for Senegal through the form,
 * then checks and imports a spreadsheet, the statistics following each step.
 */
import type { Page } from 'playwright-core';
import {
  openSession,
  signInAs,
  STEP_TIMEOUT_MS,
  useServerAndBrowser,
  waitUntil,
  type BrowserSession,
} from './browser.js';

const web = useServerAndBrowser();

/** The table's rows as text cells, read once the page has settled. */
async function tableRows(page: Page): Promise<string[][]> {
  return page
    .getByTestId('cooperation-row')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
}

const requestsShown = (session: BrowserSession) =>
  waitUntil(
    session,
    'the requests of the table',
    async () => (await session.page.getByTestId('cooperation-requests').allInnerTexts()).map(Number),
    (n) => n.length > 0,
  );

describe('international cooperation statistics', () => {
  let session: BrowserSession | undefined;
  afterEach(async () => {
    await session?.context.close();
    session = undefined;
  });

  it(
    'shows a donor the aggregates by the dimensions chosen, as a table and a chart, never a single case',
    async () => {
      session = await openSession(web.browser);
      const { page } = session;
      await signInAs(session, web.url, 'donor@demo.local');
      await page.getByTestId('nav-cooperation').click();
      await page.getByTestId('cooperation-row').first().waitFor();
      const byYear = await tableRows(page);
      expect(byYear.map((r) => r[0])).toEqual(['2006', '2007', '2008']);
      const total = byYear.reduce((n, r) => n + Number(r[1]), 0);
      expect(total).toBeGreaterThan(10);
      await page.getByTestId('cooperation-chart').waitFor();
      await expect(page.getByTestId('cooperation-chart').locator('canvas').count()).resolves.toBe(1);

      // By year and outcome: more, smaller groups, none under three requests for a donor.
      await page.getByTestId('cooperation-dim-OUTCOME').check();
      await waitUntil(
        session,
        'groups by year and outcome',
        () => tableRows(page),
        (rows) => rows.length > 3 && rows.every((r) => r.length === 5),
      );
      for (const n of await requestsShown(session)) expect(n).toBeGreaterThanOrEqual(3);
      await expect(
        page
          .getByTestId('cooperation-table')
          .locator('thead th')
          .evaluateAll((ths) => ths.map((th) => th.textContent)),
      ).resolves.toEqual(['Year', 'Outcome', 'Requests', 'Refused', 'Median days to execute']);
      // The chart's figures as a table, on request.
      await page.getByTestId('chart-table-toggle').click();
      await expect(page.getByTestId('chart-table').locator('tbody tr').count()).resolves.toBe(
        await page.getByTestId('cooperation-row').count(),
      );

      // Filtered to one year, the groups add up to that year's requests.
      await page.getByTestId('cooperation-dim-OUTCOME').uncheck();
      await page.getByTestId('cooperation-filter-year').selectOption('2007');
      await waitUntil(
        session,
        '2007 alone',
        () => tableRows(page),
        (rows) => rows.length === 1 && rows[0]![0] === '2007',
      );
      expect(Number((await tableRows(page))[0]![1])).toBe(Number(byYear[1]![1]));
      await expect(page.getByTestId('cooperation-case-form').count()).resolves.toBe(0);
      await expect(page.getByTestId('cooperation-import-form').count()).resolves.toBe(0);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'lets a field office record a request for its State, and check then import a spreadsheet of them',
    async () => {
      const ref = `SN-E2E-${Date.now()}`;
      session = await openSession(web.browser);
      const { page } = session;
      await signInAs(session, web.url, 'dakar@demo.local');
      await page.goto(`${web.url}/cooperation`);
      await page.getByTestId('cooperation-row').first().waitFor();
      await page.getByTestId('cooperation-filter-year').selectOption('2009');
      await page.getByTestId('cooperation-empty').waitFor();

      // Sent without the required fields: the form says what is missing and sends nothing.
      await page.getByTestId('cooperation-case-submit').click();
      await page.getByTestId('error-caseRef').waitFor();
      await page.getByTestId('cooperation-case-requestingStateIso3').selectOption('SEN');
      await page.getByTestId('cooperation-case-requestedStateIso3').selectOption('FRA');
      // Only Senegal may be named as the reporting State: France is not the Dakar office's.
      await expect(
        page.getByTestId('cooperation-case-reportedByStateIso3').locator('option[value]:not([value=""])').count(),
      ).resolves.toBe(1);
      await page.getByTestId('cooperation-case-reportedByStateIso3').selectOption('SEN');
      await page.getByTestId('cooperation-case-kind').selectOption('EXTRADITION');
      await page.getByTestId('cooperation-case-offence').selectOption('trafficking-in-persons');
      await page.getByTestId('cooperation-case-outcome').selectOption('REFUSED');
      await page.getByTestId('cooperation-case-refusalGround').selectOption('NATIONALITY');
      await page.getByTestId('cooperation-case-sentOn').fill('2009-03-02');
      await page.getByTestId('cooperation-case-caseRef').fill(ref);
      await page.getByTestId('cooperation-case-submit').click();
      await expect(page.getByTestId('cooperation-case-said').innerText()).resolves.toContain('recorded');
      // The field office reads its own State's single request (the API decides it may).
      await page.getByTestId('cooperation-filter-state').selectOption('SEN');
      await waitUntil(
        session,
        'the request just recorded',
        () => tableRows(page),
        (rows) => rows.length === 1 && rows[0]![0] === '2009' && rows[0]![1] === '1' && rows[0]![2] === '1',
      );

      const csv = [
        'requesting_state,requested_state,reported_by,kind,offence,legal_basis,outcome,sent_on,executed_on,refusal_ground,case_ref',
        `FRA,SEN,SEN,MUTUAL_LEGAL_ASSISTANCE,money-laundering,CONVENTION,EXECUTED,2009-04-01,2009-05-01,,${ref}-2`,
        `SEN,FRA,FRA,EXTRADITION,trafficking-in-persons,CONVENTION,REFUSED,2009-03-02,,NATIONALITY,${ref}`,
        `SEN,FRA,SEN,EXTRADITION,corruption,CONVENTION,PENDING,2009-02-30,,,${ref}-3`,
      ].join('\n');
      await page
        .getByTestId('cooperation-import-file')
        .setInputFiles({ name: 'senegal-2009.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await page.getByTestId('cooperation-import-check').click();
      const result = page.getByTestId('cooperation-import-result');
      await expect(result.getAttribute('data-dry-run')).resolves.toBe('true');
      // France's line is not the office's to report; the 30th of February is no date.
      const refused = await page.getByTestId('cooperation-import-refused').locator('tbody tr').allInnerTexts();
      expect(refused.some((r) => r.startsWith('3') && r.includes('reported_by'))).toBe(true);
      expect(refused.some((r) => r.startsWith('4') && r.includes('sent_on'))).toBe(true);
      await page.getByTestId('cooperation-import-submit').click();
      await waitUntil(
        session,
        'the import',
        () => result.getAttribute('data-dry-run'),
        (v) => v === 'false',
      );
      await expect(result.innerText()).resolves.toMatch(/1 requests recorded/);
      await waitUntil(
        session,
        'the statistics after the import',
        () => tableRows(page),
        (rows) => rows.length === 1 && rows[0]![1] === '2',
      );
    },
    STEP_TIMEOUT_MS,
  );
});
