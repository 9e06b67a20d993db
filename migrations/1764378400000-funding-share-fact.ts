import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The funding gap's facts already split across each activity's beneficiary shares, per activity, kept current by
 * the triggers that keep `funding_activity_year` and `beneficiary_share` (issue 12: by sub-region × donor the
 * statement joined ~20k facts to the shares, split every amount and grouped the rows on every call — the larger
 * part of its time at ten times a real programme).
 *
 * One row per activity, year, donor (NULL on the row of the activity-year's cost, gap, over-funding, money to
 * reallocate and spending; a donor's row carries its allocations by stage), share region and sub-region, with the
 * activity's priority area and status: the sums, in bigint cents, of each fact's cents split evenly across the
 * activity's shares (the remainder one cent each to the first shares by key), as FundingRepository's fast statement
 * split them, summed over the shares and allocations that fall on the same row. `deliberate`: whether any of them
 * is a deliberate over-funding. Summed over any keys, it gives what the statement gave from the facts ⋈ shares.
 *
 * The gap's per-activity-year formulas (gap, over-funding, to reallocate) have one home, `funding_gap_parts`,
 * which this table's computation and the fast statement's activity-year rows both call; the reference statement
 * keeps its own spelling as the independent check.
 *
 * Recomputed per activity, never adjusted (funding_share_fact_refresh: the activities locked FOR NO KEY UPDATE in
 * id order, then their rows deleted and computed again in a later statement, so under READ COMMITTED what a writer
 * it waited for committed is seen), from:
 * - funding_activity_year_refresh (cost lines, allocations, expenditure, a contribution's stage): its activities,
 *   which it already holds, once their activity-years are current;
 * - beneficiary_share_refresh (an activity's beneficiaries; a State's or an M49 area's region): its activities,
 *   after their shares. A region change holds `beneficiary_share` EXCLUSIVE and then waits here for the activities'
 *   rows (the documented order, the table before rows); funding writers only read the shares, so they never wait
 *   on that lock while holding an activity;
 * - an activity's priority area or status (a trigger of its own on activity), and a contribution's donor (the
 *   activities its allocations go to, after the contribution, which its writer holds);
 * - TRUNCATE of any of those tables: the rebuilds of funding_activity_year and beneficiary_share rebuild it too.
 * Per-activity rows have no key shared between activities, so two writers of different activities never queue on
 * one row. The table is derived: backups leave it out and a restore rebuilds it (scripts/lib/derived-tables.mjs).
 *
 * The functions this extends are read from the database and changed at one place each (as migration
 * 1764378310000 did), so their bodies keep one home.
 */
export class FundingShareFact1764378400000 implements MigrationInterface {
  name = 'FundingShareFact1764378400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION funding_gap_parts(cost numeric, firm numeric, allocated numeric, deliberate numeric)
      RETURNS TABLE (gap numeric, over_funded numeric, to_reallocate numeric)
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT greatest(cost - firm, 0), greatest(firm - cost, 0), greatest(allocated - cost - deliberate, 0)
      $$`);
    await q.query(`
      CREATE TABLE funding_share_fact (
        activity_id uuid NOT NULL,
        year integer NOT NULL,
        donor_id uuid,
        region text,
        subregion text,
        priority_area_code text NOT NULL,
        status text NOT NULL,
        cost bigint NOT NULL,
        pledged bigint NOT NULL,
        committed bigint NOT NULL,
        paid bigint NOT NULL,
        gap bigint NOT NULL,
        over_funded bigint NOT NULL,
        to_reallocate bigint NOT NULL,
        spent bigint NOT NULL,
        deliberate boolean NOT NULL
      )`);
    await q.query(`CREATE INDEX funding_share_fact_activity ON funding_share_fact (activity_id)`);
    // The rows of the given activities, from funding_activity_year, the allocations past intention with their
    // contributions, beneficiary_share and activity. Each table is read by activity, joined to the ids (no "all when
    // null" branch: a trigger's cached generic plan then scanned every table, ~2 ms per refresh; nor `= ANY (ids)`,
    // which tested every row against every id, 6.5 s for a rebuild).
    await q.query(`
      CREATE FUNCTION funding_share_fact_compute(p_ids uuid[]) RETURNS SETOF funding_share_fact
      LANGUAGE sql STABLE AS $$
      WITH
      ids AS MATERIALIZED (SELECT DISTINCT id FROM unnest(p_ids) id),
      facts AS (
        SELECT y.activity_id, y.year, NULL::uuid AS donor_id, round(y.cost * 100)::bigint AS cost,
               0::bigint AS pledged, 0::bigint AS committed, 0::bigint AS paid,
               round(p.gap * 100)::bigint AS gap, round(p.over_funded * 100)::bigint AS over_funded,
               round(p.to_reallocate * 100)::bigint AS to_reallocate, round(y.spent * 100)::bigint AS spent,
               y.any_deliberate AS deliberate
          FROM ids JOIN funding_activity_year y ON y.activity_id = ids.id
          CROSS JOIN LATERAL funding_gap_parts(y.cost, y.firm, y.allocated, y.deliberate) p
         WHERE y.present
        UNION ALL
        SELECT al.activity_id, al.year, ct.donor_id, 0,
               CASE WHEN ct.stage = 'PLEDGED' THEN round(al.amount_usd * 100)::bigint ELSE 0 END,
               CASE WHEN ct.stage = 'COMMITTED' THEN round(al.amount_usd * 100)::bigint ELSE 0 END,
               CASE WHEN ct.stage = 'PAID' THEN round(al.amount_usd * 100)::bigint ELSE 0 END,
               0, 0, 0, 0, false
          FROM ids JOIN allocation al ON al.activity_id = ids.id JOIN contribution ct ON ct.id = al.contribution_id
         WHERE ct.stage <> 'INTENDED')
      SELECT f.activity_id, f.year, f.donor_id, sh.region, sh.subregion, a.priority_area_code, a.status::text,
             sum(f.cost / sh.n + CASE WHEN sh.rank <= f.cost % sh.n THEN 1 ELSE 0 END)::bigint,
             sum(f.pledged / sh.n + CASE WHEN sh.rank <= f.pledged % sh.n THEN 1 ELSE 0 END)::bigint,
             sum(f.committed / sh.n + CASE WHEN sh.rank <= f.committed % sh.n THEN 1 ELSE 0 END)::bigint,
             sum(f.paid / sh.n + CASE WHEN sh.rank <= f.paid % sh.n THEN 1 ELSE 0 END)::bigint,
             sum(f.gap / sh.n + CASE WHEN sh.rank <= f.gap % sh.n THEN 1 ELSE 0 END)::bigint,
             sum(f.over_funded / sh.n + CASE WHEN sh.rank <= f.over_funded % sh.n THEN 1 ELSE 0 END)::bigint,
             sum(f.to_reallocate / sh.n + CASE WHEN sh.rank <= f.to_reallocate % sh.n THEN 1 ELSE 0 END)::bigint,
             sum(f.spent / sh.n + CASE WHEN sh.rank <= f.spent % sh.n THEN 1 ELSE 0 END)::bigint,
             bool_or(f.deliberate)
        FROM facts f JOIN activity a ON a.id = f.activity_id JOIN beneficiary_share sh ON sh.activity_id = f.activity_id
       GROUP BY f.activity_id, f.year, f.donor_id, sh.region, sh.subregion, a.priority_area_code, a.status
      $$`);
    // Its statements planned once per session (a generic plan, reading each table by activity): a custom plan of
    // the computation took ~6 ms to make, more than the refresh itself, and PostgreSQL kept choosing custom ones.
    await q.query(`
      CREATE FUNCTION funding_share_fact_refresh(p_ids uuid[]) RETURNS void LANGUAGE plpgsql
      SET plan_cache_mode = force_generic_plan AS $$
      BEGIN
        IF cardinality(p_ids) > 0 THEN
          PERFORM 1 FROM activity WHERE id = ANY (p_ids) ORDER BY id FOR NO KEY UPDATE;
          -- Later statements, so a new snapshot: what the writers this one waited for committed is seen.
          DELETE FROM funding_share_fact WHERE activity_id = ANY (p_ids);
          INSERT INTO funding_share_fact SELECT * FROM funding_share_fact_compute(p_ids);
        END IF;
      END $$`);
    await q.query(`
      CREATE FUNCTION funding_share_fact_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE funding_share_fact IN EXCLUSIVE MODE;
        DELETE FROM funding_share_fact;
        INSERT INTO funding_share_fact SELECT * FROM funding_share_fact_compute(ARRAY(SELECT id FROM activity));
      END $$`);
    // An activity's priority area or status (its beneficiaries go through beneficiary_share_refresh).
    await q.query(`
      CREATE FUNCTION funding_share_fact_activity() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids uuid[];
      BEGIN
        SELECT array_agg(DISTINCT o.id ORDER BY o.id) INTO ids
          FROM old_rows o JOIN new_rows n ON n.id = o.id
         WHERE (o.priority_area_code, o.status) IS DISTINCT FROM (n.priority_area_code, n.status);
        PERFORM funding_share_fact_refresh(ids);
        RETURN NULL;
      END $$`);
    // A contribution's donor: the activities its allocations go to (its stage goes through funding_activity_year).
    await q.query(`
      CREATE FUNCTION funding_share_fact_donor() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids uuid[];
      BEGIN
        SELECT array_agg(DISTINCT al.activity_id ORDER BY al.activity_id) INTO ids
          FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN allocation al ON al.contribution_id = n.id
         WHERE o.donor_id IS DISTINCT FROM n.donor_id;
        PERFORM funding_share_fact_refresh(ids);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER activity_share_fact_update AFTER UPDATE ON activity REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION funding_share_fact_activity()`);
    await q.query(`
      CREATE TRIGGER contribution_share_fact_update AFTER UPDATE ON contribution REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION funding_share_fact_donor()`);
    for (const [fn, from, to] of EXTENSIONS) await replaceOnce(q, fn, from, to);
    await q.query(`SELECT funding_share_fact_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [fn, from, to] of EXTENSIONS) await replaceOnce(q, fn, to, from);
    await q.query(`DROP TRIGGER contribution_share_fact_update ON contribution`);
    await q.query(`DROP TRIGGER activity_share_fact_update ON activity`);
    await q.query(`DROP FUNCTION funding_share_fact_donor()`);
    await q.query(`DROP FUNCTION funding_share_fact_activity()`);
    await q.query(`DROP FUNCTION funding_share_fact_rebuild()`);
    await q.query(`DROP FUNCTION funding_share_fact_refresh(uuid[])`);
    await q.query(`DROP FUNCTION funding_share_fact_compute(uuid[])`);
    await q.query(`DROP TABLE funding_share_fact`);
    await q.query(`DROP FUNCTION funding_gap_parts(numeric, numeric, numeric, numeric)`);
  }
}

/** Where the existing refreshes and rebuilds go on to this table: each clause is found once and extended. */
const EXTENSIONS: Array<[string, string, string]> = [
  [
    'funding_activity_year_refresh(jsonb)',
    'END LOOP;',
    'END LOOP;\n        PERFORM funding_share_fact_refresh(ARRAY(SELECT DISTINCT (e->>0)::uuid FROM jsonb_array_elements(keys) e ORDER BY 1));',
  ],
  [
    'funding_activity_year_rebuild()',
    'funding_activity_year_facts(k.activity_id, k.year) x;',
    'funding_activity_year_facts(k.activity_id, k.year) x;\n        PERFORM funding_share_fact_rebuild();',
  ],
  [
    'beneficiary_share_refresh(uuid[])',
    'INSERT INTO beneficiary_share SELECT * FROM beneficiary_share_compute(p_ids);',
    'INSERT INTO beneficiary_share SELECT * FROM beneficiary_share_compute(p_ids);\n          PERFORM funding_share_fact_refresh(p_ids);',
  ],
  [
    'beneficiary_share_rebuild()',
    'INSERT INTO beneficiary_share SELECT * FROM beneficiary_share_compute(NULL);',
    'INSERT INTO beneficiary_share SELECT * FROM beneficiary_share_compute(NULL);\n        PERFORM funding_share_fact_rebuild();',
  ],
];

/** Redefines a function with its one clause `from` written `to`; refuses if the clause is not there once. */
async function replaceOnce(q: QueryRunner, fn: string, from: string, to: string): Promise<void> {
  const [{ definition }] = (await q.query(`SELECT pg_get_functiondef($1::regprocedure) AS definition`, [fn])) as Array<{
    definition: string;
  }>;
  const found = definition.split(from).length - 1;
  if (found !== 1) throw new Error(`${fn}: expected "${from}" once, found it ${found} times.`);
  // pg_get_functiondef writes CREATE OR REPLACE FUNCTION …: run as it is, with the one clause changed (a function
  // as the replacement: a "$&" or "$$" in the clause is then written as it is, not expanded by String.replace).
  await q.query(definition.replace(from, () => to));
}
