import type { Language } from '@ta/domain';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import en from './en.json';

/** UI languages, in the order the switcher shows them. */
export const UI_LANGUAGES = ['en', 'fr', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

// English is in the first download (it is also the fallback); French and Spanish are chunks of their own, fetched
// only by those who read them (on a 50 kbit/s line each is seconds). Every translation must have every English
// key (a missing key fails `tsc`).
const LOADERS: Record<Exclude<UiLanguage, 'en'>, () => Promise<typeof en>> = {
  fr: () => import('./fr.json').then((m) => m.default satisfies typeof en),
  es: () => import('./es.json').then((m) => m.default satisfies typeof en),
};

/** The language's texts are there (fetched once; the service worker keeps them for offline use). */
function loadLanguage(lang: UiLanguage): Promise<void> {
  if (lang === 'en' || i18next.hasResourceBundle(lang, 'translation')) return Promise.resolve();
  return LOADERS[lang]().then((bundle) => {
    i18next.addResourceBundle(lang, 'translation', bundle, true, true);
  });
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

const STORAGE_KEY = 'ta.language';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

function initialLanguage(): UiLanguage {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isUiLanguage(stored)) return stored;
  } catch {
    // storage can be unavailable (private mode); fall back to the browser's language
  }
  const browser = navigator.language.slice(0, 2).toLowerCase();
  return isUiLanguage(browser) ? browser : 'en';
}

export function setUiLanguage(lang: UiLanguage): void {
  // Offline and never fetched: the language stays as it is (the switcher can be pressed again later).
  void loadLanguage(lang)
    .then(() => i18next.changeLanguage(lang))
    .catch(() => undefined);
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not remembered across visits, which is fine
  }
}

/** The GraphQL `Language` for a UI language: State names and area titles come from the API in it. */
export function apiLanguage(lang: string): Language {
  return isUiLanguage(lang) ? (lang.toUpperCase() as Language) : 'EN';
}

i18next.on('languageChanged', (lang) => {
  document.documentElement.lang = lang;
});

const initial = initialLanguage();

/** Settles once the first language's texts are there (at once for English): the app renders after it. */
export const i18nReady: Promise<void> = i18next
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en } },
    partialBundledLanguages: true,
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: UI_LANGUAGES,
    interpolation: { escapeValue: false }, // React escapes
    react: { useSuspense: false }, // the app renders once i18nReady settles: nothing to wait for
  })
  .then(() => loadLanguage(initial))
  .then(() => i18next.changeLanguage(initial))
  .then(
    () => undefined,
    // The language's chunk could not be fetched (offline, first visit): English, rather than no page.
    () => undefined,
  );

export default i18next;

/** The reader's language as the API's `Language` argument (`title(lang: $lang)`), for a component's queries. */
export function useApiLanguage(): Language {
  const { i18n } = useTranslation();
  return apiLanguage(i18n.resolvedLanguage ?? 'en');
}
