/**
 * Reports people open (issue 13), in a real browser against the built system on the demo data: the secretariat
 * picks the report to the Conference in French as XLSX, watches it made and downloads a workbook with its sheets and
 * the date its figures are as at, makes it as PDF and compares two snapshots of it; a donor gets its own statement, and cannot ask for another donor's nor take the
 * file of one the secretariat made.
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import {
  signInAs,
  STEP_TIMEOUT_MS,
  useServerAndBrowser,
  useSession,
  waitUntil,
  type BrowserSession,
} from './browser.js';

/** The download address of a donor statement the secretariat made of another donor. */
let othersStatement = '';
let otherDonorId = '';

const web = useServerAndBrowser();

/** Asks for a report of a kind and waits for its row to be done; its download address. */
async function makeReport(session: BrowserSession, kind: string): Promise<string> {
  return (await makeReportRow(session, kind)).href;
}

/** Asks for a report of a kind and waits for its row to be done; its id and download address. */
async function makeReportRow(session: BrowserSession, kind: string): Promise<{ id: string; href: string }> {
  const { page } = session;
  await page.getByTestId(`report-request-${kind}`).click();
  await page.getByTestId('report-requested').waitFor();
  const id = await page.getByTestId('report-requested').getAttribute('data-report-id');
  const row = page.locator(`[data-testid="report-row"][data-id="${id}"]`);
  await row.waitFor();
  await waitUntil(
    session,
    `the ${kind} report to finish`,
    () => row.getAttribute('data-status'),
    (s) => s === 'DONE' || s === 'FAILED',
  );
  await expect(row.getAttribute('data-status')).resolves.toBe('DONE');
  await expect(row.getByTestId('report-as-at').locator('time').count()).resolves.toBe(1);
  return { id: id!, href: (await row.getByTestId('report-download').getAttribute('href'))! };
}

/** Fetches a file with the page's own session: its status and bytes. */
async function fetchFile(page: Page, url: string): Promise<{ status: number; type: string | null; bytes: number[] }> {
  return page.evaluate(async (href) => {
    const res = await fetch(href);
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      bytes: Array.from(new Uint8Array(await res.arrayBuffer())),
    };
  }, url);
}

async function workbookOf(bytes: number[]): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

