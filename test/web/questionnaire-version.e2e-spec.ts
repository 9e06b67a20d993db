/**
 * A new version of a reporting cycle's questionnaire (issue 16), in a real browser on the demo data: the
 * secretariat saves Ghana's checklist as a draft, publishes version 2 of the 2008 questionnaire (one question
 * removed, one added, the form checking codes as typed), and the draft then answers version 2 with the answer it
 * kept; Senegal's submitted checklist stays on version 1 and says so. A field office is offered no such form.
 * Then, one version each (the tests run in order on one server): a checklist submitted before a version removed a
 * question is read on its own version, where the secretariat accepts the need raised on that question (version 3);
 * a field office's draft kept on its device survives version 4 (carried by code, its answer to the removed question
 * shown as no longer asked); the new-version form refused because someone published version 5 meanwhile says what
 * that version changed, replays the edits on it (its removal kept, with no work by hand) and publishes them as
 * version 6; a checklist left open while version 7 is published is carried over when its save is refused, and
 * saved without a reload; a draft an earlier release kept under its version's name is restored on version 7; a
 * question the person and version 8 both reworded is marked for the person to decide, and version 9 published.
 */
import { AxeBuilder } from '@axe-core/playwright';
import {
  describePage,
  openSignedIn,
  STEP_TIMEOUT_MS,
  useServerAndBrowser,
  waitUntil,
  type BrowserSession,
} from './browser.js';
import {
  draftNames,
  draftWritten,
  expectChecklistVersion,
  openChecklist,
  openNewVersionForm,
  publishVersionAs,
  publishWithout,
  versionPublished,
} from './checklists.js';

const web = useServerAndBrowser();

async function expectAccessible(session: BrowserSession, what: string): Promise<void> {
  const result = await new AxeBuilder({ page: session.page }).analyze();
  const blocking = result.violations.filter((v) => ['critical', 'serious', 'moderate'].includes(v.impact ?? ''));
  if (blocking.length) {
    throw new Error(
      `axe found violations on ${what}: ${blocking.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('; ')}\n${await describePage(session)}`,
    );
  }
}

