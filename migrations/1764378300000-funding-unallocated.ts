import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each contribution's firm money not yet allocated, with its earmarking keys, kept current by triggers (issue 12:
 * the funding gap's `available` read every committed or paid contribution joined to its allocations summed per
 * contribution on every call, ~7 ms of the statement's ~25 ms of backend CPU by priority area × year and as much by
 * sub-region × donor, at ten times a real programme).
 *
 * One row per contribution (a row whose contribution went is kept with amount 0, so later writers still have a
 * row to lock; a rebuild makes none): its donor, earmarking (category, priority area, activity, years covered) as
 * the contribution has them, and `amount`, its dollars less what its allocations hold when it is COMMITTED or PAID,
 * else 0 — what FundingRepository's reference statement computes as firm_unallocated from the base tables. The
 * earmarked activity's priority area is not kept here: the gap joins `activity` for it, so an activity's area
 * change needs no trigger.
 *
 * Statement triggers on allocation and contribution (insert, update, delete, truncate) recompute the touched
 * contributions' rows from the base tables in the same transaction: recomputed, never adjusted by deltas. Locks:
 * the contributions first (FOR SHARE, in id order: the order the API's writers already hold them in, FOR UPDATE,
 * before writing allocations, and what funding_activity_year's trigger takes on new allocations), then these rows
 * in contribution order; the recomputation is a later statement of the plpgsql function, so under READ COMMITTED
 * it sees what a writer it waited for committed. A TRUNCATE of either table rebuilds. The table is derived:
 * backups leave it out and a restore rebuilds it (scripts/lib/derived-tables.mjs).
 */
export class FundingUnallocated1764378300000 implements MigrationInterface {
  name = 'FundingUnallocated1764378300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE funding_unallocated (
        contribution_id uuid PRIMARY KEY,
        donor_id uuid,
        category integer,
        priority_area_code text,
        activity_id uuid,
        years_covered integer[],
        amount numeric NOT NULL DEFAULT 0
      )`);
    // The rows of some contributions as the gap's reference statement computes firm_unallocated from the base
    // tables (a contribution that is not there: amount 0).
    await q.query(`
      CREATE FUNCTION funding_unallocated_facts(ids uuid[])
      RETURNS TABLE (contribution_id uuid, donor_id uuid, category integer, priority_area_code text, activity_id uuid,
                     years_covered integer[], amount numeric)
      LANGUAGE sql STABLE AS $$
        SELECT k.id, c.donor_id, c.earmarking_category, c.priority_area_code, c.activity_id, c.years_covered,
               CASE WHEN c.stage IN ('COMMITTED', 'PAID')
                    THEN c.amount_usd - COALESCE((SELECT sum(al.amount_usd) FROM allocation al WHERE al.contribution_id = k.id), 0)
                    ELSE 0 END
          FROM (SELECT DISTINCT id FROM unnest(ids) id WHERE id IS NOT NULL) k
          LEFT JOIN contribution c ON c.id = k.id
      $$`);
    await q.query(`
      CREATE FUNCTION funding_unallocated_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE k record;
      BEGIN
        PERFORM 1 FROM contribution WHERE id = ANY (ids) ORDER BY id FOR SHARE;
        FOR k IN SELECT DISTINCT id FROM unnest(ids) id WHERE id IS NOT NULL ORDER BY 1 LOOP
          INSERT INTO funding_unallocated (contribution_id) VALUES (k.id)
            ON CONFLICT (contribution_id) DO UPDATE SET amount = funding_unallocated.amount;
        END LOOP;
        -- A new statement, so a new snapshot: what the writers this one waited for committed is seen.
        UPDATE funding_unallocated f
           SET donor_id = x.donor_id, category = x.category, priority_area_code = x.priority_area_code,
               activity_id = x.activity_id, years_covered = x.years_covered, amount = x.amount
          FROM funding_unallocated_facts(ids) x
         WHERE f.contribution_id = x.contribution_id;
      END $$`);
    await q.query(`
      CREATE FUNCTION funding_unallocated_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE funding_unallocated IN EXCLUSIVE MODE;
        DELETE FROM funding_unallocated;
        INSERT INTO funding_unallocated (contribution_id, donor_id, category, priority_area_code, activity_id,
                                         years_covered, amount)
        SELECT * FROM funding_unallocated_facts(ARRAY(SELECT id FROM contribution));
      END $$`);
    // The contributions a statement on allocation or contribution touched (old and new). On contribution, an
    // UPDATE that changes none of the columns read above (a version bump, an agreement reference) refreshes nothing.
    await q.query(`
      CREATE FUNCTION funding_unallocated_touched() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids uuid[];
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          PERFORM funding_unallocated_rebuild();
          RETURN NULL;
        END IF;
        IF TG_TABLE_NAME = 'allocation' THEN
          IF TG_OP = 'INSERT' THEN
            SELECT array_agg(contribution_id) INTO ids FROM new_rows;
          ELSIF TG_OP = 'DELETE' THEN
            SELECT array_agg(contribution_id) INTO ids FROM old_rows;
          ELSE
            SELECT array_agg(t.contribution_id) INTO ids
              FROM (SELECT o.contribution_id FROM old_rows o JOIN new_rows n ON n.id = o.id
                     WHERE (o.contribution_id, o.amount_usd) IS DISTINCT FROM (n.contribution_id, n.amount_usd)
                    UNION SELECT n.contribution_id FROM old_rows o JOIN new_rows n ON n.id = o.id
                     WHERE (o.contribution_id, o.amount_usd) IS DISTINCT FROM (n.contribution_id, n.amount_usd)
                    UNION SELECT contribution_id FROM new_rows WHERE id NOT IN (SELECT id FROM old_rows)
                    UNION SELECT contribution_id FROM old_rows WHERE id NOT IN (SELECT id FROM new_rows)) t;
          END IF;
        ELSE
          IF TG_OP = 'INSERT' THEN
            SELECT array_agg(id) INTO ids FROM new_rows;
          ELSIF TG_OP = 'DELETE' THEN
            SELECT array_agg(id) INTO ids FROM old_rows;
          ELSE
            SELECT array_agg(t.id) INTO ids
              FROM (SELECT o.id FROM old_rows o LEFT JOIN new_rows n ON n.id = o.id
                     WHERE (o.stage, o.amount_usd, o.donor_id, o.earmarking_category, o.priority_area_code,
                            o.activity_id, o.years_covered)
                           IS DISTINCT FROM (n.stage, n.amount_usd, n.donor_id, n.earmarking_category,
                                             n.priority_area_code, n.activity_id, n.years_covered)
                    UNION SELECT id FROM new_rows WHERE id NOT IN (SELECT id FROM old_rows)) t;
          END IF;
        END IF;
        IF ids IS NOT NULL THEN PERFORM funding_unallocated_refresh(ids); END IF;
        RETURN NULL;
      END $$`);
    for (const table of ['allocation', 'contribution']) {
      await q.query(`
        CREATE TRIGGER ${table}_unallocated_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION funding_unallocated_touched()`);
      await q.query(`
        CREATE TRIGGER ${table}_unallocated_update AFTER UPDATE ON ${table}
          REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION funding_unallocated_touched()`);
      await q.query(`
        CREATE TRIGGER ${table}_unallocated_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
          FOR EACH STATEMENT EXECUTE FUNCTION funding_unallocated_touched()`);
      await q.query(`
        CREATE TRIGGER ${table}_unallocated_truncate AFTER TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION funding_unallocated_touched()`);
    }
    await q.query(`SELECT funding_unallocated_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['allocation', 'contribution']) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) {
        await q.query(`DROP TRIGGER ${table}_unallocated_${event} ON ${table}`);
      }
    }
    await q.query(`DROP FUNCTION funding_unallocated_touched()`);
    await q.query(`DROP FUNCTION funding_unallocated_rebuild()`);
    await q.query(`DROP FUNCTION funding_unallocated_refresh(uuid[])`);
    await q.query(`DROP FUNCTION funding_unallocated_facts(uuid[])`);
    await q.query(`DROP TABLE funding_unallocated`);
  }
}
