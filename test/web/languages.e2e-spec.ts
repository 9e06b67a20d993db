/**
 * A French and a Spanish reader see no English on the main pages: every text the web client shows through
 * its locale files, checked against the English file (a string that the language's file writes differently
 * must not appear on the page); State names in the reader's language; money as the language writes it.
 * In a real browser against the real built system on the demo data.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  DEMO_PASSWORD,
  describePage,
  signInAs,
  STEP_TIMEOUT_MS,
  useServerAndBrowser,
  useSession,
  waitUntil,
} from './browser.js';

type Locale = 'fr' | 'es';
type Tree = { [key: string]: string | Tree };

const I18N = resolve(import.meta.dirname, '../../apps/web/src/i18n');
const readLocale = (lang: string): Tree => JSON.parse(readFileSync(resolve(I18N, `${lang}.json`), 'utf8')) as Tree;

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/**
 * The English strings a reader of `lang` must never see: every English leaf that the language's file writes
 * differently (a word both languages share, like "Total", proves nothing). A string with placeholders becomes a
 * pattern ("{{count}} requests" → /^.+? requests$/); strings without a letter pair are left out.
 */
export function englishOnlyStrings(lang: Locale): Array<{ key: string; text: string; pattern: RegExp | null }> {
  const en = leaves(readLocale('en'));
  const other = leaves(readLocale(lang));
  const out: Array<{ key: string; text: string; pattern: RegExp | null }> = [];
  for (const [key, text] of en) {
    if (other.get(key) === text || !/\p{L}{2}/u.test(text.replace(/\{\{[^}]+\}\}/g, ''))) continue;
    const literal = text.replace(/<\/?\d+>/g, '');
    // A count is a number ("{{count}} change" must not match the French "Fixer un taux de change").
    const placeholder = (name: string) => (name === 'count' ? '[\\d\\s.,\\u202f\\u00a0]+' : '.+?');
    const pattern = /\{\{/.test(literal)
      ? new RegExp(
          `^${literal
            .split(/(\{\{[^}]+\}\})/)
            .map((part) => {
              const name = /^\{\{\s*([^},\s]+)[^}]*\}\}$/.exec(part)?.[1];
              return name ? placeholder(name) : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            })
            .join('')}$`,
          's',
        )
      : null;
    out.push({ key, text: literal, pattern });
  }
  return out;
}

/**
 * What the page shows a reader: visible text nodes, leaf elements' text and the labels read aloud (as text:
 * the tests are typed for Node, not the DOM). The State profile's line of the State's names in the three
 * languages is left out: it shows the English name on purpose.
 */
const VISIBLE_TEXTS = `(() => {
  const out = new Set();
  const shown = (el) => {
    if (!el) return false;
    if (el.closest('[hidden], [aria-hidden="true"], template, script, style, [data-testid="state-names"]')) return false;
    // An <option> has no box of its own, but a reader opens the list.
    if (el.tagName === 'OPTION' || el.tagName === 'OPTGROUP') return true;
    return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const clean = (text) => (text || '').replace(/\\s+/g, ' ').trim();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = clean(node.textContent);
    if (text && shown(node.parentElement)) out.add(text);
  }
  for (const el of document.body.querySelectorAll('*')) {
    if (!shown(el)) continue;
    if (Array.from(el.children).every((c) => c.tagName === 'A' || c.tagName === 'STRONG' || c.tagName === 'EM')) {
      const text = clean(el.textContent);
      if (text) out.add(text);
    }
    for (const attribute of ['aria-label', 'placeholder', 'title', 'alt', 'label']) {
      const value = clean(el.getAttribute(attribute));
      if (value) out.add(value);
    }
  }
  return [...out];
})()`;

async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(VISIBLE_TEXTS);
}

/** The English strings the page shows, with their keys. */
async function englishOn(page: Page, lang: Locale): Promise<string[]> {
  const texts = await visibleTexts(page);
  const found: string[] = [];
  for (const { key, text, pattern } of englishOnlyStrings(lang)) {
    const hit = texts.find((t) => (pattern ? pattern.test(t) : t === text));
    if (hit !== undefined) found.push(`${key}: "${hit}"`);
  }
  return found;
}

const web = useServerAndBrowser();
/** The States' names in each language, from the API. */
let names: Record<'en' | Locale, Map<string, string>>;
/** The activities' English titles, by code. */
let englishTitles: Map<string, string>;

