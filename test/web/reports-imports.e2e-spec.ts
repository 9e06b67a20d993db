/**
 * Background jobs in a real browser, against the real built system on the demo data. The Bangkok office imports a
 * spreadsheet of three requests: the Thai one is logged, the unknown State and the Kenyan one (outside its scope)
 * are refused with their lines and reasons, and the Thai request is then on the requests page. A donor is not
 * offered the requests report, asks for the funding gaps, watches it finish and downloads the CSV with its session.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { countOf, signInAs, STEP_TIMEOUT_MS, useServerAndBrowser, useSession, waitUntil } from './browser.js';

/** The English title of priority area C, as the first funding gaps CSV wrote it. */
let englishTitleOfC = '';

// A word no demo request uses, to find the imported one.
const MARKER = 'Songkhla';
const CSV = [
  'state,kind,topics,priority_area,received_on,channel,description',
  `Thailand,training,extradition;mutual-legal-assistance,C,2009-04-01,workshop,Training of ${MARKER} prosecutors on extradition requests`,
  'Atlantis,training,cybercrime,B,2009-02-01,letter,Training on electronic evidence for a State that does not exist',
  'Kenya,training,extradition,C,2009-04-01,workshop,Training of Kenyan prosecutors on extradition requests',
].join('\n');

const web = useServerAndBrowser();

