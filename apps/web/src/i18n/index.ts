import type { Language } from '@ta/domain';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';

/** UI languages, in the order the switcher shows them. */
export const UI_LANGUAGES = ['en', 'fr', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

// Every translation must have every English key (a missing key fails `tsc`).
const resources = {
  en: { translation: en },
  fr: { translation: fr satisfies typeof en },
  es: { translation: es satisfies typeof en },
} as const;

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
  void i18next.changeLanguage(lang);
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

void i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: UI_LANGUAGES,
  interpolation: { escapeValue: false }, // React escapes
  react: { useSuspense: false }, // resources are bundled: nothing to wait for
});

export default i18next;
