import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The funding gap's facts per activity and year, kept current by triggers (issue 12: the gap read every cost line
 * with DISTINCT ON, the UNION of keys and the allocations on every call, ~110 ms at ten times a real programme).
 *
 * One row per activity-year that has a cost line, an allocation of a contribution past intention, or expenditure
 * (`present`; a row whose facts all went is kept with present = false, so later writers still have a row to lock):
 * - cost: the sum of the effective cost lines (a REVISED line replaces the ORIGINAL one of the same category);
 * - firm: allocations of committed or paid contributions; allocated: of any stage but INTENDED;
 * - deliberate: allocations with an over-funding reason (and any_deliberate, whether there is one);
 * - spent: expenditure in US dollars.
 *
 * Statement triggers on cost_line, allocation, expenditure (insert, update, delete, truncate) and contribution
 * (a stage change, truncate) recompute the touched activity-years from the base tables in the same transaction:
 * recomputed, never adjusted by deltas. Locks, in the order writers already take them (contribution, activity,
 * then these rows): a new allocation holds its contribution (shared), so a stage change racing it is serialised;
 * each refresh locks the touched activities in id order, then the summary rows in key order, so a concurrent writer
 * of the same activity waits and then reads what the first committed, and a stage change and a cost-line edit of
 * one activity never lock its years in opposite orders. The table is derived: backups leave it out and a restore
 * rebuilds it (scripts/lib/derived-tables.mjs). Exchange rates, an activity's phase,
 * area or beneficiaries do not feed these columns (amounts are stored in dollars; the gap joins `activity`).
 */
