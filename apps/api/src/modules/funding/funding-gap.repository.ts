import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SqlArg, SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import { BENEFICIARY_SHARES_CTES, BENEFICIARY_SHARES_TABLE_CTE } from '../programme/beneficiary-shares.query.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../infra/graphql/pagination.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import type { FundingFilter } from './dto/funding.input.js';
import { FundingDimension, type FundingGapRowModel } from './models/funding.model.js';

/** A contribution that is not recorded: what whatIfPledge asks the gap query to fill the gaps with. */
export interface HypotheticalContribution {
  donorId: string;
  amountUsd: string;
  earmarkingCategory: number;
  priorityAreaCode: string | null;
  activityId: string | null;
  yearsCovered: number[];
  planYears: number[];
}

/** Whose donors' money the funding gap shows one by one when grouped by donor; the rest is summed as "other donors". */
export interface GapDonorScope {
  donorId: string;
}

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
/**
 * The funding module's funding-gap statements: the gap by any grouping (`gaps`), the slow reference the tests
 * compare it with (`referenceGaps`) and a donor's matches (`matches`). Apart from FundingRepository (contributions,
 * stages, payments, allocations, rates) because it is one large read-only statement with its own rules.
 */
@Injectable()
export class FundingGapRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Cost, pledged, committed, paid, gap, over-funding and available money for any grouping, in ONE SQL statement.
   *
   * Costs are the effective cost lines; funds are allocations, counted by their contribution's stage (an
   * intention, INTENDED, is never money). Per activity and year, gap = max(0, cost − committed − paid) and
   * overFunded = max(0, committed + paid − cost): money beyond need is reported apart and never lowers another
   * row's gap. toReallocate is the allocated money (any stage) beyond the cost that no deliberate over-funding
   * explains (a cost revised below what was allocated). The gap, over-funding and cost sit on the rows
   * without a donor; rows with one carry that donor's funds. With a `hideOthersThan` donor (the policy's money
   * scope) and grouped by donor, donors other than that one that did not agree to be named are summed in one
   * `otherDonors` row.
   *
   * Geography (REGION, SUBREGION, or a region filter) splits each activity's amounts into equal shares: one
   * per M49 area it names (an area inside another named area is not a share of its own), one per State it
   * names outside those areas, or a single "Global" share when it names neither (or names the World). A share
   * of an amount is its cents divided by the number of shares, the remaining cents going one each to the first
   * shares by key, so every split adds back to the amount exactly and every grouping to the grand total.
   *
   * `available`: firm money (committed or paid) not yet allocated whose earmarking allows the row: its
   * priority area, years covered, activity and region, as the allocation rules check them. Each contribution's
   * unallocated firm dollars are read from `funding_unallocated`, which triggers keep (migration 1764378300000);
   * the reference statement computes them from the contributions and their allocations.
   *
   * With a `hypothetical` contribution (whatIfPledge), its dollars fill the gaps it may go to (the same
   * earmarking rules), earliest year first then by activity code, and `covered` says how much of each row's
   * gap it would close. Nothing is written.
   *
   * A single-statement aggregate that joins other modules' tables (splitting it would cost a query per row):
   * the programme's `activity`, `cost_line` and `beneficiary_share` (each activity's shares, kept by triggers from
   * its beneficiaries and the reference module's `state` and `m49_area`, migration 1764377800000; the reference
   * statement computes them from those tables, BENEFICIARY_SHARES_CTES), the donors
   * module's `donor` (named_publicly), and the delivery module's `expenditure` (spent, per activity and year, on the
   * rows without a donor; balance = committed + paid − spent). The effective-cost rule (a REVISED line replaces the ORIGINAL one for the
   * same activity, year and category) is the programme's, as ProgrammeRepository.yearTotalsOf applies it.
   */
  @SqlSnapshot(
    { name: 'by area and year', args: [['PRIORITY_AREA', 'YEAR'], {}, null] },
    { name: 'by donor, as a donor sees it', args: [['DONOR'], {}, { donorId: SqlArg.UUID }] },
    { name: 'by region and subregion', args: [['REGION', 'SUBREGION'], {}, null] },
    {
      name: 'by sub-region and donor, as a donor sees it',
      args: [['SUBREGION', 'DONOR'], {}, { donorId: SqlArg.UUID }],
    },
    {
      name: 'what if, by area',
      args: [
        ['PRIORITY_AREA'],
        {},
        null,
        {
          donorId: SqlArg.UUID,
          amountUsd: '1000.00',
          earmarkingCategory: 2,
          priorityAreaCode: 'C',
          activityId: null,
          yearsCovered: [],
          planYears: [2009, 2010, 2011],
        },
      ],
    },
  )
  async gaps(
    groupBy: FundingDimension[],
    filter: FundingFilter,
    hideOthersThan: GapDonorScope | null,
    hypothetical: HypotheticalContribution | null = null,
    tx?: EntityManager,
  ): Promise<FundingGapRowModel[]> {
    const { sql, params } = this.gapStatement(groupBy, filter, hideOthersThan, hypothetical);
    const rows: GapSqlRow[] = await this.withoutJit((m) => m.query(sql, params), tx);
    return rows.map(toGapRow);
  }

  /**
   * The same answer as `gaps`, computed the slow way from the base tables (no funding_activity_year, every
   * allocation rule applied per grouped row): what the tests compare the fast statement with.
   */
  async referenceGaps(
    groupBy: FundingDimension[],
    filter: FundingFilter,
    hideOthersThan: GapDonorScope | null,
    hypothetical: HypotheticalContribution | null = null,
    tx?: EntityManager,
  ): Promise<FundingGapRowModel[]> {
    const { sql, params } = this.gapStatement(groupBy, filter, hideOthersThan, hypothetical, undefined, true);
    const rows: GapSqlRow[] = await this.withoutJit((m) => m.query(sql, params), tx);
    return rows.map(toGapRow);
  }

  /**
   * The unfunded activity-years that match a donor's stated priorities, largest gap first (then by activity
   * code and year), a page at a time: the funding-gap statement (`gaps`, by activity and year) with the
   * donor's priorities as its filter, ordered and paged in SQL. An activity matches when, for each kind of
   * priority the donor stated (an empty list matches anything): its priority area is one of the donor's; one of
   * its beneficiary shares (the gap's geography) lies in one of the donor's M49 areas; one request linked to it
   * names one of the donor's instruments. Also reads the donors module's `donor` (its priorities), the
   * requests module's `assistance_request` and the programme's `activity_request` (a single statement).
   */
  @SqlSnapshot([SqlArg.UUID, 20, null])
  async matches(
    donorId: string,
    first: number | null | undefined,
    after: string | null | undefined,
    tx?: EntityManager,
  ): Promise<Connection<FundingGapRowModel>> {
    const limit = pageSize(first);
    const { sql, params, param } = this.gapStatement(
      [FundingDimension.ACTIVITY, FundingDimension.YEAR],
      {},
      null,
      null,
      (p) => {
        const donor = `(SELECT dn FROM donor dn WHERE dn.id = ${p(donorId)}::uuid)`;
        return [
          `(cardinality((${donor}).priority_area_codes) = 0 OR a.priority_area_code = ANY ((${donor}).priority_area_codes))`,
          `(cardinality((${donor}).priority_m49_areas) = 0 OR EXISTS (
             SELECT 1 FROM ranked_share ps JOIN m49_area pa ON pa.code = ANY ((${donor}).priority_m49_areas)
               LEFT JOIN state ps_state ON ps.kind = 'STATE' AND ps_state.iso3 = ps.key
              WHERE ps.activity_id = a.id
                AND (pa.level = 0 OR ps.key = pa.code OR ps.region = pa.name OR ps.subregion = pa.name
                     OR ps_state.intermediate_region = pa.name)))`,
          `(cardinality((${donor}).priority_instruments) = 0 OR EXISTS (
             SELECT 1 FROM activity_request ar JOIN assistance_request rq ON rq.id = ar.request_id
              WHERE ar.activity_id = a.id AND rq.instruments && (${donor}).priority_instruments))`,
        ];
      },
    );
    let cursor = '';
    if (after) {
      const [negGap, code, year] = decodeCursor(after, 3);
      if (
        typeof negGap !== 'string' ||
        !/^-?\d+(\.\d+)?$/.test(negGap) ||
        typeof code !== 'string' ||
        !Number.isInteger(year)
      ) {
        throw new DomainError(
          ErrorCode.BAD_USER_INPUT,
          'The "after" cursor does not belong to this list; start again from the first page.',
          'after',
          { reason: 'BAD_CURSOR' },
        );
      }
      cursor = `AND (-m.gap, m.activity_code, m.year) > (${param(negGap)}::numeric, ${param(code)}::text, ${param(year)}::int)`;
    }
    // The count is taken over every match before the cursor narrows them (a window below the cursor's filter).
    const paged = `
      SELECT m.*, (-m.gap)::text AS neg_gap
        FROM (SELECT g.*, count(*) OVER ()::int AS total_count FROM (${sql}) g WHERE g.gap > 0) m
       WHERE true ${cursor}
       ORDER BY -m.gap, m.activity_code, m.year
       LIMIT ${param(limit + 1)}`;
    const rows: Array<GapSqlRow & { neg_gap: string; total_count: number; activity_code: string }> =
      await this.withoutJit((m) => m.query(paged, params), tx);
    const totalCount = rows[0]?.total_count ?? 0;
    const nodes = rows.slice(0, limit);
    const last = nodes[nodes.length - 1];
    return {
      totalCount,
      nodes: nodes.map(toGapRow),
      pageInfo: {
        hasNextPage: rows.length > limit,
        endCursor: last ? encodeCursor([last.neg_gap, last.activity_code, last.year]) : null,
      },
    };
  }

  /** The funding-gap statement (see `gaps`), with `extraWhere` conditions on the activity `a` if given. */
  private gapStatement(
    groupBy: FundingDimension[],
    filter: FundingFilter,
    hideOthersThan: GapDonorScope | null,
    hypothetical: HypotheticalContribution | null,
    extraWhere?: (param: (value: unknown) => string) => string[],
    reference = false,
  ): { sql: string; params: unknown[]; param: (value: unknown) => string } {
    const dims = [...new Set(groupBy)];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const geography =
      dims.includes(FundingDimension.REGION) || dims.includes(FundingDimension.SUBREGION) || !!filter.region?.length;
    // The fast statement reads the facts already split across the shares per activity, in cents, from
    // funding_share_fact (kept by triggers, migration 1764378400000; the facts ⋈ shares split and grouped on every
    // call were most of the statement's time by sub-region × donor, issue 12) and sums them by the requested keys.
    // A hypothetical contribution's money is not there, so whatIfPledge joins the facts to the shares as before.
    const kept = !reference && !hypothetical;
    const needsActivity = kept && (dims.includes(FundingDimension.ACTIVITY) || !!extraWhere);
    const hidden =
      hideOthersThan && dims.includes(FundingDimension.DONOR)
        ? `(f.donor_id IS NOT NULL AND f.donor_id <> ${param(hideOthersThan.donorId)}::uuid AND NOT COALESCE(d.named_publicly, false))`
        : 'false';
    // Where the activity's and the share's columns are read from: funding_share_fact's own, or activity and shares.
    const act = kept ? 'f' : 'a';
    const sh = kept ? 'f' : 'sh';
    const columns: Record<FundingDimension, string[]> = {
      PRIORITY_AREA: [`${act}.priority_area_code AS priority_area_code`],
      YEAR: ['f.year AS year'],
      // By code, so the rows come in the programme's order.
      ACTIVITY: ['a.code AS activity_code', `${kept ? 'f.activity_id' : 'a.id'} AS activity_id`],
      REGION: [`${sh}.region AS region`],
      // A share of a whole region (or the World) has no sub-region: its row is told apart by its region.
      SUBREGION: dims.includes(FundingDimension.REGION)
        ? [`${sh}.subregion AS subregion`]
        : [`${sh}.region AS region`, `${sh}.subregion AS subregion`],
      DONOR: [`CASE WHEN ${hidden} THEN NULL ELSE f.donor_id END AS donor_id`, `${hidden} AS other_donors`],
    };
    const select = dims.flatMap((d) => columns[d]);
    const keys = select.map((s) => s.split(' AS ').pop()!);
    const where: string[] = [];
    if (filter.yearFrom != null) where.push(`f.year >= ${param(filter.yearFrom)}`);
    if (filter.yearTo != null) where.push(`f.year <= ${param(filter.yearTo)}`);
    if (filter.priorityAreaCode?.length)
      where.push(`${act}.priority_area_code = ANY (${param(filter.priorityAreaCode)})`);
    if (filter.status?.length) where.push(`${act}.status = ANY (${param(filter.status)}${kept ? '::text[]' : ''})`);
    if (filter.region?.length) where.push(`${sh}.region = ANY (${param(filter.region)})`);
    if (filter.activityId) where.push(`${kept ? 'f.activity_id' : 'a.id'} = ${param(filter.activityId)}::uuid`);
    if (extraWhere) where.push(...extraWhere(param));
    // A share of a fact's amount: its cents split evenly, the remainder one cent each to the first shares. The
    // reference statement turns each amount into cents for each share and sums the shares in dollars; the fast
    // one gives the facts in cents (bigint) once, splits them in integers and turns each sum into dollars once
    // (the same sums: every share is a whole number of cents; issue 12, half of the gap by region's time).
    const cents = geography && !reference;
    const inCents = (expr: string) => (cents ? `round(${expr} * 100)::bigint` : expr);
    const column = (name: string) => (cents ? `${inCents(name)} AS ${name}` : name);
    const zero = cents ? '0::bigint' : '0::numeric';
    const part = (column: string) =>
      !geography
        ? `f.${column}`
        : reference
          ? `((round(f.${column} * 100)::bigint / sh.n + CASE WHEN sh.rank <= round(f.${column} * 100)::bigint % sh.n THEN 1 ELSE 0 END)::numeric / 100)`
          : `(f.${column} / sh.n + CASE WHEN sh.rank <= f.${column} % sh.n THEN 1 ELSE 0 END)`;
    const money = ['cost', 'pledged', 'committed', 'paid', 'gap', 'over_funded', 'to_reallocate', 'covered', 'spent'];
    const sums = [
      ...money.map((m) =>
        kept
          ? m === 'covered'
            ? `0::numeric(16,2) AS ${m}`
            : `(sum(f.${m}) / 100)::numeric(16,2) AS ${m}`
          : cents
            ? `(sum(${part(m)}) / 100)::numeric(16,2) AS ${m}`
            : `sum(${part(m)})::numeric(16,2) AS ${m}`,
      ),
      'bool_or(f.deliberate) AS deliberate',
    ];
    // The hypothetical contribution's target: the activity-years its earmarking allows, with a gap.
    const h = hypothetical;
    let hypotheticalFacts = '';
    if (h) {
      const years = param(h.yearsCovered);
      const category = param(h.earmarkingCategory);
      hypotheticalFacts = `,
      hypothetical_target AS (
        SELECT ay.activity_id, ay.year, ay.gap,
               sum(ay.gap) OVER (ORDER BY ay.year, a.code, ay.activity_id ROWS UNBOUNDED PRECEDING) - ay.gap AS before
          FROM activity_year ay JOIN activity a ON a.id = ay.activity_id
         WHERE ay.gap > 0 AND a.status <> 'CANCELLED'
           AND ay.year = ANY (${param(h.planYears)}::int[])
           AND (cardinality(${years}::int[]) = 0 OR ay.year = ANY (${years}::int[]))
           AND (${category}::int = 1
                OR (${category}::int = 2 AND a.priority_area_code = ${param(h.priorityAreaCode)}::text)
                OR (${category}::int >= 3 AND a.id = ${param(h.activityId)}::uuid))),
      hypothetical AS (
        SELECT activity_id, year, least(gap, greatest(${param(h.amountUsd)}::numeric - before, 0)) AS covered
          FROM hypothetical_target)`;
    }
    const hypotheticalDonor = h ? param(h.donorId) : null;
    // activity_year: the facts of each activity-year, read from funding_activity_year (kept current by triggers,
    // migration 1764377700000) or, for the reference statement the tests compare it with, computed from the base
    // tables: effective cost lines (DISTINCT ON, the unique index read backwards), allocations past intention and
    // expenditure, over the UNION of their keys (~110 ms at ten times a real programme; issue 12).
    const activityYear = reference
      ? `effective_cost_line AS (
        SELECT DISTINCT ON (activity_id, year, category) activity_id, year, category, amount
          FROM cost_line
         ORDER BY activity_id DESC, year DESC, category DESC, basis DESC),
      spending AS (
        SELECT activity_id, year, sum(amount_usd) AS spent FROM expenditure GROUP BY 1, 2),
      activity_year AS (
        SELECT k.activity_id, k.year, COALESCE(c.cost, 0) AS cost, COALESCE(m.firm, 0) AS firm,
               COALESCE(sp.spent, 0) AS spent,
               greatest(COALESCE(c.cost, 0) - COALESCE(m.firm, 0), 0) AS gap,
               greatest(COALESCE(m.firm, 0) - COALESCE(c.cost, 0), 0) AS over_funded,
               greatest(COALESCE(m.allocated, 0) - COALESCE(c.cost, 0) - COALESCE(m.deliberate, 0), 0) AS to_reallocate,
               COALESCE(m.any_deliberate, false) AS deliberate
          FROM (SELECT activity_id, year FROM effective_cost_line UNION SELECT activity_id, year FROM funds
                UNION SELECT activity_id, year FROM spending) k
          LEFT JOIN (SELECT activity_id, year, sum(amount) AS cost FROM effective_cost_line GROUP BY 1, 2) c
            ON c.activity_id = k.activity_id AND c.year = k.year
          LEFT JOIN (SELECT activity_id, year,
                            sum(amount_usd) FILTER (WHERE stage IN ('COMMITTED', 'PAID')) AS firm,
                            sum(amount_usd) AS allocated,
                            sum(amount_usd) FILTER (WHERE deliberate) AS deliberate,
                            bool_or(deliberate) AS any_deliberate
                       FROM funds GROUP BY 1, 2) m
            ON m.activity_id = k.activity_id AND m.year = k.year
          LEFT JOIN spending sp ON sp.activity_id = k.activity_id AND sp.year = k.year)`
      : `activity_year AS (
        SELECT y.activity_id, y.year, y.cost, y.firm, y.spent, p.gap, p.over_funded, p.to_reallocate,
               y.any_deliberate AS deliberate
          FROM funding_activity_year y
          CROSS JOIN LATERAL funding_gap_parts(y.cost, y.firm, y.allocated, y.deliberate) p
         WHERE y.present)`;
    // firm_unallocated: firm money not yet allocated, per contribution. The reference statement reads it once per
    // grouped row (a correlated sum), so there it is made once (MATERIALIZED) and summed per set of allocation
    // rules. The fast one reads it once (unallocated_key): it applies the filter's rules before anything else and
    // sums by only the columns the grouped rows' rules read, unless these hold the earmarked activity (by
    // activity, region or sub-region), where nearly every contribution is a group of its own and summing first
    // cost more than it saved (issue 12).
    const hiddenDonor = hidden.replace(/f\.donor_id/g, 'u.donor_id').replace(/d\.named_publicly/g, 'ud.named_publicly');
    const available = this.availableTo(dims, filter, hiddenDonor, param, reference);
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
    const outputs = `(g.gap - g.covered)::numeric(16,2) AS gap_after,
             (g.committed + g.paid - g.spent)::numeric(16,2) AS balance`;
    const donorJoin = available.columns.includes('donor_id') ? 'LEFT JOIN donor ud ON ud.id = u.donor_id' : '';
    // The reference: every rule per grouped row, a correlated sum over firm_unallocated for each.
    const referenceTail = `
      SELECT g.*, ${outputs},
             COALESCE((SELECT sum(u.amount) FROM firm_unallocated u ${donorJoin}
                       WHERE ${available.perRow.length ? available.perRow.join(' AND ') : 'true'}), 0)::numeric(16,2) AS available
        FROM grouped g
       ${dims.includes(FundingDimension.ACTIVITY) ? 'JOIN activity ga ON ga.id = g.activity_id' : ''}`;
    // Set-based: each rule is an equality of keys (AvailableKey), so the money is summed by its keys once
    // (unallocated_key), each grouped row is given the keys it accepts, and one hash join sums what each row may
    // receive (issue 12: the correlated sum, per grouped row, took ~300 ms by sub-region × donor).
    const k = available.keys.map((_, i) => `k${i + 1}`);
    const fastTail = `,
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
    // By region and/or sub-region (with or without donor) and no filter that reads the money (area, activity,
    // years, region): the earmarked part of `available` is summed from funding_earmark_share (kept by triggers,
    // migration 1764378700000: the earmarked money per activity, donor and distinct share region and sub-region), the
    // money any row takes (not earmarked to an activity) from funding_unallocated by donor, and each grouped row
    // LEFT JOINs both on typed keys (issue 12: the earmarked contributions joined to their activities' share keys and
    // matched to the rows' keys took ~25–35 ms of the ~50–65 ms statement by sub-region × donor).
    const byShareKeys =
      kept &&
      !extraWhere &&
      (dims.includes(FundingDimension.REGION) || dims.includes(FundingDimension.SUBREGION)) &&
      dims.every((d) => [FundingDimension.REGION, FundingDimension.SUBREGION, FundingDimension.DONOR].includes(d)) &&
      available.once.length === 0;
    const shareKeysTail = byShareKeys
      ? this.availableByShareKeys(dims, hiddenDonor, [
          ...keys.map((c) => `g.${c}`),
          ...[...money, 'deliberate'].map((c) => `g.${c}`),
          outputs,
        ])
      : '';
    const factsCtes = `funds AS (
        SELECT al.activity_id, al.year, ct.donor_id, ct.stage, al.amount_usd, al.over_funding_reason IS NOT NULL AS deliberate
          FROM allocation al JOIN contribution ct ON ct.id = al.contribution_id
         WHERE ct.stage <> 'INTENDED'),
      ${activityYear}${hypotheticalFacts},
      facts AS (
        SELECT activity_id, year, NULL::uuid AS donor_id, ${column('cost')}, ${zero} AS pledged, ${zero} AS committed,
               ${zero} AS paid, ${column('gap')}, ${column('over_funded')}, ${column('to_reallocate')}, ${zero} AS covered,
               deliberate, ${column('spent')}
          FROM activity_year
        UNION ALL
        SELECT activity_id, year, donor_id, 0,
               CASE WHEN stage = 'PLEDGED' THEN ${inCents('amount_usd')} ELSE 0 END,
               CASE WHEN stage = 'COMMITTED' THEN ${inCents('amount_usd')} ELSE 0 END,
               CASE WHEN stage = 'PAID' THEN ${inCents('amount_usd')} ELSE 0 END, 0, 0, 0, 0, false, 0
          FROM funds${
            h
              ? `
        UNION ALL
        SELECT activity_id, year, ${hypotheticalDonor}::uuid, 0, 0, 0, 0, 0, 0, 0, ${inCents('covered')}, false, 0
          FROM hypothetical WHERE covered > 0`
              : ''
          }),`;
    const sql = `
      WITH ${kept ? '' : factsCtes}
      ${reference ? BENEFICIARY_SHARES_CTES : BENEFICIARY_SHARES_TABLE_CTE},
      ${
        byShareKeys
          ? ''
          : `firm_unallocated AS ${reference ? 'MATERIALIZED ' : ''}(
        SELECT ${available.columns.map((c) => `u.${c}`).join(', ')}, ${groupUnallocated ? 'sum(u.amount)' : 'u.amount'} AS amount
          FROM (${reference ? referenceUnallocated : keptUnallocated}) u
         WHERE ${['u.amount > 0', ...available.once].join(' AND ')}
         ${groupUnallocated ? `GROUP BY ${available.columns.map((_, i) => i + 1).join(', ')}` : ''}),`
      }
      grouped AS (
        SELECT ${[...select, ...sums].join(', ')}
          FROM ${
            kept
              ? `funding_share_fact f
          ${needsActivity ? 'JOIN activity a ON a.id = f.activity_id' : ''}
          ${hidden === 'false' ? '' : 'LEFT JOIN donor d ON d.id = f.donor_id'}`
              : `facts f
          JOIN activity a ON a.id = f.activity_id
          ${geography ? 'JOIN ranked_share sh ON sh.activity_id = a.id' : ''}
          LEFT JOIN donor d ON d.id = f.donor_id`
          }
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ${select.length ? `GROUP BY ${select.map((_, i) => i + 1).join(', ')}` : ''})
      ${reference ? referenceTail : byShareKeys ? shareKeysTail : fastTail}
       ${keys.length ? `ORDER BY ${keys.map((k) => `g.${k}`).join(', ')}` : ''}`;
    return { sql, params, param };
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
  private availableByShareKeys(dims: FundingDimension[], hiddenDonor: string, columns: string[]): string {
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

  /**
   * Runs a statement with PostgreSQL's JIT compiler off: the gap query's estimated cost (its correlated
   * `available` sums) passes the JIT threshold though it reads a few hundred rows, and compiling it took
   * seconds where running it takes milliseconds.
   */
  private withoutJit<T>(run: (m: EntityManager) => Promise<T>, tx?: EntityManager): Promise<T> {
    const go = async (m: EntityManager) => {
      await m.query(`SET LOCAL jit = off`);
      return run(m);
    };
    return tx ? go(tx) : this.dataSource.transaction(go);
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
  private availableTo(
    dims: FundingDimension[],
    filter: FundingFilter,
    hiddenDonor: string,
    param: (value: unknown) => string,
    reference: boolean,
  ): { perRow: string[]; keys: AvailableKey[]; once: string[]; columns: string[] } {
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
}

/** A row of the funding-gap statement as PostgreSQL answers it. */
interface GapSqlRow {
  priority_area_code?: string | null;
  year?: number | null;
  activity_id?: string | null;
  region?: string | null;
  subregion?: string | null;
  donor_id?: string | null;
  other_donors?: boolean;
  cost: string | null;
  pledged: string | null;
  committed: string | null;
  paid: string | null;
  gap: string | null;
  over_funded: string | null;
  to_reallocate: string | null;
  covered: string | null;
  gap_after: string | null;
  spent: string | null;
  balance: string | null;
  deliberate: boolean | null;
  available: string | null;
}

function toGapRow(r: GapSqlRow): FundingGapRowModel {
  return {
    priorityAreaCode: r.priority_area_code ?? null,
    year: r.year ?? null,
    activityId: r.activity_id ?? null,
    region: r.region ?? null,
    subregion: r.subregion ?? null,
    donorId: r.donor_id ?? null,
    otherDonors: Boolean(r.other_donors),
    cost: r.cost ?? '0.00',
    pledged: r.pledged ?? '0.00',
    committed: r.committed ?? '0.00',
    paid: r.paid ?? '0.00',
    gap: r.gap ?? '0.00',
    overFunded: r.over_funded ?? '0.00',
    toReallocate: r.to_reallocate ?? '0.00',
    overFundedDeliberately: Boolean(r.deliberate),
    covered: r.covered ?? '0.00',
    gapAfter: r.gap_after ?? r.gap ?? '0.00',
    spent: r.spent ?? '0.00',
    balance: r.balance ?? '0.00',
    available: r.available ?? '0.00',
  };
}
