/**
 * A French or Spanish user sees the API's refusals in their language, never the server's English: the web
 * client translates `extensions.reason` (apps/web/src/graphql/errors.ts). In a real browser against the
 * real built system on the demo data.
 */
import type { Browser } from 'playwright-core';
import { startServer } from '../support/server.js';
import { describePage, launchBrowser, openSession, signInAs, STEP_TIMEOUT_MS, type BrowserSession } from './browser.js';

let server: { url: string; stop(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 60_000);

/** A session whose browser speaks `locale` (the web client takes its language from the browser at first). */
function sessionIn(locale: string): Promise<BrowserSession> {
  return openSession(browser, { locale });
}

describe('refusals in the user’s language', () => {
  it(
    'says in Spanish that a sign-in failed, without the server’s English',
    async () => {
      const session = await sessionIn('es-ES');
      const { page } = session;
      try {
        await page.goto(server.url);
        await page.getByTestId('sign-in-form').waitFor();
        await page.getByTestId('sign-in-email').fill('viewer@demo.local');
        await page.getByTestId('sign-in-password').fill('not-the-password');
        await page.getByTestId('sign-in-submit').click();
        const error = page.getByTestId('sign-in-error');
        await error.waitFor({ state: 'visible' });
        const text = await error.innerText();
        expect(text).toContain('El correo electrónico o la contraseña no son correctos.');
        expect(text).not.toMatch(/password|wrong|sign in/i);
      } catch (e) {
        throw new Error(`${(e as Error).message}\n${await describePage(session)}`);
      } finally {
        await session.context.close();
      }
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'says in French that a field office may not log a request for a State it does not cover',
    async () => {
      const session = await sessionIn('fr-FR');
      const { page } = session;
      try {
        await signInAs(session, `${server.url}/requests`, 'bangkok@demo.local');
        await page.getByTestId('log-request-open').click();
        await page.getByTestId('log-request-dialog').waitFor({ state: 'visible' });
        // Senegal is covered by the Dakar office, not Bangkok: the API refuses (FORBIDDEN, OUT_OF_SCOPE).
        await page.getByTestId('form-state').selectOption('SEN');
        await page.getByTestId('form-priority-area').selectOption('B');
        await page.getByTestId('form-kind').selectOption('TRAINING');
        await page.getByTestId('form-channel').selectOption('field-office');
        await page.getByTestId('form-topic-cybercrime').check();
        await page.getByTestId('form-description').fill('Formation des procureurs à la preuve électronique');
        await page.getByTestId('form-submit').click();
        const error = page.getByTestId('form-error');
        await error.waitFor({ state: 'visible' });
        const text = await error.innerText();
        expect(text).toContain('Cet État n’est pas de votre ressort');
        // The API's own sentence ("Your field office (BKK) does not cover SEN…") never reaches a French reader.
        expect(text).not.toMatch(/field office|does not cover|secretariat/i);
      } catch (e) {
        throw new Error(`${(e as Error).message}\n${await describePage(session)}`);
      } finally {
        await session.context.close();
      }
    },
    STEP_TIMEOUT_MS,
  );
});
