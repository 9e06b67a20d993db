import type { AccessPolicy } from '../../access/access.policy.js';
import type { AssistanceRequestEntity } from '../../requests/entities/assistance-request.entity.js';
import type { RequestsService } from '../../requests/requests.service.js';
import { CSV, toCsv, type ExportColumn, type ExportedFile, type Progress } from './export.types.js';

/** A request as exported: the description is the one the reader may read, else "(confidential)". */
export type RequestExportRow = AssistanceRequestEntity & { readableDescription: string };

/** The columns of the ASSISTANCE_REQUESTS report, in order. A field of the model is one more line here. */
export const ASSISTANCE_REQUEST_COLUMNS: readonly ExportColumn<RequestExportRow>[] = [
  { header: 'state', value: (r) => r.stateIso3 },
  { header: 'priority_area', value: (r) => r.priorityAreaCode },
  { header: 'kind', value: (r) => r.kind },
  { header: 'topics', value: (r) => r.topics.join(' ') },
  { header: 'status', value: (r) => r.status },
  { header: 'received_on', value: (r) => r.receivedOn },
  { header: 'channel', value: (r) => r.channel },
  { header: 'source_paragraph', value: (r) => r.sourceParagraph ?? '' },
  { header: 'description', value: (r) => r.readableDescription },
];

/** Every request the requester may list, paged through the same list the API answers, as CSV. */
export async function assistanceRequestsExport(
  requests: RequestsService,
  policy: AccessPolicy,
  progress: Progress,
): Promise<ExportedFile> {
  const rows: RequestExportRow[] = [];
  let after: string | null = null;
  do {
    const page = await requests.list(policy, {}, undefined, 200, after);
    for (const r of page.nodes) {
      const readableDescription = (await requests.requestText(policy, r)) ?? '(confidential)';
      rows.push({ ...r, readableDescription });
    }
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    await progress(Math.min(95, Math.round((rows.length / Math.max(page.totalCount, 1)) * 95)));
  } while (after);
  return {
    rows: rows.length,
    fileName: 'assistance-requests.csv',
    contentType: CSV,
    content: Buffer.from(toCsv(ASSISTANCE_REQUEST_COLUMNS, rows), 'utf8'),
  };
}
