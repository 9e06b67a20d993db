/** Kinds of assistance a State can ask for (contract: AssistanceKind). */
export const ASSISTANCE_KINDS = [
  'REPORTING_OBLIGATIONS',
  'LEGISLATIVE_ASSISTANCE',
  'TRAINING',
  'EQUIPMENT',
  'PRINTING_LEGISLATION',
  'FOLLOW_UP_TRAINING',
  'DATA_COLLECTION',
  'OTHER',
] as const;
export type AssistanceKind = (typeof ASSISTANCE_KINDS)[number];

/** How a request reached the secretariat. */
export const CHANNELS = ['questionnaire', 'checklist', 'field-office', 'workshop', 'letter', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Topics a request can concern. Slugs are stable (tools filter on them); labels live in the
 * web client's translations.
 */
export const TOPICS = [
  'cybercrime',
  'money-laundering',
  'confiscation',
  'international-cooperation',
  'mutual-legal-assistance',
  'extradition',
  'trafficking-in-persons',
  'smuggling-of-migrants',
  'firearms',
  'witness-protection',
  'victim-protection',
  'joint-investigations',
  'special-investigative-techniques',
  'identity-related-crime',
  'corruption',
  'organized-crime',
  'criminal-justice',
  'reporting',
  'data-collection',
] as const;
export type Topic = (typeof TOPICS)[number];

export const LANGUAGES = ['EN', 'FR', 'ES'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Reporting help is about the State's reports as a whole; every other kind must name at least one topic. */
export function requiresTopic(kind: AssistanceKind): boolean {
  return kind !== 'REPORTING_OBLIGATIONS';
}

/** The priority area a need of each kind usually belongs to (paras 4, 14, 37, 51, 61); OTHER has none. */
export const DEFAULT_PRIORITY_AREA: Readonly<Record<AssistanceKind, string | null>> = {
  REPORTING_OBLIGATIONS: 'A',
  LEGISLATIVE_ASSISTANCE: 'B',
  TRAINING: 'B',
  EQUIPMENT: 'C',
  PRINTING_LEGISLATION: 'C',
  FOLLOW_UP_TRAINING: 'C',
  DATA_COLLECTION: 'D',
  OTHER: null,
};
