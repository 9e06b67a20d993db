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
