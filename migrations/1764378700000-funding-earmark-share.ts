import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The firm money not yet allocated that is earmarked to an activity, summed per activity, donor and the
 * activity's distinct share (region, sub-region), kept current by triggers (issue 12: by sub-region × donor the
 * funding gap's `available` joined every earmarked contribution to its activity's distinct share keys and summed
 * them by (donor, region, sub-region) on every call — ~25–35 ms of the statement's ~50–65 ms at ten times a real
 * programme, the one operation still above 100 ms p95).
 *
 * One row per activity, donor and distinct (region, sub-region) of the activity's beneficiary shares, for the
 * contributions earmarked to that activity (category 3 and above) with money left (`funding_unallocated.amount >
 * 0`): `cents`, that money in bigint cents, which every row of the activity's (region, sub-region) pairs may take;
 * `region_cents`, the same on the first pair of each region (sub-region order, a whole region first) and 0 on the
 * others, so that summed by region each activity's money counts once per region it has a share in. Summed by
 * (donor, region, sub-region) or (donor, region), it is what the gap's reference statement gives as the earmarked
 * part of `available` for those rows (its EXISTS over the activity's shares).
 *
 * Recomputed per activity, never adjusted (funding_earmark_share_refresh: the activities locked FOR NO KEY UPDATE
 * in id order, then their rows deleted and computed again in later statements, so under READ COMMITTED what a
 * writer it waited for committed is seen), from:
 * - a statement trigger on `funding_unallocated` (insert, update, delete): the activities its changed rows are
 *   earmarked to, before and after. Those rows are written by funding_unallocated_refresh, after the contributions
 *   (FOR NO KEY UPDATE) and the table's own rows: the activities come after both, as funding_activity_year's
 *   refresh takes them after the contributions;
 * - beneficiary_share_refresh (an activity's beneficiaries; a State's or an M49 area's region): its activities,
 *   after funding_share_fact_refresh has locked them (the documented order: the table, then activity rows);
 * - TRUNCATE: a contribution's or an allocation's rebuilds funding_unallocated (its DELETE and INSERT fire the
 *   trigger above); beneficiary_share_rebuild rebuilds this table too.
 * A donor's change of name or of `named_publicly` needs nothing: the gap reads `donor` for that. The table is
 * derived: backups leave it out and a restore rebuilds it (scripts/lib/derived-tables.mjs).
 *
 * The function this extends (beneficiary_share_refresh, _rebuild) is read from the database and changed at one
 * place each, as migration 1764378400000 did.
 */
export class FundingEarmarkShare1764378700000 implements MigrationInterface {
  name = 'FundingEarmarkShare1764378700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE funding_earmark_share (
        activity_id uuid NOT NULL,
        donor_id uuid,
        region text,
        subregion text,
        cents bigint NOT NULL,
        region_cents bigint NOT NULL
      )`);
    await q.query(`CREATE INDEX funding_earmark_share_activity ON funding_earmark_share (activity_id)`);
    // The refresh reads funding_unallocated by earmarked activity.
    await q.query(
      `CREATE INDEX funding_unallocated_activity ON funding_unallocated (activity_id) WHERE activity_id IS NOT NULL`,
    );
    // The rows of the given activities, from funding_unallocated and beneficiary_share, each read by activity
    // joined to the ids (not `= ANY (ids)`, which tests every row against every id: see migration 1764378400000).
    await q.query(`
      CREATE FUNCTION funding_earmark_share_compute(p_ids uuid[]) RETURNS SETOF funding_earmark_share
      LANGUAGE sql STABLE AS $$
      WITH
      ids AS MATERIALIZED (SELECT DISTINCT id FROM unnest(p_ids) id),
      money AS (
        SELECT fu.activity_id, fu.donor_id, round(sum(fu.amount) * 100)::bigint AS cents
          FROM ids JOIN funding_unallocated fu ON fu.activity_id = ids.id
         WHERE fu.category >= 3 AND fu.amount > 0
         GROUP BY 1, 2),
      pairs AS (
        SELECT DISTINCT sh.activity_id, sh.region, sh.subregion
          FROM ids JOIN beneficiary_share sh ON sh.activity_id = ids.id)
      SELECT m.activity_id, m.donor_id, p.region, p.subregion, m.cents,
             CASE WHEN row_number() OVER (PARTITION BY m.activity_id, m.donor_id, p.region
                                          ORDER BY p.subregion NULLS FIRST) = 1
                  THEN m.cents ELSE 0 END
        FROM money m JOIN pairs p ON p.activity_id = m.activity_id
      $$`);
    // One generic plan per session, as funding_share_fact_refresh (a custom plan cost more to make than the work).
    await q.query(`
      CREATE FUNCTION funding_earmark_share_refresh(p_ids uuid[]) RETURNS void LANGUAGE plpgsql
      SET plan_cache_mode = force_generic_plan AS $$
      BEGIN
        IF cardinality(p_ids) > 0 THEN
          PERFORM 1 FROM activity WHERE id = ANY (p_ids) ORDER BY id FOR NO KEY UPDATE;
          -- Later statements, so a new snapshot: what the writers this one waited for committed is seen.
          DELETE FROM funding_earmark_share WHERE activity_id = ANY (p_ids);
          INSERT INTO funding_earmark_share SELECT * FROM funding_earmark_share_compute(p_ids);
        END IF;
      END $$`);
    await q.query(`
      CREATE FUNCTION funding_earmark_share_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE funding_earmark_share IN EXCLUSIVE MODE;
        DELETE FROM funding_earmark_share;
        INSERT INTO funding_earmark_share SELECT * FROM funding_earmark_share_compute(ARRAY(SELECT id FROM activity));
      END $$`);
    // The activities a statement on funding_unallocated touched: its rows earmarked to an activity with money,
    // before and after, where the donor, earmarking or amount changed (its refresh rewrites every row it names).
    await q.query(`
      CREATE FUNCTION funding_earmark_share_touched() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(DISTINCT activity_id ORDER BY activity_id) INTO ids
            FROM new_rows WHERE category >= 3 AND amount > 0 AND activity_id IS NOT NULL;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(DISTINCT activity_id ORDER BY activity_id) INTO ids
            FROM old_rows WHERE category >= 3 AND amount > 0 AND activity_id IS NOT NULL;
        ELSE
          SELECT array_agg(DISTINCT t.activity_id ORDER BY t.activity_id) INTO ids
            FROM old_rows o JOIN new_rows n ON n.contribution_id = o.contribution_id
           CROSS JOIN LATERAL (VALUES (o.activity_id, o.category, o.amount), (n.activity_id, n.category, n.amount))
                 t (activity_id, category, amount)
           WHERE (o.donor_id, o.category, o.activity_id, o.amount) IS DISTINCT FROM (n.donor_id, n.category, n.activity_id, n.amount)
             AND t.category >= 3 AND t.amount > 0 AND t.activity_id IS NOT NULL;
        END IF;
        IF ids IS NOT NULL THEN PERFORM funding_earmark_share_refresh(ids); END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER funding_unallocated_earmark_insert AFTER INSERT ON funding_unallocated REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION funding_earmark_share_touched()`);
    await q.query(`
      CREATE TRIGGER funding_unallocated_earmark_update AFTER UPDATE ON funding_unallocated
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION funding_earmark_share_touched()`);
    await q.query(`
      CREATE TRIGGER funding_unallocated_earmark_delete AFTER DELETE ON funding_unallocated REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION funding_earmark_share_touched()`);
    for (const [fn, from, to] of EXTENSIONS) await replaceOnce(q, fn, from, to);
    await q.query(`SELECT funding_earmark_share_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [fn, from, to] of EXTENSIONS) await replaceOnce(q, fn, to, from);
    for (const event of ['insert', 'update', 'delete']) {
      await q.query(`DROP TRIGGER funding_unallocated_earmark_${event} ON funding_unallocated`);
    }
    await q.query(`DROP FUNCTION funding_earmark_share_touched()`);
    await q.query(`DROP FUNCTION funding_earmark_share_rebuild()`);
    await q.query(`DROP FUNCTION funding_earmark_share_refresh(uuid[])`);
    await q.query(`DROP FUNCTION funding_earmark_share_compute(uuid[])`);
    await q.query(`DROP INDEX funding_unallocated_activity`);
    await q.query(`DROP TABLE funding_earmark_share`);
  }
}

