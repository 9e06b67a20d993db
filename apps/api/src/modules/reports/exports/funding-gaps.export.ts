import type { AccessPolicy } from '../../access/access.policy.js';
import type { DonorEntity } from '../../donors/entities/donor.entity.js';
import type { FundingFilter } from '../../funding/dto/funding.input.js';
import type { FundingGapService } from '../../funding/funding-gap.service.js';
import { FundingDimension, type FundingGapRowModel } from '../../funding/models/funding.model.js';
import type { ActivityEntity } from '../../programme/entities/activity.entity.js';
import type { ProgrammeService } from '../../programme/programme.service.js';
import type { ReportOptions } from '../dto/report-options.input.js';
import { CSV, csvContent, type ExportColumn, type ExportedFile, type NameBook, type Progress } from './export.types.js';

/** What one donor gave to one activity and year, when the report is of one donor's money. */
export interface DonorShare {
  donor: DonorEntity;
  pledged: string;
  committed: string;
  paid: string;
}

/** A funding gap of one activity and year, with the activity, its priority area's title, and the donor's share. */
export interface FundingGapExportRow {
  gap: FundingGapRowModel;
  activity: ActivityEntity | undefined;
  priorityAreaTitle: string;
  donor?: DonorShare;
}

/** The columns of the FUNDING_GAPS report, in order (the donor's columns are empty unless one donor was asked for). */
export const FUNDING_GAP_COLUMNS: readonly ExportColumn<FundingGapExportRow>[] = [
  { header: 'activity', value: (r) => r.activity?.code },
  { header: 'title', value: (r) => r.activity?.title },
  { header: 'priority_area', value: (r) => r.activity?.priorityAreaCode },
  { header: 'priority_area_title', value: (r) => r.priorityAreaTitle },
  { header: 'year', value: (r) => r.gap.year },
  { header: 'cost_usd', value: (r) => r.gap.cost },
  { header: 'pledged_usd', value: (r) => r.gap.pledged },
  { header: 'committed_usd', value: (r) => r.gap.committed },
  { header: 'paid_usd', value: (r) => r.gap.paid },
  { header: 'gap_usd', value: (r) => r.gap.gap },
  { header: 'donor_id', value: (r) => r.donor?.donor.id },
  { header: 'donor', value: (r) => r.donor?.donor.name },
  { header: 'donor_pledged_usd', value: (r) => r.donor?.pledged },
  { header: 'donor_committed_usd', value: (r) => r.donor?.committed },
  { header: 'donor_paid_usd', value: (r) => r.donor?.paid },
];

/** The funding filter of a report's options: the span of its years and its priority areas. */
export function fundingFilterOf(options: ReportOptions): FundingFilter {
  const filter: FundingFilter = {};
  if (options.years?.length) {
    filter.yearFrom = Math.min(...options.years);
    filter.yearTo = Math.max(...options.years);
  }
  if (options.priorityAreaCodes?.length) filter.priorityAreaCode = options.priorityAreaCodes;
  return filter;
}

const key = (g: FundingGapRowModel) => `${g.activityId}/${g.year}`;

/**
 * Cost, pledged, committed, paid and gap per activity and year, as the funding module computes them for the
 * requester, within the report's years and priority areas. With a donor, only the activities and years that
 * donor's money went to, with the donor's own share beside the totals.
 */
export async function fundingGapsExport(
  funding: FundingGapService,
  programme: ProgrammeService,
  policy: AccessPolicy,
  options: ReportOptions,
  names: NameBook,
  donor: DonorEntity | null,
  progress: Progress,
): Promise<ExportedFile> {
  const filter = fundingFilterOf(options);
  const inYears = (g: FundingGapRowModel) => !options.years?.length || options.years.includes(g.year!);
  let gaps = (await funding.gaps([FundingDimension.ACTIVITY, FundingDimension.YEAR], filter, policy)).filter(inYears);
  const shares = new Map<string, DonorShare>();
  if (donor) {
    const byDonor = await funding.gaps(
      [FundingDimension.ACTIVITY, FundingDimension.YEAR, FundingDimension.DONOR],
      filter,
      policy,
    );
    for (const g of byDonor.filter((g) => g.donorId === donor.id && inYears(g))) {
      shares.set(key(g), { donor, pledged: g.pledged, committed: g.committed, paid: g.paid });
    }
    gaps = gaps.filter((g) => shares.has(key(g)));
  }
  await progress(40);
  const activities = new Map(
    (await programme.byIds([...new Set(gaps.map((g) => g.activityId!))])).map((a) => [a.id, a]),
  );
  await progress(70);
  const rows = gaps.map((gap) => {
    const activity = activities.get(gap.activityId!);
    return {
      gap,
      activity,
      priorityAreaTitle: names.priorityArea(activity?.priorityAreaCode),
      donor: shares.get(key(gap)),
    };
  });
  return {
    rows: rows.length,
    fileName: donor ? 'funding-gaps-donor.csv' : 'funding-gaps.csv',
    contentType: CSV,
    content: csvContent(FUNDING_GAP_COLUMNS, rows),
  };
}
