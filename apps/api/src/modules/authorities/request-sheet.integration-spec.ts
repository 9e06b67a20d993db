import request from 'supertest';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';
import { pdfText } from '../../../../../test/support/pdf-text.js';

/** The directory's "how to send us a request" sheet, as a PDF in EN, FR and ES (issue 15, paras. 38–39). */
describe('an authority’s request sheet', () => {
  let t: TestApp;
  let senegal: { id: string; name: string; email: string };

  beforeAll(async () => {
    t = await bootApp({ demo: true });
    const res = await t.gql(
      `{ authorities(filter: { stateIso3: "SEN", kind: MUTUAL_LEGAL_ASSISTANCE }) { nodes { id name email } } }`,
    );
    expect(res.errors).toBeUndefined();
    senegal = res.data!.authorities.nodes[0];
  });
  afterAll(() => t.close());

  const sheet = async (id: string, language: string | null, who: string | null = 'viewer') => {
    const req = request(t.app.getHttpServer()).get(
      `/api/authorities/${id}/request-sheet${language ? `?language=${language}` : ''}`,
    );
    if (who) req.set('authorization', `Bearer ${await t.login(`${who}@demo.local`)}`);
    return req.buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
  };

  it.each([
    ['EN', 'How to send us a request', ['Senegal', 'Mutual legal assistance', 'Languages accepted']],
    ['FR', 'Comment nous adresser une demande', ['Sénégal', 'Entraide judiciaire', 'Langues acceptées']],
    ['ES', 'Cómo enviarnos una solicitud', ['Senegal', 'Asistencia judicial recíproca', 'Idiomas aceptados']],
  ])('writes the sheet in %s, with the authority’s own details', async (language, title, words) => {
    const res = await sheet(senegal.id, language);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const name = `request-sheet-sen-mutual-legal-assistance-${language.toLowerCase()}.pdf`;
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${name}"; filename*=UTF-8''${name}`);
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain(title);
    // The text reader decodes Latin-1 only: the name after its dash (WinAnsi 0x97).
    expect(text).toContain(senegal.name.split(' — ').pop());
    expect(text).toContain(senegal.email);
    for (const word of words) expect(text).toContain(word);
  });

  it('is for signed-in readers of the directory, donors included, in the three languages only', async () => {
    expect((await sheet(senegal.id, 'FR', 'donor')).status).toBe(200);
    // English when no language is asked.
    expect(pdfText((await sheet(senegal.id, null)).body as Buffer)).toContain('How to send us a request');
    expect((await sheet(senegal.id, 'FR', null)).status).toBe(401);
    expect((await sheet(senegal.id, 'DE')).status).toBe(400);
    expect((await sheet('00000000-0000-4000-8000-000000000000', 'EN')).status).toBe(404);
    expect((await sheet('not-an-id', 'EN')).status).toBe(404);
  });
});
