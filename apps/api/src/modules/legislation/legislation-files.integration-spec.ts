import { LEGISLATION_FILE_LIMITS } from '@ta/domain';
import request from 'supertest';
import { bootApp, type DemoRole, type TestApp } from '../../../../../test/support/app.js';

/** A small, well-formed PDF: what the upload keeps and the download gives back byte for byte. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
    'trailer << /Root 1 0 R >>\n%%EOF\n',
);
/** A PNG's first bytes, in a file named as a PDF. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

const UPLOAD = `mutation($l: ID!, $n: String!, $c: String!, $x: Boolean) {
  uploadLegislationFile(legislationId: $l, fileName: $n, content: $c, confidential: $x) {
    id file { fileName sizeBytes confidential downloadUrl }
  }
}`;

/** The legal library's files (issue 16 part 2): a PDF stored and downloaded under the access rules, others refused. */
describe('a law’s PDF', () => {
  let t: TestApp;
  let lawId: string;

  beforeAll(async () => {
    t = await bootApp();
    [{ id: lawId }] = await t.dataSource.query(
      `INSERT INTO legislation (state_iso3, title, language, external_ref)
       VALUES ('SEN', 'Loi relative à la lutte contre la traite des personnes', 'fr', 'test:law:file') RETURNING id`,
    );
  });
  afterAll(() => t.close());

  const upload = (content: Buffer, who: DemoRole = 'secretariat', fileName = 'loi.pdf', confidential = false) =>
    t.as(who)(UPLOAD, { l: lawId, n: fileName, c: content.toString('base64'), x: confidential });
  const stored = () => t.dataSource.query(`SELECT file_name, content FROM legislation_file`);
  const download = async (who: DemoRole | 'anonymous') => {
    const req = request(t.app.getHttpServer()).get(`/api/legislation/${lawId}/file`).buffer(true);
    if (who !== 'anonymous') req.set('authorization', `Bearer ${await t.login(`${who}@demo.local`)}`);
    return req.parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  };

  it('refuses a file that is not a PDF, whatever its name, and one past the limit, storing nothing', async () => {
    const notPdf = await upload(PNG, 'secretariat', 'loi.pdf');
    expect(notPdf.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'content',
      reason: 'NOT_A_PDF',
    });
    const tooLarge = Buffer.concat([PDF, Buffer.alloc(LEGISLATION_FILE_LIMITS.pdfKb * 1000 + 1 - PDF.length, 0x20)]);
    const large = await upload(tooLarge);
    expect(large.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'content',
      reason: 'FILE_TOO_LARGE',
      maxKb: LEGISLATION_FILE_LIMITS.pdfKb,
    });
    expect((await upload(PDF, 'dakar')).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await stored()).toEqual([]);
  });

  it('stores a PDF (audited), which everyone signed in downloads byte for byte and nobody else', async () => {
    const res = await upload(PDF, 'secretariat', 'loi-traite.pdf');
    expect(res.errors).toBeUndefined();
    expect(res.data!.uploadLegislationFile.file).toEqual({
      fileName: 'loi-traite.pdf',
      sizeBytes: PDF.length,
      confidential: false,
      downloadUrl: `/api/legislation/${lawId}/file`,
    });
    const [audit] = await t.dataSource.query(
      `SELECT after FROM audit_entry WHERE entity_type = 'legislation' AND entity_id = $1`,
      [lawId],
    );
    expect(audit.after).toMatchObject({ file: 'loi-traite.pdf', fileBytes: PDF.length, fileConfidential: false });

    const donor = await download('donor');
    expect(donor.status).toBe(200);
    expect(donor.headers['content-type']).toBe('application/pdf');
    expect(donor.headers['content-disposition']).toBe(
      `attachment; filename="loi-traite.pdf"; filename*=UTF-8''loi-traite.pdf`,
    );
    expect(Buffer.compare(donor.body as Buffer, PDF)).toBe(0);
    expect((await download('anonymous')).status).toBe(401);
    // A name no header may carry as it is (an apostrophe, Arabic): downloaded all the same, its name kept whole.
    const named = 'Loi relative à l’entraide قانون.pdf';
    expect((await upload(PDF, 'secretariat', named)).errors).toBeUndefined();
    const again = await download('donor');
    expect(again.status).toBe(200);
    const disposition = again.headers['content-disposition'] as string;
    expect(disposition).toMatch(/^attachment; filename="Loi relative a_? l_entraide _+\.pdf"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(named);
  });

  it('gives a confidential file only to those who read the State’s confidential text', async () => {
    expect((await upload(PDF, 'secretariat', 'projet.pdf', true)).errors).toBeUndefined();
    expect(await stored()).toHaveLength(1);
    const statuses = Object.fromEntries(
      await Promise.all(
        (['secretariat', 'dakar', 'bangkok', 'viewer', 'donor'] as const).map(async (who) => [
          who,
          (await download(who)).status,
        ]),
      ),
    );
    expect(statuses).toEqual({ secretariat: 200, dakar: 200, bangkok: 404, viewer: 404, donor: 404 });
    const seen = await t.as('bangkok')(
      `query($s: String) { legislation(filter: { stateIso3: $s }) { nodes { file { fileName confidential downloadUrl } } } }`,
      { s: 'SEN' },
    );
    expect(seen.data!.legislation.nodes).toEqual([
      { file: { fileName: 'projet.pdf', confidential: true, downloadUrl: null } },
    ]);
  });
});
