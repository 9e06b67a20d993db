import type { FundingFilter } from './dto/funding.input.js';
import { FundingDimension } from './models/funding.model.js';

/**
 * The funding-gap statement's `available` (see FundingGapRepository.gaps): the firm money not yet allocated that
 * each grouped row may receive by the allocation rules, as the reference statement computes it (a correlated sum
 * per row) and as the fast one does (set-based: a hash join on keys, or by share keys from funding_earmark_share).
 */

/**
 * One allocation rule of the funding gap's `available` as an equality: `u`, the keys (text[]) unallocated money
 * `u` may go to; `g`, the keys a grouped row `g` accepts. The money may go to the row on that rule exactly when
 * the two arrays share a key, and neither holds one key twice, so a join on the keys counts it once.
 */
interface AvailableKey {
  u: string;
  g: string;
  /**
   * `u` is one text, not an array: the money has one key on this rule (on a row of `join`'s, if given). The
   * planner then estimates the keys' groups from the money's rows; from a one-element array's unnest it
   * estimated a single group and chose nested loops that took seconds (issue 12).
   */
  one?: boolean;
  /** A join that gives `u` one row per key it has (an earmarked activity's distinct share regions). */
  join?: string;
}

/**
 * A share's (region, sub-region) as one text, for the share rows (of ranked_share) or the grouped rows `g`: a
 * record's text form, which quotes what needs it and leaves a missing sub-region empty (`(Asia,)`, where an empty
 * name would be `(Asia,"")`), so two pairs give one text only when they are equal. It starts with "(", so it is
 * never the "any" key '*'. (It was a JSON array's text; jsonb_build_array per share and per grouped row cost
 * several times as much, issue 12.)
 */
const SUBREGION_KEY = (alias: string) => `ROW(${alias}.region, ${alias}.subregion)::text`;

/** The allocation rules for the grouped rows and the filter, in each statement's form (see `availableTo`). */
export interface AvailableRules {
  perRow: string[];
  keys: AvailableKey[];
  once: string[];
  columns: string[];
}

/**
 * Whether unallocated money `u` (firm_unallocated) could go to the grouped row `g`: the allocation rules
 * (earmarking to a priority area or an activity, years covered) applied to the row's keys and the filter.
 * `perRow`: the rules that read the grouped row, as conditions (the reference statement's correlated sum);
 * `keys`: the same rules as equalities of keys, one per rule (the fast statement's join); `once`: the filter's,
 * which read only `u` (the fast statement applies them before summing firm_unallocated); `columns`: what
 * firm_unallocated is summed by, the columns the rules read. The reference statement keeps every column and
 * applies every rule per row.
 */