describe('publishing a new version of the questionnaire', () => {
  let session: BrowserSession | undefined;
  afterEach(async () => {
    await session?.context.close();
    session = undefined;
  });

  it(
    'lets the secretariat publish version 2, and a draft keeps its carried answer',
    async () => {
      session = await openSignedIn(web, 'secretariat@demo.local');
      const s = session;
      const { page } = s;

      // A draft under version 1: an answer to a question version 2 keeps, and one to a question it removes.
      await openChecklist(page, 'GHA');
      await page.getByTestId('answer-UNTOC-5').selectOption('PARTLY');
      await page.getByTestId('comment-UNTOC-5').fill('Bill before Parliament');
      await page.getByTestId('answer-TIP-5').selectOption('NO');
      await page.getByTestId('checklist-save-draft').click();
      await waitUntil(
        s,
        'the draft status',
        () => page.getByTestId('checklist-status').innerText(),
        (v) => v === 'In progress (draft)',
      );

      await page.getByTestId('nav-cycles').click();
      const version = page.getByTestId('questionnaire-version');
      await version.waitFor();
      await expect(version.innerText()).resolves.toMatch(/^Version 1 of the questionnaire, 10 questions/);
      await page.getByTestId('questionnaire-new').click();
      const form = page.getByTestId('questionnaire-form');
      await form.waitFor();
      await expect(page.getByTestId('q-5-code').inputValue()).resolves.toBe('TIP-5');
      await page.getByTestId('q-5-remove').click();
      await expect(form.locator('fieldset').count()).resolves.toBe(9);

      // A new question, checked as typed: a code already used is refused on the spot, in words.
      await page.getByTestId('questionnaire-add').click();
      await page.getByTestId('q-9-code').fill('UNTOC-5');
      await waitUntil(
        s,
        'the duplicate code refused',
        () => page.getByTestId('error-questions.9.code').innerText(),
        (v) => /Question 1 already has the code UNTOC-5/.test(v),
      );
      await page.getByTestId('q-9-code').fill('SOM-9');
      await expect(page.getByTestId('error-questions.9.code').count()).resolves.toBe(0);
      await page.getByTestId('q-9-instrumentCode').selectOption('SOM');
      await page.getByTestId('q-9-article').fill('art. 9');
      await page.getByTestId('q-9-textEn').fill('Are measures taken to protect smuggled migrants?');
      await page.getByTestId('q-9-textFr').fill('Des mesures protègent-elles les migrants objet d’un trafic ?');
      // Spanish left blank: publishing is refused before anything is sent, naming the field.
      await page.getByTestId('questionnaire-publish').click();
      await expect(page.getByTestId('error-questions.9.textEs').innerText()).resolves.toMatch(
        /English, French and Spanish/,
      );
      await expectAccessible(s, 'the new questionnaire version form');
      await page.getByTestId('q-9-textEs').fill('¿Se adoptan medidas para proteger a los migrantes objeto de tráfico?');
      await page.getByTestId('questionnaire-publish').click();
      await page.getByTestId('questionnaire-published').waitFor();
      await waitUntil(
        s,
        'the new version number',
        () => version.innerText(),
        (v) => /^Version 2 of the questionnaire, 10 questions/.test(v),
      );

      // The draft moved to version 2, carrying its UNTOC-5 answer; TIP-5 is no longer asked, SOM-9 is.
      await page.getByTestId('reported-GHA').getByRole('link').click();
      await page.getByTestId('checklist-form').waitFor();
      await expect(page.getByTestId('checklist-status').innerText()).resolves.toBe('In progress (draft)');
      await expectChecklistVersion(page, 2);
      await expect(page.getByTestId('answer-UNTOC-5').inputValue()).resolves.toBe('PARTLY');
      await expect(page.getByTestId('comment-UNTOC-5').inputValue()).resolves.toBe('Bill before Parliament');
      await expect(page.getByTestId('answer-TIP-5').count()).resolves.toBe(0);
      await expect(page.getByTestId('answer-SOM-9').inputValue()).resolves.toBe('');

      // Senegal's checklist, submitted under version 1, stays there; an update would answer version 2.
      await page.getByTestId('nav-cycles').click();
      await page.getByTestId('reported-SEN').getByRole('link').click();
      await page.getByTestId('checklist-older-version').waitFor();
      await expectChecklistVersion(page, 1);
      await expect(page.getByTestId('checklist-older-version').innerText()).resolves.toMatch(
        /submitted under version 1 .* current version is 2/,
      );
    },
    STEP_TIMEOUT_MS * 2,
  );

  it(
    'offers a field office no new-version form',
    async () => {
      session = await openSignedIn(web, 'dakar@demo.local');
      const { page } = session;
      await page.getByTestId('nav-cycles').click();
      await page.getByTestId('questionnaire-version').waitFor();
      await expect(page.getByTestId('questionnaire-new').count()).resolves.toBe(0);
    },
    STEP_TIMEOUT_MS,
  );
});

