import { SqlArg, SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../../infra/database/ids.js';
import { keysetPage } from '../../infra/database/keyset.js';
import { lockForUpdate, updateIfVersion } from '../../infra/database/rows.js';
import { notFound, stale } from '../../infra/errors/common-errors.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import {
  ALLOCATED_AT_STAGES_SQL,
  ALLOCATED_TO_SQL,
  allocationRowsSql,
  DELETE_ALLOCATION_SQL,
  INSERT_ALLOCATION_SQL,
  SPENDING_AROUND_SQL,
  toAllocationRow,
  UNALLOCATED_SQL,
  UNALLOCATED_USD_SQL,
  type AllocationDbRow,
} from './allocations.query.js';
import { BALANCES_OF_SQL, RECONCILIATION_LINES_OF_SQL, RECONCILIATIONS_OF_SQL } from './contribution-balances.query.js';
import {
  ADD_FULL_PAYMENT_SQL,
  ADD_PAYMENT_SQL,
  PAYMENT_STATE_SQL,
  PAYMENTS_OF_SQL,
  toPaymentRow,
  type PaymentDbRow,
} from './contribution-payments.query.js';
import {
  CONVERTS_TO_A_CENT_SQL,
  DELETE_INTENTION_SQL,
  DELETE_STAGE_HISTORY_SQL,
  IATI_TRANSACTIONS_SQL,
  INSERT_CONTRIBUTION_SQL,
  INSERT_STAGE_CHANGE_SQL,
  STAGE_HISTORY_SQL,
  TO_USD_SQL,
  toIatiTransactionRow,
  toStageChangeRow,
  type IatiTransactionDbRow,
  type StageChangeDbRow,
} from './contributions.query.js';
import type { ContributionFilter } from './dto/funding.input.js';
import { ContributionEntity, type ContributionStage } from './entities/contribution.entity.js';
import {
  EXCHANGE_RATE_SQL,
  EXCHANGE_RATES_SQL,
  LATEST_RATE_SQL,
  UPSERT_EXCHANGE_RATE_SQL,
} from './exchange-rates.query.js';
import type {
  AllocationRow,
  BalanceRow,
  ExchangeRateRow,
  IatiTransactionRow,
  NewContribution,
  PaymentRow,
  PaymentStateRow,
  ReconciliationLineRow,
  ReconciliationRow,
  StageChangeRow,
} from './funding-rows.types.js';

/**
 * The funding module's SQL on contributions, their stages and payments, allocations and rates; the funding-gap
 * statements are FundingGapRepository's. It runs the statements; their text is in the `*.query.ts` modules beside
 * it (exchange rates, contributions, contribution payments, allocations, contribution balances) and the rows it
 * takes and gives are `funding-rows.types.ts`.
 */
