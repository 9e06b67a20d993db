/**
 * A checklist's device draft across publications of the questionnaire and other people's saves (review of session
 * 10), in a real browser on the demo data, the tests in order on one server: a save refused after a reload says
 * once that the questionnaire changed; the answers a save keeps apart stay the device's own when a later version
 * removes a question the saved entry answered, and "Forget" removes them from the device; a save refused on an
 * untouched form shows the new version; a save refused because someone else saved and a version was published
 * meanwhile keeps what is on screen and says so; so does one typed before the device drafts were ready, and one typed
 * in a tab while another tab's save left a kept draft (another key) on the device.
 */
import {
  openSignedIn,
  STEP_TIMEOUT_MS,
  useServerAndBrowser,
  WAIT_MS,
  waitUntil,
  type BrowserSession,
} from './browser.js';
import {
  checklistDraftNames,
  draftNames,
  draftWritten,
  expectChecklistVersion,
  openChecklist,
  openChecklistAfresh,
  publishWithout,
  putDraft,
  saveAndReadRefusal,
} from './checklists.js';

const web = useServerAndBrowser();

describe('a checklist draft across publications and other people’s saves', () => {
  let mine: BrowserSession;
  let other: BrowserSession;
  beforeAll(async () => {
    mine = await openSignedIn(web, 'secretariat@demo.local');
    other = await openSignedIn(web, 'secretariat@demo.local');
  });

  it(
    'says once that the questionnaire changed; keeps apart only what the device kept; forgets it from the device',
    async () => {
      const { page } = mine;
      // Ghana's checklist (none saved), typed and read back after a reload: the form shows a restored draft.
      await openChecklist(page, 'GHA');
      await page.getByTestId('answer-UNTOC-5').selectOption('PARTLY');
      await page.getByTestId('comment-UNTOC-5').fill('Bill before Parliament');
      await page.getByTestId('answer-FIREARMS-7').selectOption('YES');
      await page.getByTestId('answer-TIP-5').selectOption('NO');
      await page.getByTestId('comment-TIP-5').fill('Asked no more');
      await draftWritten(mine);
      await page.reload();
      await page.getByTestId('checklist-draft-restored').waitFor();

      await publishWithout(other, 'TIP-5', 2);

      // Refused (version 1's questions): the form shows version 2 and the notice appears once, not shown, hidden
      // and shown again while the form shown again reads the draft.
      await page.evaluate(() => {
        const w = window as unknown as { noticeShown: number };
        w.noticeShown = 0;
        new MutationObserver((records) => {
          for (const r of records) {
            for (const node of r.addedNodes) {
              if (!(node instanceof Element)) continue;
              const sel = '[data-testid="checklist-questionnaire-changed"]';
              if (node.matches(sel) || node.querySelector(sel)) w.noticeShown += 1;
            }
          }
        }).observe(document.body, { childList: true, subtree: true });
      });
      await page.getByTestId('checklist-save-draft').click();
      await page.getByTestId('checklist-questionnaire-changed').waitFor();
      await page.getByTestId('no-longer-asked-TIP-5').waitFor();
      await expect(page.getByTestId('checklist-draft-restored').innerText()).resolves.toMatch(
        /typed for version 1 .* carried over to version 2/,
      );
      await page.waitForTimeout(1_000);
      await expect(page.evaluate(() => (window as unknown as { noticeShown: number }).noticeShown)).resolves.toBe(1);
      await expect(page.getByTestId('checklist-questionnaire-changed').count()).resolves.toBe(1);

      // Saved: TIP-5's answer stays on the device, apart.
      await page.getByTestId('checklist-save-draft').click();
      await page.getByTestId('checklist-saved').waitFor();
      await waitUntil(
        mine,
        'the draft status',
        () => page.getByTestId('checklist-status').innerText(),
        (v) => v === 'In progress (draft)',
      );
      await page.getByTestId('no-longer-asked-TIP-5').waitFor();

      // Version 3 removes FIREARMS-7, which the saved entry answered: that answer was sent, it is not listed as
      // typed on this device; TIP-5's still is.
      await publishWithout(other, 'FIREARMS-7', 3);
      await page.reload();
      await page.getByTestId('no-longer-asked-TIP-5').waitFor();
      await expectChecklistVersion(page, 3);
      await expect(page.getByTestId('no-longer-asked-FIREARMS-7').count()).resolves.toBe(0);
      await expect(page.getByTestId('checklist-draft-restored').count()).resolves.toBe(0);
      await expect(page.getByTestId('comment-UNTOC-5').inputValue()).resolves.toBe('Bill before Parliament');

      // Forgotten: the draft the save kept goes from the device (not rewritten as a typed one).
      await expect(checklistDraftNames(page, 'GHA')).resolves.toHaveLength(1);
      await page.getByTestId('checklist-forget-no-longer-asked').click();
      // Gone once the kept draft is discarded (the device's store answers first).
      await page.getByTestId('no-longer-asked-TIP-5').waitFor({ state: 'detached', timeout: WAIT_MS });
      await waitUntil(
        mine,
        'the kept draft removed',
        () => checklistDraftNames(page, 'GHA'),
        (names) => names.length === 0,
      );
      await expect(page.getByTestId('checklist-discard-draft').count()).resolves.toBe(0);
      await page.reload();
      await page.getByTestId('checklist-form').waitFor();
      await expectChecklistVersion(page, 3);
      await expect(page.getByTestId('checklist-no-longer-asked').count()).resolves.toBe(0);
    },
    STEP_TIMEOUT_MS * 3,
  );

  it(
    'shows the new version when a save on an untouched form is refused',
    async () => {
      const { page } = mine;
      // Sierra Leone's checklist saved as a draft on version 3, opened again (nothing on the device) and saved with
      // nothing typed after version 4 is published.
      await openChecklist(page, 'SLE');
      await page.getByTestId('answer-UNTOC-5').selectOption('NO');
      await page.getByTestId('checklist-save-draft').click();
      await page.getByTestId('checklist-saved').waitFor();
      await page.reload();
      await page.getByTestId('checklist-form').waitFor();
      await expect(page.getByTestId('checklist-status').innerText()).resolves.toBe('In progress (draft)');
      await expectChecklistVersion(page, 3);
      await expect(checklistDraftNames(page, 'SLE')).resolves.toEqual([]);
      await publishWithout(other, 'UNTOC-29', 4);
      await page.getByTestId('checklist-save-draft').click();
      const changed = page.getByTestId('checklist-questionnaire-changed');
      await changed.waitFor();
      await expect(changed.innerText()).resolves.toMatch(
        /You had changed nothing on the form, so nothing of yours is lost: it now shows .* version 4/,
      );
      // Nobody else saved it, and no answers are kept apart: neither is said.
      await expect(changed.innerText()).resolves.not.toMatch(/Someone else saved|kept apart/);
      await expectChecklistVersion(page, 4);
      await expect(page.getByTestId('checklist-error').count()).resolves.toBe(0);
      await expect(page.getByTestId('answer-UNTOC-29').count()).resolves.toBe(0);
      await expect(page.getByTestId('answer-UNTOC-5').inputValue()).resolves.toBe('NO');
      await page.getByTestId('checklist-save-draft').click();
      await page.getByTestId('checklist-saved').waitFor();
    },
    STEP_TIMEOUT_MS * 2,
  );

  it(
    'keeps what is on screen when someone else saved and a version was published before the save',
    async () => {
      const { page } = mine;
      await openChecklist(page, 'GHA');
      await expectChecklistVersion(page, 4);
      await page.getByTestId('comment-UNTOC-5').fill('Mine, typed on this device');
      await draftWritten(mine);

      // Someone else saves Ghana's checklist, then version 5 is published.
      await openChecklist(other.page, 'GHA');
      await other.page.getByTestId('checklist-focal-point').fill('Attorney General, Accra');
      await other.page.getByTestId('checklist-save-draft').click();
      await other.page.getByTestId('checklist-saved').waitFor();
      await publishWithout(other, 'TIP-6', 5);

      // Refused: their save is no publication's doing, so nothing is carried over their entry: what is on screen
      // stays, on version 4, and the refusal is said.
      await saveAndReadRefusal(mine, (v) => /changed by someone else/.test(v));
      await expect(page.getByTestId('comment-UNTOC-5').inputValue()).resolves.toBe('Mine, typed on this device');
      await expectChecklistVersion(page, 4);
      await expect(page.getByTestId('answer-TIP-6').count()).resolves.toBe(1);
      await expect(page.getByTestId('checklist-focal-point').inputValue()).resolves.not.toBe('Attorney General, Accra');
    },
    STEP_TIMEOUT_MS * 2,
  );

  it(
    'keeps what was typed before the device drafts were ready when the save is refused',
    async () => {
      const { page } = mine;
      // Read afresh (the page's cache may still hold Sierra Leone's checklist as read before version 5).
      await openChecklistAfresh(page, 'SLE', 5);
      // The draft's name on this device (typed once, then discarded).
      await page.getByTestId('comment-SOM-6').fill('x');
      await draftWritten(mine);
      const [name] = await checklistDraftNames(page, 'SLE');
      expect(name).toBeDefined();
      await page.getByTestId('checklist-discard-draft').click();
      await waitUntil(
        mine,
        'the draft discarded',
        () => draftNames(page),
        (names) => !names.includes(name),
      );
      // A draft an earlier release kept under version 1's name: moving it reads version 1's questions, which this
      // test holds back, so the form is shown (and typed in) before the drafts are ready.
      await putDraft(page, `${name}:v1`, {
        values: { focalPoint: '', answers: [] },
        idempotencyKey: 'old-release-key-1',
        savedAt: '2026-11-01T09:00:00.000Z',
        basis: 1,
      });
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let asked = false;
      await page.route('**/graphql', async (route) => {
        if (/ChecklistQuestionsOfVersion/.test(route.request().postData() ?? '')) {
          asked = true;
          await held;
        }
        // Released only as the test ends, the route may be gone by then (unrouted, the page moved on).
        await route.continue().catch(() => undefined);
      });
      try {
        await page.reload();
        await page.getByTestId('checklist-form').waitFor();
        await waitUntil(
          mine,
          "version 1's questions asked for",
          async () => asked,
          (v) => v,
        );
        await page.getByTestId('comment-UNTOC-5').fill('Typed before the drafts were ready');
        await publishWithout(other, 'SOM-6', 6);

        // Refused: what was typed is not lost to a form shown again on version 6 — it stays, the refusal said.
        await saveAndReadRefusal(mine);
        await expect(page.getByTestId('comment-UNTOC-5').inputValue()).resolves.toBe(
          'Typed before the drafts were ready',
        );
        await expectChecklistVersion(page, 5);
      } finally {
        release();
        await page.unroute('**/graphql');
      }
    },
    STEP_TIMEOUT_MS * 2,
  );

  it(
    'keeps what this tab typed when another tab’s save left a kept draft on the device',
    async () => {
      const { page } = mine;
      await openChecklistAfresh(page, 'GHA', 6);
      await page.getByTestId('comment-UNTOC-5').fill('Typed in this tab');
      await draftWritten(mine);
      const [name] = await checklistDraftNames(page, 'GHA');
      // Another tab of the same person saved: its save kept, over this tab's draft, a draft of its own (another key)
      // for an answer to a question no longer asked — as finish(keep) writes it.
      await page.evaluate(
        (draftName) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('ta-drafts');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction('drafts', 'readwrite');
              const store = tx.objectStore('drafts');
              const read = store.get(draftName);
              read.onsuccess = () => {
                const draft = read.result as {
                  values: { answers: { comment: string }[]; noLongerAsked: unknown[] };
                };
                store.put(
                  {
                    ...draft,
                    values: {
                      ...draft.values,
                      answers: draft.values.answers.map((a) => ({ ...a, comment: '' })),
                      noLongerAsked: [
                        {
                          questionId: 'asked-in-version-1',
                          code: 'TIP-5',
                          answer: 'NO',
                          comment: 'Kept by the other tab',
                          needsAssistance: false,
                          assistanceKind: '',
                          assistanceTopics: [],
                          askedIn: 1,
                        },
                      ],
                    },
                    idempotencyKey: 'other-tab-key-12345678',
                    kept: true,
                  },
                  draftName,
                );
              };
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        name,
      );
      await publishWithout(other, 'UNTOC-6', 7);

      // Refused: the kept draft is not what this tab typed; it is not shown in its place under "carried over".
      await saveAndReadRefusal(mine);
      await expect(page.getByTestId('comment-UNTOC-5').inputValue()).resolves.toBe('Typed in this tab');
      await expectChecklistVersion(page, 6);
    },
    STEP_TIMEOUT_MS * 2,
  );
});
