/**
 * The Users page, in a real browser against the real built system on the demo data: the administrator creates an
 * account (told what is wrong as it types; the draft survives a reload without the password, which is never written
 * to the device), the new colleague signs in from a fresh browser, the administrator deactivates them and their
 * session and sign-in are refused; a change made on a version someone has since changed is refused in the reader's
 * language and changes nothing; the secretariat, a field office and a donor see no Users page.
 */
import type { Page } from 'playwright-core';
import {
  countOf,
  findUser,
  openSignedIn,
  signInAs,
  signInWith as signInAt,
  STEP_TIMEOUT_MS,
  useServerAndBrowser,
  waitUntil,
  type BrowserSession,
} from './browser.js';

const web = useServerAndBrowser({ session: {} });
const admin = web.session;
const EMAIL = 'amina.diallo@unodc.example';
const NAME = 'Amina Diallo';
const PASSWORD = 'Dakar office 2010!';
const signInWith = (session: BrowserSession, email: string, password: string) =>
  signInAt(session, web.url, email, password);

/** Every draft this browser keeps (IndexedDB `ta-drafts`), as JSON. */
function storedDrafts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const opening = indexedDB.open('ta-drafts');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const all = db.transaction('drafts').objectStore('drafts').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => resolve((all.result as unknown[]).map((d) => JSON.stringify(d)));
        };
      }),
  );
}

