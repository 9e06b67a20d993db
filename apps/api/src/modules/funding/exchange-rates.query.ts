/** The exchange_rate table's SQL text (FundingRepository runs it): the secretariat's rates to the US dollar. */

/** The rate of a currency on one date. */
export const EXCHANGE_RATE_SQL = `SELECT rate_to_usd::text AS rate FROM exchange_rate WHERE currency = $1 AND rate_date = $2`;

/** The latest rate of a currency on or before a date, with its date. */
export const LATEST_RATE_SQL = `SELECT rate_to_usd::text AS rate, rate_date::text AS date FROM exchange_rate
        WHERE currency = $1 AND rate_date <= $2 ORDER BY rate_date DESC LIMIT 1`;

/** Sets a currency's rate of a date, replacing the one set before. */
export const UPSERT_EXCHANGE_RATE_SQL = `INSERT INTO exchange_rate (currency, rate_date, rate_to_usd, set_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (currency, rate_date) DO UPDATE SET rate_to_usd = $3, set_by = $4, set_at = now()
       RETURNING currency, rate_date::text AS date, rate_to_usd::text AS "rateToUsd", set_by AS "setBy"`;

/** Every rate, or one currency's, newest first per currency. */
export const EXCHANGE_RATES_SQL = `SELECT currency, rate_date::text AS date, rate_to_usd::text AS "rateToUsd", set_by AS "setBy"
         FROM exchange_rate WHERE $1::text IS NULL OR currency = $1 ORDER BY currency, rate_date DESC`;
