import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Exchange rates, contributions with their stages and instalments, allocations. Money is NUMERIC, never float. */
export class CreateFunding1764374800000 implements MigrationInterface {
  name = 'CreateFunding1764374800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE exchange_rate (
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$' AND currency <> 'USD'),
        rate_date date NOT NULL,
        rate_to_usd numeric(18,8) NOT NULL CHECK (rate_to_usd > 0),
        set_by text NOT NULL,
        set_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (currency, rate_date)
      )`);
    await q.query(`
      CREATE TABLE contribution (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        donor_id uuid NOT NULL REFERENCES donor (id),
        amount numeric(16,2) NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        contributed_on date NOT NULL,
        rate_to_usd numeric(18,8) NOT NULL CHECK (rate_to_usd > 0),
        rate_date date NOT NULL,
        amount_usd numeric(16,2) NOT NULL CHECK (amount_usd > 0),
        years_covered int[] NOT NULL DEFAULT '{}',
        earmarking_category int NOT NULL CHECK (earmarking_category BETWEEN 1 AND 4),
        priority_area_code text REFERENCES priority_area (code),
        activity_id uuid REFERENCES activity (id),
        stage text NOT NULL CHECK (stage IN ('PLEDGED','COMMITTED','PAID')),
        agreement_ref text,
        idempotency_key text UNIQUE,
        request_hash text,
        illustrative boolean NOT NULL DEFAULT false,
        external_ref text UNIQUE,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_earmark_target CHECK (
          (earmarking_category = 1 AND priority_area_code IS NULL AND activity_id IS NULL) OR
          (earmarking_category = 2 AND priority_area_code IS NOT NULL AND activity_id IS NULL) OR
          (earmarking_category IN (3, 4) AND activity_id IS NOT NULL)),
        CONSTRAINT ck_committed_has_agreement CHECK (stage = 'PLEDGED' OR agreement_ref IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX idx_contribution_donor ON contribution (donor_id, contributed_on)`);
    await q.query(`CREATE INDEX idx_contribution_activity ON contribution (activity_id) WHERE activity_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE contribution_stage_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contribution_id uuid NOT NULL REFERENCES contribution (id),
        from_stage text,
        to_stage text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        by text NOT NULL,
        note text
      )`);
    await q.query(`CREATE INDEX idx_contribution_stage_change ON contribution_stage_change (contribution_id, at)`);
    await q.query(`
      CREATE TABLE contribution_payment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contribution_id uuid NOT NULL REFERENCES contribution (id),
        paid_on date NOT NULL,
        amount numeric(16,2) NOT NULL CHECK (amount > 0),
        amount_usd numeric(16,2) NOT NULL CHECK (amount_usd >= 0),
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX idx_payment_contribution ON contribution_payment (contribution_id, paid_on)`);
    await q.query(`
      CREATE TABLE allocation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contribution_id uuid NOT NULL REFERENCES contribution (id),
        activity_id uuid NOT NULL REFERENCES activity (id),
        year int NOT NULL,
        amount_usd numeric(16,2) NOT NULL CHECK (amount_usd > 0),
        note text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX idx_allocation_contribution ON allocation (contribution_id)`);
    await q.query(`CREATE INDEX idx_allocation_activity_year ON allocation (activity_id, year)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE allocation`);
    await q.query(`DROP TABLE contribution_payment`);
    await q.query(`DROP TABLE contribution_stage_change`);
    await q.query(`DROP TABLE contribution`);
    await q.query(`DROP TABLE exchange_rate`);
  }
}