/** Where the shares' refresh and rebuild go on to this table: each clause is found once and extended. */
const EXTENSIONS: Array<[string, string, string]> = [
  [
    'beneficiary_share_refresh(uuid[])',
    'PERFORM funding_share_fact_refresh(p_ids);',
    'PERFORM funding_share_fact_refresh(p_ids);\n          PERFORM funding_earmark_share_refresh(p_ids);',
  ],
  [
    'beneficiary_share_rebuild()',
    'PERFORM funding_share_fact_rebuild();',
    'PERFORM funding_share_fact_rebuild();\n        PERFORM funding_earmark_share_rebuild();',
  ],
];

/** Redefines a function with its one clause `from` written `to`; refuses if the clause is not there once. */
async function replaceOnce(q: QueryRunner, fn: string, from: string, to: string): Promise<void> {
  const [{ definition }] = (await q.query(`SELECT pg_get_functiondef($1::regprocedure) AS definition`, [fn])) as Array<{
    definition: string;
  }>;
  const found = definition.split(from).length - 1;
  if (found !== 1) throw new Error(`${fn}: expected "${from}" once, found it ${found} times.`);
  // pg_get_functiondef writes CREATE OR REPLACE FUNCTION …: run as it is, with the one clause changed.
  await q.query(definition.replace(from, () => to));
}
