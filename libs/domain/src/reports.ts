/** The reports the programme makes, and the files each is made as. */
export const REPORT_KINDS = [
  'FUNDING_GAPS',
  'ASSISTANCE_REQUESTS',
  'IATI_ACTIVITIES',
  'DONOR_STATEMENT',
  'PROGRAMME_PLAN',
  'STATE_PROFILE',
  'CONFERENCE_REPORT',
] as const;
export type ReportKindName = (typeof REPORT_KINDS)[number];

export const REPORT_FILE_FORMATS = ['CSV', 'XLSX', 'PDF', 'XML'] as const;
export type ReportFileFormat = (typeof REPORT_FILE_FORMATS)[number];

/** The formats each kind is made in; the first is the default (the API refuses others, the web offers these). */
export const REPORT_FORMATS: Readonly<Record<ReportKindName, readonly ReportFileFormat[]>> = {
  FUNDING_GAPS: ['CSV', 'XLSX', 'PDF'],
  ASSISTANCE_REQUESTS: ['CSV'],
  IATI_ACTIVITIES: ['XML'],
  DONOR_STATEMENT: ['XLSX', 'PDF'],
  PROGRAMME_PLAN: ['XLSX', 'PDF'],
  STATE_PROFILE: ['XLSX', 'PDF'],
  CONFERENCE_REPORT: ['XLSX', 'PDF'],
};

/** The files made from kept as-at figures (`report.figures`): only those can be compared with another snapshot. */
export const REPORT_FORMATS_WITH_FIGURES: readonly ReportFileFormat[] = ['XLSX', 'PDF'];

/** A report snapshot as far as comparing goes: its kind and the options it was asked with. */
export interface ReportIdentity {
  kind: string;
  options?: {
    years?: readonly number[] | null;
    priorityAreaCodes?: readonly string[] | null;
    phases?: readonly string[] | null;
    donorId?: string | null;
    stateIso3?: string | null;
    language?: string | null;
  } | null;
}

/**
 * Whether two snapshots are of the same report, and so can be compared figure by figure: the same kind asked
 * with the same options (years, areas, phases, donor, State) in the same language — an English and a French
 * snapshot, or a donor's funding gap and the whole programme's, differ in every row, not in their figures.
 */
export function sameReport(a: ReportIdentity, b: ReportIdentity): boolean {
  const list = (v: readonly (string | number)[] | null | undefined) =>
    v?.length ? [...v].map(String).sort().join(',') : '';
  const key = (r: ReportIdentity) =>
    [
      r.kind,
      list(r.options?.years),
      list(r.options?.priorityAreaCodes),
      list(r.options?.phases),
      r.options?.donorId ?? '',
      (r.options?.stateIso3 ?? '').toUpperCase(),
      r.options?.language ?? 'EN',
    ].join('|');
  return key(a) === key(b);
}
