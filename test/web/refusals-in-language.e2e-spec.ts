/**
 * A French or Spanish user sees the API's refusals in their language, never the server's English: the web
 * client translates `extensions.reason` (apps/web/src/graphql/errors.ts). In a real browser against the
 * real built system on the demo data.
 */
import {
  describePage,
  openSession,
  signInAs,
  STEP_TIMEOUT_MS,
  useServerAndBrowser,
  type BrowserSession,
} from './browser.js';

const web = useServerAndBrowser();

/** A session whose browser speaks `locale` (the web client takes its language from the browser at first). */
function sessionIn(locale: string): Promise<BrowserSession> {
  return openSession(web.browser, { locale });
}

describe('refusals in the user’s language', () => {
  it(
    'says in Spanish that a sign-in failed, without the server’s English',
    async () => {
      const session = await sessionIn('es-ES');
      const { page } = session;
      try {
        await page.goto(web.url);
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
    'shows a French field office its own States first and the others as not its own, before any refusal',
    async () => {
      const session = await sessionIn('fr-FR');
      const { page } = session;
      try {
        await signInAs(session, `${web.url}/requests`, 'bangkok@demo.local');
        await page.getByTestId('log-request-open').click();
        await page.getByTestId('log-request-dialog').waitFor({ state: 'visible' });
        const yours = page.getByTestId('form-states-yours');
        const others = page.getByTestId('form-states-others');
        await yours.locator('option[value="THA"]').waitFor({ state: 'attached' });
        // Thailand is Bangkok's; Senegal is Dakar's: offered, but not choosable, with the reason in French.
        expect(await yours.locator('option[value="THA"]').isDisabled()).toBe(false);
        expect(await yours.locator('option[value="SEN"]').count()).toBe(0);
        expect(await others.locator('option[value="SEN"]').isDisabled()).toBe(true);
        expect(await yours.getAttribute('label')).toBe('États couverts par votre bureau');
        expect(await others.getAttribute('label')).toContain('non couverts par votre bureau');
        expect(await others.locator('option[value="SEN"]').innerText()).toBe('Sénégal');
        await expect(page.getByTestId('form-state').selectOption('SEN', { timeout: 1000 })).rejects.toThrow();
        await page.getByTestId('form-state').selectOption('THA');
        expect(await page.getByTestId('form-state').inputValue()).toBe('THA');
      } catch (e) {
        throw new Error(`${(e as Error).message}\n${await describePage(session)}`);
      } finally {
        await session.context.close();
      }
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'offers a field office Edit and Move on its own States’ requests only, not on another office’s (refused there)',
    async () => {
      const session = await openSession(web.browser);
      const { page } = session;
      /** Opens the first open request of a State in the drawer and answers whether Edit and the Move form show. */
      const actions = async (iso3: string) => {
        await page.goto(`${web.url}/requests?state=${iso3}&status=RECEIVED`);
        const row = page.getByTestId('request-row').first();
        await row.waitFor();
        await row.getByTestId('request-details').click();
        const detail = page.getByTestId('request-detail');
        await detail.waitFor();
        // The drawer has read the request (its description shows) before anything is counted.
        await page.getByTestId('request-description').waitFor();
        const shown = {
          edit: await page.getByTestId('edit-request-open').count(),
          move: await page.getByTestId('triage-panel').count(),
        };
        await page.getByTestId('dialog-close').first().click();
        return shown;
      };
      try {
        await signInAs(session, `${web.url}/requests`, 'bangkok@demo.local');
        // Thailand is Bangkok's; Chad is Dakar's (the API refuses Bangkok there: OUT_OF_SCOPE).
        expect(await actions('THA')).toEqual({ edit: 1, move: 1 });
        expect(await actions('TCD')).toEqual({ edit: 0, move: 0 });
      } catch (e) {
        throw new Error(`${(e as Error).message}\n${await describePage(session)}`);
      } finally {
        await session.context.close();
      }
    },
    STEP_TIMEOUT_MS,
  );
});
