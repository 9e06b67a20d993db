import { registerEnumType } from '@nestjs/graphql';

export enum Language {
  EN = 'EN',
  FR = 'FR',
  ES = 'ES',
}
registerEnumType(Language, {
  name: 'Language',
  description: 'The languages the interface and reference names come in.',
});

/** Picks the name in the asked language from a row that carries `xxxEn`, `xxxFr`, `xxxEs`. */
export function inLanguage(values: { en: string; fr: string; es: string }, lang: Language = Language.EN): string {
  switch (lang) {
    case Language.FR:
      return values.fr;
    case Language.ES:
      return values.es;
    default:
      return values.en;
  }
}

/** A text kept in English with optional French and Spanish translations (null until translated). */
export interface TranslatedText {
  en: string;
  fr?: string | null;
  es?: string | null;
}

/** The text in the asked language, else the English it was written in. */
export function translated(values: TranslatedText, lang: Language = Language.EN): string {
  return inLanguage({ en: values.en, fr: values.fr || values.en, es: values.es || values.en }, lang);
}

/**
 * Whether what `translated` answers in `lang` is a translation made for this tool rather than the original or
 * the UN's own text (the web client marks it as such).
 */
export function isUnofficialTranslation(values: TranslatedText, official: boolean, lang: Language): boolean {
  if (official || lang === Language.EN) return false;
  return Boolean(lang === Language.FR ? values.fr : values.es);
}
