import type { PaymentRow } from './funding-rows.types.js';

/** The SQL text of a contribution's instalments (contribution_payment), which FundingRepository runs. */

/** A contribution paid in full on its date: one instalment of its whole amount. */
export const ADD_FULL_PAYMENT_SQL = `INSERT INTO contribution_payment (contribution_id, paid_on, amount, amount_usd, rate_to_usd, rate_date, value_usd, recorded_by)
       SELECT id, contributed_on, amount, amount_usd, rate_to_usd, rate_date, amount_usd, $2 FROM contribution WHERE id = $1`;

/** What is paid of contribution `$1`, and whether `$2` more would pay more than its amount `$3` or complete it. */
export const PAYMENT_STATE_SQL = `SELECT COALESCE(sum(amount), 0)::text AS paid, COALESCE(sum(amount_usd), 0)::text AS paid_usd,
              ($2::numeric + COALESCE(sum(amount), 0)) > $3::numeric AS over,
              ($2::numeric + COALESCE(sum(amount), 0)) = $3::numeric AS completes
         FROM contribution_payment WHERE contribution_id = $1`;

/**
 * One instalment. Its dollars at the contribution's rate (amount_usd) are the rounded running total less what
 * was paid before, so instalments never add up to more than the contribution; the last one takes exactly
 * what is left. Its value (value_usd) is its amount at its own rate, rounded half away from zero to the cent.
 */
export const ADD_PAYMENT_SQL = `INSERT INTO contribution_payment (contribution_id, paid_on, amount, amount_usd, recorded_by, rate_to_usd, rate_date, value_usd)
       VALUES ($1, $2, $3::numeric,
               CASE WHEN $4 THEN $5::numeric - $6::numeric
                    ELSE round(($9::numeric + $3::numeric) * $7::numeric, 2) - $6::numeric END, $8,
               $10::numeric, $11, round($3::numeric * $10::numeric, 2))`;

/** The instalments of a batch of contributions, by date. */
export const PAYMENTS_OF_SQL = `SELECT contribution_id, paid_on, amount::text, amount_usd::text, rate_to_usd::text, rate_date::text,
              value_usd::text, (value_usd - amount_usd)::numeric(16,2)::text AS gain_usd
         FROM contribution_payment
        WHERE contribution_id = ANY ($1::uuid[]) ORDER BY paid_on, recorded_at`;

export interface PaymentDbRow {
  contribution_id: string;
  paid_on: string;
  amount: string;
  amount_usd: string;
  rate_to_usd: string;
  rate_date: string;
  value_usd: string;
  gain_usd: string;
}

export function toPaymentRow(r: PaymentDbRow): PaymentRow {
  return {
    contributionId: r.contribution_id,
    paidOn: r.paid_on,
    amount: r.amount,
    amountUsd: r.amount_usd,
    rateToUsd: r.rate_to_usd,
    rateDate: r.rate_date,
    valueUsd: r.value_usd,
    gainUsd: r.gain_usd,
  };
}
