import { SqlArg, SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../../infra/database/ids.js';
import { keysetPage } from '../../infra/database/keyset.js';
import { lockForUpdate, updateIfVersion } from '../../infra/database/rows.js';
import { notFound, stale } from '../../infra/errors/common-errors.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import type { ContributionFilter } from './dto/funding.input.js';
import { ContributionEntity, type ContributionStage } from './entities/contribution.entity.js';

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

/**
 * The funding module's SQL on contributions, their stages and payments, allocations and rates; the funding-gap
 * statements are FundingGapRepository's.
 */
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
