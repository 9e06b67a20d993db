/**
 * Suggestions (issue 14 part 3): which activities could answer a request, which experts fit a request or a
 * workshop. The weights and the reasons are this file's; the API ranks in SQL with these weights (passed as
 * parameters) and says each reason in English with `suggestionReasonText`; the web translates the same keys.
 */
import type { ActivityType } from './programme.js';
import type { AssistanceKind } from './assistance.js';

/**
 * Points of an activity for a request, out of 100. Topics and instruments count in proportion to the
 * request's topics (instruments) the activity shares: an activity's topics and instruments are those of the
 * requests already linked to it (activities carry none of their own).
 */
export const ACTIVITY_SUGGESTION_WEIGHTS = {
  /** the same priority area as the request */
  area: 25,
  /** the activity's type answers the kind of request (ACTIVITY_TYPES_FOR_KIND) */
  kind: 15,
  /** × matched / the request's topics */
  topics: 15,
  /** × matched / the request's instruments */
  instruments: 10,
  /** the request's State among the activity's beneficiaries */
  state: 20,
  /** else its region (M49 region, sub-region or intermediate region) among them */
  region: 10,
  /** the activity is still open: not completed or cancelled, and its plan years not past when the request came in */
  open: 10,
  /** money is still missing for it (effective cost − committed − paid > 0) */
  fundingGap: 5,
} as const;

/** The activity types that answer each kind of request (an empty list: no type earns the kind points). */
export const ACTIVITY_TYPES_FOR_KIND: Readonly<Record<AssistanceKind, readonly ActivityType[]>> = {
  REPORTING_OBLIGATIONS: ['TOOL_OR_SOFTWARE', 'WORKSHOP', 'LEGAL_ADVISORY_SERVICE'],
  LEGISLATIVE_ASSISTANCE: ['LEGAL_ADVISORY_SERVICE', 'MODEL_LEGISLATION'],
  TRAINING: ['WORKSHOP', 'TRAINING_MATERIAL'],
  EQUIPMENT: ['EQUIPMENT'],
  PRINTING_LEGISLATION: ['MODEL_LEGISLATION', 'LEGAL_ADVISORY_SERVICE'],
  FOLLOW_UP_TRAINING: ['WORKSHOP', 'TRAINING_MATERIAL'],
  DATA_COLLECTION: ['RESEARCH', 'TOOL_OR_SOFTWARE'],
  OTHER: [],
};

/**
 * Points of an expert for a request or a workshop, out of 100. The need's topics are the request's (a
 * workshop's: those of the requests it answers, directly or through its activity); its languages are the
 * workshop's (a request's: its workshop's, if any); its legal system is its State's (a workshop's: its
 * host country's).
 */
export const EXPERT_SUGGESTION_WEIGHTS = {
  /** × matched / the need's topics */
  topics: 35,
  /** speaks one of the need's languages */
  languages: 20,
  /** the same legal system as the State (footnote 18, para. 46: the advisory group's legal-system balance) */
  legalSystem: 15,
  /** from a region whose share of the advisory group is below its share of UN Member States (para. 46) */
  region: 15,
  /** not booked on the workshop's dates (a request without dates: marked available on the roster) */
  free: 15,
} as const;

/** The machine-stable reasons; the web says each in the reader's language (suggestions.reasons.<key>). */
export const SUGGESTION_REASON_KEYS = [
  'SAME_AREA',
  'FITS_KIND',
  'TOPICS',
  'INSTRUMENTS',
  'STATE_BENEFICIARY',
  'REGION_BENEFICIARY',
  'OPEN_YEARS',
  'FUNDING_GAP',
  'LANGUAGE',
  'LEGAL_SYSTEM',
  'REGION_UNDER_REPRESENTED',
  'FREE_ON_DATES',
  'AVAILABLE',
] as const;
export type SuggestionReasonKey = (typeof SUGGESTION_REASON_KEYS)[number];