export function availableTo(
  dims: FundingDimension[],
  filter: FundingFilter,
  hiddenDonor: string,
  param: (value: unknown) => string,
  reference: boolean,
): AvailableRules {
  const perRow: string[] = [];
  const keys: AvailableKey[] = [];
  const once: string[] = [];
  const columns = new Set(['category', 'priority_area_code', 'activity_area']);
  const area = (expr: string) =>
    `(u.category = 1 OR (u.category = 2 AND u.priority_area_code = ${expr}) OR (u.category >= 3 AND u.activity_area = ${expr}))`;
  // In `keys`, '*' is "any" (money unearmarked on that rule, and every row's second key); values carry a
  // prefix ('=', or the kind of value) so none is '*' and a rule's values of different kinds never meet.
  if (dims.includes(FundingDimension.PRIORITY_AREA)) {
    perRow.push(area('g.priority_area_code'));
    keys.push({
      u: `CASE WHEN u.category = 1 THEN ARRAY['*'] WHEN u.category = 2 THEN ARRAY['=' || u.priority_area_code]
               WHEN u.category >= 3 THEN ARRAY['=' || u.activity_area] ELSE '{}'::text[] END`,
      g: `ARRAY['*', '=' || g.priority_area_code]`,
    });
  }
  if (dims.includes(FundingDimension.YEAR)) {
    perRow.push(`(cardinality(u.years_covered) = 0 OR g.year = ANY (u.years_covered))`);
    keys.push({
      u: `CASE WHEN cardinality(u.years_covered) = 0 THEN ARRAY['*']
               ELSE ARRAY(SELECT DISTINCT '=' || y FROM unnest(u.years_covered) y) END`,
      g: `ARRAY['*', '=' || g.year]`,
    });
    columns.add('years_covered');
  }
  if (dims.includes(FundingDimension.ACTIVITY)) {
    perRow.push(
      `(u.category = 1 OR (u.category = 2 AND u.priority_area_code = ga.priority_area_code) OR (u.category >= 3 AND u.activity_id = g.activity_id))`,
    );
    keys.push({
      u: `CASE WHEN u.category = 1 THEN ARRAY['*'] WHEN u.category = 2 THEN ARRAY['area=' || u.priority_area_code]
               WHEN u.category >= 3 THEN ARRAY['id=' || u.activity_id] ELSE '{}'::text[] END`,
      g: `ARRAY['*', 'area=' || ga.priority_area_code, 'id=' || g.activity_id]`,
    });
    columns.add('activity_id');
  }
  const regionOf = (cond: string) =>
    `(u.category < 3 OR EXISTS (SELECT 1 FROM ranked_share rs WHERE rs.activity_id = u.activity_id AND ${cond}))`;
  // By region or sub-region (fast statement): money earmarked to an activity may go to the rows of its shares'
  // regions (or region and sub-region pairs): it is joined to the activity's distinct ones, one row each, where
  // the reference statement runs an EXISTS over the shares per grouped row. (These were arrays built per activity
  // and unnested: the arrays, a grouping by them and the JSON keys cost ~30 % of the statement by sub-region ×
  // donor, issue 12.)
  if (dims.includes(FundingDimension.REGION)) {
    perRow.push(regionOf('rs.region = g.region'));
    if (!reference) {
      keys.push({
        join: `LEFT JOIN (SELECT DISTINCT activity_id, region FROM ranked_share) ur
                 ON u.category >= 3 AND ur.activity_id = u.activity_id`,
        one: true,
        u: `CASE WHEN u.category < 3 THEN '*' ELSE '=' || ur.region END`,
        g: `ARRAY['*', '=' || g.region]`,
      });
      columns.add('activity_id');
    }
  }
  if (dims.includes(FundingDimension.SUBREGION)) {
    perRow.push(regionOf('rs.region = g.region AND rs.subregion IS NOT DISTINCT FROM g.subregion'));
    if (!reference) {
      keys.push({
        join: `LEFT JOIN (SELECT DISTINCT activity_id, ${SUBREGION_KEY('ranked_share')} AS k FROM ranked_share) us
                 ON u.category >= 3 AND us.activity_id = u.activity_id`,
        one: true,
        u: `CASE WHEN u.category < 3 THEN '*' ELSE us.k END`,
        g: `ARRAY['*', ${SUBREGION_KEY('g')}]`,
      });
      columns.add('activity_id');
    }
  }
  if (dims.includes(FundingDimension.DONOR)) {
    perRow.push(
      `(CASE WHEN g.other_donors THEN ${hiddenDonor} ELSE u.donor_id = g.donor_id AND NOT ${hiddenDonor} END)`,
    );
    // No "any" here: a donor's money goes to its own row, or to "other donors" when it is hidden (a row
    // without a donor, the cost's, takes none).
    keys.push({
      one: true,
      u: `CASE WHEN ${hiddenDonor} THEN 'other' ELSE 'id=' || u.donor_id END`,
      g: `ARRAY[CASE WHEN g.other_donors THEN 'other' ELSE 'id=' || g.donor_id END]`,
    });
    columns.add('donor_id');
  }
  if (filter.priorityAreaCode?.length) {
    const codes = param(filter.priorityAreaCode);
    once.push(
      `(u.category = 1 OR (u.category = 2 AND u.priority_area_code = ANY (${codes})) OR (u.category >= 3 AND u.activity_area = ANY (${codes})))`,
    );
  }
  if (filter.activityId) {
    const id = param(filter.activityId);
    once.push(
      `(u.category = 1 OR (u.category = 2 AND u.priority_area_code = (SELECT priority_area_code FROM activity WHERE id = ${id}::uuid)) OR (u.category >= 3 AND u.activity_id = ${id}::uuid))`,
    );
  }
  if (filter.yearFrom != null || filter.yearTo != null) {
    const from = param(filter.yearFrom ?? null);
    const to = param(filter.yearTo ?? null);
    once.push(
      `(cardinality(u.years_covered) = 0 OR EXISTS (SELECT 1 FROM unnest(u.years_covered) y WHERE (${from}::int IS NULL OR y >= ${from}::int) AND (${to}::int IS NULL OR y <= ${to}::int)))`,
    );
  }
  if (filter.region?.length) once.push(regionOf(`rs.region = ANY (${param(filter.region)})`));
  if (reference) {
    return {
      perRow: [...perRow, ...once],
      keys: [],
      once: [],
      columns: ['donor_id', 'category', 'priority_area_code', 'activity_id', 'years_covered', 'activity_area'],
    };
  }
  return { perRow, keys, once, columns: [...columns] };
}

