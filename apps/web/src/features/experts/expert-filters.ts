import type { ExpertFilter } from '@ta/graphql-types/graphql';

export interface ExpertFilterValues {
  expertise: string;
  language: string;
  region: string;
  /** '' any, 'yes' members of the advisory group, 'no' the others. */
  advisoryGroup: '' | 'yes' | 'no';
  freeFrom: string;
  freeTo: string;
  search: string;
}

export const EMPTY_EXPERT_FILTERS: ExpertFilterValues = {
  expertise: '',
  language: '',
  region: '',
  advisoryGroup: '',
  freeFrom: '',
  freeTo: '',
  search: '',
};

/** Languages the roster records (ISO 639-1). */
export const EXPERT_LANGUAGES = [
  'en',
  'fr',
  'es',
  'ar',
  'ru',
  'zh',
  'pt',
  'de',
  'it',
  'ja',
  'nl',
  'pl',
  'sv',
  'no',
] as const;

/** Only what is set; availability needs both dates (free on every day between them). */
export function toExpertFilter(values: ExpertFilterValues): ExpertFilter {
  const filter: ExpertFilter = {};
  if (values.expertise) filter.expertise = [values.expertise];
  if (values.language) filter.languages = [values.language];
  if (values.region) filter.region = values.region;
  if (values.advisoryGroup) filter.advisoryGroup = values.advisoryGroup === 'yes';
  if (values.freeFrom && values.freeTo) {
    filter.freeFrom = values.freeFrom;
    filter.freeTo = values.freeTo;
  }
  const search = values.search.trim();
  if (search) filter.search = search;
  return filter;
}