describe('checklists and the new-version form across versions', () => {
  it(
    'shows a checklist submitted under an older version on that version, where its need on a removed question is accepted',
    async () => {
      const s = await openSignedIn(web, 'secretariat@demo.local');
      const { page } = s;

      // Nigeria's checklist, submitted under version 2 with a need raised on TIP-6.
      await openChecklist(page, 'NGA');
      const codes = await page
        .getByTestId('checklist-form')
        .locator('[data-testid^="answer-"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('answer-'.length)));
      expect(codes).toContain('TIP-6');
      for (const code of codes) await page.getByTestId(`answer-${code}`).selectOption(code === 'TIP-6' ? 'NO' : 'YES');
      await page.getByTestId('needs-TIP-6').check();
      await page.getByTestId('kind-TIP-6').selectOption('TRAINING');
      await page.getByTestId('topics-TIP-6').selectOption(['trafficking-in-persons']);
      await page.getByTestId('comment-TIP-6').fill('Shelters need trained staff');
      await page.getByTestId('checklist-submit').click();
      await waitUntil(
        s,
        'the submitted status',
        () => page.getByTestId('checklist-status').innerText(),
        (v) => v === 'Submitted',
      );

      // Version 3 no longer asks TIP-6.
      await publishWithout(s, 'TIP-6', 3);

      // Read on its own version: TIP-6 is there, answered, with its need to accept.
      await openChecklist(page, 'NGA');
      await page.getByTestId('checklist-older-version').waitFor();
      await expectChecklistVersion(page, 2);
      await expect(page.getByTestId('answer-TIP-6').inputValue()).resolves.toBe('NO');
      await expect(page.getByTestId('comment-TIP-6').inputValue()).resolves.toBe('Shelters need trained staff');
      await expectAccessible(s, 'a checklist read on its own, older version');
      await page.getByTestId('accept-TIP-6').click();
      await waitUntil(
        s,
        'the accepted need',
        () => page.getByTestId('need-TIP-6').innerText(),
        (v) => /Need accepted/.test(v),
      );
      await expect(page.getByTestId('need-TIP-6').getByRole('link').getAttribute('href')).resolves.toMatch(
        /^\/requests\?id=/,
      );

      // An update answers version 3: the kept answers carried, TIP-6 not asked.
      await page.getByTestId('checklist-update-older').click();
      await waitUntil(
        s,
        'the update form on version 3',
        () => page.getByTestId('answer-TIP-6').count(),
        (n) => n === 0,
      );
      await expect(page.getByTestId('answer-UNTOC-5').inputValue()).resolves.toBe('YES');
      await page.getByTestId('comment-UNTOC-5').fill('Amended in 2009');
      await draftWritten(s, page, 'the update kept on the device');
      // An update begun on this device opens again after a reload, not hidden behind the read view.
      await page.reload();
      await page.getByTestId('checklist-draft-restored').waitFor();
      await expect(page.getByTestId('comment-UNTOC-5').inputValue()).resolves.toBe('Amended in 2009');
      await expect(page.getByTestId('answer-TIP-6').count()).resolves.toBe(0);
    },
    STEP_TIMEOUT_MS * 2,
  );

  it(
    'keeps a draft a field office typed on its device when a new version is published, carried by question code',
    async () => {
      const dakar = await openSignedIn(web, 'dakar@demo.local');
      const { page } = dakar;
      // Liberia's checklist, typed on the device under version 3 and not saved.
      await openChecklist(page, 'LBR');
      await page.getByTestId('answer-UNTOC-5').selectOption('PARTLY');
      await page.getByTestId('comment-UNTOC-5').fill('Bill before Parliament');
      await page.getByTestId('answer-FIREARMS-7').selectOption('NO');
      await page.getByTestId('comment-FIREARMS-7').fill('A registry is being built');
      await draftWritten(dakar, page, 'the draft to be written');

      // Meanwhile the secretariat publishes version 4, without FIREARMS-7.
      const secretariat = await openSignedIn(web, 'secretariat@demo.local');
      await publishWithout(secretariat, 'FIREARMS-7', 4);

      // Back on the poor line: the draft is carried to version 4, its FIREARMS-7 answer kept and shown as such.
      await page.reload();
      await page.getByTestId('checklist-draft-restored').waitFor();
      await expect(page.getByTestId('checklist-draft-restored').innerText()).resolves.toMatch(
        /typed for version 3 .* carried over to version 4/,
      );
      await expect(page.getByTestId('answer-UNTOC-5').inputValue()).resolves.toBe('PARTLY');
      await expect(page.getByTestId('comment-UNTOC-5').inputValue()).resolves.toBe('Bill before Parliament');
      await expect(page.getByTestId('answer-FIREARMS-7').count()).resolves.toBe(0);
      const kept = page.getByTestId('no-longer-asked-FIREARMS-7');
      await waitUntil(
        dakar,
        'the answer to the removed question, with its question',
        () => kept.innerText(),
        (v) => /keep records of firearms/.test(v) && /A registry is being built/.test(v) && /No/.test(v),
      );
      await expectAccessible(dakar, 'a draft carried to a newer version');
      // Carried, the draft is written again under version 4: another reload still has it.
      await draftWritten(dakar, page, 'the carried draft to be written');
      await page.reload();
      await page.getByTestId('checklist-draft-restored').waitFor();
      await expect(page.getByTestId('answer-UNTOC-5').inputValue()).resolves.toBe('PARTLY');
      await page.getByTestId('no-longer-asked-FIREARMS-7').waitFor();

      // Saved on the server, it answers version 4.
      await page.getByTestId('checklist-save-draft').click();
      await waitUntil(
        dakar,
        'the draft status',
        () => page.getByTestId('checklist-status').innerText(),
        (v) => v === 'In progress (draft)',
      );
      await expectChecklistVersion(page, 4);
    },
    STEP_TIMEOUT_MS * 2,
  );

  it(
    'tells the secretariat what a version published meanwhile changed, keeps the edits and publishes on top of it',
    async () => {
      const first = await openSignedIn(web, 'secretariat@demo.local');
      const { page } = first;
      await openNewVersionForm(page);
      await expect(page.getByTestId('q-0-code').inputValue()).resolves.toBe('UNTOC-5');
      const reworded = 'Does your legislation criminalize participation in an organized criminal group (art. 5)?';
      await page.getByTestId('q-0-textEn').fill(reworded);

      // Someone else publishes version 5 first, without SOM-9.
      const other = await openSignedIn(web, 'secretariat@demo.local');
      await publishWithout(other, 'SOM-9', 5);

      // Refused: the form reads version 5, says what it changed, and keeps the edit.
      await page.getByTestId('questionnaire-publish').click();
      const stale = page.getByTestId('questionnaire-stale');
      await stale.waitFor();
      await expect(stale.innerText()).resolves.toMatch(/Version 5 of the questionnaire was published by someone else/);
      await expect(page.getByTestId('questionnaire-stale-changes').innerText()).resolves.toMatch(
        /Version 5 removed: SOM-9/,
      );
      await expect(page.getByTestId('q-0-textEn').inputValue()).resolves.toBe(reworded);
      await expect(page.getByTestId('questionnaire-version').innerText()).resolves.toMatch(
        /^Version 5 of the questionnaire, 7 questions/,
      );
      await expect(page.getByTestId('questionnaire-publish').innerText()).resolves.toBe('Publish version 6');
      await expectAccessible(first, 'the new-version form after a refusal');

      // The edits are replayed on version 5: SOM-9 is not put back (the person left it alone), nothing to decide.
      await expect(page.getByTestId('questionnaire-form').locator('fieldset').count()).resolves.toBe(7);
      const codes = await page
        .getByTestId('questionnaire-form')
        .locator('[data-testid$="-code"]')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      expect(codes).not.toContain('SOM-9');
      await expect(page.getByTestId('questionnaire-merged').innerText()).resolves.toMatch(/nothing for you to decide/);
      // Published as it is: version 6, with the reworded question and without SOM-9.
      await page.getByTestId('questionnaire-publish').click();
      await page.getByTestId('questionnaire-published').waitFor();
      await waitUntil(
        first,
        'version 6',
        () => page.getByTestId('questionnaire-version').innerText(),
        (v) => /^Version 6 of the questionnaire, 7 questions/.test(v),
      );
      await page.getByTestId('questionnaire-new').click();
      await expect(page.getByTestId('q-0-textEn').inputValue()).resolves.toBe(reworded);
      await expect(page.getByTestId('questionnaire-form').locator('fieldset').count()).resolves.toBe(7);
    },
    STEP_TIMEOUT_MS * 2,
  );
  it(
    'carries a checklist left open across a publication when its save is refused, and saves it without a reload',
    async () => {
      const dakar = await openSignedIn(web, 'dakar@demo.local');
      // Liberia's checklist (a draft saved on the server, now on version 6) and Sierra Leone's (none yet), open.
      const lbr = dakar.page;
      await openChecklist(lbr, 'LBR');
      await expectChecklistVersion(lbr, 6);
      const codes = await lbr
        .getByTestId('checklist-form')
        .locator('[data-testid^="answer-"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('answer-'.length)));
      const removed = codes.at(-1)!;
      expect(removed).not.toBe('UNTOC-5');
      await lbr.getByTestId('comment-UNTOC-5').fill('Bill adopted in May');
      await lbr.getByTestId(`answer-${removed}`).selectOption('YES');
      await draftWritten(dakar, lbr, 'the Liberian draft to be written');
      const sle = await dakar.context.newPage();
      await sle.goto(web.url);
      await openChecklist(sle, 'SLE');
      await expect(sle.getByTestId('checklist-status').innerText()).resolves.toBe('Not started');
      await sle.getByTestId('answer-UNTOC-5').selectOption('NO');
      await sle.getByTestId('comment-UNTOC-5').fill('No offence yet');
      await draftWritten(dakar, sle, 'the Sierra Leonean draft to be written');

      // Meanwhile the secretariat publishes version 7, without the last question.
      const secretariat = await openSignedIn(web, 'secretariat@demo.local');
      await publishWithout(secretariat, removed, 7);

      // Liberia: the save is refused (the publication moved the entry: STALE_VERSION); the form shows version 7,
      // what was typed carried over, the answer to the removed question kept apart; saving again works.
      await lbr.getByTestId('checklist-save-draft').click();
      const changed = lbr.getByTestId('checklist-questionnaire-changed');
      await changed.waitFor();
      await expect(changed.innerText()).resolves.toMatch(/Version 7 of the questionnaire was published while you/);
      // The form shown again took the focused Save button with it: the focus is on the notice, not lost.
      await waitUntil(
        dakar,
        'the focus on the notice',
        () => lbr.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null),
        (v) => v === 'checklist-questionnaire-changed',
      );
      await expect(lbr.getByTestId('checklist-draft-restored').innerText()).resolves.toMatch(
        /typed for version 6 .* carried over to version 7/,
      );
      await expect(lbr.getByTestId('comment-UNTOC-5').inputValue()).resolves.toBe('Bill adopted in May');
      await expect(lbr.getByTestId(`answer-${removed}`).count()).resolves.toBe(0);
      await lbr.getByTestId(`no-longer-asked-${removed}`).waitFor();
      await expectAccessible(dakar, 'a checklist carried after a refused save');
      await lbr.getByTestId('checklist-save-draft').click();
      await lbr.getByTestId('checklist-saved').waitFor();
      await expect(lbr.getByTestId('checklist-questionnaire-changed').count()).resolves.toBe(0);
      // Saved, the answer to the removed question stays on the device, still listed, until the person forgets it.
      await lbr.getByTestId(`no-longer-asked-${removed}`).waitFor();
      await lbr.reload();
      await lbr.getByTestId(`no-longer-asked-${removed}`).waitFor();
      await expect(lbr.getByTestId('checklist-draft-restored').count()).resolves.toBe(0);
      await lbr.getByTestId('checklist-forget-no-longer-asked').click();
      await expect(lbr.getByTestId(`no-longer-asked-${removed}`).count()).resolves.toBe(0);
      await expectChecklistVersion(lbr, 7);
      await expect(lbr.getByTestId('comment-UNTOC-5').inputValue()).resolves.toBe('Bill adopted in May');

      // Sierra Leone: no entry yet, the save names version 6's questions (UNKNOWN_QUESTION): carried the same way.
      await sle.getByTestId('checklist-save-draft').click();
      await sle.getByTestId('checklist-questionnaire-changed').waitFor();
      await expect(sle.getByTestId('answer-UNTOC-5').inputValue()).resolves.toBe('NO');
      await expect(sle.getByTestId('comment-UNTOC-5').inputValue()).resolves.toBe('No offence yet');
      await sle.getByTestId('checklist-save-draft').click();
      await waitUntil(
        dakar,
        'the Sierra Leonean draft saved',
        () => sle.getByTestId('checklist-status').innerText(),
        (v) => v === 'In progress (draft)',
      );
      await expectChecklistVersion(sle, 7);
    },
    STEP_TIMEOUT_MS * 2,
  );
  it(
    'restores a draft an earlier release kept under its version’s name, carried to the current version',
    async () => {
      const s = await openSignedIn(web, 'secretariat@demo.local');
      const { page } = s;
      // The Gambia’s checklist (none saved): as the earlier release kept a draft typed under version 6, rows by id only.
      await openChecklist(page, 'GMB');
      await expect(page.getByTestId('checklist-status').innerText()).resolves.toBe('Not started');
      const [, cycleId] = /\/cycles\/([^/]+)\/GMB/.exec(page.url())!;
      const written = await page.evaluate(async (cycle) => {
        const gql = async (query: string) => {
          const res = await fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            credentials: 'same-origin',
            body: JSON.stringify({ query }),
          });
          return ((await res.json()) as { data: Record<string, unknown> }).data;
        };
        const me = (await gql('{ me { id } }')).me as { id: string };
        const { reportingCycle } = (await gql(
          `{ reportingCycle(id: "${cycle}") { v6: questions(version: 6) { id code } now: questions { code } } }`,
        )) as { reportingCycle: { v6: Array<{ id: string; code: string }>; now: Array<{ code: string }> } };
        const kept = new Set(reportingCycle.now.map((q) => q.code));
        const removed = reportingCycle.v6.find((q) => !kept.has(q.code))!;
        const row = (id: string, answer: string, comment: string) => ({
          questionId: id,
          answer,
          comment,
          needsAssistance: false,
          assistanceKind: '',
          assistanceTopics: [],
        });
        const name = `checklist:${cycle}:GMB:${me.id}:v6`;
        const draft = {
          values: {
            focalPoint: 'Ministry of Justice, Banjul',
            answers: reportingCycle.v6.map((q) =>
              q.code === 'UNTOC-5'
                ? row(q.id, 'PARTLY', 'Typed before the upgrade')
                : q.code === removed.code
                  ? row(q.id, 'NO', 'Asked no more')
                  : row(q.id, '', ''),
            ),
          },
          idempotencyKey: 'old-release-key-1',
          savedAt: new Date().toISOString(),
          basis: 0,
        };
        await new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('ta-drafts');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('drafts', 'readwrite');
            tx.objectStore('drafts').put(draft, name);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        });
        return { name, removed: removed.code, userId: me.id };
      }, cycleId);

      await page.reload();
      await page.getByTestId('checklist-draft-restored').waitFor();
      await expect(page.getByTestId('checklist-draft-restored').innerText()).resolves.toMatch(
        /typed for version 6 .* carried over to version 7/,
      );
      await expect(page.getByTestId('checklist-focal-point').inputValue()).resolves.toBe('Ministry of Justice, Banjul');
      await expect(page.getByTestId('answer-UNTOC-5').inputValue()).resolves.toBe('PARTLY');
      await expect(page.getByTestId('comment-UNTOC-5').inputValue()).resolves.toBe('Typed before the upgrade');
      await waitUntil(
        s,
        'the answer to the question version 7 removed, kept apart',
        () => page.getByTestId(`no-longer-asked-${written.removed}`).innerText(),
        (v) => /Asked no more/.test(v),
      );
      // Moved: under the new name, the old one gone.
      const names = await draftNames(page);
      expect(names).not.toContain(written.name);
      expect(names).toContain(`checklist:${cycleId}:GMB:${written.userId}`);
    },
    STEP_TIMEOUT_MS * 2,
  );
  it(
    'marks a question both the person and a version published meanwhile reworded, for the person to decide',
    async () => {
      const first = await openSignedIn(web, 'secretariat@demo.local');
      const { page } = first;
      await openNewVersionForm(page);
      await expect(page.getByTestId('q-0-code').inputValue()).resolves.toBe('UNTOC-5');
      await page
        .getByTestId('q-0-textFr')
        .fill('La participation à un groupe criminel est-elle une infraction (mien) ?');

      // Someone else rewords the same question's French first, and publishes version 8.
      const other = await openSignedIn(web, 'secretariat@demo.local');
      await publishVersionAs(other, (form) =>
        form.getByTestId('q-0-textFr').fill('La participation est-elle incriminée (leur) ?'),
      );

      // Refused: the question is marked, the person's words kept, the other version's shown.
      await page.getByTestId('questionnaire-publish').click();
      const conflict = page.getByTestId('questionnaire-conflict-UNTOC-5');
      await conflict.waitFor();
      await expect(page.getByTestId('questionnaire-merged').innerText()).resolves.toMatch(/both changed 1 question/);
      await expect(conflict.innerText()).resolves.toMatch(/Question in French: La participation est-elle incriminée/);
      await expect(page.getByTestId('q-0-textFr').inputValue()).resolves.toMatch(/\(mien\)/);
      await expectAccessible(first, 'a question both sides changed');
      // The person takes the other version's words, and publishes version 9.
      await expect(conflict.getAttribute('role')).resolves.toBe('note');
      await page.getByTestId('questionnaire-take-theirs-UNTOC-5').click();
      await expect(page.getByTestId('q-0-textFr').inputValue()).resolves.toBe(
        'La participation est-elle incriminée (leur) ?',
      );
      await expect(conflict.count()).resolves.toBe(0);
      // The button is gone with the notice: focus is on the question's legend, not lost.
      await expect(
        page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.textContent]),
      ).resolves.toEqual(['LEGEND', expect.stringContaining('UNTOC-5')]);
      await page.getByTestId('questionnaire-publish').click();
      await page.getByTestId('questionnaire-published').waitFor();
      await versionPublished(first, 9);
    },
    STEP_TIMEOUT_MS * 2,
  );
  it(
    'merges one question field by field: the person’s English and the French a version published meanwhile changed',
    async () => {
      const first = await openSignedIn(web, 'secretariat@demo.local');
      const { page } = first;
      await openNewVersionForm(page);
      await expect(page.getByTestId('q-0-code').inputValue()).resolves.toBe('UNTOC-5');
      await page.getByTestId('q-0-textEn').fill('Is taking part in an organized criminal group an offence (mine)?');

      // Someone else rewords the same question's French only, and publishes version 10.
      const other = await openSignedIn(web, 'secretariat@demo.local');
      await publishVersionAs(other, (form) =>
        form.getByTestId('q-0-textFr').fill('La participation est-elle une infraction (leur) ?'),
      );

      // Refused, merged: both changes kept, nothing to decide, the other's French not undone.
      await page.getByTestId('questionnaire-publish').click();
      await page.getByTestId('questionnaire-stale').waitFor();
      await expect(page.getByTestId('questionnaire-merged').innerText()).resolves.toMatch(/nothing for you to decide/);
      await expect(page.getByTestId('questionnaire-conflict-UNTOC-5').count()).resolves.toBe(0);
      await expect(page.getByTestId('q-0-textEn').inputValue()).resolves.toMatch(/\(mine\)/);
      await expect(page.getByTestId('q-0-textFr').inputValue()).resolves.toBe(
        'La participation est-elle une infraction (leur) ?',
      );
      await expect(page.getByTestId('q-0-textEn').isEnabled()).resolves.toBe(true);
      await page.getByTestId('questionnaire-publish').click();
      await page.getByTestId('questionnaire-published').waitFor();
      await versionPublished(first, 11);
    },
    STEP_TIMEOUT_MS * 2,
  );
});