describe('reports people open, as the secretariat', () => {
  const secretariat = useSession(web);

  it(
    'makes the report to the Conference in French as XLSX and downloads it',
    async () => {
      const { page } = secretariat;
      await signInAs(secretariat, web.url, 'secretariat@demo.local');
      await page.getByTestId('nav-reports').click();
      await page.getByTestId('reports-page').waitFor();
      const kinds = await page
        .getByTestId('report-kind')
        .evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')));
      expect(kinds.slice(0, 4)).toEqual(['CONFERENCE_REPORT', 'PROGRAMME_PLAN', 'DONOR_STATEMENT', 'STATE_PROFILE']);
      await page.getByTestId('report-language').selectOption('FR');
      await expect(page.getByTestId('report-format-CONFERENCE_REPORT').inputValue()).resolves.toBe('XLSX');
      const href = await makeReport(secretariat, 'CONFERENCE_REPORT');
      const file = await fetchFile(page, href);
      expect(file.status).toBe(200);
      expect(file.type).toContain('spreadsheetml');
      const book = await workbookOf(file.bytes);
      expect(book.worksheets.map((s) => s.name)).toEqual([
        'Rapport à la Conférence des Éta',
        'Exécution par domaine',
        'Besoins reçus',
        'États ayant fait rapport',
        'Résultats',
      ]);
      expect(book.worksheets[0]!.getRow(2).getCell(2).value).toBeInstanceOf(Date);
      const delivery = book.getWorksheet('Exécution par domaine')!;
      expect(delivery.getRow(1).getCell(1).value).toBe('Domaine prioritaire');
      expect(typeof delivery.getRow(2).getCell(8).value).toBe('number');
      expect(secretariat.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'makes the report to the Conference as PDF, and compares it with a later snapshot after money was spent',
    async () => {
      const { page } = secretariat;
      await page.getByTestId('report-language').selectOption('EN');
      await page.getByTestId('report-format-CONFERENCE_REPORT').selectOption('PDF');
      const first = await makeReportRow(secretariat, 'CONFERENCE_REPORT');
      const pdf = await fetchFile(page, first.href);
      expect(pdf.status).toBe(200);
      expect(pdf.type).toBe('application/pdf');
      expect(Buffer.from(pdf.bytes.slice(0, 5)).toString()).toBe('%PDF-');

      // Money spent after the first snapshot: the second one reads it, the first keeps its figures.
      const spent = await page.evaluate(async () => {
        const post = async (query: string, variables: Record<string, unknown> = {}) =>
          (
            await fetch('/graphql', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query, variables }),
            })
          ).json();
        const gaps = await post(
          `{ fundingGaps(groupBy: [ACTIVITY, YEAR]) { activity { id status deliveryStatus } year } }`,
        );
        type Gap = { year: number | null; activity: { status: string; deliveryStatus: string } };
        const row = gaps.data.fundingGaps.find(
          (g: Gap) => g.year !== null && g.activity.status !== 'CANCELLED' && g.activity.deliveryStatus !== 'CANCELLED',
        );
        return post(`mutation($input: RecordExpenditureInput!) { recordExpenditure(input: $input) { amountUsd } }`, {
          input: {
            activityId: row.activity.id,
            year: row.year,
            category: 'TRAVEL',
            amount: '1234.56',
            currency: 'USD',
            spentOn: '2010-06-01',
            beyondAllocation: true,
            beyondAllocationReason: 'Advance before the allocation is signed',
          },
        });
      });
      expect(spent.errors).toBeUndefined();
      const second = await makeReportRow(secretariat, 'CONFERENCE_REPORT');

      await expect(page.getByTestId('report-compare-hint').getAttribute('data-reason')).resolves.toBe('PICK_TWO');
      // Picked later one first: the comparison still reads from the earlier snapshot to the later.
      for (const id of [second.id, first.id]) {
        await page.locator(`[data-testid="report-row"][data-id="${id}"]`).getByTestId('report-compare-pick').check();
      }
      const total = page.locator(
        '[data-testid="report-change"][data-section="delivery"][data-row="TOTAL"][data-column="spent"]',
      );
      await total.waitFor();
      const cents = async (testId: string) =>
        BigInt(((await total.getByTestId(testId).textContent()) ?? '').replace(/[^0-9]/g, ''));
      expect((await cents('report-change-after')) - (await cents('report-change-before'))).toBe(123456n);
      await expect(total.locator('td').nth(0).textContent()).resolves.toBe('Delivery by area');
      await expect(total.locator('td').nth(2).textContent()).resolves.toBe('Spent');
      // The cost did not move: no change of cost is listed.
      await expect(page.locator('[data-testid="report-change"][data-column="cost"]').count()).resolves.toBe(0);
      // The first file is as it was.
      expect((await fetchFile(page, first.href)).bytes).toEqual(pdf.bytes);
      expect(secretariat.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'makes a State profile as PDF once a State is chosen, and another donor’s statement',
    async () => {
      const { page } = secretariat;
      await page.getByTestId('report-language').selectOption('EN');
      await page.getByTestId('report-format-STATE_PROFILE').selectOption('PDF');
      await page.getByTestId('report-request-STATE_PROFILE').click();
      await page.getByText('Choose the State the profile is of.').waitFor();
      await page.getByTestId('report-state').selectOption('SEN');
      const pdf = await fetchFile(page, await makeReport(secretariat, 'STATE_PROFILE'));
      expect(pdf.type).toBe('application/pdf');
      expect(Buffer.from(pdf.bytes.slice(0, 5)).toString()).toBe('%PDF-');

      const donor = page.getByTestId('report-donor');
      const options = await donor
        .locator('option')
        .evaluateAll((o) => o.map((x) => ({ value: (x as HTMLOptionElement).value, text: x.textContent ?? '' })));
      const other = options.find((o) => o.value && !/Norway/.test(o.text))!;
      otherDonorId = other.value;
      await donor.selectOption(otherDonorId);
      othersStatement = await makeReport(secretariat, 'DONOR_STATEMENT');
      const book = await workbookOf((await fetchFile(page, othersStatement)).bytes);
      expect(book.worksheets[0]!.getRow(2).getCell(1).value).toBe(other.text);
    },
    STEP_TIMEOUT_MS,
  );
});

describe('reports people open, as a donor', () => {
  const donor = useSession(web);

  it(
    'gets its own statement, and neither asks for nor takes another donor’s',
    async () => {
      const { page } = donor;
      await signInAs(donor, web.url, 'donor@demo.local');
      await page.getByTestId('nav-reports').click();
      await page.getByTestId('reports-page').waitFor();
      const href = await makeReport(donor, 'DONOR_STATEMENT');
      const book = await workbookOf((await fetchFile(page, href)).bytes);
      expect(book.getWorksheet('Contributions')).toBeDefined();
      expect(book.worksheets[0]!.getRow(2).getCell(1).value).toBe('Norway (illustrative)');

      // The file the secretariat made of another donor is not the donor's to take.
      await expect(fetchFile(page, othersStatement).then((f) => f.status)).resolves.toBe(404);
      // Asking for another donor's statement is refused (the API's answer, whatever the page offers).
      const refused = await page.evaluate(async (donorId) => {
        const res = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: `mutation($f: ReportFilter) { requestReport(kind: DONOR_STATEMENT, filter: $f) { id } }`,
            variables: { f: { donorId } },
          }),
        });
        return res.json();
      }, otherDonorId);
      expect(refused.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(donor.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );
});