/** One reason, with the values its sentence needs. */
export interface SuggestionReason {
  key: SuggestionReasonKey;
  /** TOPICS, INSTRUMENTS: how many of the need's */
  matched?: number | null;
  total?: number | null;
  /**
   * SAME_AREA: the area code; FITS_KIND: the activity type;
   * (STATE_BENEFICIARY: the State's ISO3 code, its English name in `name`);
   * REGION_BENEFICIARY, REGION_UNDER_REPRESENTED: the region; OPEN_YEARS: "2009–2011"; FUNDING_GAP: USD decimal;
   * LANGUAGE: a language code; LEGAL_SYSTEM: the legal system.
   */
  value?: string | null;
  /** STATE_BENEFICIARY: the State's English name, for the English sentence (value is its ISO3 code) */
  name?: string | null;
}

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  ar: 'Arabic',
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  ru: 'Russian',
  zh: 'Chinese',
  pt: 'Portuguese',
  de: 'German',
  it: 'Italian',
};

const LEGAL_SYSTEM_NAMES: Readonly<Record<string, string>> = {
  COMMON_LAW: 'common law',
  CIVIL_LAW: 'civil law',
  ISLAMIC_LAW: 'Islamic law',
  MIXED: 'a mixed system',
};

/** "150000.00" → "150,000.00" (exact: the decimal string's own digits). */
function groupThousands(decimal: string): string {
  const [whole = '', cents] = decimal.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return cents === undefined ? grouped : `${grouped}.${cents}`;
}

/** The reason as an English sentence (the API's `reasons`), e.g. "matches 3 of 4 topics". */
export function suggestionReasonText(r: SuggestionReason): string {
  const v = r.value ?? '';
  switch (r.key) {
    case 'SAME_AREA':
      return `same priority area (${v})`;
    case 'FITS_KIND':
      return `its type (${v.toLowerCase().replace(/_/g, ' ')}) answers the kind of request`;
    case 'TOPICS':
      return `matches ${r.matched ?? 0} of ${r.total ?? 0} topics`;
    case 'INSTRUMENTS':
      return `matches ${r.matched ?? 0} of ${r.total ?? 0} instruments`;
    case 'STATE_BENEFICIARY':
      return `${r.name ?? v} is among its beneficiaries`;
    case 'REGION_BENEFICIARY':
      return `${v} is among its beneficiaries`;
    case 'OPEN_YEARS':
      return v ? `still open (${v})` : 'still open';
    case 'FUNDING_GAP':
      return `USD ${groupThousands(v)} still to fund`;
    case 'LANGUAGE':
      return `speaks ${LANGUAGE_NAMES[v] ?? v}`;
    case 'LEGAL_SYSTEM':
      return `same legal system (${LEGAL_SYSTEM_NAMES[v] ?? v})`;
    case 'REGION_UNDER_REPRESENTED':
      return `${v} under-represented`;
    case 'FREE_ON_DATES':
      return 'free on the dates';
    case 'AVAILABLE':
      return 'available';
  }
}

/** Suggestions per request or workshop: at most this many. */
export const SUGGESTIONS_LIMIT = 20;

/** What the activity suggestion statement finds about one activity for one request. */
export interface ActivityMatchFacts {
  areaCode: string | null;
  fitsKind: string | null;
  topicsMatched: number;
  topicsTotal: number;
  instrumentsMatched: number;
  instrumentsTotal: number;
  /** the State's English name when the State is among the beneficiaries */
  stateBeneficiary: string | null;
  /** and its ISO3 code */
  stateIso3?: string | null;
  /** else the region named among the beneficiaries */
  regionBeneficiary: string | null;
  open: boolean;
  /** "2009–2011" when the activity has dates */
  openYears: string | null;
  /** USD decimal still to fund, when above zero */
  fundingGap: string | null;
}

/** Points for `matched` of `total` with weight `w`, rounded half up to a whole point (as the SQL does). */
export function proportionalPoints(w: number, matched: number, total: number): number {
  return total > 0 ? Math.round((w * matched) / total) : 0;
}

