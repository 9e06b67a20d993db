/**
 * Steps the checklist and questionnaire browser tests share: opening a State's checklist (afresh when the page's
 * cache may hold an older read), waiting for the device draft, reading the drafts the device keeps, publishing
 * a version of the questionnaire as another person, and saving a checklist whose save is refused.
 */
import type { Page } from 'playwright-core';
import { waitUntil, type BrowserSession } from './browser.js';

/** Opens a State's checklist from the cycle page. */
export async function openChecklist(page: Page, iso3: string): Promise<void> {
  await page.getByTestId('nav-cycles').click();
  await page.getByTestId(`reported-${iso3}`).getByRole('link').click();
  await page.getByTestId('checklist-form').waitFor();
}

/**
 * Opens a State's checklist and reads it afresh (the page's cache may still hold it as read before a
 * publication), then checks the version of the questionnaire it answers.
 */
export async function openChecklistAfresh(page: Page, iso3: string, version: number): Promise<void> {
  await openChecklist(page, iso3);
  await page.reload();
  await page.getByTestId('checklist-form').waitFor();
  await expectChecklistVersion(page, version);
}

/** The checklist shown answers this version of the questionnaire. */
export async function expectChecklistVersion(page: Page, version: number): Promise<void> {
  await expect(page.getByTestId('checklist-questionnaire-version').innerText()).resolves.toBe(
    `questionnaire version ${version}`,
  );
}

/** Waits until the checklist form on `page` says its draft is written on the device. */
export async function draftWritten(
  session: BrowserSession,
  page: Page = session.page,
  what = 'the draft to be written',
): Promise<void> {
  await waitUntil(
    session,
    what,
    () => page.getByTestId('checklist-form').getAttribute('data-draft-saved'),
    (v) => Boolean(v),
  );
}

/** The names of the drafts kept on the device. */
export function draftNames(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('ta-drafts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const keys = open.result.transaction('drafts').objectStore('drafts').getAllKeys();
          keys.onsuccess = () => {
            open.result.close();
            resolve(keys.result.map(String));
          };
        };
      }),
  );
}

/** The reporting cycle of the checklist open on `page` (from its address). */
export function cycleIdOf(page: Page, iso3: string): string {
  const [, cycleId] = new RegExp(`/cycles/([^/]+)/${iso3}`).exec(page.url())!;
  return cycleId;
}

/** The names of the drafts the device keeps for the State's checklist open on `page`. */
export async function checklistDraftNames(page: Page, iso3: string): Promise<string[]> {
  const prefix = `checklist:${cycleIdOf(page, iso3)}:${iso3}:`;
  return (await draftNames(page)).filter((n) => n.startsWith(prefix));
}

/** Writes a draft on the device under `name`, as the web client (or an earlier release of it) would have. */
export function putDraft(page: Page, name: string, draft: unknown): Promise<void> {
  return page.evaluate(
    ([draftName, value]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ta-drafts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put(value, draftName);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [name, draft] as const,
  );
}

/** On the new-version form: removes the question of this code. */
export async function removeQuestion(page: Page, code: string): Promise<void> {
  const count = await page.getByTestId('questionnaire-form').locator('fieldset').count();
  for (let i = 0; i < count; i += 1) {
    if ((await page.getByTestId(`q-${i}-code`).inputValue()) === code) {
      await page.getByTestId(`q-${i}-remove`).click();
      return;
    }
  }
  throw new Error(`No question ${code} on the new-version form`);
}

/**
 * The person of `session` (the secretariat) publishes the next version of the questionnaire: opens the
 * new-version form, makes `edit` and publishes; when `version` is given, waits until the cycle page shows it.
 */
export async function publishVersionAs(
  session: BrowserSession,
  edit: (page: Page) => Promise<unknown>,
  version?: number,
): Promise<void> {
  const { page } = session;
  await openNewVersionForm(page);
  await edit(page);
  await page.getByTestId('questionnaire-publish').click();
  await page.getByTestId('questionnaire-published').waitFor();
  if (version !== undefined) await versionPublished(session, version);
}

/** Opens the form of the questionnaire's next version from the cycle page. */
export async function openNewVersionForm(page: Page): Promise<void> {
  await page.getByTestId('nav-cycles').click();
  await page.getByTestId('questionnaire-new').click();
  await page.getByTestId('questionnaire-form').waitFor();
}

/** Waits until the cycle page on the session's page shows this version of the questionnaire as the current one. */
export async function versionPublished(session: BrowserSession, version: number): Promise<void> {
  await waitUntil(
    session,
    `version ${version} published`,
    () => session.page.getByTestId('questionnaire-version').innerText(),
    (v) => v.startsWith(`Version ${version} of the questionnaire`),
  );
}

/** The secretariat publishes the next version, `version`, without the question `code`. */
export function publishWithout(session: BrowserSession, code: string, version: number): Promise<void> {
  return publishVersionAs(session, (page) => removeQuestion(page, code), version);
}

/**
 * Saves the checklist open on the session's page as a draft and waits for the save to be refused: answers the
 * refusal said (`checklist-error`), once `said` accepts it (by default, once there is one). A refusal is said on
 * the form as it was, so no "questionnaire changed" notice may show.
 */
export async function saveAndReadRefusal(
  session: BrowserSession,
  said: (refusal: string) => boolean = (v) => v.length > 0,
): Promise<string> {
  const { page } = session;
  await page.getByTestId('checklist-save-draft').click();
  const refusal = await waitUntil(
    session,
    'the refusal said',
    () => page.getByTestId('checklist-error').innerText(),
    said,
  );
  await expect(page.getByTestId('checklist-questionnaire-changed').count()).resolves.toBe(0);
  return refusal;
}