export class FundingActivityYear1764377700000 implements MigrationInterface {
  name = 'FundingActivityYear1764377700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE funding_activity_year (
        activity_id uuid NOT NULL,
        year integer NOT NULL,
        present boolean NOT NULL DEFAULT false,
        cost numeric NOT NULL DEFAULT 0,
        firm numeric NOT NULL DEFAULT 0,
        allocated numeric NOT NULL DEFAULT 0,
        deliberate numeric NOT NULL DEFAULT 0,
        any_deliberate boolean NOT NULL DEFAULT false,
        spent numeric NOT NULL DEFAULT 0,
        PRIMARY KEY (activity_id, year)
      )`);
    // The facts of one activity-year as the gap query computed them from the base tables.
    await q.query(`
      CREATE FUNCTION funding_activity_year_facts(p_activity uuid, p_year integer,
          OUT present boolean, OUT cost numeric, OUT firm numeric, OUT allocated numeric, OUT deliberate numeric,
          OUT any_deliberate boolean, OUT spent numeric)
      LANGUAGE sql STABLE AS $$
        SELECT c.n > 0 OR m.n > 0 OR s.n > 0, COALESCE(c.cost, 0), COALESCE(m.firm, 0), COALESCE(m.allocated, 0),
               COALESCE(m.deliberate, 0), COALESCE(m.any_deliberate, false), COALESCE(s.spent, 0)
          FROM (SELECT count(*) AS n, sum(e.amount) AS cost
                  FROM (SELECT DISTINCT ON (category) amount FROM cost_line
                         WHERE activity_id = p_activity AND year = p_year ORDER BY category, basis DESC) e) c,
               (SELECT count(*) AS n,
                       sum(al.amount_usd) FILTER (WHERE ct.stage IN ('COMMITTED', 'PAID')) AS firm,
                       sum(al.amount_usd) AS allocated,
                       sum(al.amount_usd) FILTER (WHERE al.over_funding_reason IS NOT NULL) AS deliberate,
                       bool_or(al.over_funding_reason IS NOT NULL) AS any_deliberate
                  FROM allocation al JOIN contribution ct ON ct.id = al.contribution_id
                 WHERE al.activity_id = p_activity AND al.year = p_year AND ct.stage <> 'INTENDED') m,
               (SELECT count(*) AS n, sum(amount_usd) AS spent FROM expenditure
                 WHERE activity_id = p_activity AND year = p_year) s
      $$`);
    // Locks each key's row (creating it if need be), in key order, then recomputes it: each statement of a
    // plpgsql function reads a new snapshot (READ COMMITTED), so what a writer waited for is seen once it is
    // committed. Under REPEATABLE READ a concurrent change of the same row fails with a serialization error.
    await q.query(`
      CREATE FUNCTION funding_activity_year_refresh(keys jsonb) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE k record;
      BEGIN
        -- The activities first, in id order (the order writers of one activity already hold it in), then the
        -- summary rows: two writers touching an activity's years in different statements then take turns on the
        -- activity instead of locking its years in opposite orders (a stage change against a cost-line edit).
        PERFORM 1 FROM activity
          WHERE id IN (SELECT DISTINCT (e->>0)::uuid FROM jsonb_array_elements(keys) e)
          ORDER BY id FOR NO KEY UPDATE;
        FOR k IN SELECT DISTINCT (e->>0)::uuid AS activity_id, (e->>1)::integer AS year
                   FROM jsonb_array_elements(keys) e ORDER BY 1, 2 LOOP
          INSERT INTO funding_activity_year (activity_id, year) VALUES (k.activity_id, k.year)
            ON CONFLICT (activity_id, year) DO UPDATE SET present = funding_activity_year.present;
          UPDATE funding_activity_year f
             SET present = x.present, cost = x.cost, firm = x.firm, allocated = x.allocated,
                 deliberate = x.deliberate, any_deliberate = x.any_deliberate, spent = x.spent
            FROM funding_activity_year_facts(k.activity_id, k.year) x
           WHERE f.activity_id = k.activity_id AND f.year = k.year;
        END LOOP;
      END $$`);
    await q.query(`
      CREATE FUNCTION funding_activity_year_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE funding_activity_year IN EXCLUSIVE MODE;
        DELETE FROM funding_activity_year;
        INSERT INTO funding_activity_year (activity_id, year, present, cost, firm, allocated, deliberate, any_deliberate, spent)
        SELECT k.activity_id, k.year, x.present, x.cost, x.firm, x.allocated, x.deliberate, x.any_deliberate, x.spent
          FROM (SELECT activity_id, year FROM cost_line
                UNION SELECT al.activity_id, al.year FROM allocation al JOIN contribution ct ON ct.id = al.contribution_id
                       WHERE ct.stage <> 'INTENDED'
                UNION SELECT activity_id, year FROM expenditure) k,
               funding_activity_year_facts(k.activity_id, k.year) x;
      END $$`);
    // The activity-years a statement on cost_line, allocation or expenditure touched (their old and new keys).
    await q.query(`
      CREATE FUNCTION funding_activity_year_touched() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE keys jsonb;
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          PERFORM funding_activity_year_rebuild();
          RETURN NULL;
        END IF;
        -- New allocations count by their contribution's stage: hold the contributions (shared) while reading it, so
        -- a stage change in another transaction, which cannot see these rows yet, waits for this one to commit and
        -- then refreshes them itself (or this one waits for it and reads the new stage).
        IF TG_TABLE_NAME = 'allocation' AND TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM 1 FROM contribution WHERE id IN (SELECT contribution_id FROM new_rows) ORDER BY id FOR SHARE;
        END IF;
        IF TG_OP = 'INSERT' THEN
          SELECT jsonb_agg(jsonb_build_array(activity_id, year)) INTO keys FROM new_rows;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT jsonb_agg(jsonb_build_array(activity_id, year)) INTO keys FROM old_rows;
        ELSE
          SELECT jsonb_agg(jsonb_build_array(activity_id, year)) INTO keys
            FROM (SELECT activity_id, year FROM old_rows UNION SELECT activity_id, year FROM new_rows) t;
        END IF;
        IF keys IS NOT NULL THEN PERFORM funding_activity_year_refresh(keys); END IF;
        RETURN NULL;
      END $$`);
    // A contribution's stage decides whether (and as what) its allocations count.
    await q.query(`
      CREATE FUNCTION funding_activity_year_stage() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE keys jsonb;
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          PERFORM funding_activity_year_rebuild();
          RETURN NULL;
        END IF;
        SELECT jsonb_agg(jsonb_build_array(al.activity_id, al.year)) INTO keys
          FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN allocation al ON al.contribution_id IN (o.id, n.id)
         WHERE o.stage IS DISTINCT FROM n.stage OR o.id IS DISTINCT FROM n.id;
        IF keys IS NOT NULL THEN PERFORM funding_activity_year_refresh(keys); END IF;
        RETURN NULL;
      END $$`);
    for (const table of ['cost_line', 'allocation', 'expenditure']) {
      await q.query(`
        CREATE TRIGGER ${table}_gap_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION funding_activity_year_touched()`);
      await q.query(`
        CREATE TRIGGER ${table}_gap_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION funding_activity_year_touched()`);
      await q.query(`
        CREATE TRIGGER ${table}_gap_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
          FOR EACH STATEMENT EXECUTE FUNCTION funding_activity_year_touched()`);
      await q.query(`
        CREATE TRIGGER ${table}_gap_truncate AFTER TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION funding_activity_year_touched()`);
    }
    await q.query(`
      CREATE TRIGGER contribution_gap_update AFTER UPDATE ON contribution REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION funding_activity_year_stage()`);
    await q.query(`
      CREATE TRIGGER contribution_gap_truncate AFTER TRUNCATE ON contribution
        FOR EACH STATEMENT EXECUTE FUNCTION funding_activity_year_stage()`);
    await q.query(`SELECT funding_activity_year_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['cost_line', 'allocation', 'expenditure']) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) {
        await q.query(`DROP TRIGGER ${table}_gap_${event} ON ${table}`);
      }
    }
    await q.query(`DROP TRIGGER contribution_gap_update ON contribution`);
    await q.query(`DROP TRIGGER contribution_gap_truncate ON contribution`);
    await q.query(`DROP FUNCTION funding_activity_year_stage()`);
    await q.query(`DROP FUNCTION funding_activity_year_touched()`);
    await q.query(`DROP FUNCTION funding_activity_year_rebuild()`);
    await q.query(`DROP FUNCTION funding_activity_year_refresh(jsonb)`);
    await q.query(`DROP FUNCTION funding_activity_year_facts(uuid, integer)`);
    await q.query(`DROP TABLE funding_activity_year`);
  }
}