describe('importing requests, as the Bangkok office', () => {
  const bangkok = useSession(web);

  it(
    'opens the import from the requests page, and is told before sending that only a small .csv or .xlsx file will do',
    async () => {
      const { page } = bangkok;
      await signInAs(bangkok, web.url, 'bangkok@demo.local');
      await page.getByTestId('nav-requests').click();
      await page.getByTestId('import-open').click();
      await page.getByTestId('import-page').waitFor();
      expect(new URL(page.url()).pathname).toBe('/requests/import');
      await expect(page.getByTestId('nav-requests').getAttribute('aria-current')).resolves.toBe('page');
      const columns = await page
        .getByTestId('import-columns')
        .locator('dt')
        .evaluateAll((dts) => dts.map((dt) => dt.getAttribute('data-column')));
      expect(columns).toEqual([
        'state',
        'kind',
        'topics',
        'priority_area',
        'received_on',
        'channel',
        'description',
        'confidential',
        'instruments',
        'reference',
      ]);

      const download = page.waitForEvent('download');
      await page.getByTestId('import-template').click();
      expect((await download).suggestedFilename()).toBe('requests-template.csv');

      await page
        .getByTestId('import-file')
        .setInputFiles({ name: 'requests.xls', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') });
      await expect(page.getByTestId('error-file').innerText()).resolves.toContain('.csv');
      await expect(page.getByTestId('import-submit').isDisabled()).resolves.toBe(true);
      await page
        .getByTestId('import-file')
        .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.alloc(260_000, 'a') });
      await expect(page.getByTestId('error-file').innerText()).resolves.toContain('250 kB');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'imports the file: 1 of 3 requests, the unknown State and the Kenyan request refused with their lines',
    async () => {
      const { page } = bangkok;
      await page
        .getByTestId('import-file')
        .setInputFiles({ name: 'bangkok-requests.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
      await expect(page.getByTestId('error-file').count()).resolves.toBe(0);
      await page.getByTestId('import-submit').click();
      await page.getByTestId('import-job').waitFor();
      await waitUntil(
        bangkok,
        'the import to finish',
        async () => page.getByTestId('import-job').getAttribute('data-status'),
        (status) => status === 'DONE' || status === 'FAILED',
      );
      await expect(page.getByTestId('import-job').getAttribute('data-status')).resolves.toBe('DONE');
      await expect(page.getByTestId('import-progress').getAttribute('data-value')).resolves.toBe('100');
      await expect(page.getByTestId('import-progress').locator('progress').getAttribute('value')).resolves.toBe('100');
      const summary = page.getByTestId('import-summary');
      await expect(summary.innerText()).resolves.toContain('1 of 3 requests imported');
      await expect(summary.getAttribute('data-imported')).resolves.toBe('1');
      await expect(summary.getAttribute('data-total')).resolves.toBe('3');

      const refused = await page.getByTestId('import-error-row').evaluateAll((rows) =>
        rows.map((r) => ({
          line: r.getAttribute('data-line'),
          field: r.getAttribute('data-field'),
          text: r.textContent ?? '',
        })),
      );
      expect(refused.map((r) => [r.line, r.field])).toEqual([
        ['3', 'state'],
        ['4', 'state'],
      ]);
      expect(refused[0]?.text).toContain('"Atlantis" is not a State');
      expect(refused[1]?.text).toContain('does not cover KEN');
      // Every problem of a row is listed, and the refused rows can be taken back to fix.
      await expect(page.getByTestId('import-problem').count()).resolves.toBeGreaterThanOrEqual(2);
      const refusedHref = await page.getByTestId('import-refused-download').getAttribute('href');
      const refusedFile = await page.evaluate(async (url) => {
        const res = await fetch(url);
        const bytes = new Uint8Array(await res.clone().arrayBuffer());
        return { status: res.status, text: await res.text(), firstBytes: Array.from(bytes.slice(0, 3)) };
      }, refusedHref!);
      expect(refusedFile.status).toBe(200);
      expect(refusedFile.firstBytes).toEqual([0xef, 0xbb, 0xbf]);
      const refusedLines = refusedFile.text.trim().split(/\r?\n/);
      expect(refusedLines[0]).toBe('state,kind,topics,priority_area,received_on,channel,description,errors');
      expect(refusedLines).toHaveLength(3);
      expect(refusedLines[1]).toMatch(/^Atlantis,.*state: ""Atlantis"" is not a State/);
      const refusedDownload = page.waitForEvent('download');
      await page.getByTestId('import-refused-download').click();
      expect((await refusedDownload).suggestedFilename()).toBe('bangkok-requests-refused.csv');
      // The import's address can be reopened.
      expect(new URL(page.url()).searchParams.get('id')).toBe(
        await page.getByTestId('import-job').getAttribute('data-id'),
      );
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'finds the imported Thai request on the requests page',
    async () => {
      const { page } = bangkok;
      await page.getByTestId('import-see-requests').click();
      await page.getByTestId('requests-table').waitFor();
      expect(new URL(page.url()).pathname).toBe('/requests');
      await page.getByTestId('filter-search').fill(MARKER);
      await page.getByTestId('filter-search').press('Enter');
      await waitUntil(
        bangkok,
        'the imported request alone',
        () => countOf(page, 'requests-total'),
        (n) => n === 1,
      );
      const row = page.getByTestId('request-row');
      await expect(row.getAttribute('data-state')).resolves.toBe('THA');
      await expect(row.getAttribute('data-kind')).resolves.toBe('TRAINING');
      await expect(
        row
          .getByTestId('cell-topics')
          .locator('[data-topic]')
          .evaluateAll((c) => c.map((e) => e.getAttribute('data-topic'))),
      ).resolves.toEqual(['extradition', 'mutual-legal-assistance']);
      expect(bangkok.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'checks an XLSX in a dry run — already imported, duplicate (linked), refused with every reason — then imports it',
    async () => {
      const { page } = bangkok;
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Requests');
      sheet.addRow(['State', 'Kind', 'Topics', 'Priority area', 'Received on', 'Channel', 'Description']);
      const day = new Date(Date.UTC(2009, 3, 1));
      const cells = CSV.split('\n')[1]!.split(',');
      sheet.addRow([cells[0], cells[1], cells[2], cells[3], day, cells[5], cells[6]]);
      sheet.addRow(['THA', 'training', 'extradition', 'C', day, 'letter', `Follow-up training of ${MARKER} judges`]);
      sheet.addRow(['Atlantis', 'magic', 'extradition', 'C', '2009-02-30', 'pigeon', 'A row with every mistake']);
      const xlsx = Buffer.from(await book.xlsx.writeBuffer());

      await page.goto(`${web.url}/requests/import`);
      await page.getByTestId('import-form').waitFor();
      await page.getByTestId('import-file').setInputFiles({
        name: 'bangkok.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: xlsx,
      });
      await expect(page.getByTestId('error-file').count()).resolves.toBe(0);
      await page.getByTestId('import-check').click();
      await page.getByTestId('import-dry-run-rows').waitFor();
      const rows = await page
        .getByTestId('import-dry-run-row')
        .evaluateAll((trs) => trs.map((r) => [r.getAttribute('data-line'), r.getAttribute('data-outcome')]));
      expect(rows).toEqual([
        ['2', 'ALREADY_IMPORTED'],
        ['3', 'DUPLICATE_OF'],
        ['4', 'REFUSED'],
      ]);
      await expect(page.getByTestId('import-duplicate-link').getAttribute('href')).resolves.toContain('state=THA');
      const problems = await page
        .locator('[data-testid="import-dry-run-row"][data-line="4"] [data-testid="import-problem"]')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-field')));
      expect(problems).toEqual(expect.arrayContaining(['state', 'kind', 'received_on', 'channel']));
      // A dry run starts nothing: the form is still here to import from.
      await expect(page.getByTestId('import-job').count()).resolves.toBe(0);

      await page.getByTestId('import-submit').click();
      await page.getByTestId('import-job').waitFor();
      await waitUntil(
        bangkok,
        'the XLSX import to finish',
        async () => page.getByTestId('import-job').getAttribute('data-status'),
        (status) => status === 'DONE' || status === 'FAILED',
      );
      // The duplicate is logged (and flagged); the row imported before is not logged again; the bad row is refused.
      await expect(page.getByTestId('import-summary').getAttribute('data-imported')).resolves.toBe('1');
      await expect(page.getByTestId('import-summary').getAttribute('data-total')).resolves.toBe('3');
      const refused = await page
        .getByTestId('import-error-row')
        .evaluateAll((trs) => trs.map((r) => r.getAttribute('data-line')));
      expect(refused).toEqual(['4']);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'saves a column mapping, told as it types that a column is named twice, and checks a file with its own headers',
    async () => {
      const { page } = bangkok;
      await page.goto(`${web.url}/requests/import`);
      await page.getByTestId('import-form').waitFor();
      await page.getByTestId('mapping-form-panel').locator('summary').click();
      await page.getByTestId('mapping-name').fill('Bangkok sheet');
      const own = {
        state: 'Country',
        kind: 'Type of help',
        topics: 'Subjects',
        priority_area: 'Area',
        received_on: 'Date',
        channel: 'How',
        description: 'country', // a slip: the same column as the State's
      };
      for (const [column, name] of Object.entries(own)) {
        await page.getByTestId(`mapping-column-${column}`).fill(name);
      }
      await expect(page.getByTestId('error-columns.description').innerText()).resolves.toContain('state');
      await page.getByTestId('mapping-column-description').fill('Need');
      await expect(page.getByTestId('error-columns.description').count()).resolves.toBe(0);
      await page.getByTestId('mapping-save').click();
      await page.getByTestId('mapping-saved').waitFor();

      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Office');
      sheet.addRow(['Country', 'Type of help', 'Subjects', 'Area', 'Date', 'How', 'Need']);
      sheet.addRow([
        'Thailand',
        'equipment',
        'cybercrime',
        'C',
        new Date(Date.UTC(2009, 4, 4)),
        'letter',
        'Forensic kits',
      ]);
      await page.getByTestId('import-file').setInputFiles({
        name: 'office.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(await book.xlsx.writeBuffer()),
      });
      // Without the mapping the file's columns are not the import's; with it, the row is read.
      await page.getByTestId('import-check').click();
      await expect(page.getByTestId('import-failure').innerText()).resolves.toContain('missing');
      const option = page.getByTestId('import-mapping').locator('option', { hasText: 'Bangkok sheet' });
      await page.getByTestId('import-mapping').selectOption((await option.getAttribute('value'))!);
      await page.getByTestId('import-check').click();
      await page.getByTestId('import-dry-run-rows').waitFor();
      const outcome = await page.getByTestId('import-dry-run-row').getAttribute('data-outcome');
      expect(['WOULD_LOG', 'DUPLICATE_OF']).toContain(outcome);
    },
    STEP_TIMEOUT_MS,
  );
});

describe('reports, as a donor', () => {
  const donor = useSession(web);

  it(
    'offers the funding gaps and IATI reports, not the requests one',
    async () => {
      const { page } = donor;
      await signInAs(donor, web.url, 'donor@demo.local');
      await page.getByTestId('nav-reports').click();
      await page.getByTestId('reports-page').waitFor();
      await expect(page.getByTestId('nav-reports').getAttribute('aria-current')).resolves.toBe('page');
      const kinds = await page
        .getByTestId('report-kind')
        .evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')));
      expect(kinds).toEqual([
        'CONFERENCE_REPORT',
        'PROGRAMME_PLAN',
        'DONOR_STATEMENT',
        'STATE_PROFILE',
        'FUNDING_GAPS',
        'IATI_ACTIVITIES',
      ]);
      await expect(page.getByTestId('report-request-ASSISTANCE_REQUESTS').count()).resolves.toBe(0);
      await page.getByTestId('reports-empty').waitFor();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'asks for the funding gaps, sees it finish without reloading, and downloads the CSV with its session',
    async () => {
      const { page } = donor;
      await page.getByTestId('report-request-FUNDING_GAPS').click();
      await page.getByTestId('report-requested').waitFor();
      const id = await page.getByTestId('report-requested').getAttribute('data-report-id');
      const row = page.locator(`[data-testid="report-row"][data-id="${id}"]`);
      await row.waitFor();
      await expect(row.getAttribute('data-kind')).resolves.toBe('FUNDING_GAPS');
      // The list polls until the report is done, then stops.
      await waitUntil(
        donor,
        'the report to finish',
        () => row.getAttribute('data-status'),
        (s) => s === 'DONE' || s === 'FAILED',
      );
      await expect(row.getAttribute('data-status')).resolves.toBe('DONE');
      await expect(row.getByTestId('report-progress').getAttribute('data-value')).resolves.toBe('100');
      await waitUntil(
        donor,
        'polling to stop',
        () => page.getByTestId('reports-polling').count(),
        (n) => n === 0,
      );

      const link = row.getByTestId('report-download');
      const href = await link.getAttribute('href');
      expect(href).toBeTruthy();
      await expect(link.getAttribute('download')).resolves.not.toBeNull();
      // Fetched by the page itself, so the session cookie goes with it as with the link.
      const answer = await page.evaluate(async (url) => {
        const res = await fetch(url);
        const bytes = new Uint8Array(await res.clone().arrayBuffer());
        return {
          status: res.status,
          type: res.headers.get('content-type'),
          text: await res.text(),
          firstBytes: Array.from(bytes.slice(0, 3)),
        };
      }, href!);
      expect(answer.status).toBe(200);
      expect(answer.type).toContain('text/csv');
      const csv = answer.text;
      // A byte order mark first, so Excel reads the file as UTF-8.
      expect(answer.firstBytes).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe(
        'activity,title,priority_area,priority_area_title,year,cost_usd,pledged_usd,committed_usd,paid_usd,gap_usd,donor_id,donor,donor_pledged_usd,donor_committed_usd,donor_paid_usd',
      );
      const enRows: Array<Record<string, string>> = parse(csv, { bom: true, columns: true });
      englishTitleOfC = enRows.find((r) => r.priority_area === 'C')?.priority_area_title ?? '';
      // Clicking the link downloads the same file.
      const download = page.waitForEvent('download');
      await link.click();
      expect((await download).suggestedFilename()).toMatch(/\.csv$/);
      expect(csv.split(/\r?\n/).filter(Boolean).length).toBeGreaterThan(1);
      expect(donor.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'chooses what the report holds, told as it types that a year is outside the programme, and gets French names',
    async () => {
      const { page } = donor;
      const years = page.getByTestId('report-years');
      await years.fill('2008');
      await page.getByTestId('error-years').waitFor();
      await expect(page.getByTestId('error-years').innerText()).resolves.toContain('2008');
      // Asking with a year outside the programme sends nothing.
      const before = await countOf(page, 'reports-table');
      await page.getByTestId('report-request-FUNDING_GAPS').click();
      await expect(countOf(page, 'reports-table')).resolves.toBe(before);
      await years.fill('2010');
      await expect(page.getByTestId('error-years').count()).resolves.toBe(0);
      await page.getByTestId('report-area-C').check();
      await page.getByTestId('report-language').selectOption('FR');
      await page.getByTestId('report-request-FUNDING_GAPS').click();
      await page.getByTestId('report-requested').waitFor();
      const id = await page.getByTestId('report-requested').getAttribute('data-report-id');
      const row = page.locator(`[data-testid="report-row"][data-id="${id}"]`);
      await waitUntil(
        donor,
        'the report to finish',
        () => row.getAttribute('data-status'),
        (s) => s === 'DONE' || s === 'FAILED',
      );
      const href = await row.getByTestId('report-download').getAttribute('href');
      const text = await page.evaluate(async (url) => (await fetch(url)).text(), href!);
      const rows: Array<Record<string, string>> = parse(text, { bom: true, columns: true });
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect([r.year, r.priority_area]).toEqual(['2010', 'C']);
      const frenchTitle = rows[0].priority_area_title;
      expect(frenchTitle.length).toBeGreaterThan(3);
      expect(englishTitleOfC).toBeTruthy();
      expect(frenchTitle).not.toBe(englishTitleOfC);
      expect(donor.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );
  it(
    'exports the current work or the proposals to IATI, as chosen (issue 17)',
    async () => {
      const { page } = donor;
      /** Asks for the IATI export of one phase (area C still chosen) and answers its activities' identifiers. */
      const identifiers = async (phase: 'CURRENT' | 'PROPOSED') => {
        await page.getByTestId('report-phase').selectOption(phase);
        await page.getByTestId('report-request-IATI_ACTIVITIES').click();
        await page.getByTestId('report-requested').waitFor();
        const id = await page.getByTestId('report-requested').getAttribute('data-report-id');
        const row = page.locator(`[data-testid="report-row"][data-id="${id}"]`);
        await waitUntil(
          donor,
          `the ${phase} IATI export to finish`,
          () => row.getAttribute('data-status'),
          (s) => s === 'DONE' || s === 'FAILED',
        );
        const href = await row.getByTestId('report-download').getAttribute('href');
        const xml = await page.evaluate(async (url) => (await fetch(url)).text(), href!);
        return [...xml.matchAll(/<iati-identifier>([^<]+)<\/iati-identifier>/g)].map((m) => m[1]);
      };
      const current = await identifiers('CURRENT');
      const proposed = await identifiers('PROPOSED');
      expect(current.length).toBeGreaterThan(0);
      expect(proposed.length).toBeGreaterThan(0);
      expect(current.filter((c) => proposed.includes(c))).toEqual([]);
      expect(donor.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );
  it(
    'asks for a report whose answer is lost on the way back, asks again, and gets the one report (one idempotency key)',
    async () => {
      const { page } = donor;
      const rows = page.getByTestId('report-row');
      const before = await rows.count();
      // The first answer is lost after the server has it: the page is told the line failed.
      let firstId: string | null = null;
      const keys: string[] = [];
      await page.route('**/graphql', async (route) => {
        const body = route.request().postDataJSON() as {
          operationName?: string;
          variables?: { idempotencyKey?: string };
        } | null;
        if (body?.operationName !== 'RequestReport') return route.fallback();
        keys.push(body.variables?.idempotencyKey ?? '');
        if (firstId !== null) return route.fallback();
        const answer = await route.fetch();
        firstId =
          ((await answer.json()) as { data?: { requestReport?: { id: string } } }).data?.requestReport?.id ?? '';
        return route.abort('failed');
      });
      try {
        await page.getByTestId('report-request-FUNDING_GAPS').click();
        await waitUntil(
          donor,
          'the first answer to be lost',
          async () => firstId,
          (id) => id !== null,
        );
        expect(firstId).toBeTruthy();
        await page.getByTestId('report-request-FUNDING_GAPS').click();
        await page.getByTestId('report-requested').waitFor();
      } finally {
        await page.unroute('**/graphql');
      }
      // Sent twice with the same key: the second answer is the report the first made.
      expect(keys).toHaveLength(2);
      expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
      expect(keys[1]).toBe(keys[0]);
      await expect(page.getByTestId('report-requested').getAttribute('data-report-id')).resolves.toBe(firstId);
      await page.reload();
      await page.getByTestId('reports-page').waitFor();
      await page.locator(`[data-testid="report-row"][data-id="${firstId}"]`).waitFor();
      await expect(rows.count()).resolves.toBe(before + 1);
      // Once it succeeded, the next report asked for is a new one (a new key).
      await page.getByTestId('report-request-FUNDING_GAPS').click();
      await waitUntil(
        donor,
        'a second report',
        () => page.getByTestId('report-requested').getAttribute('data-report-id'),
        (id) => Boolean(id) && id !== firstId,
      );
      expect(donor.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );
});