/**
 * firm_unallocated: firm money not yet allocated, per contribution. The reference statement reads it once per
 * grouped row (a correlated sum), so there it is made once (MATERIALIZED) and summed per set of allocation
 * rules. The fast one reads it once (unallocated_key): it applies the filter's rules before anything else and
 * sums by only the columns the grouped rows' rules read, unless these hold the earmarked activity (by
 * activity, region or sub-region), where nearly every contribution is a group of its own and summing first
 * cost more than it saved (issue 12). A common table expression to precede others (it ends with a comma).
 */
export function firmUnallocatedCte(available: AvailableRules, reference: boolean): string {
  const groupUnallocated = reference || !available.columns.includes('activity_id');
  // Each firm contribution's unallocated dollars with its earmarking: from the base tables (the reference), or
  // from funding_unallocated, where triggers keep each contribution's (migration 1764378300000; the contributions
  // joined to their allocations summed per contribution were ~7 ms of every grouping's statement, issue 12).
  // Either way the earmarked activity's area is read from \`activity\` now.
  const referenceUnallocated = `
              SELECT ct.donor_id, ct.earmarking_category AS category, ct.priority_area_code, ct.activity_id,
                     ct.years_covered, ea.priority_area_code AS activity_area,
                     ct.amount_usd - COALESCE(al.allocated, 0) AS amount
                FROM contribution ct
                LEFT JOIN (SELECT contribution_id, sum(amount_usd) AS allocated FROM allocation GROUP BY 1) al
                  ON al.contribution_id = ct.id
                LEFT JOIN activity ea ON ea.id = ct.activity_id
               WHERE ct.stage IN ('COMMITTED', 'PAID')`;
  const keptUnallocated = `
              SELECT fu.donor_id, fu.category, fu.priority_area_code, fu.activity_id, fu.years_covered,
                     ea.priority_area_code AS activity_area, fu.amount
                FROM funding_unallocated fu
                LEFT JOIN activity ea ON ea.id = fu.activity_id`;
  return `firm_unallocated AS ${reference ? 'MATERIALIZED ' : ''}(
        SELECT ${available.columns.map((c) => `u.${c}`).join(', ')}, ${groupUnallocated ? 'sum(u.amount)' : 'u.amount'} AS amount
          FROM (${reference ? referenceUnallocated : keptUnallocated}) u
         WHERE ${['u.amount > 0', ...available.once].join(' AND ')}
         ${groupUnallocated ? `GROUP BY ${available.columns.map((_, i) => i + 1).join(', ')}` : ''}),`;
}

/** The reference statement's last SELECT: every rule per grouped row, a correlated sum over firm_unallocated for each. */
export function referenceAvailableTail(dims: FundingDimension[], available: AvailableRules, outputs: string): string {
  const donorJoin = available.columns.includes('donor_id') ? 'LEFT JOIN donor ud ON ud.id = u.donor_id' : '';
  return `
    SELECT g.*, ${outputs},
           COALESCE((SELECT sum(u.amount) FROM firm_unallocated u ${donorJoin}
                     WHERE ${available.perRow.length ? available.perRow.join(' AND ') : 'true'}), 0)::numeric(16,2) AS available
      FROM grouped g
     ${dims.includes(FundingDimension.ACTIVITY) ? 'JOIN activity ga ON ga.id = g.activity_id' : ''}`;
}

/**
 * The fast statement's tail. Set-based: each rule is an equality of keys (AvailableKey), so the money is summed by
 * its keys once (unallocated_key), each grouped row is given the keys it accepts, and one hash join sums what each
 * row may receive (issue 12: the correlated sum, per grouped row, took ~300 ms by sub-region × donor). `keys`: the
 * grouped rows' key columns; `money`: their money columns.
 */
