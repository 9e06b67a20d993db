import { SqlArg, SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../../infra/database/ids.js';
import { BENEFICIARY_SHARES_CTES, BENEFICIARY_SHARES_TABLE_CTE } from '../programme/beneficiary-shares.query.js';
import { keysetPage } from '../../infra/database/keyset.js';
import { lockForUpdate, updateIfVersion } from '../../infra/database/rows.js';
import { notFound, stale } from '../../infra/errors/common-errors.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../infra/graphql/pagination.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import type { ContributionFilter, FundingFilter } from './dto/funding.input.js';
import { ContributionEntity, type ContributionStage } from './entities/contribution.entity.js';
import { FundingDimension, type FundingGapRowModel } from './models/funding.model.js';

/** A rate the secretariat set: US dollars for one unit of a currency on a date. */
export interface ExchangeRateRow {
  currency: string;
  date: string;
  rateToUsd: string;
  setBy: string;
}

/** Part of a contribution assigned to an activity and year (allocation joined to its contribution). */
export interface AllocationRow {
  id: string;
  contributionId: string;
  activityId: string;
  year: number;
  amountUsd: string;
  note: string | null;
  overFundingReason: string | null;
  overFunding: boolean;
  createdBy: string;
  createdAt: Date;
  donorId: string;
  /** Its contribution's stage: where the funding gap counts it (pledged, committed or paid). */
  stage: ContributionStage;
}

export interface PaymentRow {
  contributionId: string;
  paidOn: string;
  amount: string;
  amountUsd: string;
  rateToUsd: string;
  rateDate: string;
  valueUsd: string;
  gainUsd: string;
}

export interface StageChangeRow {
  contributionId: string;
  from: ContributionStage | null;
  to: ContributionStage;
  at: Date;
  by: string;
  note: string | null;
}

export interface BalanceRow {
  id: string;
  allocated: string;
  unallocated: string;
  paid: string;
  /** What was paid at the instalments' own rates, and what is unpaid at the contribution's. */
  valueUsd: string;
  /** Gains (or, negative, losses) from rate moves: the instalments' value less their value at the contribution's rate. */
  gainUsd: string;
}

export interface ReconciliationRow {
  id: string;
  currency: string;
  amount: string;
  amountUsd: string;
  paid: string;
  paidUsd: string;
  gainUsd: string;
  allocated: string;
  allocatedUsd: string;
  unallocated: string;
  unallocatedUsd: string;
}

export interface ReconciliationLineRow {
  contributionId: string;
  activityId: string;
  year: number;
  amountUsd: string;
  amount: string;
}

/** What is paid of a contribution, and what one more instalment would do. */
export interface PaymentStateRow {
  paid: string;
  paidUsd: string;
  over: boolean;
  completes: boolean;
}

/** The values of a new contribution (amount_usd is computed in SQL from amount and rate). */
export interface NewContribution {
  donorId: string;
  amount: string;
  currency: string;
  contributedOn: string;
  rateToUsd: string;
  rateDate: string;
  yearsCovered: number[];
  earmarkingCategory: number;
  priorityAreaCode: string | null;
  activityId: string | null;
  stage: ContributionStage;
  agreementRef: string | null;
  idempotencyKey: string | null;
  requestHash: string;
  illustrative: boolean;
  externalRef: string | null;
}

/** One IATI transaction: the allocations of one contribution to one activity, summed. */
export interface IatiTransactionRow {
  activityId: string;
  stage: ContributionStage;
  amount: string;
  date: string;
  rateDate: string;
  /** Null unless the donor agreed to be named publicly. */
  donorName: string | null;
  earmarkingCategory: number;
}

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

/** The only place the funding module's SQL lives: contributions, their stages and payments, allocations, rates. */
@Injectable()
export class FundingRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  // ---------------------------------------------------------------- exchange rates

  async exchangeRate(currency: string, date: string, tx?: EntityManager): Promise<string | null> {
    const [row]: Array<{ rate: string }> = await this.db(tx).query(
      `SELECT rate_to_usd::text AS rate FROM exchange_rate WHERE currency = $1 AND rate_date = $2`,
      [currency, date],
    );
    return row?.rate ?? null;
  }

  /** The latest rate the secretariat set for a currency on or before a date, with its date. */
  async latestRate(
    currency: string,
    onOrBefore: string,
    tx?: EntityManager,
  ): Promise<{ rate: string; date: string } | null> {
    const [row]: Array<{ rate: string; date: string }> = await this.db(tx).query(
      `SELECT rate_to_usd::text AS rate, rate_date::text AS date FROM exchange_rate
        WHERE currency = $1 AND rate_date <= $2 ORDER BY rate_date DESC LIMIT 1`,
      [currency, onOrBefore],
    );
    return row ?? null;
  }

  async upsertExchangeRate(
    currency: string,
    date: string,
    rateToUsd: string,
    setBy: string,
    tx: EntityManager,
  ): Promise<ExchangeRateRow> {
    const [row]: ExchangeRateRow[] = await tx.query(
      `INSERT INTO exchange_rate (currency, rate_date, rate_to_usd, set_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (currency, rate_date) DO UPDATE SET rate_to_usd = $3, set_by = $4, set_at = now()
       RETURNING currency, rate_date::text AS date, rate_to_usd::text AS "rateToUsd", set_by AS "setBy"`,
      [currency, date, rateToUsd, setBy],
    );
    return row!;
  }

  exchangeRates(currency?: string | null): Promise<ExchangeRateRow[]> {
    return this.dataSource.query(
      `SELECT currency, rate_date::text AS date, rate_to_usd::text AS "rateToUsd", set_by AS "setBy"
         FROM exchange_rate WHERE $1::text IS NULL OR currency = $1 ORDER BY currency, rate_date DESC`,
      [currency ?? null],
    );
  }

  // ---------------------------------------------------------------- contributions

  /** A page of contributions by date; `donorScope` limits them to one donor's (the policy's money scope). */
  @SqlSnapshot([{}, null, 50, null])
  page(
    filter: ContributionFilter,
    donorScope: { donorId: string } | null,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<ContributionEntity>> {
    const q = this.dataSource.getRepository(ContributionEntity).createQueryBuilder('c');
    if (donorScope) q.andWhere('c.donor_id = :own', { own: donorScope.donorId });
    if (filter.donorId) q.andWhere('c.donor_id = :donor', { donor: filter.donorId });
    if (filter.stage?.length) q.andWhere('c.stage IN (:...stages)', { stages: filter.stage });
    if (filter.currency) q.andWhere('c.currency = :currency', { currency: filter.currency });
    if (filter.activityId) {
      q.andWhere(
        '(c.activity_id = :act OR EXISTS (SELECT 1 FROM allocation al WHERE al.contribution_id = c.id AND al.activity_id = :act))',
        {
          act: filter.activityId,
        },
      );
    }
    return keysetPage(
      q,
      { expr: 'c.contributed_on', cast: 'date', direction: 'ASC', idExpr: 'c.id', idCast: 'uuid' },
      first,
      after,
    );
  }

  byIds(ids: readonly string[]): Promise<ContributionEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    return this.dataSource
      .getRepository(ContributionEntity)
      .createQueryBuilder('c')
      .where('c.id IN (:...ids)', { ids: valid })
      .getMany();
  }

  async findById(id: string, tx?: EntityManager): Promise<ContributionEntity | null> {
    if (!isUuid(id)) return null;
    return this.db(tx).findOneBy(ContributionEntity, { id });
  }

  /** Locks the contribution for the rest of the transaction, or NOT_FOUND on `field`. */
  lock(id: string, tx: EntityManager, field = 'id'): Promise<ContributionEntity> {
    return lockForUpdate(tx, ContributionEntity, id, () => notFound('contribution', id, field));
  }

  /** Writes the changes (and the next version) only if the contribution is still at `version`. */
  updateIfVersion(
    id: string,
    version: number,
    changes: Partial<Pick<ContributionEntity, 'stage' | 'agreementRef'>>,
    tx: EntityManager,
  ): Promise<void> {
    return updateIfVersion(tx, ContributionEntity, id, version, { ...changes, updatedAt: new Date() }, () =>
      stale('contribution', version, version + 1),
    );
  }

  /** `amount` at `rate` in US dollars, rounded as a stored amount_usd is. */
  async toUsd(amount: string, rate: string, tx?: EntityManager): Promise<string> {
    const [row]: Array<{ usd: string }> = await this.db(tx).query(
      `SELECT round($1::numeric * $2::numeric, 2)::numeric(16,2)::text AS usd`,
      [amount, rate],
    );
    return row!.usd;
  }

  /** Removes an intention (it has no payments or allocations) and its stage history. */
  async deleteIntention(id: string, tx: EntityManager): Promise<void> {
    await tx.query(`DELETE FROM contribution_stage_change WHERE contribution_id = $1`, [id]);
    await tx.query(`DELETE FROM contribution WHERE id = $1 AND stage = 'INTENDED'`, [id]);
  }

  /** Whether `amount` at `rate` comes to at least one US cent (rounded as the stored amount_usd is). */
  async convertsToACent(amount: string, rate: string, tx?: EntityManager): Promise<boolean> {
    const [row]: Array<{ some: boolean }> = await this.db(tx).query(
      `SELECT round($1::numeric * $2::numeric, 2) > 0 AS some`,
      [amount, rate],
    );
    return Boolean(row?.some);
  }

  /** Inserts a contribution, its dollars rounded to the cent in SQL. */
  async insert(c: NewContribution, tx: EntityManager): Promise<string> {
    const [row]: Array<{ id: string }> = await tx.query(
      `INSERT INTO contribution (donor_id, amount, currency, contributed_on, rate_to_usd, rate_date, amount_usd, years_covered,
                                 earmarking_category, priority_area_code, activity_id, stage, agreement_ref, idempotency_key,
                                 request_hash, illustrative, external_ref)
       VALUES ($1, $2::numeric, $3, $4, $5::numeric, $6, round($2::numeric * $5::numeric, 2), $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       RETURNING id`,
      [
        c.donorId,
        c.amount,
        c.currency,
        c.contributedOn,
        c.rateToUsd,
        c.rateDate,
        c.yearsCovered,
        c.earmarkingCategory,
        c.priorityAreaCode,
        c.activityId,
        c.stage,
        c.agreementRef,
        c.idempotencyKey,
        c.requestHash,
        c.illustrative,
        c.externalRef,
      ],
    );
    return row!.id;
  }

  async addStageChange(
    contributionId: string,
    from: ContributionStage | null,
    to: ContributionStage,
    by: string,
    note: string,
    tx: EntityManager,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO contribution_stage_change (contribution_id, from_stage, to_stage, by, note) VALUES ($1, $2, $3, $4, $5)`,
      [contributionId, from, to, by, note],
    );
  }

  /** Records a contribution paid in full on its date (one instalment of its whole amount). */
  async addFullPayment(contributionId: string, recordedBy: string, tx: EntityManager): Promise<void> {
    await tx.query(
      `INSERT INTO contribution_payment (contribution_id, paid_on, amount, amount_usd, rate_to_usd, rate_date, value_usd, recorded_by)
       SELECT id, contributed_on, amount, amount_usd, rate_to_usd, rate_date, amount_usd, $2 FROM contribution WHERE id = $1`,
      [contributionId, recordedBy],
    );
  }

  /** What is paid of a contribution, and whether `amount` more would pay too much or complete it. */
  async paymentState(
    contributionId: string,
    amount: string,
    contributionAmount: string,
    tx: EntityManager,
  ): Promise<PaymentStateRow> {
    const [row]: Array<{ paid: string; paid_usd: string; over: boolean; completes: boolean }> = await tx.query(
      `SELECT COALESCE(sum(amount), 0)::text AS paid, COALESCE(sum(amount_usd), 0)::text AS paid_usd,
              ($2::numeric + COALESCE(sum(amount), 0)) > $3::numeric AS over,
              ($2::numeric + COALESCE(sum(amount), 0)) = $3::numeric AS completes
         FROM contribution_payment WHERE contribution_id = $1`,
      [contributionId, amount, contributionAmount],
    );
    return { paid: row!.paid, paidUsd: row!.paid_usd, over: row!.over, completes: row!.completes };
  }

  /**
   * One instalment. Its dollars at the contribution's rate (amount_usd) are the rounded running total less what
   * was paid before, so instalments never add up to more than the contribution; the last one takes exactly
   * what is left. Its value (value_usd) is its amount at its own rate, rounded half away from zero to the cent.
   */
  async addPayment(
    c: Pick<ContributionEntity, 'id' | 'amountUsd' | 'rateToUsd'>,
    payment: { paidOn: string; amount: string; recordedBy: string; rateToUsd: string; rateDate: string },
    state: PaymentStateRow,
    tx: EntityManager,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO contribution_payment (contribution_id, paid_on, amount, amount_usd, recorded_by, rate_to_usd, rate_date, value_usd)
       VALUES ($1, $2, $3::numeric,
               CASE WHEN $4 THEN $5::numeric - $6::numeric
                    ELSE round(($9::numeric + $3::numeric) * $7::numeric, 2) - $6::numeric END, $8,
               $10::numeric, $11, round($3::numeric * $10::numeric, 2))`,
      [
        c.id,
        payment.paidOn,
        payment.amount,
        state.completes,
        c.amountUsd,
        state.paidUsd,
        c.rateToUsd,
        payment.recordedBy,
        state.paid,
        payment.rateToUsd,
        payment.rateDate,
      ],
    );
  }

  // ---------------------------------------------------------------- allocations

  /** What is left unallocated of a contribution, and whether it covers `amountUsd`. */
  async unallocated(
    c: Pick<ContributionEntity, 'id' | 'amountUsd'>,
    amountUsd: string,
    tx: EntityManager,
  ): Promise<{ left: string; enough: boolean }> {
    const [row]: Array<{ left: string; enough: boolean }> = await tx.query(
      `SELECT ($1::numeric - COALESCE(sum(amount_usd), 0))::text AS left, ($1::numeric - COALESCE(sum(amount_usd), 0)) >= $2::numeric AS enough
         FROM allocation WHERE contribution_id = $3`,
      [c.amountUsd, amountUsd, c.id],
    );
    return { left: row!.left, enough: row!.enough };
  }

  async insertAllocation(
    a: {
      contributionId: string;
      activityId: string;
      year: number;
      amountUsd: string;
      note: string | null;
      overFundingReason: string | null;
      createdBy: string;
    },
    tx: EntityManager,
  ): Promise<string> {
    const [row]: Array<{ id: string }> = await tx.query(
      `INSERT INTO allocation (contribution_id, activity_id, year, amount_usd, note, over_funding_reason, created_by)
       VALUES ($1, $2, $3, $4::numeric, $5, $6, $7) RETURNING id`,
      [a.contributionId, a.activityId, a.year, a.amountUsd, a.note, a.overFundingReason, a.createdBy],
    );
    return row!.id;
  }

  async deleteAllocation(id: string, tx: EntityManager): Promise<void> {
    await tx.query(`DELETE FROM allocation WHERE id = $1`, [id]);
  }

  allocationsOf(contributionIds: readonly string[], tx?: EntityManager): Promise<AllocationRow[]> {
    return this.allocationRows(`a.contribution_id = ANY ($1::uuid[])`, contributionIds, tx);
  }

  allocationsToActivities(activityIds: readonly string[], tx?: EntityManager): Promise<AllocationRow[]> {
    return this.allocationRows(`a.activity_id = ANY ($1::uuid[])`, activityIds, tx);
  }

  allocationsByIds(ids: readonly string[], tx?: EntityManager): Promise<AllocationRow[]> {
    return this.allocationRows(`a.id = ANY ($1::uuid[])`, ids, tx);
  }

  private async allocationRows(where: string, ids: readonly string[], tx?: EntityManager): Promise<AllocationRow[]> {
    const rows: Array<{
      id: string;
      contribution_id: string;
      activity_id: string;
      year: number;
      amount_usd: string;
      note: string | null;
      over_funding_reason: string | null;
      created_by: string;
      created_at: Date;
      donor_id: string;
      stage: ContributionStage;
    }> = await this.db(tx).query(
      `SELECT a.id, a.contribution_id, a.activity_id, a.year, a.amount_usd::text AS amount_usd, a.note, a.over_funding_reason,
              a.created_by, a.created_at, c.donor_id, c.stage
         FROM allocation a JOIN contribution c ON c.id = a.contribution_id
        WHERE ${where} ORDER BY a.year, a.created_at`,
      [ids.filter(isUuid)],
    );
    return rows.map((r) => ({
      id: r.id,
      contributionId: r.contribution_id,
      activityId: r.activity_id,
      year: r.year,
      amountUsd: r.amount_usd,
      note: r.note,
      overFundingReason: r.over_funding_reason,
      overFunding: r.over_funding_reason !== null,
      createdBy: r.created_by,
      createdAt: r.created_at,
      donorId: r.donor_id,
      stage: r.stage,
    }));
  }

  // ---------------------------------------------------------------- reads for field resolvers

  async paymentsOf(ids: readonly string[]): Promise<PaymentRow[]> {
    const rows: Array<{
      contribution_id: string;
      paid_on: string;
      amount: string;
      amount_usd: string;
      rate_to_usd: string;
      rate_date: string;
      value_usd: string;
      gain_usd: string;
    }> = await this.dataSource.query(
      `SELECT contribution_id, paid_on, amount::text, amount_usd::text, rate_to_usd::text, rate_date::text,
              value_usd::text, (value_usd - amount_usd)::numeric(16,2)::text AS gain_usd
         FROM contribution_payment
        WHERE contribution_id = ANY ($1::uuid[]) ORDER BY paid_on, recorded_at`,
      [ids.filter(isUuid)],
    );
    return rows.map((r) => ({
      contributionId: r.contribution_id,
      paidOn: r.paid_on,
      amount: r.amount,
      amountUsd: r.amount_usd,
      rateToUsd: r.rate_to_usd,
      rateDate: r.rate_date,
      valueUsd: r.value_usd,
      gainUsd: r.gain_usd,
    }));
  }

  async stageHistoryOf(ids: readonly string[]): Promise<StageChangeRow[]> {
    const rows: Array<{
      contribution_id: string;
      from_stage: ContributionStage | null;
      to_stage: ContributionStage;
      at: Date;
      by: string;
      note: string | null;
    }> = await this.dataSource.query(
      `SELECT contribution_id, from_stage, to_stage, at, "by", note FROM contribution_stage_change WHERE contribution_id = ANY ($1::uuid[]) ORDER BY at, id`,
      [ids.filter(isUuid)],
    );
    return rows.map((r) => ({
      contributionId: r.contribution_id,
      from: r.from_stage,
      to: r.to_stage,
      at: r.at,
      by: r.by,
      note: r.note,
    }));
  }

  /** Allocated, still unallocated and paid US dollars of each contribution, in one query. */
  @SqlSnapshot([[SqlArg.UUID]])
  balancesOf(ids: readonly string[]): Promise<BalanceRow[]> {
    return this.dataSource.query(
      `SELECT c.id,
              COALESCE((SELECT sum(amount_usd) FROM allocation a WHERE a.contribution_id = c.id), 0)::numeric(16,2)::text AS allocated,
              (c.amount_usd - COALESCE((SELECT sum(amount_usd) FROM allocation a WHERE a.contribution_id = c.id), 0))::numeric(16,2)::text AS unallocated,
              COALESCE((SELECT sum(amount_usd) FROM contribution_payment p WHERE p.contribution_id = c.id), 0)::numeric(16,2)::text AS paid,
              (c.amount_usd + COALESCE((SELECT sum(value_usd - amount_usd) FROM contribution_payment p WHERE p.contribution_id = c.id), 0))::numeric(16,2)::text AS "valueUsd",
              COALESCE((SELECT sum(value_usd - amount_usd) FROM contribution_payment p WHERE p.contribution_id = c.id), 0)::numeric(16,2)::text AS "gainUsd"
         FROM contribution c WHERE c.id = ANY ($1::uuid[])`,
      [ids.filter(isUuid)],
    );
  }

  /**
   * A contribution's reconciliation, in one query: amount, paid (as its instalments were valued), allocated and
   * unallocated, in its currency and in US dollars. Its currency's unallocated amount is the unallocated dollars
   * at its rate (rounded to the cent) and the allocated amount the rest, so the two add up to its amount.
   */
  @SqlSnapshot([[SqlArg.UUID]])
  reconciliationsOf(ids: readonly string[]): Promise<ReconciliationRow[]> {
    return this.dataSource.query(
      `SELECT c.id, c.currency, c.amount::text AS amount, c.amount_usd::text AS "amountUsd",
              COALESCE(p.paid, 0)::numeric(16,2)::text AS paid, COALESCE(p.paid_usd, 0)::numeric(16,2)::text AS "paidUsd",
              COALESCE(p.gain_usd, 0)::numeric(16,2)::text AS "gainUsd",
              COALESCE(al.usd, 0)::numeric(16,2)::text AS "allocatedUsd",
              (c.amount - round((c.amount_usd - COALESCE(al.usd, 0)) / c.rate_to_usd, 2))::numeric(16,2)::text AS allocated,
              (c.amount_usd - COALESCE(al.usd, 0))::numeric(16,2)::text AS "unallocatedUsd",
              round((c.amount_usd - COALESCE(al.usd, 0)) / c.rate_to_usd, 2)::numeric(16,2)::text AS unallocated
         FROM contribution c
         LEFT JOIN (SELECT contribution_id, sum(amount) AS paid, sum(value_usd) AS paid_usd,
                           sum(value_usd - amount_usd) AS gain_usd
                      FROM contribution_payment GROUP BY contribution_id) p ON p.contribution_id = c.id
         LEFT JOIN (SELECT contribution_id, sum(amount_usd) AS usd FROM allocation GROUP BY contribution_id) al
           ON al.contribution_id = c.id
        WHERE c.id = ANY ($1::uuid[])`,
      [ids.filter(isUuid)],
    );
  }

  /** What each contribution allocated, by activity and year, in US dollars and in its currency at its rate. */
  @SqlSnapshot([[SqlArg.UUID]])
  reconciliationLinesOf(ids: readonly string[]): Promise<ReconciliationLineRow[]> {
    return this.dataSource.query(
      `SELECT al.contribution_id AS "contributionId", al.activity_id AS "activityId", al.year,
              sum(al.amount_usd)::numeric(16,2)::text AS "amountUsd",
              round(sum(al.amount_usd) / c.rate_to_usd, 2)::numeric(16,2)::text AS amount
         FROM allocation al JOIN contribution c ON c.id = al.contribution_id
        WHERE al.contribution_id = ANY ($1::uuid[])
        GROUP BY al.contribution_id, al.activity_id, al.year, c.rate_to_usd
        ORDER BY al.contribution_id, al.year, al.activity_id`,
      [ids.filter(isUuid)],
    );
  }

  // ---------------------------------------------------------------- the funding gap

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

  // ---------------------------------------------------------------- the IATI export

  /**
   * IATI transactions: each contribution's allocations to each activity, summed, by activity and date. Public
   * data: the donor is named only where it agreed to be. A single-statement aggregate that joins the donors
   * module's `donor` table (name, named_publicly).
   */
  async iatiTransactions(): Promise<IatiTransactionRow[]> {
    const rows: Array<{
      activity_id: string;
      stage: ContributionStage;
      amount: string;
      date: string;
      rate_date: string;
      donor_name: string | null;
      earmarking_category: number;
    }> = await this.dataSource.query(
      `SELECT al.activity_id, c.stage, sum(al.amount_usd)::numeric(16,2)::text AS amount, c.contributed_on::text AS date,
              c.rate_date::text AS rate_date, CASE WHEN d.named_publicly THEN d.name END AS donor_name, c.earmarking_category
         FROM allocation al JOIN contribution c ON c.id = al.contribution_id JOIN donor d ON d.id = c.donor_id
        GROUP BY al.activity_id, c.id, c.stage, c.contributed_on, c.rate_date, d.named_publicly, d.name, c.earmarking_category
        ORDER BY al.activity_id, c.contributed_on`,
    );
    return rows.map((t) => ({
      activityId: t.activity_id,
      stage: t.stage,
      amount: t.amount,
      date: t.date,
      rateDate: t.rate_date,
      donorName: t.donor_name ?? null,
      earmarkingCategory: t.earmarking_category,
    }));
  }

  /** Whether a contribution was already loaded with this stable key (demo data, imports). */
  existsByExternalRef(externalRef: string, tx?: EntityManager): Promise<boolean> {
    return this.db(tx).existsBy(ContributionEntity, { externalRef });
  }

  /** What is left unallocated of a contribution, in USD (a decimal string with two decimals). */
  async unallocatedUsd(contributionId: string, tx?: EntityManager): Promise<string> {
    const [row]: Array<{ left: string }> = await this.db(tx).query(
      `SELECT (c.amount_usd - COALESCE(sum(a.amount_usd), 0))::numeric(16,2)::text AS left
         FROM contribution c LEFT JOIN allocation a ON a.contribution_id = c.id WHERE c.id = $1 GROUP BY c.id`,
      [contributionId],
    );
    return row?.left ?? '0.00';
  }

  /**
   * The firm money (allocations of contributions at a stage in `stages`: committed or paid) allocated to one
   * activity in one year: what it may spend (@ta/domain spendProblem).
   */
  async allocatedAtStages(
    activityId: string,
    year: number,
    stages: readonly string[],
    tx?: EntityManager,
  ): Promise<string> {
    const [row]: Array<{ amount: string }> = await this.db(tx).query(
      `SELECT COALESCE(sum(a.amount_usd), 0)::numeric(16,2)::text AS amount
         FROM allocation a JOIN contribution c ON c.id = a.contribution_id
        WHERE a.activity_id = $1 AND a.year = $2 AND c.stage = ANY ($3::text[])`,
      [activityId, year, stages],
    );
    return row?.amount ?? '0.00';
  }

  /**
   * What was spent against one allocation, and in its activity-year on lines not flagged beyond the allocation, in
   * one statement. Reads the delivery module's `expenditure` table (joined here, not through the delivery module,
   * which depends on this one): the rule it serves is `deallocationProblem`.
   */
  async spendingAround(allocationId: string, tx: EntityManager): Promise<{ against: string; inYear: string }> {
    const [row]: Array<{ against: string; in_year: string }> = await tx.query(
      `SELECT COALESCE(sum(e.amount_usd) FILTER (WHERE e.allocation_id = a.id), 0)::numeric(16,2)::text AS against,
              COALESCE(sum(e.amount_usd) FILTER (WHERE e.beyond_allocation_reason IS NULL), 0)::numeric(16,2)::text
                AS in_year
         FROM allocation a
         LEFT JOIN expenditure e ON e.activity_id = a.activity_id AND e.year = a.year
        WHERE a.id = $1
        GROUP BY a.id`,
      [allocationId],
    );
    return { against: row?.against ?? '0.00', inYear: row?.in_year ?? '0.00' };
  }

  /** What all contributions together have allocated to one activity in one year (any stage). */
  async allocatedTo(activityId: string, year: number, tx?: EntityManager): Promise<string> {
    const [row]: Array<{ amount: string }> = await this.db(tx).query(
      `SELECT COALESCE(sum(amount_usd), 0)::numeric(16,2)::text AS amount
         FROM allocation WHERE activity_id = $1 AND year = $2`,
      [activityId, year],
    );
    return row?.amount ?? '0.00';
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
