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
