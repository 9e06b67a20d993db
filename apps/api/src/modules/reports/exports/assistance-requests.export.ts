import type { AccessPolicy } from '../../access/access.policy.js';
import type { AssistanceRequestEntity } from '../../requests/entities/assistance-request.entity.js';
import type { RequestsService } from '../../requests/requests.service.js';
import { yearOf } from '@ta/domain';
import type { AssistanceRequestFilter } from '../../requests/dto/assistance-request.filter.js';
import type { ReportOptions } from '../dto/report-options.input.js';
import { CSV, csvContent, type ExportColumn, type ExportedFile, type NameBook, type Progress } from './export.types.js';

/**
 * A request as exported: the description is the one the reader may read, else "(confidential)"; the State's name
 * and the priority area's title in the report's language, beside their codes.
 */
export type RequestExportRow = AssistanceRequestEntity & {
  readableDescription: string;
  stateName: string;
  priorityAreaTitle: string;
};

/** The columns of the ASSISTANCE_REQUESTS report, in order. A field of the model is one more line here. */
export const ASSISTANCE_REQUEST_COLUMNS: readonly ExportColumn<RequestExportRow>[] = [
  { header: 'state', field: 'state', value: (r) => r.stateIso3 },
  { header: 'state_name', value: (r) => r.stateName },
  { header: 'priority_area', field: 'priorityArea', value: (r) => r.priorityAreaCode },
  { header: 'priority_area_title', value: (r) => r.priorityAreaTitle },
  { header: 'kind', field: 'kind', value: (r) => r.kind },
  { header: 'topics', field: 'topics', value: (r) => r.topics.join(' ') },
  { header: 'instruments', field: 'instruments', value: (r) => r.instruments.join(' ') },
  { header: 'status', field: 'status', value: (r) => r.status },
  { header: 'received_on', field: 'receivedOn', value: (r) => r.receivedOn },
  { header: 'channel', field: 'channel', value: (r) => r.channel },
  { header: 'field_office', field: 'fieldOffice', value: (r) => r.fieldOfficeCode ?? '' },
  { header: 'confidential', field: 'confidential', value: (r) => (r.confidential ? 'yes' : 'no') },
  { header: 'source_paragraph', field: 'sourceParagraph', value: (r) => r.sourceParagraph ?? '' },
  { header: 'illustrative_note', field: 'illustrativeNote', value: (r) => r.illustrativeNote ?? '' },
  { header: 'description', field: 'description', value: (r) => r.readableDescription },
  { header: 'id', field: 'id', value: (r) => r.id },
];

/**
 * The fields of the GraphQL type AssistanceRequest the CSV leaves out, and why. A new field of the model must be
 * a column above or named here (assistance-requests.export.spec.ts fails otherwise): adding a field to the export
 * is one line, in this file.
 */
export const ASSISTANCE_REQUEST_FIELDS_NOT_EXPORTED: Readonly<Record<string, string>> = {
  activities: 'a list of other records (the programme export has them)',
  legislation: 'a list of other records (the legal library has them)',
  suggestedActivities: 'a suggestion computed for triage, not data of the request',
  allowedMoves: 'what the reader may do next, not data',
  duplicates: 'a list of other requests',
  history: 'a list of status changes',
  workshop: 'a related record (workshopId names it)',
  workshopId: 'internal link; the workshops export has it',
  mergedIntoId: 'internal link of a withdrawn duplicate',
  loggedBy: 'staff names stay out of files that travel',
  createdAt: 'bookkeeping time, not the date received',
  updatedAt: 'bookkeeping time',
  version: 'optimistic-locking counter',
};

/** The request list's filter for a report's options: its priority areas, and the span of its years. */
export function requestFilterOf(options: ReportOptions): AssistanceRequestFilter {
  const filter: AssistanceRequestFilter = {};
  if (options.priorityAreaCodes?.length) filter.priorityAreaCode = options.priorityAreaCodes;
  if (options.years?.length) {
    filter.receivedFrom = `${Math.min(...options.years)}-01-01`;
    filter.receivedTo = `${Math.max(...options.years)}-12-31`;
  }
  return filter;
}

/**
 * Every request the requester may list (within the report's years and priority areas), paged through the same
 * list the API answers, as CSV with names in the report's language. A donor option does not apply to requests.
 */
export async function assistanceRequestsExport(
  requests: RequestsService,
  policy: AccessPolicy,
  options: ReportOptions,
  names: NameBook,
  progress: Progress,
): Promise<ExportedFile> {
  const rows: RequestExportRow[] = [];
  const filter = requestFilterOf(options);
  let after: string | null = null;
  do {
    const page = await requests.list(policy, filter, undefined, 200, after);
    for (const r of page.nodes) {
      // Years need not be consecutive (2009 and 2011): the filter spans them, this keeps only those asked for.
      if (options.years?.length && !options.years.includes(yearOf(r.receivedOn))) continue;
      const readableDescription = (await requests.requestText(policy, r)) ?? '(confidential)';
      rows.push({
        ...r,
        readableDescription,
        stateName: names.state(r.stateIso3),
        priorityAreaTitle: names.priorityArea(r.priorityAreaCode),
      });
    }
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    await progress(Math.min(95, Math.round((rows.length / Math.max(page.totalCount, 1)) * 95)));
  } while (after);
  return {
    rows: rows.length,
    fileName: 'assistance-requests.csv',
    contentType: CSV,
    content: csvContent(ASSISTANCE_REQUEST_COLUMNS, rows),
  };
}