beforeAll(async () => {
  const post = async (query: string, token?: string): Promise<Response> =>
    fetch(`${web.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
  const login = (await (
    await post(`mutation { login(email: "viewer@demo.local", password: "${DEMO_PASSWORD}") { token } }`)
  ).json()) as { data: { login: { token: string } } };
  const res = await post('{ states { iso3 en: name fr: name(lang: FR) es: name(lang: ES) } }', login.data.login.token);
  const body = (await res.json()) as { data: { states: Array<{ iso3: string; en: string; fr: string; es: string }> } };
  names = {
    en: new Map(body.data.states.map((s) => [s.iso3, s.en])),
    fr: new Map(body.data.states.map((s) => [s.iso3, s.fr])),
    es: new Map(body.data.states.map((s) => [s.iso3, s.es])),
  };
  const programme = (await (
    await post('{ activities(first: 200) { nodes { code title } } }', login.data.login.token)
  ).json()) as { data: { activities: { nodes: Array<{ code: string; title: string }> } } };
  englishTitles = new Map(programme.data.activities.nodes.map((a) => [a.code, a.title]));
}, 120_000);

/** Each main page, and what shows that its data is there. */
const PAGES: Array<{ path: string; ready: string }> = [
  { path: '/dashboard', ready: 'key-figures' },
  { path: '/requests', ready: 'request-row' },
  { path: '/programme', ready: 'activity-row' },
  { path: '/workshops', ready: 'workshop-row' },
  { path: '/funding', ready: 'cell-cost' },
  { path: '/states/DEU', ready: 'state-activities' },
  { path: '/cooperation', ready: 'cooperation-row' },
  { path: '/organisations', ready: 'organisation-row' },
];

const HEADINGS: Record<Locale, { germany: string; currency: RegExp }> = {
  fr: { germany: 'Allemagne', currency: /^[\d\s\u202f\u00a0]+(,\d{2})?\s\$US$/ },
  es: { germany: 'Alemania', currency: /^[\d.]+(,\d{2})?\sUS\$$/ },
};

describe.each(['fr', 'es'] as const)('the main pages in %s', (lang) => {
  const session = useSession(web, { locale: lang === 'fr' ? 'fr-FR' : 'es-ES' });

  beforeAll(() => signInAs(session, web.url, 'secretariat@demo.local'), STEP_TIMEOUT_MS);

  it('knows English strings to look for (the check is not empty)', () => {
    const strings = englishOnlyStrings(lang);
    expect(strings.length).toBeGreaterThan(300);
    expect(strings.map((s) => s.text)).toContain('Requests');
  });

  it.each(PAGES)(
    'shows no English on $path',
    async ({ path, ready }) => {
      const { page } = session;
      try {
        await page.goto(`${web.url}${path}`);
        await page.getByTestId(ready).first().waitFor();
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
        // Data loaded after the first row (charts, counts) settles before the text is read.
        await page.waitForLoadState('networkidle');
        expect(await englishOn(page, lang)).toEqual([]);
      } catch (e) {
        throw new Error(`${(e as Error).message}\n${await describePage(session)}`);
      }
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'fits every page of the navigation on a 1366-pixel screen (the longer French and Spanish names wrap, not scroll)',
    async () => {
      const { page } = session;
      await page.setViewportSize({ width: 1366, height: 768 });
      try {
        await page.goto(`${web.url}/requests`);
        await page.getByTestId('request-row').first().waitFor();
        const links = page.getByTestId('app-nav').locator('a');
        expect(await links.count()).toBeGreaterThan(8);
        const outside = await links.evaluateAll((as) =>
          as
            .map((a) => ({ name: a.textContent ?? '', right: a.getBoundingClientRect().right }))
            .filter((a) => a.right > window.innerWidth),
        );
        expect(outside).toEqual([]);
      } finally {
        await page.setViewportSize({ width: 1400, height: 1000 });
      }
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'shows no English on the Users page, with New user open for a field office, as the administrator',
    async () => {
      const admin = await web.open({ locale: lang === 'fr' ? 'fr-FR' : 'es-ES' });
      try {
        await signInAs(admin, web.url, 'admin@demo.local');
        const { page } = admin;
        await page.goto(`${web.url}/users`);
        await page.getByTestId('user-row').first().waitFor();
        await page.waitForLoadState('networkidle');
        expect(await englishOn(page, lang)).toEqual([]);
        await page.getByTestId('new-user-open').click();
        await page.getByTestId('new-user-role').selectOption('FIELD_OFFICE');
        await page.getByTestId('new-user-password').fill('short');
        await page.getByTestId('error-password').waitFor();
        expect(await englishOn(page, lang)).toEqual([]);
      } catch (e) {
        throw new Error(`${(e as Error).message}\n${await describePage(admin)}`);
      } finally {
        await admin.context.close();
      }
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'names States in the reader’s language and writes money as the language does',
    async () => {
      const { page } = session;
      await page.goto(`${web.url}/requests`);
      await page.getByTestId('request-row').first().waitFor();
      const shown = await page.getByTestId('cell-state').allInnerTexts();
      const expected = new Set(names[lang].values());
      expect(shown.filter((name) => !expected.has(name.trim()))).toEqual([]);
      // At least one of them is written differently in English, so the check says something.
      const english = new Set(names.en.values());
      expect(shown.some((name) => !english.has(name.trim()))).toBe(true);

      await page.goto(`${web.url}/states/DEU`);
      await waitUntil(
        session,
        'the State profile heading',
        () => page.locator('#state-title').innerText(),
        (t) => t === HEADINGS[lang].germany,
      );

      // The programme's titles in the language, each marked as an unofficial translation (one note for the list).
      await page.goto(`${web.url}/programme`);
      await page.getByTestId('activity-row').first().waitFor();
      await page.getByTestId('unofficial-translations-note').waitFor();
      const rows = await page.getByTestId('activity-row').all();
      expect(rows.length).toBeGreaterThan(10);
      for (const row of rows.slice(0, 10)) {
        const code = (await row.getAttribute('data-code'))!;
        const title = row.getByTestId('activity-title');
        await expect(title.getAttribute('data-unofficial-translation')).resolves.toBe('true');
        expect((await title.innerText()).startsWith(englishTitles.get(code)!)).toBe(false);
      }

      await page.goto(`${web.url}/dashboard`);
      const gap = await waitUntil(
        session,
        'the funding gap figure',
        () => page.getByTestId('figure-funding-gap').locator('dd').innerText(),
        (t) => /\d/.test(t),
      );
      expect(gap.trim()).toMatch(HEADINGS[lang].currency);
      expect(gap).not.toContain('USD');
    },
    STEP_TIMEOUT_MS,
  );
});
