/**
 * The legal library (issue 16 part 2) in a real browser on the demo data: a search in Spanish and in French finds
 * the law by a word of its title, a language filter narrows it, and Mali's profile lists its law. The secretariat
 * stores a law's PDF (a file that is not a PDF is refused), which a donor then downloads.
 */
import { AxeBuilder } from '@axe-core/playwright';
import {
  describePage,
  openSession,
  signInAs,
  STEP_TIMEOUT_MS,
  useServerAndBrowser,
  waitUntil,
  type BrowserSession,
} from './browser.js';

const web = useServerAndBrowser();

describe('the legal library', () => {
  let session: BrowserSession | undefined;
  afterEach(async () => {
    await session?.context.close();
    session = undefined;
  });

  it(
    'finds a law by a word of its title in Spanish or French, and lists a State’s laws on its profile',
    async () => {
      session = await openSession(web.browser, { locale: 'es-ES' });
      const s = session;
      const { page } = s;
      await signInAs(s, web.url, 'donor@demo.local');
      await page.getByTestId('nav-legislation').click();
      await page.getByTestId('legislation-row').first().waitFor();
      await expect(page.getByTestId('legislation-row').count()).resolves.toBe(5);
      const titles = () => page.getByTestId('legislation-row-title').allInnerTexts();
      await page.getByTestId('legislation-search').fill('municiones');
      await page.getByTestId('legislation-search').press('Enter');
      await waitUntil(s, 'the Spanish search', titles, (v) => v.length === 1);
      await expect(titles()).resolves.toEqual([
        'Ley de control de armas de fuego, municiones y explosivos (proyecto en revisión)',
      ]);
      await expect(page.getByTestId('legislation-count').innerText()).resolves.toBe('1 ley encontrada');
      const result = await new AxeBuilder({ page }).analyze();
      const blocking = result.violations.filter((v) => ['critical', 'serious', 'moderate'].includes(v.impact ?? ''));
      if (blocking.length) throw new Error(`axe: ${blocking.map((v) => v.id).join(', ')}\n${await describePage(s)}`);

      await page.getByTestId('legislation-search').fill('traite');
      await page.getByTestId('legislation-search').press('Enter');
      await waitUntil(s, 'the French search', titles, (v) =>
        v.includes('Loi relative à la lutte contre la traite des personnes et pratiques assimilées'),
      );
      await page.getByTestId('legislation-search').fill('code');
      await page.getByTestId('legislation-search').press('Enter');
      await waitUntil(s, 'both codes', titles, (v) => v.length === 2);
      await page.getByTestId('legislation-state').selectOption('MLI');
      await waitUntil(s, 'Mali’s code', titles, (v) => v.length === 1 && v[0] === 'Code de procédure pénale du Mali');

      await page.goto(`${web.url}/states/MLI`);
      const laws = page.getByTestId('state-legislation');
      await laws.waitFor();
      await expect(laws.innerText()).resolves.toMatch(/Code de procédure pénale du Mali/);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'stores a law’s PDF for the secretariat, refusing a file that is not one, and a donor downloads it',
    async () => {
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
      session = await openSession(web.browser);
      const s = session;
      const { page } = s;
      await signInAs(s, web.url, 'secretariat@demo.local');
      await page.getByTestId('nav-legislation').click();
      await page.getByTestId('legislation-search').fill('municiones');
      await page.getByTestId('legislation-search').press('Enter');
      await waitUntil(
        s,
        'the one law',
        () => page.getByTestId('legislation-row').count(),
        (n) => n === 1,
      );
      const row = page.getByTestId('legislation-row');
      await expect(row.getByTestId('legislation-download').count()).resolves.toBe(0);
      // A picture named .pdf: refused by its first bytes, before it is sent.
      await row.getByTestId('legislation-file').setInputFiles({
        name: 'ley.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      });
      await row.getByTestId('legislation-file-upload').click();
      await row.getByTestId('error-file').waitFor();
      await expect(row.getByTestId('error-file').innerText()).resolves.toMatch(/not a PDF/);
      await expect(row.getByTestId('legislation-download').count()).resolves.toBe(0);

      await row
        .getByTestId('legislation-file')
        .setInputFiles({ name: 'ley-armas.pdf', mimeType: 'application/pdf', buffer: pdf });
      await row.getByTestId('legislation-file-upload').click();
      await row.getByTestId('legislation-file-stored').waitFor();
      await row.getByTestId('legislation-download').waitFor();

      const donor = await openSession(web.browser, { locale: 'fr-FR' });
      try {
        await signInAs(donor, web.url, 'donor@demo.local');
        await donor.page.getByTestId('nav-legislation').click();
        await donor.page.getByTestId('legislation-search').fill('municiones');
        await donor.page.getByTestId('legislation-search').press('Enter');
        const link = donor.page.getByTestId('legislation-download');
        await link.waitFor();
        await expect(link.innerText()).resolves.toMatch(/Télécharger le texte/);
        // The donor keeps no library: no upload form.
        await expect(donor.page.getByTestId('legislation-file-form').count()).resolves.toBe(0);
        const href = (await link.getAttribute('href'))!;
        const file = await donor.page.evaluate(async (url) => {
          const res = await fetch(url);
          return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
        }, href);
        expect(file).toEqual({ status: 200, type: 'application/pdf', text: pdf.toString('latin1') });
      } finally {
        await donor.context.close();
      }
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'lets the secretariat link a request to the law it concerns from the request’s drawer',
    async () => {
      session = await openSession(web.browser);
      const s = session;
      const { page } = s;
      await signInAs(s, web.url, 'secretariat@demo.local');
      await page.goto(`${web.url}/requests?state=SEN`);
      const row = page.getByTestId('request-row').first();
      await row.waitFor();
      await row.getByTestId('request-details').click();
      const links = page.getByTestId('request-drawer').getByTestId('legislation-links');
      await links.waitFor();
      const title = 'Loi relative à la lutte contre la traite des personnes et pratiques assimilées';
      await links.getByTestId('legislation-link-choice').selectOption({ label: title });
      await links.getByTestId('legislation-link').click();
      await waitUntil(
        s,
        'the law linked',
        () => links.getByTestId('legislation-linked').innerText(),
        (text) => text.includes(title),
      );
      // Linked once: the law is no longer offered.
      await expect(links.locator(`option:has-text("${title}")`).count()).resolves.toBe(0);
    },
    STEP_TIMEOUT_MS,
  );
});
