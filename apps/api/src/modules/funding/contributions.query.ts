import type { ContributionStage } from './entities/contribution.entity.js';
import type { IatiTransactionRow, StageChangeRow } from './funding-rows.types.js';

/**
 * The SQL text of contributions and their stages (FundingRepository runs it); the list is the repository's query
 * builder, payments are contribution-payments.query.ts's, balances and reconciliations contribution-balances.query.ts's.
 */

/** `$1` at rate `$2` in US dollars, rounded as a stored amount_usd is. */
export const TO_USD_SQL = `SELECT round($1::numeric * $2::numeric, 2)::numeric(16,2)::text AS usd`;

/** Whether `$1` at rate `$2` comes to at least one US cent. */
export const CONVERTS_TO_A_CENT_SQL = `SELECT round($1::numeric * $2::numeric, 2) > 0 AS some`;

/** An intention's removal: its stage history, then the contribution while it is still an intention. */
export const DELETE_STAGE_HISTORY_SQL = `DELETE FROM contribution_stage_change WHERE contribution_id = $1`;
export const DELETE_INTENTION_SQL = `DELETE FROM contribution WHERE id = $1 AND stage = 'INTENDED'`;

/** A new contribution, its dollars rounded to the cent in SQL (parameters in NewContribution's order). */
export const INSERT_CONTRIBUTION_SQL = `INSERT INTO contribution (donor_id, amount, currency, contributed_on, rate_to_usd, rate_date, amount_usd, years_covered,
                                 earmarking_category, priority_area_code, activity_id, stage, agreement_ref, idempotency_key,
                                 request_hash, illustrative, external_ref)
       VALUES ($1, $2::numeric, $3, $4, $5::numeric, $6, round($2::numeric * $5::numeric, 2), $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       RETURNING id`;

export const INSERT_STAGE_CHANGE_SQL = `INSERT INTO contribution_stage_change (contribution_id, from_stage, to_stage, by, note) VALUES ($1, $2, $3, $4, $5)`;

/** The stage changes of a batch of contributions, in order. */
export const STAGE_HISTORY_SQL = `SELECT contribution_id, from_stage, to_stage, at, "by", note FROM contribution_stage_change WHERE contribution_id = ANY ($1::uuid[]) ORDER BY at, id`;

export interface StageChangeDbRow {
  contribution_id: string;
  from_stage: ContributionStage | null;
  to_stage: ContributionStage;
  at: Date;
  by: string;
  note: string | null;
}

export function toStageChangeRow(r: StageChangeDbRow): StageChangeRow {
  return {
    contributionId: r.contribution_id,
    from: r.from_stage,
    to: r.to_stage,
    at: r.at,
    by: r.by,
    note: r.note,
  };
}

/**
 * IATI transactions: each contribution's allocations to each activity, summed, by activity and date. Public
 * data: the donor is named only where it agreed to be. A single-statement aggregate that joins the donors
 * module's `donor` table (name, named_publicly).
 */
export const IATI_TRANSACTIONS_SQL = `SELECT al.activity_id, c.stage, sum(al.amount_usd)::numeric(16,2)::text AS amount, c.contributed_on::text AS date,
              c.rate_date::text AS rate_date, CASE WHEN d.named_publicly THEN d.name END AS donor_name, c.earmarking_category
         FROM allocation al JOIN contribution c ON c.id = al.contribution_id JOIN donor d ON d.id = c.donor_id
        GROUP BY al.activity_id, c.id, c.stage, c.contributed_on, c.rate_date, d.named_publicly, d.name, c.earmarking_category
        ORDER BY al.activity_id, c.contributed_on`;

export interface IatiTransactionDbRow {
  activity_id: string;
  stage: ContributionStage;
  amount: string;
  date: string;
  rate_date: string;
  donor_name: string | null;
  earmarking_category: number;
}

export function toIatiTransactionRow(t: IatiTransactionDbRow): IatiTransactionRow {
  return {
    activityId: t.activity_id,
    stage: t.stage,
    amount: t.amount,
    date: t.date,
    rateDate: t.rate_date,
    donorName: t.donor_name ?? null,
    earmarkingCategory: t.earmarking_category,
  };
}
