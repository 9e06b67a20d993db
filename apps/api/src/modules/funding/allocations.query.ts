import type { ContributionStage } from './entities/contribution.entity.js';
import type { AllocationRow } from './funding-rows.types.js';

/** The SQL text of allocations (a contribution's money assigned to an activity and year), which FundingRepository runs. */

/** What is left unallocated of contribution `$3` (amount_usd `$1`), and whether it covers `$2`. */
export const UNALLOCATED_SQL = `SELECT ($1::numeric - COALESCE(sum(amount_usd), 0))::text AS left, ($1::numeric - COALESCE(sum(amount_usd), 0)) >= $2::numeric AS enough
         FROM allocation WHERE contribution_id = $3`;

export const INSERT_ALLOCATION_SQL = `INSERT INTO allocation (contribution_id, activity_id, year, amount_usd, note, over_funding_reason, created_by)
       VALUES ($1, $2, $3, $4::numeric, $5, $6, $7) RETURNING id`;

export const DELETE_ALLOCATION_SQL = `DELETE FROM allocation WHERE id = $1`;

/** Allocations joined to their contribution (donor, stage), `where` choosing them by the uuid[] `$1`. */
export function allocationRowsSql(where: string): string {
  return `SELECT a.id, a.contribution_id, a.activity_id, a.year, a.amount_usd::text AS amount_usd, a.note, a.over_funding_reason,
              a.created_by, a.created_at, c.donor_id, c.stage
         FROM allocation a JOIN contribution c ON c.id = a.contribution_id
        WHERE ${where} ORDER BY a.year, a.created_at`;
}

export interface AllocationDbRow {
  id: string;
  contribution_id: string;
  activity_id: string;
  year: number;
  amount_usd: string;
  note: string | null;
  over_funding_reason: string | null;
  created_by: string;
  created_at: Date;
  donor_id: string;
  stage: ContributionStage;
}

export function toAllocationRow(r: AllocationDbRow): AllocationRow {
  return {
    id: r.id,
    contributionId: r.contribution_id,
    activityId: r.activity_id,
    year: r.year,
    amountUsd: r.amount_usd,
    note: r.note,
    overFundingReason: r.over_funding_reason,
    overFunding: r.over_funding_reason !== null,
    createdBy: r.created_by,
    createdAt: r.created_at,
    donorId: r.donor_id,
    stage: r.stage,
  };
}

/** What is left unallocated of contribution `$1`, in USD. */
export const UNALLOCATED_USD_SQL = `SELECT (c.amount_usd - COALESCE(sum(a.amount_usd), 0))::numeric(16,2)::text AS left
         FROM contribution c LEFT JOIN allocation a ON a.contribution_id = c.id WHERE c.id = $1 GROUP BY c.id`;

/** The money allocated to activity `$1` in year `$2` by contributions at a stage in `$3`. */
export const ALLOCATED_AT_STAGES_SQL = `SELECT COALESCE(sum(a.amount_usd), 0)::numeric(16,2)::text AS amount
         FROM allocation a JOIN contribution c ON c.id = a.contribution_id
        WHERE a.activity_id = $1 AND a.year = $2 AND c.stage = ANY ($3::text[])`;

/**
 * What was spent against allocation `$1`, and in its activity-year on lines not flagged beyond the allocation.
 * Reads the delivery module's `expenditure` table (see FundingRepository.spendingAround).
 */
export const SPENDING_AROUND_SQL = `SELECT COALESCE(sum(e.amount_usd) FILTER (WHERE e.allocation_id = a.id), 0)::numeric(16,2)::text AS against,
              COALESCE(sum(e.amount_usd) FILTER (WHERE e.beyond_allocation_reason IS NULL), 0)::numeric(16,2)::text
                AS in_year
         FROM allocation a
         LEFT JOIN expenditure e ON e.activity_id = a.activity_id AND e.year = a.year
        WHERE a.id = $1
        GROUP BY a.id`;

/** What all contributions together allocated to activity `$1` in year `$2` (any stage). */
export const ALLOCATED_TO_SQL = `SELECT COALESCE(sum(amount_usd), 0)::numeric(16,2)::text AS amount
         FROM allocation WHERE activity_id = $1 AND year = $2`;
