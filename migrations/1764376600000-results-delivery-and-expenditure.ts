import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The results framework (IATI `result`): an activity's outputs and outcomes, their indicators (unit, baseline,
 * target, optionally bound to a workshop-outcome measure) and the actuals recorded by hand with their source.
 * Actuals of a bound indicator are not stored: they are computed from workshop_outcome / workshop_participant
 * when read. Delivery status and dates on the activity; expenditure lines (exact NUMERIC, currency, rate and its
 * date, dollars at that rate), optionally against an allocation.
 */
export class ResultsDeliveryAndExpenditure1764376600000 implements MigrationInterface {
  name = 'ResultsDeliveryAndExpenditure1764376600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE activity_result (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        activity_id uuid NOT NULL REFERENCES activity (id),
        result_type text NOT NULL CHECK (result_type IN ('OUTPUT','OUTCOME')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
        position int NOT NULL DEFAULT 0,
        source_paragraph text,
        external_ref text UNIQUE,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX idx_activity_result_activity ON activity_result (activity_id, position)`);
    await q.query(`
      CREATE TABLE result_indicator (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        result_id uuid NOT NULL REFERENCES activity_result (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
        unit text NOT NULL CHECK (unit IN ('NUMBER','PERCENTAGE','YES_NO')),
        baseline numeric(14,2) CHECK (baseline >= 0),
        baseline_year int CHECK (baseline_year BETWEEN 2000 AND 2100),
        target numeric(14,2) CHECK (target >= 0),
        target_year int CHECK (target_year BETWEEN 2000 AND 2100),
        measure text CHECK (measure IN ('CHECKLISTS_COMPLETED','STATES_UPDATED','CASES_PROGRESSED','PARTICIPANTS','WOMEN')),
        illustrative boolean NOT NULL DEFAULT false,
        position int NOT NULL DEFAULT 0,
        source_paragraph text,
        external_ref text UNIQUE,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_indicator_measure_unit CHECK (measure IS NULL OR unit = 'NUMBER')
      )`);
    await q.query(`CREATE INDEX idx_result_indicator_result ON result_indicator (result_id, position)`);
    await q.query(`
      CREATE TABLE indicator_actual (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        indicator_id uuid NOT NULL REFERENCES result_indicator (id) ON DELETE CASCADE,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        value numeric(14,2) NOT NULL CHECK (value >= 0),
        source text NOT NULL CHECK (source IN ('WORKSHOP_OUTCOME','REPORT','STATE_UPDATE')),
        source_ref text NOT NULL CHECK (length(source_ref) BETWEEN 1 AND 500),
        note text,
        recorded_by text NOT NULL,
        recorded_by_id uuid REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ux_indicator_actual UNIQUE (indicator_id, year, source, source_ref)
      )`);

    await q.query(`
      ALTER TABLE activity
        ADD COLUMN delivery_status text NOT NULL DEFAULT 'PLANNED'
          CHECK (delivery_status IN ('PLANNED','IN_DELIVERY','COMPLETED','CANCELLED')),
        ADD COLUMN delivery_started_on date,
        ADD COLUMN delivery_completed_on date,
        ADD CONSTRAINT ck_activity_delivery_dates CHECK (
          delivery_completed_on IS NULL OR delivery_started_on IS NULL OR delivery_completed_on >= delivery_started_on)`);

    await q.query(`
      CREATE TABLE expenditure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        activity_id uuid NOT NULL REFERENCES activity (id),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        category text NOT NULL CHECK (category IN ('STAFF','CONSULTANTS','TRAVEL','MEETINGS','EQUIPMENT','PUBLICATIONS','OTHER')),
        spent_on date NOT NULL,
        amount numeric(16,2) NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        rate_to_usd numeric(18,8) NOT NULL CHECK (rate_to_usd > 0),
        rate_date date NOT NULL,
        amount_usd numeric(16,2) NOT NULL CHECK (amount_usd > 0),
        allocation_id uuid REFERENCES allocation (id) ON DELETE SET NULL,
        beyond_allocation_reason text,
        description text NOT NULL DEFAULT '',
        illustrative boolean NOT NULL DEFAULT false,
        external_ref text UNIQUE,
        recorded_by text NOT NULL,
        recorded_by_id uuid REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX idx_expenditure_activity_year ON expenditure (activity_id, year)`);
    await q.query(
      `CREATE INDEX idx_expenditure_allocation ON expenditure (allocation_id) WHERE allocation_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE expenditure`);
    await q.query(`
      ALTER TABLE activity DROP CONSTRAINT ck_activity_delivery_dates,
        DROP COLUMN delivery_completed_on, DROP COLUMN delivery_started_on, DROP COLUMN delivery_status`);
    await q.query(`DROP TABLE indicator_actual`);
    await q.query(`DROP TABLE result_indicator`);
    await q.query(`DROP TABLE activity_result`);
  }
}
