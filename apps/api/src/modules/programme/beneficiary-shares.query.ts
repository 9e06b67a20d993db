/**
 * Owned by the programme module: an activity's beneficiaries are programme data. The funding module's gap
 * query joins these expressions (a single-statement aggregate, see FundingGapRepository.gaps), and splits money
 * between the shares by the kernel's rule (`splitCentsEvenly` in @ta/domain).
 *
 * An activity's beneficiaries as equal shares: the one rule the funding gap (by region and sub-region) and the
 * IATI export (recipient-country, recipient-region) apply, spelt once as SQL common table expressions.
 *
 * - each M49 area the activity names is a share (an area inside another named area is not a share of its own);
 * - each State it names outside its named areas is a share;
 * - an activity that names neither, or names the World (M49 001), has one "Global" share.
 *
 * `ranked_share` gives each share its `kind` (AREA, STATE or GLOBAL), `key` (M49 code or ISO 3166 alpha-3),
 * `region` (an M49 region name, or "Global") and `subregion` (an M49 sub-region name, or null for a share of a
 * whole region or of the World), its `rank` among the activity's shares by key, and `n`, how many it has.
 * Reads the programme's `activity` and the reference module's `state` and `m49_area`. The named codes are
 * unnested (each once) and joined by equality, so PostgreSQL hashes the reference tables instead of testing
 * every State against every activity's array (issue 12: 0.2–0.3 s of the gap by region at ten times a real
 * programme).
 */
export const BENEFICIARY_SHARES_CTES = `
      area_share AS (
        SELECT a.id AS activity_id, ma.code AS key, CASE WHEN ma.level = 0 THEN 'GLOBAL' ELSE 'AREA' END AS kind,
               CASE WHEN ma.level = 0 THEN 'Global' ELSE ma.region END AS region,
               CASE WHEN ma.level >= 2 THEN ma.subregion END AS subregion
          FROM activity a CROSS JOIN LATERAL (SELECT DISTINCT code FROM unnest(a.beneficiary_areas) code) named
          JOIN m49_area ma ON ma.code = named.code
         WHERE NOT EXISTS (SELECT 1 FROM m49_area wider
                            WHERE wider.code = ANY (a.beneficiary_areas) AND wider.code <> ma.code
                              AND (wider.level = 0 OR (wider.level < ma.level AND wider.name IN (ma.region, ma.subregion))))),
      state_share AS (
        SELECT a.id AS activity_id, s.iso3::text AS key, 'STATE' AS kind, s.region, s.subregion
          FROM (SELECT DISTINCT a.id, a.beneficiary_areas, named.iso3
                  FROM activity a, unnest(a.beneficiary_states) named(iso3)) a
          JOIN state s ON s.iso3 = a.iso3
         WHERE NOT EXISTS (SELECT 1 FROM unnest(a.beneficiary_areas) area JOIN m49_area ma ON ma.code = area
                            WHERE ma.level = 0 OR ma.name IN (s.region, s.subregion, s.intermediate_region))),
      share AS (
        SELECT activity_id, key, kind, region, subregion FROM area_share
        UNION ALL SELECT activity_id, key, kind, region, subregion FROM state_share
        UNION ALL SELECT a.id, '', 'GLOBAL', 'Global', NULL FROM activity a
                   WHERE NOT EXISTS (SELECT 1 FROM area_share x WHERE x.activity_id = a.id)
                     AND NOT EXISTS (SELECT 1 FROM state_share x WHERE x.activity_id = a.id)),
      ranked_share AS (
        SELECT activity_id, key, kind, region, subregion,
               row_number() OVER (PARTITION BY activity_id ORDER BY key) AS rank,
               count(*) OVER (PARTITION BY activity_id) AS n
          FROM share)`;

/**
 * Lock order around `beneficiary_share` (migration 1764377800000): the table before activity rows.
 * - A change of a State's or an M49 area's region takes the table EXCLUSIVE (its trigger), then the rows of the
 *   activities naming it (FOR NO KEY UPDATE, id order: funding_share_fact's refresh, migration 1764378400000), so it
 *   waits for any writer holding one of them — and every activity writer queues behind it meanwhile.
 * - An activity writer takes it ROW EXCLUSIVE when its share trigger refreshes the activity's shares, after the
 *   activity's row; so the API's writers lock an activity through ProgrammeRepository.lock, which takes the table
 *   ROW EXCLUSIVE before the row.
 * - Any transaction that holds an activity row and then takes the table (a writer not going through
 *   ProgrammeRepository.lock; a data fix) deadlocks with a region change of a State the activity names: the region
 *   change holds the table and waits for the row, the writer holds the row and waits for the table. PostgreSQL
 *   aborts one of the two after deadlock_timeout (40P01), and the API does not retry a mutation that fails so. A
 *   transaction that changes a region and edits activities takes `LOCK TABLE beneficiary_share IN EXCLUSIVE MODE`
 *   first.
 * The funding-gap summary spec holds both the deadlock and the order that avoids it.
 */

/**
 * `ranked_share` as BENEFICIARY_SHARES_CTES gives it, read from `beneficiary_share`, where triggers keep each
 * activity's shares (migration 1764377800000): what the funding gap reads; the CTEs stay its reference.
 */
export const BENEFICIARY_SHARES_TABLE_CTE = `
      ranked_share AS NOT MATERIALIZED (
        SELECT activity_id, key, kind, region, subregion, rank, n FROM beneficiary_share)`;
