import type { AccessPolicy } from '../../access/access.policy.js';
import type { FundingService } from '../../funding/funding.service.js';
import { FundingDimension, type FundingGapRowModel } from '../../funding/models/funding.model.js';
import type { ActivityEntity } from '../../programme/entities/activity.entity.js';
import type { ProgrammeService } from '../../programme/programme.service.js';
import { CSV, toCsv, type ExportColumn, type ExportedFile, type Progress } from './export.types.js';

/** A funding gap of one activity and year, with the activity. */
export interface FundingGapExportRow {
  gap: FundingGapRowModel;
  activity: ActivityEntity | undefined;
}

/** The columns of the FUNDING_GAPS report, in order. */
export const FUNDING_GAP_COLUMNS: readonly ExportColumn<FundingGapExportRow>[] = [
  { header: 'activity', value: (r) => r.activity?.code },
  { header: 'title', value: (r) => r.activity?.title },
  { header: 'priority_area', value: (r) => r.activity?.priorityAreaCode },
  { header: 'year', value: (r) => r.gap.year },
  { header: 'cost_usd', value: (r) => r.gap.cost },
  { header: 'pledged_usd', value: (r) => r.gap.pledged },
  { header: 'committed_usd', value: (r) => r.gap.committed },
  { header: 'paid_usd', value: (r) => r.gap.paid },
  { header: 'gap_usd', value: (r) => r.gap.gap },
];

/** Cost, pledged, committed, paid and gap per activity and year, as the funding module computes them for the requester. */
export async function fundingGapsExport(
  funding: FundingService,
  programme: ProgrammeService,
  policy: AccessPolicy,
  progress: Progress,
): Promise<ExportedFile> {
  const gaps = await funding.gaps([FundingDimension.ACTIVITY, FundingDimension.YEAR], {}, policy);
  await progress(40);
  const activities = new Map(
    (await programme.byIds([...new Set(gaps.map((g) => g.activityId!))])).map((a) => [a.id, a]),
  );
  await progress(70);
  const rows = gaps.map((gap) => ({ gap, activity: activities.get(gap.activityId!) }));
  return {
    rows: rows.length,
    fileName: 'funding-gaps.csv',
    contentType: CSV,
    content: Buffer.from(toCsv(FUNDING_GAP_COLUMNS, rows), 'utf8'),
  };
}
