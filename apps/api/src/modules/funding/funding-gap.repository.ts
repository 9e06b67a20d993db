import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SqlArg, SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../infra/graphql/pagination.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import type { FundingFilter } from './dto/funding.input.js';
import { FundingDimension, type FundingGapRowModel } from './models/funding.model.js';
import { gapStatement, type GapDonorScope, type HypotheticalContribution } from './funding-gap.query.js';

export type { GapDonorScope, HypotheticalContribution } from './funding-gap.query.js';

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
    const { sql, params } = gapStatement(groupBy, filter, hideOthersThan, hypothetical);
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
    const { sql, params } = gapStatement(groupBy, filter, hideOthersThan, hypothetical, undefined, true);
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
    const { sql, params, param } = gapStatement(
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
