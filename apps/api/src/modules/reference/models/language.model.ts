import { Args, Parent, registerEnumType, ResolveField, type ResolveFieldOptions } from '@nestjs/graphql';
import { directField } from '../../../infra/graphql/preloaded.js';

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

/** The column a name in three languages reads for each (`nameEn`, `nameFr`, `nameEs`). */
export type ColumnsByLanguage = Readonly<Record<Language, string>>;

/**
 * A list's columns (`columnsFor`) without the languages of a name nobody asked for: `asked` holds each occurrence's
 * `lang` (null or undefined: English, the argument's default). A column that is also a field asked for itself (in
 * `fields`) stays. `null` (every column) stays `null`.
 */
export function onlyLanguagesAsked(
  columns: string[] | null,
  asked: readonly unknown[],
  byLanguage: ColumnsByLanguage,
  fields: ReadonlySet<string>,
): string[] | null {
  if (!columns) return columns;
  const wanted = new Set(asked.map((lang) => lang ?? Language.EN));
  const unasked = new Set(
    (Object.keys(byLanguage) as Language[])
      .filter((lang) => !wanted.has(lang) && !fields.has(byLanguage[lang]))
      .map((lang) => byLanguage[lang]),
  );
  return columns.filter((column) => !unasked.has(column));
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

/**
 * Declares a field answered in the asked language (`lang: Language = EN`), from its parent alone: the method is
 * `(parent, lang) => value` and must not use `this`. Nest puts the field and its argument in the schema; graphql-js
 * then calls the method directly (infra/graphql/preloaded.ts `directField`), since such a field is asked for on
 * every row of a list and needs nothing of Nest's per-call machinery. `typeName` is the GraphQL type's name.
 */
export function InLanguage(
  typeName: string,
  returns: () => typeof String | typeof Boolean,
  options: ResolveFieldOptions = {},
): MethodDecorator {
  return (target, key, descriptor) => {
    ResolveField(returns, options)(target, key, descriptor);
    Parent()(target, key, 0);
    Args('lang', { type: () => Language, defaultValue: Language.EN, nullable: true })(target, key, 1);
    const method = descriptor.value as unknown as (parent: unknown, lang: Language) => unknown;
    directField(typeName, String(key), (source: unknown, args: { lang?: Language | null }) =>
      method(source, args.lang ?? Language.EN),
    );
  };
}
