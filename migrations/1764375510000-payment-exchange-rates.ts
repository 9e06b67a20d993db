import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each instalment valued at its own date's rate (or a rate given with it): the rate, its date and the dollars
 * at that rate (value_usd), beside amount_usd (the instalment at the contribution's rate, what it counts for
 * against the contribution). Existing instalments keep their values: their rate is the contribution's.
 */
export class PaymentExchangeRates1764375510000 implements MigrationInterface {
  name = 'PaymentExchangeRates1764375510000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE contribution_payment ADD COLUMN rate_to_usd numeric(18,8), ADD COLUMN rate_date date, ADD COLUMN value_usd numeric(16,2)`,
    );
    await q.query(
      `UPDATE contribution_payment p SET rate_to_usd = c.rate_to_usd, rate_date = c.rate_date, value_usd = p.amount_usd
         FROM contribution c WHERE c.id = p.contribution_id`,
    );
    await q.query(
      `ALTER TABLE contribution_payment ALTER COLUMN rate_to_usd SET NOT NULL, ALTER COLUMN rate_date SET NOT NULL,
         ALTER COLUMN value_usd SET NOT NULL, ADD CONSTRAINT ck_payment_rate CHECK (rate_to_usd > 0)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE contribution_payment DROP CONSTRAINT ck_payment_rate, DROP COLUMN value_usd, DROP COLUMN rate_date, DROP COLUMN rate_to_usd`,
    );
  }
}