describe('users', () => {
  let newcomer: BrowserSession;

  it(
    'as the administrator: checks as one types, keeps the draft (never the password) across a reload, creates the account, and the newcomer signs in',
    async () => {
      const { page } = admin;
      await signInAs(admin, web.url, 'admin@demo.local');
      await page.getByTestId('nav-users').click();
      const before = await waitUntil(
        admin,
        'the accounts',
        () => countOf(page, 'users-total'),
        (n) => n > 0,
      );
      await expect(page.locator('[data-testid="user-row"][data-email="donor@demo.local"]').count()).resolves.toBe(1);

      await page.getByTestId('new-user-open').click();
      const dialog = page.getByTestId('new-user-dialog');
      await dialog.waitFor();
      await dialog.getByTestId('new-user-email').fill('amina.diallo');
      await expect(dialog.getByTestId('error-email').innerText()).resolves.toBe(
        'Write an e-mail address such as name@example.org.',
      );
      await dialog.getByTestId('new-user-password').fill('short');
      await expect(dialog.getByTestId('error-password').innerText()).resolves.toBe('At least 10 characters.');
      await expect(dialog.getByTestId('new-user-submit').isDisabled()).resolves.toBe(true);

      await dialog.getByTestId('new-user-email').fill(EMAIL);
      await expect(dialog.getByTestId('error-email').count()).resolves.toBe(0);
      await dialog.getByTestId('new-user-displayName').fill(NAME);
      // A field office needs its office: the form asks for it once the role is chosen.
      await dialog.getByTestId('new-user-role').selectOption('FIELD_OFFICE');
      await expect(dialog.getByTestId('form-missing').innerText()).resolves.toContain('Field office');
      await dialog.getByTestId('new-user-fieldOfficeCode').selectOption('DKR');
      await dialog.getByTestId('new-user-password').fill(PASSWORD);
      await expect(dialog.getByTestId('form-missing').count()).resolves.toBe(0);
      await waitUntil(
        admin,
        'the draft written',
        () => dialog.getByTestId('new-user-form').getAttribute('data-draft-saved'),
        (at) => Boolean(at),
      );
      // What the device keeps: the email, never the password.
      const drafts = await storedDrafts(page);
      expect(drafts.some((d) => d.includes(EMAIL))).toBe(true);
      expect(drafts.filter((d) => d.includes(PASSWORD) || d.includes('"password"'))).toEqual([]);

      // The offices' list answers slowly after the reload, then fails: the restored office shows meanwhile, stays
      // when the list fails, and once it lands on "Try again".
      let releaseOptions = (): void => undefined;
      const optionsHeld = new Promise<void>((resolve) => (releaseOptions = resolve));
      const held: Promise<void>[] = [];
      await page.route('**/graphql', (route) => {
        const passed = (route.request().postData() ?? '').includes('UserScopeOptions')
          ? optionsHeld.then(() => route.abort('failed'))
          : route.continue();
        // A request the page dropped (the reload) cannot be continued: nothing to wait for.
        held.push(passed.catch(() => undefined));
        return passed;
      });
      const office = dialog.getByTestId('new-user-fieldOfficeCode');
      try {
        await page.reload();
        await page.getByTestId('new-user-open').click();
        await waitUntil(
          admin,
          'the draft restored',
          () => page.getByTestId('new-user-email').inputValue(),
          (value) => value === EMAIL,
        );
        await page.getByTestId('form-draft-restored').waitFor();
        await expect(office.locator('option').count()).resolves.toBe(2);
        await expect(office.inputValue()).resolves.toBe('DKR');
        await expect(office.locator('option:checked').innerText()).resolves.toBe('Loading…');
        releaseOptions();
        const failed = dialog.getByTestId('new-user-choices-failed');
        await failed.waitFor();
        await expect(failed.innerText()).resolves.toContain('The list could not be loaded');
        // Failed, the value held is shown as itself, not as loading for ever.
        await expect(office.locator('option').count()).resolves.toBe(2);
        await expect(office.inputValue()).resolves.toBe('DKR');
        await expect(office.locator('option:checked').innerText()).resolves.toBe('DKR');
      } finally {
        // Released whatever happened: the session serves the next tests.
        releaseOptions();
        await Promise.all(held);
        await page.unroute('**/graphql');
      }
      await dialog.getByTestId('new-user-choices-retry').click();
      await waitUntil(
        admin,
        'the offices listed',
        () => office.locator('option').count(),
        (n) => n > 2,
      );
      await expect(office.inputValue()).resolves.toBe('DKR');
      await expect(office.locator('option:checked').innerText()).resolves.toMatch(/^DKR — /);
      await expect(dialog.getByTestId('new-user-choices-failed').count()).resolves.toBe(0);
      await expect(dialog.getByTestId('new-user-password').inputValue()).resolves.toBe('');
      await expect(dialog.getByTestId('new-user-submit').isDisabled()).resolves.toBe(true);
      await dialog.getByTestId('new-user-password').fill(PASSWORD);
      await dialog.getByTestId('new-user-submit').click();

      const notice = page.getByTestId('notice-user-created');
      await notice.waitFor();
      await expect(notice.innerText()).resolves.toContain(`The account for ${EMAIL} was created.`);
      await dialog.waitFor({ state: 'hidden' });
      await waitUntil(
        admin,
        'the list counting the new account',
        () => countOf(page, 'users-total'),
        (n) => n === before + 1,
      );
      const row = await findUser(admin, EMAIL);
      await expect(row.getAttribute('data-role')).resolves.toBe('FIELD_OFFICE');
      await expect(row.getAttribute('data-active')).resolves.toBe('true');
      // Created, the draft is gone.
      await expect(storedDrafts(page).then((all) => all.filter((d) => d.includes(EMAIL)))).resolves.toEqual([]);

      // The same email again is refused on the email field, and nothing is created.
      await page.getByTestId('new-user-open').click();
      await dialog.getByTestId('new-user-email').fill(EMAIL.toUpperCase());
      await dialog.getByTestId('new-user-displayName').fill('Someone else');
      await dialog.getByTestId('new-user-role').selectOption('VIEWER');
      await dialog.getByTestId('new-user-password').fill(PASSWORD);
      await dialog.getByTestId('new-user-submit').click();
      await expect(dialog.getByTestId('error-email').innerText()).resolves.toBe(
        `There is already an account for ${EMAIL}.`,
      );
      await dialog.getByTestId('form-discard-draft').click();
      await dialog.getByTestId('form-cancel').click();
      await dialog.waitFor({ state: 'hidden' });

      // The newcomer, from a browser of their own, signs in with the first password and sees their office's pages.
      newcomer = await web.open();
      await expect(signInWith(newcomer, EMAIL, PASSWORD)).resolves.toBe('in');
      await expect(newcomer.page.getByTestId('user-name').innerText()).resolves.toContain(NAME);
      await expect(newcomer.page.getByTestId('nav-users').count()).resolves.toBe(0);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    "a change on a version someone has since changed is refused in the reader's language, and nothing changes",
    async () => {
      const french = await web.open({ locale: 'fr-FR' });
      await signInAs(french, web.url, 'admin@demo.local');
      const frenchRow = await findUser(french, EMAIL);
      await frenchRow.getByTestId('user-change').click();
      const change = french.page.getByTestId('change-user-dialog');
      await change.waitFor();
      await expect(change.getByTestId('change-user-fieldOfficeCode').inputValue()).resolves.toBe('DKR');

      // Meanwhile the English administrator renames the account (a new version).
      const row = await findUser(admin, EMAIL);
      await row.getByTestId('user-change').click();
      const english = admin.page.getByTestId('change-user-dialog');
      await english.getByTestId('change-user-displayName').fill(`${NAME} (Dakar)`);
      await english.getByTestId('change-user-submit').click();
      await admin.page.getByTestId('notice-user-changed').waitFor();
      await english.waitFor({ state: 'hidden' });

      // The French administrator, on the old version, makes them a viewer: refused, said in French.
      await change.getByTestId('change-user-role').selectOption('VIEWER');
      await expect(change.getByTestId('change-user-fieldOfficeCode').count()).resolves.toBe(0);
      await change.getByTestId('change-user-submit').click();
      await expect(change.getByTestId('form-error').innerText()).resolves.toBe(
        'Non enregistré : Quelqu’un d’autre l’a modifié entre-temps. Rechargez, vérifiez la modification et réessayez.',
      );
      await change.getByTestId('form-cancel').click();
      await change.waitFor({ state: 'hidden' });
      await french.page.reload();
      const after = french.page.locator(`[data-testid="user-row"][data-email="${EMAIL}"]`);
      await after.waitFor();
      await expect(after.getAttribute('data-role')).resolves.toBe('FIELD_OFFICE');
      await expect(after.innerText()).resolves.toContain(`${NAME} (Dakar)`);
      await french.context.close();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'the administrator deactivates the account after a confirmation: the session ends and signing in is refused',
    async () => {
      const { page } = admin;
      const row = await findUser(admin, EMAIL);
      await row.getByTestId('user-deactivate').click();
      const confirm = page.getByTestId('user-switch-confirm');
      await confirm.waitFor();
      await expect(confirm.innerText()).resolves.toContain(`Deactivate ${EMAIL}?`);
      await confirm.getByTestId('user-switch-confirm-submit').click();
      await expect(page.getByTestId('notice-user-deactivated').innerText()).resolves.toContain(
        `${EMAIL} was deactivated and signed out.`,
      );
      await waitUntil(
        admin,
        'the row marked deactivated',
        () => row.getAttribute('data-active'),
        (active) => active === 'false',
      );
      await expect(row.getByTestId('user-reactivate').count()).resolves.toBe(1);

      // Their open session is over: the next page they open asks them to sign in.
      await newcomer.page.reload();
      await newcomer.page.getByTestId('sign-in-form').waitFor();
      // And a fresh browser cannot sign in with the password that worked before.
      const fresh = await web.open();
      await expect(signInWith(fresh, EMAIL, PASSWORD)).resolves.toBe('refused');
      await expect(fresh.page.getByTestId('sign-in-error').innerText()).resolves.toContain(
        'Could not sign in: The email or password is not right.',
      );
      await fresh.context.close();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'the secretariat, a field office and a donor have no Users page',
    async () => {
      for (const email of ['secretariat@demo.local', 'dakar@demo.local', 'donor@demo.local']) {
        const other = await openSignedIn(web, email);
        await other.page.getByTestId('app-nav').waitFor();
        await expect(other.page.getByTestId('nav-funding').count()).resolves.toBe(1);
        await expect(other.page.getByTestId('nav-users').count()).resolves.toBe(0);
        await other.page.goto(`${web.url}/users`);
        await other.page.getByTestId('page-forbidden').waitFor();
        await expect(other.page.getByTestId('users-table').count()).resolves.toBe(0);
        await other.context.close();
      }
    },
    STEP_TIMEOUT_MS,
  );
});
