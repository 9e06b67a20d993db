/**
 * The SQL text of what the contribution's money fields read (FundingRepository runs it, a batch of contributions
 * at once, `$1` their ids): balances, the reconciliation and its lines.
 */

/** Allocated, still unallocated and paid US dollars of each contribution, with its value and exchange gains. */
export const BALANCES_OF_SQL = `SELECT c.id,
              COALESCE((SELECT sum(amount_usd) FROM allocation a WHERE a.contribution_id = c.id), 0)::numeric(16,2)::text AS allocated,
              (c.amount_usd - COALESCE((SELECT sum(amount_usd) FROM allocation a WHERE a.contribution_id = c.id), 0))::numeric(16,2)::text AS unallocated,
              COALESCE((SELECT sum(amount_usd) FROM contribution_payment p WHERE p.contribution_id = c.id), 0)::numeric(16,2)::text AS paid,
              (c.amount_usd + COALESCE((SELECT sum(value_usd - amount_usd) FROM contribution_payment p WHERE p.contribution_id = c.id), 0))::numeric(16,2)::text AS "valueUsd",
              COALESCE((SELECT sum(value_usd - amount_usd) FROM contribution_payment p WHERE p.contribution_id = c.id), 0)::numeric(16,2)::text AS "gainUsd"
         FROM contribution c WHERE c.id = ANY ($1::uuid[])`;

/**
 * A contribution's reconciliation: amount, paid (as its instalments were valued), allocated and unallocated, in
 * its currency and in US dollars. Its currency's unallocated amount is the unallocated dollars at its rate
 * (rounded to the cent) and the allocated amount the rest, so the two add up to its amount.
 */
export const RECONCILIATIONS_OF_SQL = `SELECT c.id, c.currency, c.amount::text AS amount, c.amount_usd::text AS "amountUsd",
              COALESCE(p.paid, 0)::numeric(16,2)::text AS paid, COALESCE(p.paid_usd, 0)::numeric(16,2)::text AS "paidUsd",
              COALESCE(p.gain_usd, 0)::numeric(16,2)::text AS "gainUsd",
              COALESCE(al.usd, 0)::numeric(16,2)::text AS "allocatedUsd",
              (c.amount - round((c.amount_usd - COALESCE(al.usd, 0)) / c.rate_to_usd, 2))::numeric(16,2)::text AS allocated,
              (c.amount_usd - COALESCE(al.usd, 0))::numeric(16,2)::text AS "unallocatedUsd",
              round((c.amount_usd - COALESCE(al.usd, 0)) / c.rate_to_usd, 2)::numeric(16,2)::text AS unallocated
         FROM contribution c
         LEFT JOIN (SELECT contribution_id, sum(amount) AS paid, sum(value_usd) AS paid_usd,
                           sum(value_usd - amount_usd) AS gain_usd
                      FROM contribution_payment GROUP BY contribution_id) p ON p.contribution_id = c.id
         LEFT JOIN (SELECT contribution_id, sum(amount_usd) AS usd FROM allocation GROUP BY contribution_id) al
           ON al.contribution_id = c.id
        WHERE c.id = ANY ($1::uuid[])`;

/** What each contribution allocated, by activity and year, in US dollars and in its currency at its rate. */
export const RECONCILIATION_LINES_OF_SQL = `SELECT al.contribution_id AS "contributionId", al.activity_id AS "activityId", al.year,
              sum(al.amount_usd)::numeric(16,2)::text AS "amountUsd",
              round(sum(al.amount_usd) / c.rate_to_usd, 2)::numeric(16,2)::text AS amount
         FROM allocation al JOIN contribution c ON c.id = al.contribution_id
        WHERE al.contribution_id = ANY ($1::uuid[])
        GROUP BY al.contribution_id, al.activity_id, al.year, c.rate_to_usd
        ORDER BY al.contribution_id, al.year, al.activity_id`;
