import { normaliseHeader } from '../../imports/rules/request-row.js';

/**
 * A cooperation statistics spreadsheet (para. 41): one request a line, the columns named as below (case, spaces
 * and dashes ignored). States by ISO code; kind, legal basis, outcome and refusal ground by their names
 * (MUTUAL_LEGAL_ASSISTANCE or "mutual legal assistance"); dates as YYYY-MM-DD.
 */
export const CASE_COLUMNS = [
  'requesting_state',
  'requested_state',
  'reported_by',
  'kind',
  'offence',
  'legal_basis',
  'outcome',
  'sent_on',
  'case_ref',
] as const;
export const OPTIONAL_CASE_COLUMNS = ['executed_on', 'refusal_ground'] as const;
type CaseColumn = (typeof CASE_COLUMNS)[number] | (typeof OPTIONAL_CASE_COLUMNS)[number];

/** The input field each column fills, so that a refused field is named by its column. */
export const COLUMN_OF_FIELD: Readonly<Record<string, CaseColumn>> = {
  requestingStateIso3: 'requesting_state',
  requestedStateIso3: 'requested_state',
  reportedByStateIso3: 'reported_by',
  kind: 'kind',
  offence: 'offence',
  legalBasis: 'legal_basis',
  outcome: 'outcome',
  sentOn: 'sent_on',
  caseRef: 'case_ref',
  executedOn: 'executed_on',
  refusalGround: 'refusal_ground',
};

/** The required columns the header does not name. */
export function missingCaseColumns(header: readonly string[]): string[] {
  const named = new Set(header.map(normaliseHeader));
  return CASE_COLUMNS.filter((c) => !named.has(c));
}

const enumName = (v: string): string =>
  v
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
const offenceName = (v: string): string =>
  v
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/** A row as the fields of `CooperationCaseInput`, still unchecked (the input's own validation then runs on it). */
export function caseRowInput(header: readonly string[], row: readonly string[]): Record<string, string | null> {
  const at = new Map(header.map((h, i) => [normaliseHeader(h), i]));
  const cell = (c: CaseColumn): string => (row[at.get(c) ?? -1] ?? '').trim();
  const optional = (c: CaseColumn): string | null => cell(c) || null;
  const ground = optional('refusal_ground');
  return {
    requestingStateIso3: cell('requesting_state').toUpperCase(),
    requestedStateIso3: cell('requested_state').toUpperCase(),
    reportedByStateIso3: cell('reported_by').toUpperCase(),
    kind: enumName(cell('kind')),
    offence: offenceName(cell('offence')),
    legalBasis: enumName(cell('legal_basis')),
    outcome: enumName(cell('outcome')),
    sentOn: cell('sent_on'),
    caseRef: cell('case_ref'),
    executedOn: optional('executed_on'),
    refusalGround: ground && enumName(ground),
  };
}
