import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each activity's beneficiary shares, kept current by triggers (issue 12: the funding gap by region computed every
 * activity's shares, a window over them included, on every call — about a third of its time at ten times a real
 * programme).
 *
 * One row per share, as the programme's BENEFICIARY_SHARES_CTES (beneficiary-shares.query.ts) gives them when
 * this migration was written (copied here, so the migration gives the same result whenever it runs): its `key`
 * (M49 code, ISO 3166 alpha-3, or '' for the "Global" share of an activity that names neither), `kind`, `region`,
 * `subregion`, `rank` among the activity's shares by key and `n`, how many it has. The funding gap
 * (FundingRepository.gaps) reads them; its reference statement and the tests still compute them from the CTEs.
 *
 * What defines a share, and the triggers that recompute the touched activities' rows from it (recomputed, never
 * adjusted), in the writer's transaction:
 * - an activity's `beneficiary_areas` and `beneficiary_states` (insert, a change of either, delete, truncate); the
 *   writer already holds the activity's row, so two writers of one activity take turns on it;
 * - a State's `region`, `subregion`, `intermediate_region` (insert, change, delete, truncate): the activities
 *   naming it;
 * - an M49 area's `code`, `name`, `level`, `region`, `subregion` (the same): the activities naming it.
 * A reference-data change first takes the whole table in EXCLUSIVE mode (readers go on reading the committed
 * rows; activity writers wait), and only then reads which activities name the changed rows: an activity edited
 * meanwhile is either seen committed, or its own trigger waits for the lock and then reads the new reference rows.
 * Reference writers take no activity row, so they never wait on an activity writer while holding a share. The
 * start-up's upsert of the reference data changes nothing and so takes no lock.
 *
 * The table is derived: backups leave it out and a restore rebuilds it (scripts/lib/derived-tables.mjs).
 */
