import ExcelJS from 'exceljs';
import request from 'supertest';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';
import { pdfText } from '../../../../../test/support/pdf-text.js';
import { REPORT_TITLES, REPORT_WORDS, say } from './exports/report-labels.data.js';

type Who = 'donor' | 'secretariat';

/** Cents of a money cell read back (a number with at most two decimals), exactly. */
const cents = (v: ExcelJS.CellValue): bigint => BigInt(Math.round(Number(v) * 100));
const money = (decimal: string): bigint => BigInt(decimal.replace('.', ''));

describe('reports people open: XLSX and PDF from as-at snapshots', () => {
  let t: TestApp;
  let ownDonorId: string;
  let otherDonorId: string;
  beforeAll(async () => {
    t = await bootApp({ demo: true });
    [{ donor_id: ownDonorId }] = await t.dataSource.query(
      `SELECT donor_id FROM app_user WHERE email = 'donor@demo.local'`,
    );
    [{ id: otherDonorId }] = await t.dataSource.query(`SELECT id FROM donor WHERE id <> $1 ORDER BY name LIMIT 1`, [
      ownDonorId,
    ]);
  });
  afterAll(() => t.close());

  async function made(who: Who, args: string, variables: Record<string, unknown> = {}) {
    const asked = await t.as(who)(
      `mutation($filter: ReportFilter) { requestReport(${args}, filter: $filter) { id format asAt status } }`,
      variables,
    );
    expect(asked.errors).toBeUndefined();
    const id = asked.data!.requestReport.id;
    // At least 90 s, 100 ms apart: a job on a loaded 2-core machine can take long (a hang still fails).
    for (let i = 0; i < 900; i++) {
      const res = await t.as(who)(
        `query($id: ID!) { report(id: $id) { id kind format status progress rows fileName downloadUrl error asAt } }`,
        { id },
      );
      const report = res.data!.report;
      if (report.status === 'DONE' || report.status === 'FAILED') {
        expect(report).toMatchObject({ status: 'DONE', progress: 100, error: null });
        return report;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`Report ${id} did not finish`);
  }

  async function download(who: Who, url: string): Promise<Buffer> {
    const res = await request(t.app.getHttpServer())
      .get(url)
      .set('authorization', `Bearer ${await t.login(`${who}@demo.local`)}`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    return res.body as Buffer;
  }

  async function workbook(who: Who, url: string): Promise<ExcelJS.Workbook> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download(who, url)) as unknown as ArrayBuffer);
    return book;
  }

  /** A sheet's header, data rows and totals row (the last, labelled Total). */
  function table(sheet: ExcelJS.Worksheet) {
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    const [header, ...rest] = rows;
    const hasTotals = ['Total'].includes(String(rest.at(-1)?.[0]));
    const totals = hasTotals ? rest.at(-1)! : [];
    return { header: header!.map(String), data: hasTotals ? rest.slice(0, -1) : rest, totals };
  }

  const column = (t_: ReturnType<typeof table>, title: string) => {
    const i = t_.header.indexOf(title);
    expect(i).toBeGreaterThanOrEqual(0);
    return i;
  };

  it.each([
    ['EN', 'Activities', 'Original cost', 'Cost (revised)', 'Total'],
    ['FR', 'Activités', 'Coût initial', 'Coût (révisé)', 'Total'],
    ['ES', 'Actividades', 'Costo original', 'Costo (revisado)', 'Total'],
  ])(
    'makes the programme plan as XLSX in %s: typed cells, frozen header, totals to the cent',
    async (language, sheetName, originalTitle, costTitle, totalWord) => {
      const report = await made('secretariat', `kind: PROGRAMME_PLAN, format: XLSX, language: ${language}`);
      expect(report.fileName).toMatch(
        new RegExp(`^programme-plan-${language.toLowerCase()}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`),
      );
      const book = await workbook('secretariat', report.downloadUrl);
      const sheet = book.getWorksheet(sheetName)!;
      expect(sheet).toBeDefined();
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const plan = table(sheet);
      expect(plan.totals[0]).toBe(totalWord);
      const cost = column(plan, costTitle);
      const original = column(plan, originalTitle);
      expect(plan.data.length).toBe(report.rows - table(book.worksheets[2]!).data.length);
      for (const row of plan.data.slice(0, 5)) {
        expect(typeof row[cost]).toBe('number');
        expect(typeof row[original]).toBe('number');
      }
      const dataRow = sheet.getRow(2);
      expect(dataRow.getCell(cost + 1).numFmt).toBe('#,##0.00');
      // The totals row is the exact sum of the rows, and the programme's effective cost summed in SQL.
      const sum = plan.data.reduce((n, r) => n + cents(r[cost] ?? 0), 0n);
      expect(cents(plan.totals[cost])).toBe(sum);
      const [{ total }] = await t.dataSource.query(
        `SELECT sum(amount)::numeric(16,2)::text AS total FROM (
           SELECT DISTINCT ON (activity_id, year, category) amount FROM cost_line ORDER BY activity_id, year, category, basis DESC) c`,
      );
      expect(cents(plan.totals[cost])).toBe(money(total));
      const [{ originalTotal }] = await t.dataSource.query(
        `SELECT sum(amount)::numeric(16,2)::text AS "originalTotal" FROM cost_line WHERE basis = 'ORIGINAL'`,
      );
      expect(cents(plan.totals[original])).toBe(money(originalTotal));
      // The first sheet says what the report is and the moment its figures were read, as a date cell.
      const cover = book.worksheets[0]!;
      expect(cover.getRow(2).getCell(2).value).toBeInstanceOf(Date);
      expect((cover.getRow(2).getCell(2).value as Date).toISOString()).toBe(report.asAt);
    },
  );

  // Issue 13's "done when", every cell of it: each report people open, in each language, as XLSX (typed cells,
  // totals to the cent) and as PDF (its title in the language, every page numbered "Page n of m").
  const FILE_REPORTS = ['FUNDING_GAPS', 'DONOR_STATEMENT', 'PROGRAMME_PLAN', 'STATE_PROFILE', 'CONFERENCE_REPORT'];
  const LANGUAGES = ['EN', 'FR', 'ES'] as const;
  it.each(FILE_REPORTS.flatMap((kind) => LANGUAGES.map((language) => [kind, language] as const)))(
    'makes %s in %s as XLSX with every totals row the exact sum of its column, and as a numbered PDF',
    async (kind, language) => {
      const who: Who = kind === 'DONOR_STATEMENT' ? 'donor' : 'secretariat';
      const filter = kind === 'STATE_PROFILE' ? { filter: { stateIso3: 'SEN' } } : {};
      const xlsx = await made(who, `kind: ${kind}, format: XLSX, language: ${language}`, filter);
      const book = await workbook(who, xlsx.downloadUrl);
      expect(book.worksheets.length).toBeGreaterThan(1);
      // The cover sheet: the report's title in the language and its as-at moment as a real date cell.
      const cover = book.worksheets[0]!;
      expect(String(cover.getRow(1).getCell(1).value)).toContain(say(REPORT_TITLES[kind], language));
      const asAtRows: ExcelJS.CellValue[] = [];
      cover.eachRow((row) => {
        if (row.getCell(1).value === say(REPORT_WORDS.asAt, language)) asAtRows.push(row.getCell(2).value);
      });
      expect(asAtRows).toEqual([new Date(xlsx.asAt)]);
      let summedColumns = 0;
      for (const sheet of book.worksheets.slice(1)) {
        const { data, totals } = table(sheet);
        if (totals.length === 0) continue;
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
        totals.forEach((total, i) => {
          if (typeof total !== 'number') return;
          // Every data cell of a totalled column is a number cell, and they add up to the total, cent for cent.
          for (const row of data) expect(['number', 'undefined']).toContain(typeof row[i]);
          expect(cents(total)).toBe(data.reduce((n, row) => n + cents(row[i] ?? 0), 0n));
          summedColumns += 1;
        });
      }
      expect(summedColumns).toBeGreaterThan(0);

      const pdfReport = await made(who, `kind: ${kind}, format: PDF, language: ${language}`, filter);
      const pdf = await download(who, pdfReport.downloadUrl);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(1);
      // The text reader keeps Latin-1 only (a title's dash or apostrophe is drawn, not read back): compare on that.
      const latin1 = (x: string) => x.replace(/[^\x20-\x7e\xa0-\xff]/g, '');
      const text = latin1(pdfText(pdf));
      expect(text).toContain(latin1(say(REPORT_TITLES[kind], language)));
      const [page, of] = [say(REPORT_WORDS.page, language), say(REPORT_WORDS.of, language)];
      for (let n = 1; n <= pages; n++) expect(text).toContain(`${page} ${n} ${of} ${pages}`);
    },
  );

  it('makes the report to the Conference: delivery, money and needs by priority area, totals as counted in SQL', async () => {
    const report = await made('secretariat', 'kind: CONFERENCE_REPORT, format: XLSX, language: EN');
    const book = await workbook('secretariat', report.downloadUrl);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Report to the Conference of the',
      'Delivery by area',
      'Needs received',
      'Who has reported',
      'Results',
    ]);
    const delivery = table(book.getWorksheet('Delivery by area')!);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM activity`);
    expect(delivery.totals[column(delivery, 'Activities')]).toBe(n);
    const needs = table(book.getWorksheet('Needs received')!);
    const [{ received }] = await t.dataSource.query(
      `SELECT count(*)::int AS received FROM assistance_request WHERE merged_into_id IS NULL`,
    );
    expect(needs.totals[column(needs, 'Received')]).toBe(received);
    const spent = column(delivery, 'Spent');
    const [{ total }] = await t.dataSource.query(
      `SELECT COALESCE(sum(amount_usd), 0)::numeric(16,2)::text AS total FROM expenditure`,
    );
    expect(cents(delivery.totals[spent])).toBe(money(total));
    // Who has reported in each cycle, by region (para. 5), as the cycle's entries count it.
    const reporting = table(book.getWorksheet('Who has reported')!);
    const [entries] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE status IN ('SUBMITTED', 'UPDATED'))::int AS submitted,
              count(*) FILTER (WHERE status = 'UPDATED')::int AS updated,
              (SELECT count(*)::int FROM state) * (SELECT count(*)::int FROM reporting_cycle) AS states
         FROM checklist_entry`,
    );
    expect(entries.submitted).toBeGreaterThan(0);
    expect(reporting.totals[column(reporting, 'Reported')]).toBe(entries.submitted);
    expect(reporting.totals[column(reporting, 'Of which updated')]).toBe(entries.updated);
    expect(reporting.totals[column(reporting, 'States')]).toBe(entries.states);
    expect(reporting.totals[column(reporting, 'Not yet reported')]).toBe(entries.states - entries.submitted);
    // Dakar's indicators come from its recorded outcome (issue 13 part 1): 20 checklists (para. 9).
    const results = table(book.getWorksheet('Results')!);
    expect(results.header).toContain('Actual');
    expect(results.data.some((r) => r.includes('Workshop outcome') && r.includes(20))).toBe(true);
  });

  it('gives a donor its own statement, and refuses it another donor’s whether that donor exists or not', async () => {
    const report = await made('donor', 'kind: DONOR_STATEMENT, language: FR');
    expect(report.format).toBe('XLSX');
    const book = await workbook('donor', report.downloadUrl);
    const contributions = table(book.getWorksheet('Contributions')!);
    const usd = column(contributions, 'Montant (USD)');
    expect(contributions.data[0]![0]).toBeInstanceOf(Date);
    const [{ total }] = await t.dataSource.query(
      `SELECT sum(amount_usd)::numeric(16,2)::text AS total FROM contribution WHERE donor_id = $1 AND stage <> 'INTENDED'`,
      [ownDonorId],
    );
    expect(cents(contributions.totals[usd])).toBe(money(total));
    const [{ name }] = await t.dataSource.query(`SELECT name FROM donor WHERE id = $1`, [ownDonorId]);
    expect(book.worksheets[0]!.getRow(2).getCell(1).value).toBe(name);

    for (const donorId of [otherDonorId, '00000000-0000-4000-8000-000000000001']) {
      const refused = await t.as('donor')(
        `mutation($filter: ReportFilter) { requestReport(kind: DONOR_STATEMENT, filter: $filter) { id } }`,
        { filter: { donorId } },
      );
      expect(refused.data).toBeNull();
      expect(refused.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'REPORT_NOT_ALLOWED' });
    }
    // The secretariat may make any donor's; and the donor cannot take the secretariat's file.
    const other = await made('secretariat', 'kind: DONOR_STATEMENT, format: XLSX, language: ES', {
      filter: { donorId: otherDonorId },
    });
    const refusedFile = await request(t.app.getHttpServer())
      .get(other.downloadUrl)
      .set('authorization', `Bearer ${await t.login('donor@demo.local')}`);
    expect(refusedFile.status).toBe(404);
  });

  it('makes a State profile and the funding gap report as XLSX', async () => {
    const profile = await made('secretariat', 'kind: STATE_PROFILE, format: XLSX, language: EN', {
      filter: { stateIso3: 'sen' },
    });
    const book = await workbook('secretariat', profile.downloadUrl);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'State profile',
      'Requests',
      'Activities',
      'Workshops',
      'Who has reported',
      'Experts',
      'Results',
    ]);
    expect(book.worksheets[0]!.getRow(2).getCell(1).value).toMatch(/\(SEN\)$/);
    const requests = table(book.getWorksheet('Requests')!);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM assistance_request WHERE state_iso3 = 'SEN' AND merged_into_id IS NULL`,
    );
    expect(requests.data.length).toBe(n);
    expect(requests.totals).toEqual([]);
    expect(requests.data[0]![0]).toBeInstanceOf(Date);
    // Whether Senegal has reported in each cycle, and when (its checklist from Dakar, para. 9).
    const reported = table(book.getWorksheet('Who has reported')!);
    const [sen] = await t.dataSource.query(
      `SELECT c.name, e.status FROM checklist_entry e JOIN reporting_cycle c ON c.id = e.cycle_id
        WHERE e.state_iso3 = 'SEN' AND e.status IN ('SUBMITTED', 'UPDATED')`,
    );
    expect(sen).toBeDefined();
    const senRow = reported.data.find((r) => r[0] === sen.name)!;
    expect(senRow[1]).toBe(sen.status === 'UPDATED' ? 'Updated' : 'Submitted');
    expect(senRow[2]).toBeInstanceOf(Date);

    const gaps = await made('secretariat', 'kind: FUNDING_GAPS, format: XLSX, language: EN');
    const gapBook = await workbook('secretariat', gaps.downloadUrl);
    const byRegion = table(gapBook.getWorksheet('By region')!);
    const byArea = table(gapBook.getWorksheet('By area and year')!);
    // Every grouping adds up to the same programme, exactly.
    for (const title of ['Cost (revised)', 'Paid', 'Gap']) {
      expect(cents(byRegion.totals[column(byRegion, title)])).toBe(cents(byArea.totals[column(byArea, title)]));
    }
  });

  it('refuses a format a kind is not made in, and a State profile without a State', async () => {
    const csv = await t.gql(`mutation { requestReport(kind: PROGRAMME_PLAN, format: CSV) { id } }`);
    expect(csv.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REPORT_FORMAT_UNAVAILABLE',
      field: 'format',
    });
    const noState = await t.gql(`mutation { requestReport(kind: STATE_PROFILE) { id } }`);
    expect(noState.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stateIso3' });
    const unknown = await t.gql(`mutation { requestReport(kind: STATE_PROFILE, filter: { stateIso3: "XXX" }) { id } }`);
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_REFERENCE' });
  });

  it('makes the report to the Conference as a PDF in French, with page numbers and the date it is as at', async () => {
    const report = await made('secretariat', 'kind: CONFERENCE_REPORT, format: PDF, language: FR');
    expect(report.fileName).toMatch(/^conference-report-fr-.*\.pdf$/);
    const pdf = await download('secretariat', report.downloadUrl);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    const text = pdfText(pdf);
    expect(text).toContain('Rapport à la Conférence des États parties');
    expect(text).toContain('Exécution par domaine');
    expect(text).toContain(`Page 1 sur ${pages}`);
    expect(text).toContain(`Page ${pages} sur ${pages}`);
    const asAt = report.asAt as string;
    expect(text).toContain(`Au ${asAt.slice(8, 10)}/${asAt.slice(5, 7)}/${asAt.slice(0, 4)}`);
    // The charts, drawn from the same figures: their titles, each area's bar label, the legend.
    expect(text).toContain('Coût, financement et dépenses par domaine prioritaire (dollars É.-U.)');
    expect(text).toContain('Besoins reçus et pris en charge par domaine prioritaire');
    expect(text).toContain('Financé, non encore dépensé');
    const areas: Array<{ code: string }> = await t.dataSource.query(
      `SELECT DISTINCT priority_area_code AS code FROM activity ORDER BY 1`,
    );
    for (const { code } of areas) expect(text).toMatch(new RegExp(`(^|[^A-Z])${code} [A-ZÉ]`));
    // Vector bars (filled rectangles), nothing embedded.
    expect(pdf.toString('latin1')).not.toContain('/Subtype /Image');
  });

  it('draws the donor’s money by year in its statement PDF, and the same bytes when downloaded again', async () => {
    const report = await made('donor', 'kind: DONOR_STATEMENT, format: PDF, language: EN');
    const pdf = await download('donor', report.downloadUrl);
    const text = pdfText(pdf);
    expect(text).toContain('Your money by year of the activities (US dollars)');
    expect(text).toMatch(/Paid.*Committed.*Pledged/);
    const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect((await download('donor', report.downloadUrl)).equals(pdf)).toBe(true);
  });

  it('makes the funding gap report of one donor: only the activities its money went to, with its share', async () => {
    const filter = { filter: { donorId: ownDonorId } };
    const xlsx = await made('secretariat', 'kind: FUNDING_GAPS, format: XLSX, language: EN', filter);
    const book = await workbook('secretariat', xlsx.downloadUrl);
    const [{ name }] = await t.dataSource.query(`SELECT name FROM donor WHERE id = $1`, [ownDonorId]);
    expect(book.worksheets[0]!.getRow(2).getCell(1).value).toBe(name);
    const activities = table(book.getWorksheet('Activities')!);
    const paid = column(activities, 'Paid by the donor');
    // The same activity-years and the same share, to the cent, as the donor's funding gap CSV.
    const csv = await made('secretariat', 'kind: FUNDING_GAPS, format: CSV', filter);
    const lines = (await download('secretariat', csv.downloadUrl)).toString('utf8').trim().split('\n');
    // donor_paid_usd is the last column (the titles before it may hold commas).
    expect(lines[0]!.trim().split(',').at(-1)).toBe('donor_paid_usd');
    const donorPaid = lines.slice(1).map((l) => l.trim().split(',').at(-1)!);
    expect(activities.data.length).toBe(donorPaid.length);
    expect(activities.data.length).toBeGreaterThan(0);
    expect(cents(activities.totals[paid])).toBe(donorPaid.reduce((n, v) => n + money(v), 0n));
    // Without a donor, every activity-year and no donor columns.
    const all = await made('secretariat', 'kind: FUNDING_GAPS, format: XLSX, language: EN');
    const whole = table((await workbook('secretariat', all.downloadUrl)).getWorksheet('Activities')!);
    expect(whole.header).not.toContain('Paid by the donor');
    expect(whole.data.length).toBeGreaterThan(activities.data.length);
    // The PDF says whose it is and draws the programme's gaps by area and by year.
    const pdf = await made('secretariat', 'kind: FUNDING_GAPS, format: PDF, language: ES', filter);
    const text = pdfText(await download('secretariat', pdf.downloadUrl));
    expect(text).toContain(name);
    expect(text).toContain('Financiación por año (dólares EE. UU.)');
    expect(text).toContain('Pagado por el donante');
  });

  it('makes the programme plan as a PDF in Spanish over several numbered pages, amounts written the Spanish way', async () => {
    const report = await made('secretariat', 'kind: PROGRAMME_PLAN, format: PDF, language: ES');
    const pdf = await download('secretariat', report.downloadUrl);
    const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = pdfText(pdf);
    expect(text).toContain('Plan del programa 2009');
    expect(text).toContain(`Página 2 de ${pages}`);
    expect(text).toContain('Costo original');
    const [{ total }] = await t.dataSource.query(
      `SELECT sum(amount)::numeric(16,2)::text AS total FROM cost_line WHERE basis = 'ORIGINAL'`,
    );
    const [whole, fraction] = (total as string).split('.');
    expect(text).toContain(`${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction}`);
  });

  it('keeps a report’s figures as at its moment: after the data changes, its file and figures are the same', async () => {
    const before = await made('secretariat', 'kind: PROGRAMME_PLAN, format: XLSX, language: EN');
    const first = await download('secretariat', before.downloadUrl);
    const [{ figures: kept }] = await t.dataSource.query(`SELECT figures FROM report WHERE id = $1`, [before.id]);
    expect(kept.asAt).toBe(before.asAt);

    await t.dataSource.query(
      `UPDATE cost_line SET amount = amount + 1000 WHERE id = (SELECT id FROM cost_line ORDER BY activity_id, year, category, basis LIMIT 1)`,
    );
    const again = await download('secretariat', before.downloadUrl);
    expect(again.equals(first)).toBe(true);
    const [{ figures: still }] = await t.dataSource.query(`SELECT figures FROM report WHERE id = $1`, [before.id]);
    expect(still).toEqual(kept);

    // A report asked for now reads the new figures: its total cost is a thousand dollars more.
    const after = await made('secretariat', 'kind: PROGRAMME_PLAN, format: XLSX, language: EN');
    expect(new Date(after.asAt).getTime()).toBeGreaterThan(new Date(before.asAt).getTime());
    const read = async (buf: Buffer) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(buf as unknown as ArrayBuffer);
      const plan = table(book.getWorksheet('Activities')!);
      return cents(plan.totals[column(plan, 'Original cost')]);
    };
    const newer = await read(await download('secretariat', after.downloadUrl));
    expect(newer - (await read(first))).toBe(100000n);

    // The two snapshots compared: the one activity-year's original cost and the totals moved by 1000.00.
    const compared = await t.gql(
      `query($a: ID!, $b: ID!) { compareReports(a: $a, b: $b) { section row column before after sectionTitle columnTitle } }`,
      { a: before.id, b: after.id },
    );
    expect(compared.errors).toBeUndefined();
    const changes = compared.data!.compareReports as Array<Record<string, string>>;
    const original = changes.filter((c) => c.column === 'originalCost');
    expect(original.filter((c) => c.row !== 'TOTAL')).toHaveLength(1);
    const total = original.find((c) => c.section === 'activities' && c.row === 'TOTAL')!;
    expect(money(total.after!) - money(total.before!)).toBe(100000n);
    expect(total).toMatchObject({ sectionTitle: 'Activities', columnTitle: 'Original cost' });
    // An id written in capitals is the same report.
    const capitals = await t.gql(
      `query($a: ID!, $b: ID!) { compareReports(a: $a, b: $b) { section row column before after } }`,
      { a: before.id.toUpperCase(), b: after.id.toUpperCase() },
    );
    expect(capitals.errors).toBeUndefined();
    expect(capitals.data!.compareReports).toHaveLength(changes.length);
    // Another requester's report is not found; a CSV keeps no figures to compare.
    const refused = await t.as('donor')(`query($a: ID!, $b: ID!) { compareReports(a: $a, b: $b) { row } }`, {
      a: before.id,
      b: after.id,
    });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    // Its figures are its requester's only while their role is the one they asked in, as its file is.
    await t.dataSource.query(`UPDATE report SET requested_role = 'VIEWER' WHERE id = $1`, [before.id]);
    const roleChanged = await t.gql(`query($a: ID!, $b: ID!) { compareReports(a: $a, b: $b) { row } }`, {
      a: before.id,
      b: after.id,
    });
    expect(roleChanged.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'a' });
  });
});