@Injectable()
export class FundingRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  // ---------------------------------------------------------------- exchange rates

  async exchangeRate(currency: string, date: string, tx?: EntityManager): Promise<string | null> {
    const [row]: Array<{ rate: string }> = await this.db(tx).query(EXCHANGE_RATE_SQL, [currency, date]);
    return row?.rate ?? null;
  }

  /** The latest rate the secretariat set for a currency on or before a date, with its date. */
  async latestRate(
    currency: string,
    onOrBefore: string,
    tx?: EntityManager,
  ): Promise<{ rate: string; date: string } | null> {
    const [row]: Array<{ rate: string; date: string }> = await this.db(tx).query(LATEST_RATE_SQL, [
      currency,
      onOrBefore,
    ]);
    return row ?? null;
  }

  async upsertExchangeRate(
    currency: string,
    date: string,
    rateToUsd: string,
    setBy: string,
    tx: EntityManager,
  ): Promise<ExchangeRateRow> {
    const [row]: ExchangeRateRow[] = await tx.query(UPSERT_EXCHANGE_RATE_SQL, [currency, date, rateToUsd, setBy]);
    return row!;
  }

  exchangeRates(currency?: string | null): Promise<ExchangeRateRow[]> {
    return this.dataSource.query(EXCHANGE_RATES_SQL, [currency ?? null]);
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
    const [row]: Array<{ usd: string }> = await this.db(tx).query(TO_USD_SQL, [amount, rate]);
    return row!.usd;
  }

  /** Removes an intention (it has no payments or allocations) and its stage history. */
  async deleteIntention(id: string, tx: EntityManager): Promise<void> {
    await tx.query(DELETE_STAGE_HISTORY_SQL, [id]);
    await tx.query(DELETE_INTENTION_SQL, [id]);
  }

  /** Whether `amount` at `rate` comes to at least one US cent (rounded as the stored amount_usd is). */
  async convertsToACent(amount: string, rate: string, tx?: EntityManager): Promise<boolean> {
    const [row]: Array<{ some: boolean }> = await this.db(tx).query(CONVERTS_TO_A_CENT_SQL, [amount, rate]);
    return Boolean(row?.some);
  }

  /** Inserts a contribution, its dollars rounded to the cent in SQL. */
  async insert(c: NewContribution, tx: EntityManager): Promise<string> {
    const [row]: Array<{ id: string }> = await tx.query(INSERT_CONTRIBUTION_SQL, [
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
    ]);
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
    await tx.query(INSERT_STAGE_CHANGE_SQL, [contributionId, from, to, by, note]);
  }

  /** Whether a contribution was already loaded with this stable key (demo data, imports). */
  existsByExternalRef(externalRef: string, tx?: EntityManager): Promise<boolean> {
    return this.db(tx).existsBy(ContributionEntity, { externalRef });
  }

  // ---------------------------------------------------------------- payments

  /** Records a contribution paid in full on its date (one instalment of its whole amount). */
  async addFullPayment(contributionId: string, recordedBy: string, tx: EntityManager): Promise<void> {
    await tx.query(ADD_FULL_PAYMENT_SQL, [contributionId, recordedBy]);
  }

  /** What is paid of a contribution, and whether `amount` more would pay too much or complete it. */
  async paymentState(
    contributionId: string,
    amount: string,
    contributionAmount: string,
    tx: EntityManager,
  ): Promise<PaymentStateRow> {
    const [row]: Array<{ paid: string; paid_usd: string; over: boolean; completes: boolean }> = await tx.query(
      PAYMENT_STATE_SQL,
      [contributionId, amount, contributionAmount],
    );
    return { paid: row!.paid, paidUsd: row!.paid_usd, over: row!.over, completes: row!.completes };
  }

  /** One instalment (ADD_PAYMENT_SQL says how its dollars are counted). */
  async addPayment(
    c: Pick<ContributionEntity, 'id' | 'amountUsd' | 'rateToUsd'>,
    payment: { paidOn: string; amount: string; recordedBy: string; rateToUsd: string; rateDate: string },
    state: PaymentStateRow,
    tx: EntityManager,
  ): Promise<void> {
    await tx.query(ADD_PAYMENT_SQL, [
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
    ]);
  }

  // ---------------------------------------------------------------- allocations

  /** What is left unallocated of a contribution, and whether it covers `amountUsd`. */
  async unallocated(
    c: Pick<ContributionEntity, 'id' | 'amountUsd'>,
    amountUsd: string,
    tx: EntityManager,
  ): Promise<{ left: string; enough: boolean }> {
    const [row]: Array<{ left: string; enough: boolean }> = await tx.query(UNALLOCATED_SQL, [
      c.amountUsd,
      amountUsd,
      c.id,
    ]);
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
    const [row]: Array<{ id: string }> = await tx.query(INSERT_ALLOCATION_SQL, [
      a.contributionId,
      a.activityId,
      a.year,
      a.amountUsd,
      a.note,
      a.overFundingReason,
      a.createdBy,
    ]);
    return row!.id;
  }

  async deleteAllocation(id: string, tx: EntityManager): Promise<void> {
    await tx.query(DELETE_ALLOCATION_SQL, [id]);
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
    const rows: AllocationDbRow[] = await this.db(tx).query(allocationRowsSql(where), [ids.filter(isUuid)]);
    return rows.map(toAllocationRow);
  }

  /** What is left unallocated of a contribution, in USD (a decimal string with two decimals). */
  async unallocatedUsd(contributionId: string, tx?: EntityManager): Promise<string> {
    const [row]: Array<{ left: string }> = await this.db(tx).query(UNALLOCATED_USD_SQL, [contributionId]);
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
    const [row]: Array<{ amount: string }> = await this.db(tx).query(ALLOCATED_AT_STAGES_SQL, [
      activityId,
      year,
      stages,
    ]);
    return row?.amount ?? '0.00';
  }

  /**
   * What was spent against one allocation, and in its activity-year on lines not flagged beyond the allocation, in
   * one statement. Reads the delivery module's `expenditure` table (joined here, not through the delivery module,
   * which depends on this one): the rule it serves is `deallocationProblem`.
   */
  async spendingAround(allocationId: string, tx: EntityManager): Promise<{ against: string; inYear: string }> {
    const [row]: Array<{ against: string; in_year: string }> = await tx.query(SPENDING_AROUND_SQL, [allocationId]);
    return { against: row?.against ?? '0.00', inYear: row?.in_year ?? '0.00' };
  }

  /** What all contributions together have allocated to one activity in one year (any stage). */
  async allocatedTo(activityId: string, year: number, tx?: EntityManager): Promise<string> {
    const [row]: Array<{ amount: string }> = await this.db(tx).query(ALLOCATED_TO_SQL, [activityId, year]);
    return row?.amount ?? '0.00';
  }

  // ---------------------------------------------------------------- reads for field resolvers

  async paymentsOf(ids: readonly string[]): Promise<PaymentRow[]> {
    const rows: PaymentDbRow[] = await this.dataSource.query(PAYMENTS_OF_SQL, [ids.filter(isUuid)]);
    return rows.map(toPaymentRow);
  }

  async stageHistoryOf(ids: readonly string[]): Promise<StageChangeRow[]> {
    const rows: StageChangeDbRow[] = await this.dataSource.query(STAGE_HISTORY_SQL, [ids.filter(isUuid)]);
    return rows.map(toStageChangeRow);
  }

  /** Allocated, still unallocated and paid US dollars of each contribution, in one query. */
  @SqlSnapshot([[SqlArg.UUID]])
  balancesOf(ids: readonly string[]): Promise<BalanceRow[]> {
    return this.dataSource.query(BALANCES_OF_SQL, [ids.filter(isUuid)]);
  }

  /** A contribution's reconciliation, in one query (RECONCILIATIONS_OF_SQL). */
  @SqlSnapshot([[SqlArg.UUID]])
  reconciliationsOf(ids: readonly string[]): Promise<ReconciliationRow[]> {
    return this.dataSource.query(RECONCILIATIONS_OF_SQL, [ids.filter(isUuid)]);
  }

  /** What each contribution allocated, by activity and year, in US dollars and in its currency at its rate. */
  @SqlSnapshot([[SqlArg.UUID]])
  reconciliationLinesOf(ids: readonly string[]): Promise<ReconciliationLineRow[]> {
    return this.dataSource.query(RECONCILIATION_LINES_OF_SQL, [ids.filter(isUuid)]);
  }

  // ---------------------------------------------------------------- the IATI export

  /**
   * IATI transactions: each contribution's allocations to each activity, summed, by activity and date. Public
   * data: the donor is named only where it agreed to be. A single-statement aggregate that joins the donors
   * module's `donor` table (name, named_publicly).
   */
  async iatiTransactions(): Promise<IatiTransactionRow[]> {
    const rows: IatiTransactionDbRow[] = await this.dataSource.query(IATI_TRANSACTIONS_SQL);
    return rows.map(toIatiTransactionRow);
  }
}