export class BeneficiaryShares1764377800000 implements MigrationInterface {
  name = 'BeneficiaryShares1764377800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE beneficiary_share (
        activity_id uuid NOT NULL,
        key text NOT NULL,
        kind text NOT NULL,
        region text,
        subregion text,
        rank integer NOT NULL,
        n integer NOT NULL,
        PRIMARY KEY (activity_id, key)
      )`);
    // The shares of the given activities (all of them when p_ids is null): BENEFICIARY_SHARES_CTES as of this
    // migration, over those activities only.
    await q.query(`
      CREATE FUNCTION beneficiary_share_compute(p_ids uuid[]) RETURNS SETOF beneficiary_share
      LANGUAGE sql STABLE AS $$
      WITH
      act AS (
        SELECT id, beneficiary_areas, beneficiary_states FROM activity WHERE p_ids IS NULL OR id = ANY (p_ids)),
      area_share AS (
        SELECT a.id AS activity_id, ma.code AS key, CASE WHEN ma.level = 0 THEN 'GLOBAL' ELSE 'AREA' END AS kind,
               CASE WHEN ma.level = 0 THEN 'Global' ELSE ma.region END AS region,
               CASE WHEN ma.level >= 2 THEN ma.subregion END AS subregion
          FROM act a CROSS JOIN LATERAL (SELECT DISTINCT code FROM unnest(a.beneficiary_areas) code) named
          JOIN m49_area ma ON ma.code = named.code
         WHERE NOT EXISTS (SELECT 1 FROM m49_area wider
                            WHERE wider.code = ANY (a.beneficiary_areas) AND wider.code <> ma.code
                              AND (wider.level = 0 OR (wider.level < ma.level AND wider.name IN (ma.region, ma.subregion))))),
      state_share AS (
        SELECT a.id AS activity_id, s.iso3::text AS key, 'STATE' AS kind, s.region, s.subregion
          FROM (SELECT DISTINCT a.id, a.beneficiary_areas, named.iso3
                  FROM act a, unnest(a.beneficiary_states) named(iso3)) a
          JOIN state s ON s.iso3 = a.iso3
         WHERE NOT EXISTS (SELECT 1 FROM unnest(a.beneficiary_areas) area JOIN m49_area ma ON ma.code = area
                            WHERE ma.level = 0 OR ma.name IN (s.region, s.subregion, s.intermediate_region))),
      share AS (
        SELECT activity_id, key, kind, region, subregion FROM area_share
        UNION ALL SELECT activity_id, key, kind, region, subregion FROM state_share
        UNION ALL SELECT a.id, '', 'GLOBAL', 'Global', NULL FROM act a
                   WHERE NOT EXISTS (SELECT 1 FROM area_share x WHERE x.activity_id = a.id)
                     AND NOT EXISTS (SELECT 1 FROM state_share x WHERE x.activity_id = a.id)),
      ranked_share AS (
        SELECT activity_id, key, kind, region, subregion,
               row_number() OVER (PARTITION BY activity_id ORDER BY key) AS rank,
               count(*) OVER (PARTITION BY activity_id) AS n
          FROM share)
      SELECT activity_id, key::text, kind, region, subregion, rank::integer, n::integer FROM ranked_share
      $$`);
    // Replaces the given activities' rows. The caller holds what keeps them still: the activities' rows (their
    // writer) or the whole table (a reference-data change).
    await q.query(`
      CREATE FUNCTION beneficiary_share_refresh(p_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF cardinality(p_ids) > 0 THEN
          DELETE FROM beneficiary_share WHERE activity_id = ANY (p_ids);
          INSERT INTO beneficiary_share SELECT * FROM beneficiary_share_compute(p_ids);
        END IF;
      END $$`);
    await q.query(`
      CREATE FUNCTION beneficiary_share_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE beneficiary_share IN EXCLUSIVE MODE;
        DELETE FROM beneficiary_share;
        INSERT INTO beneficiary_share SELECT * FROM beneficiary_share_compute(NULL);
      END $$`);
    // An activity's own change: the rows whose id or beneficiaries differ between the old and new tables.
    await q.query(`
      CREATE FUNCTION beneficiary_share_activity() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids uuid[];
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          PERFORM beneficiary_share_rebuild();
          RETURN NULL;
        END IF;
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(id ORDER BY id) INTO ids FROM new_rows;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(id ORDER BY id) INTO ids FROM old_rows;
        ELSE
          SELECT array_agg(DISTINCT id ORDER BY id) INTO ids
            FROM ((SELECT id, beneficiary_areas, beneficiary_states FROM old_rows
                   EXCEPT SELECT id, beneficiary_areas, beneficiary_states FROM new_rows)
                  UNION ALL
                  (SELECT id, beneficiary_areas, beneficiary_states FROM new_rows
                   EXCEPT SELECT id, beneficiary_areas, beneficiary_states FROM old_rows)) changed;
        END IF;
        PERFORM beneficiary_share_refresh(ids);
        RETURN NULL;
      END $$`);
    // A State's or an M49 area's change: the table first, then the activities naming the changed rows.
    await q.query(`
      CREATE FUNCTION beneficiary_share_reference() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE codes text[];
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          PERFORM beneficiary_share_rebuild();
          RETURN NULL;
        END IF;
        IF TG_TABLE_NAME = 'state' THEN
          IF TG_OP = 'INSERT' THEN
            SELECT array_agg(iso3::text) INTO codes FROM new_rows;
          ELSIF TG_OP = 'DELETE' THEN
            SELECT array_agg(iso3::text) INTO codes FROM old_rows;
          ELSE
            SELECT array_agg(DISTINCT iso3::text) INTO codes
              FROM ((SELECT iso3, region, subregion, intermediate_region FROM old_rows
                     EXCEPT SELECT iso3, region, subregion, intermediate_region FROM new_rows)
                    UNION ALL
                    (SELECT iso3, region, subregion, intermediate_region FROM new_rows
                     EXCEPT SELECT iso3, region, subregion, intermediate_region FROM old_rows)) changed;
          END IF;
        ELSE
          IF TG_OP = 'INSERT' THEN
            SELECT array_agg(code::text) INTO codes FROM new_rows;
          ELSIF TG_OP = 'DELETE' THEN
            SELECT array_agg(code::text) INTO codes FROM old_rows;
          ELSE
            SELECT array_agg(DISTINCT code::text) INTO codes
              FROM ((SELECT code, name, level, region, subregion FROM old_rows
                     EXCEPT SELECT code, name, level, region, subregion FROM new_rows)
                    UNION ALL
                    (SELECT code, name, level, region, subregion FROM new_rows
                     EXCEPT SELECT code, name, level, region, subregion FROM old_rows)) changed;
          END IF;
        END IF;
        IF codes IS NULL THEN RETURN NULL; END IF;
        LOCK TABLE beneficiary_share IN EXCLUSIVE MODE;
        -- A new statement, so a new snapshot: what an activity writer committed while this one waited is seen.
        PERFORM beneficiary_share_refresh(ARRAY(
          SELECT id FROM activity
           WHERE CASE WHEN TG_TABLE_NAME = 'state' THEN beneficiary_states && codes ELSE beneficiary_areas && codes END
           ORDER BY id));
        RETURN NULL;
      END $$`);
    const triggers: Array<[string, string]> = [
      ['activity', 'beneficiary_share_activity'],
      ['state', 'beneficiary_share_reference'],
      ['m49_area', 'beneficiary_share_reference'],
    ];
    for (const [table, fn] of triggers) {
      await q.query(`
        CREATE TRIGGER ${table}_share_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await q.query(`
        CREATE TRIGGER ${table}_share_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await q.query(`
        CREATE TRIGGER ${table}_share_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
          FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await q.query(`
        CREATE TRIGGER ${table}_share_truncate AFTER TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }
    await q.query(`SELECT beneficiary_share_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['activity', 'state', 'm49_area']) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) {
        await q.query(`DROP TRIGGER ${table}_share_${event} ON ${table}`);
      }
    }
    await q.query(`DROP FUNCTION beneficiary_share_reference()`);
    await q.query(`DROP FUNCTION beneficiary_share_activity()`);
    await q.query(`DROP FUNCTION beneficiary_share_rebuild()`);
    await q.query(`DROP FUNCTION beneficiary_share_refresh(uuid[])`);
    await q.query(`DROP FUNCTION beneficiary_share_compute(uuid[])`);
    await q.query(`DROP TABLE beneficiary_share`);
  }
}