/** The activity's score for the request (0–100): the same sum the SQL ranks by. */
export function activitySuggestionScore(f: ActivityMatchFacts): number {
  const w = ACTIVITY_SUGGESTION_WEIGHTS;
  return (
    (f.areaCode ? w.area : 0) +
    (f.fitsKind ? w.kind : 0) +
    proportionalPoints(w.topics, f.topicsMatched, f.topicsTotal) +
    proportionalPoints(w.instruments, f.instrumentsMatched, f.instrumentsTotal) +
    (f.stateBeneficiary ? w.state : f.regionBeneficiary ? w.region : 0) +
    (f.open ? w.open : 0) +
    (f.fundingGap ? w.fundingGap : 0)
  );
}

/** The reasons an activity is suggested, in the order of their weights (nothing that did not score). */
export function activitySuggestionReasons(f: ActivityMatchFacts): SuggestionReason[] {
  const out: SuggestionReason[] = [];
  if (f.areaCode) out.push({ key: 'SAME_AREA', value: f.areaCode });
  if (f.stateBeneficiary)
    out.push({ key: 'STATE_BENEFICIARY', value: f.stateIso3 ?? f.stateBeneficiary, name: f.stateBeneficiary });
  else if (f.regionBeneficiary) out.push({ key: 'REGION_BENEFICIARY', value: f.regionBeneficiary });
  if (f.fitsKind) out.push({ key: 'FITS_KIND', value: f.fitsKind });
  if (f.topicsMatched > 0) out.push({ key: 'TOPICS', matched: f.topicsMatched, total: f.topicsTotal });
  if (f.instrumentsMatched > 0)
    out.push({ key: 'INSTRUMENTS', matched: f.instrumentsMatched, total: f.instrumentsTotal });
  if (f.open) out.push({ key: 'OPEN_YEARS', value: f.openYears });
  if (f.fundingGap) out.push({ key: 'FUNDING_GAP', value: f.fundingGap });
  return out;
}

/** What the expert suggestion statement finds about one expert for one need. */
export interface ExpertMatchFacts {
  topicsMatched: number;
  topicsTotal: number;
  /** the first of the need's languages the expert speaks */
  language: string | null;
  /** the shared legal system */
  legalSystem: string | null;
  /** the expert's region, when under-represented */
  underRepresentedRegion: string | null;
  /** FREE_ON_DATES (a workshop's dates) or AVAILABLE (no dates), when it scores */
  free: 'FREE_ON_DATES' | 'AVAILABLE' | null;
}

/** The expert's score for the need (0–100): the same sum the SQL ranks by. */
export function expertSuggestionScore(f: ExpertMatchFacts): number {
  const w = EXPERT_SUGGESTION_WEIGHTS;
  return (
    proportionalPoints(w.topics, f.topicsMatched, f.topicsTotal) +
    (f.language ? w.languages : 0) +
    (f.legalSystem ? w.legalSystem : 0) +
    (f.underRepresentedRegion ? w.region : 0) +
    (f.free ? w.free : 0)
  );
}

/** The reasons an expert is suggested ("matches 3 of 4 topics; speaks French; free on the dates; …"). */
export function expertSuggestionReasons(f: ExpertMatchFacts): SuggestionReason[] {
  const out: SuggestionReason[] = [];
  if (f.topicsMatched > 0) out.push({ key: 'TOPICS', matched: f.topicsMatched, total: f.topicsTotal });
  if (f.language) out.push({ key: 'LANGUAGE', value: f.language });
  if (f.legalSystem) out.push({ key: 'LEGAL_SYSTEM', value: f.legalSystem });
  if (f.free) out.push({ key: f.free });
  if (f.underRepresentedRegion) out.push({ key: 'REGION_UNDER_REPRESENTED', value: f.underRepresentedRegion });
  return out;
}