export function fastAvailableTail(
  dims: FundingDimension[],
  available: AvailableRules,
  keys: string[],
  money: string[],
  outputs: string,
): string {
  const donorJoin = available.columns.includes('donor_id') ? 'LEFT JOIN donor ud ON ud.id = u.donor_id' : '';
  const k = available.keys.map((_, i) => `k${i + 1}`);
  return `,
    unallocated_key AS (
      SELECT ${[...k.map((c) => `${c}.k AS ${c}`), 'sum(u.amount) AS amount'].join(', ')}
        FROM firm_unallocated u ${donorJoin}
        ${available.keys.flatMap((key) => (key.join ? [key.join] : [])).join('\n          ')}
        ${available.keys.map((key, i) => `CROSS JOIN LATERAL ${key.one ? `(SELECT ${key.u})` : `unnest(${key.u})`} ${k[i]}(k)`).join('\n          ')}
       ${k.length ? `GROUP BY ${k.map((_, i) => i + 1).join(', ')}` : ''}),
    numbered AS (
      SELECT row_number() OVER () AS gid, g.* FROM grouped g),
    available AS (
      SELECT g.gid, sum(uk.amount) AS amount
        FROM numbered g
        ${dims.includes(FundingDimension.ACTIVITY) ? 'JOIN activity ga ON ga.id = g.activity_id' : ''}
        ${available.keys.map((key, i) => `CROSS JOIN LATERAL unnest(${key.g}) ${k[i]}(k)`).join('\n          ')}
        JOIN unallocated_key uk ON ${k.length ? k.map((c) => `uk.${c} = ${c}.k`).join(' AND ') : 'true'}
       GROUP BY g.gid)
    SELECT ${keys.map((c) => `g.${c}`).join(', ')}${keys.length ? ',' : ''}
           ${[...money, 'deliberate'].map((c) => `g.${c}`).join(', ')}, ${outputs},
           COALESCE(av.amount, 0)::numeric(16,2) AS available
      FROM numbered g LEFT JOIN available av ON av.gid = g.gid`;
}

/**
 * The fast statement's tail by region and/or sub-region (and donor), no filter on the money: `available` of each
 * grouped row `g` is the money not earmarked to an activity (category 1 or 2: any region takes it) of its donor,
 * plus the money earmarked to activities with a share in its region (by region: `region_cents`, once per
 * activity and region) or its (region, sub-region) pair (`cents`), of its donor, from funding_earmark_share.
 * Both sums are made once by typed keys and joined to the grouped rows by equalities (hash joins): the donor as
 * a uuid, the nil UUID for the hidden donors' "other donors" row (a row without a donor, the cost's, takes none);
 * a missing sub-region as a flag beside an empty text, so a NULL matches only a NULL. `columns`: what to select.
 */
export function availableByShareKeys(dims: FundingDimension[], hiddenDonor: string, columns: string[]): string {
  const byDonor = dims.includes(FundingDimension.DONOR);
  const bySubregion = dims.includes(FundingDimension.SUBREGION);
  const nil = `'00000000-0000-0000-0000-000000000000'::uuid`;
  const moneyDonor = byDonor ? [`CASE WHEN ${hiddenDonor} THEN ${nil} ELSE u.donor_id END AS donor_key`] : [];
  const donorJoin = hiddenDonor.includes('ud.') ? 'LEFT JOIN donor ud ON ud.id = u.donor_id' : '';
  const rowDonor = `CASE WHEN g.other_donors THEN ${nil} ELSE g.donor_id END`;
  const share = bySubregion
    ? ['u.region', 'u.subregion IS NULL AS whole', `COALESCE(u.subregion, '') AS subregion`]
    : ['u.region'];
  return `,
    any_region AS (
      SELECT ${[...moneyDonor, 'sum(u.amount) AS amount'].join(', ')}
        FROM funding_unallocated u ${donorJoin}
       WHERE u.amount > 0 AND u.category < 3
       ${byDonor ? 'GROUP BY 1' : ''}),
    earmarked AS (
      SELECT ${[...moneyDonor, ...share, `sum(u.${bySubregion ? 'cents' : 'region_cents'}) AS cents`].join(', ')}
        FROM funding_earmark_share u ${donorJoin}
       GROUP BY ${[...moneyDonor, ...share].map((_, i) => i + 1).join(', ')})
    SELECT ${columns.join(', ')},
           (COALESCE(ar.amount, 0) + COALESCE(em.cents, 0) / 100)::numeric(16,2) AS available
      FROM grouped g
      LEFT JOIN any_region ar ON ${byDonor ? `ar.donor_key = ${rowDonor}` : 'true'}
      LEFT JOIN earmarked em ON ${[
        'em.region = g.region',
        ...(bySubregion ? [`em.whole = (g.subregion IS NULL)`, `em.subregion = COALESCE(g.subregion, '')`] : []),
        ...(byDonor ? [`em.donor_key = ${rowDonor}`] : []),
      ].join(' AND ')}`;
}
