/**
 * Passwords, in a real browser against the real built system on the demo data: a user changes their own from the
 * header (checked as they type, a wrong current password said on its field, their other session ended, nothing kept
 * on the device), signs out, and the old one is refused while the new one works; an administrator resets a field
 * office's forgotten password from the Users page, that person's open browser session ends, the old password is
 * refused, the new one works and they choose their own first; a reset on a version someone has since changed is
 * refused in the reader's language (French), with the French labels; the secretariat sees no Reset.
 */
import type { Page } from 'playwright-core';
import { gqlAt, signIn } from '../support/server.js';
import {
  DEMO_PASSWORD,
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
const viewer = web.session;
const VIEWER_PASSWORD = 'A viewer passphrase 2009';
const TEMPORARY = 'Temporary Dakar 2009';
const DAKAR_OWN = 'Dakar office passphrase';
const signInWith = (session: BrowserSession, email: string, password: string) =>
  signInAt(session, web.url, email, password);

/** Everything this browser keeps for the app (localStorage, and the drafts in IndexedDB `ta-drafts`), as text. */
function storedOnDevice(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const local = JSON.stringify({ ...localStorage });
    const drafts = await new Promise<string>((resolve) => {
      const opening = indexedDB.open('ta-drafts');
      opening.onerror = () => resolve('');
      opening.onsuccess = () => {
        const db = opening.result;
        if (!db.objectStoreNames.contains('drafts')) return resolve('');
        const all = db.transaction('drafts').objectStore('drafts').getAll();
        all.onerror = () => resolve('');
        all.onsuccess = () => resolve(JSON.stringify(all.result));
      };
    });
    return `${local}\n${drafts}`;
  });
}

describe('passwords', () => {
  it(
    'a user changes their own password from the header: checked as they type, their other session ends, the old one is refused and the new one works',
    async () => {
      const { page } = viewer;
      // Another session of theirs (another device): it ends when the password changes.
      const elsewhere = await signIn(web.url, 'viewer@demo.local');
      await signInAs(viewer, web.url, 'viewer@demo.local');
      await page.getByTestId('change-password-link').click();
      const form = page.getByTestId('password-form');
      await form.waitFor();
      await expect(page.getByTestId('password-required').count()).resolves.toBe(0);

      await form.getByTestId('password-newPassword').fill('short');
      await expect(form.getByTestId('error-newPassword').innerText()).resolves.toBe('At least 10 characters.');
      await form.getByTestId('password-newPassword').fill(VIEWER_PASSWORD);
      await expect(form.getByTestId('error-newPassword').count()).resolves.toBe(0);
      await form.getByTestId('password-confirmPassword').fill(`${VIEWER_PASSWORD}!`);
      await expect(form.getByTestId('error-confirmPassword').innerText()).resolves.toBe(
        'This is not the same as the new password.',
      );
      await expect(form.getByTestId('password-submit').isDisabled()).resolves.toBe(true);
      await form.getByTestId('password-confirmPassword').fill(VIEWER_PASSWORD);
      await expect(form.getByTestId('error-confirmPassword').count()).resolves.toBe(0);

      // A wrong current password: refused by the API, said on its field, nothing changed.
      await form.getByTestId('password-currentPassword').fill('not my password');
      await form.getByTestId('password-submit').click();
      await expect(form.getByTestId('error-currentPassword').innerText()).resolves.toBe(
        'The current password is not right.',
      );
      const still = await gqlAt<{ me: { email: string } | null }>(web.url, `{ me { email } }`, undefined, elsewhere);
      expect(still.data!.me).toEqual({ email: 'viewer@demo.local' });

      await form.getByTestId('password-currentPassword').fill(DEMO_PASSWORD);
      await expect(form.getByTestId('error-currentPassword').count()).resolves.toBe(0);
      await form.getByTestId('password-submit').click();
      const notice = page.getByTestId('notice-password-changed');
      await notice.waitFor();
      await expect(notice.innerText()).resolves.toContain(
        'Your password was changed. Your other sessions have ended; this one stays signed in.',
      );
      // The fields are emptied, and no password was written to the device.
      await expect(form.getByTestId('password-currentPassword').inputValue()).resolves.toBe('');
      await expect(form.getByTestId('password-newPassword').inputValue()).resolves.toBe('');
      const kept = await storedOnDevice(page);
      expect(kept.includes(VIEWER_PASSWORD) || kept.includes('not my password')).toBe(false);
      // The other session is over; this one goes on.
      const ended = await gqlAt<{ me: { email: string } | null }>(web.url, `{ me { email } }`, undefined, elsewhere);
      expect(ended.data!.me).toBeNull();
      await page.getByTestId('nav-requests').click();
      await page.getByTestId('request-row').first().waitFor();

      await page.getByTestId('sign-out').click();
      await page.getByTestId('sign-in-form').waitFor();
      await expect(signInWith(viewer, 'viewer@demo.local', DEMO_PASSWORD)).resolves.toBe('refused');
      await expect(page.getByTestId('sign-in-error').innerText()).resolves.toContain(
        'Could not sign in: The email or password is not right.',
      );
      await expect(signInWith(viewer, 'viewer@demo.local', VIEWER_PASSWORD)).resolves.toBe('in');
      await expect(page.getByTestId('user-name').innerText()).resolves.toContain('Demo viewer');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    "an administrator resets a field office's password: their open session ends, the old one is refused, and with the new one they choose their own first",
    async () => {
      const dakar = await openSignedIn(web, 'dakar@demo.local');
      const admin = await openSignedIn(web, 'admin@demo.local');
      const row = await findUser(admin, 'dakar@demo.local');
      await expect(row.getAttribute('data-must-change-password')).resolves.toBe('false');
      await row.getByTestId('user-reset-password').click();
      const dialog = admin.page.getByTestId('reset-password-dialog');
      await dialog.waitFor();
      await dialog.getByTestId('reset-password-newPassword').fill('aaaaaaaaaaaa');
      await expect(dialog.getByTestId('error-newPassword').innerText()).resolves.toBe(
        'Not one character repeated: choose a real password.',
      );
      await expect(dialog.getByTestId('reset-password-submit').isDisabled()).resolves.toBe(true);
      await dialog.getByTestId('reset-password-newPassword').fill(TEMPORARY);
      await dialog.getByTestId('reset-password-confirmPassword').fill(TEMPORARY);
      await expect(dialog.getByTestId('form-missing').count()).resolves.toBe(0);
      await dialog.getByTestId('reset-password-submit').click();
      await expect(admin.page.getByTestId('notice-password-reset').innerText()).resolves.toContain(
        'The password of dakar@demo.local was reset and their sessions ended.',
      );
      await dialog.waitFor({ state: 'hidden' });
      await waitUntil(
        admin,
        'the row marked as to choose their own password',
        () => row.getAttribute('data-must-change-password'),
        (value) => value === 'true',
      );
      await expect(storedOnDevice(admin.page).then((kept) => kept.includes(TEMPORARY))).resolves.toBe(false);

      // Their open browser session is over: the next page they open asks them to sign in.
      await dakar.page.reload();
      await dakar.page.getByTestId('sign-in-form').waitFor();
      await expect(signInWith(dakar, 'dakar@demo.local', DEMO_PASSWORD)).resolves.toBe('refused');
      await expect(signInWith(dakar, 'dakar@demo.local', TEMPORARY)).resolves.toBe('in');

      // With the administrator's password, "Change password" comes first, whatever the address.
      const { page } = dakar;
      await page.getByTestId('password-required').waitFor();
      await expect(page.getByTestId('app-nav').count()).resolves.toBe(0);
      await page.goto(`${web.url}/requests`);
      await page.getByTestId('password-required').waitFor();
      await page.getByTestId('password-currentPassword').fill(TEMPORARY);
      await page.getByTestId('password-newPassword').fill(DAKAR_OWN);
      await page.getByTestId('password-confirmPassword').fill(DAKAR_OWN);
      await page.getByTestId('password-submit').click();
      await page.getByTestId('notice-password-changed').waitFor();
      await page.getByTestId('password-continue').click();
      // Then the page the address names opens, with the bar.
      await page.getByTestId('app-nav').waitFor();
      await page.getByTestId('request-row').first().waitFor();
      await expect(page.getByTestId('password-page').count()).resolves.toBe(0);

      await page.getByTestId('sign-out').click();
      await page.getByTestId('sign-in-form').waitFor();
      await expect(signInWith(dakar, 'dakar@demo.local', DAKAR_OWN)).resolves.toBe('in');
      await page.getByTestId('app-nav').waitFor();
      await expect(page.getByTestId('password-required').count()).resolves.toBe(0);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    "in French: the labels, a wrong current password, and a reset on a version someone has since changed refused in the reader's language, changing nothing",
    async () => {
      const french = await openSignedIn(web, 'admin@demo.local', { locale: 'fr-FR' });
      const { page } = french;
      const link = page.getByTestId('change-password-link');
      await expect(link.innerText()).resolves.toBe('Changer le mot de passe');
      await link.click();
      await expect(page.locator('[data-testid="password-page"] h1').innerText()).resolves.toBe(
        'Changer le mot de passe',
      );
      await expect(page.locator('[data-testid="password-form"] label').allInnerTexts()).resolves.toEqual([
        'Mot de passe actuel *',
        'Nouveau mot de passe *',
        'Nouveau mot de passe (à nouveau) *',
      ]);
      await page.getByTestId('password-currentPassword').fill('pas le mien du tout');
      await page.getByTestId('password-newPassword').fill('Un nouveau mot de passe');
      await page.getByTestId('password-confirmPassword').fill('Un nouveau mot de passe');
      await page.getByTestId('password-submit').click();
      await expect(page.getByTestId('error-currentPassword').innerText()).resolves.toBe(
        'Le mot de passe actuel n’est pas le bon.',
      );

      const row = await findUser(french, 'bangkok@demo.local');
      const reset = row.getByTestId('user-reset-password');
      await expect(reset.innerText()).resolves.toBe('Réinitialiser le mot de passe');
      await reset.click();
      const dialog = page.getByTestId('reset-password-dialog');
      await dialog.waitFor();
      await expect(dialog.locator('h2').innerText()).resolves.toBe('Nouveau mot de passe pour bangkok@demo.local');
      await dialog.getByTestId('reset-password-newPassword').fill('court');
      await expect(dialog.getByTestId('error-newPassword').innerText()).resolves.toBe('Au moins 10 caractères.');
      await dialog.getByTestId('reset-password-newPassword').fill(TEMPORARY);
      await dialog.getByTestId('reset-password-confirmPassword').fill(`${TEMPORARY}?`);
      await expect(dialog.getByTestId('error-confirmPassword').innerText()).resolves.toBe(
        'Ce n’est pas le même que le nouveau mot de passe.',
      );
      await dialog.getByTestId('reset-password-confirmPassword').fill(TEMPORARY);

      // Meanwhile another administrator renames the account (a new version).
      const token = await signIn(web.url, 'admin@demo.local');
      const [{ id, version }] = (
        await gqlAt<{ users: { nodes: { id: string; version: number }[] } }>(
          web.url,
          `{ users(filter: { search: "bangkok@demo.local" }) { nodes { id version } } }`,
          undefined,
          token,
        )
      ).data!.users.nodes;
      const renamed = await gqlAt(
        web.url,
        `mutation($id: ID!, $v: Int!) { updateUser(id: $id, expectedVersion: $v, input: { displayName: "Bangkok office" }) { version } }`,
        { id, v: version },
        token,
      );
      expect(renamed.errors).toBeUndefined();

      await dialog.getByTestId('reset-password-submit').click();
      await expect(dialog.getByTestId('form-error').innerText()).resolves.toBe(
        'Rien n’a été modifié : Quelqu’un d’autre l’a modifié entre-temps. Rechargez, vérifiez la modification et réessayez.',
      );
      await dialog.getByTestId('form-cancel').click();
      await dialog.waitFor({ state: 'hidden' });
      // Nothing changed: Bangkok still signs in with the demo password, and is not asked to change it.
      const bangkok = await signIn(web.url, 'bangkok@demo.local');
      const me = await gqlAt<{ me: { mustChangePassword: boolean } }>(
        web.url,
        `{ me { mustChangePassword } }`,
        undefined,
        bangkok,
      );
      expect(me.data!.me).toEqual({ mustChangePassword: false });
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'the secretariat changes its own password from the header but resets nobody’s',
    async () => {
      const secretariat = await openSignedIn(web, 'secretariat@demo.local');
      const { page } = secretariat;
      await expect(page.getByTestId('change-password-link').count()).resolves.toBe(1);
      await expect(page.getByTestId('nav-users').count()).resolves.toBe(0);
      await page.goto(`${web.url}/users`);
      await page.getByTestId('page-forbidden').waitFor();
      await expect(page.getByTestId('user-reset-password').count()).resolves.toBe(0);
      await page.getByTestId('change-password-link').click();
      await page.getByTestId('password-form').waitFor();
    },
    STEP_TIMEOUT_MS,
  );
});
