import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  centsToDecimal,
  deallocationProblem,
  isCalendarDate,
  isPositiveAmount,
  isPositiveRate,
  SPENDABLE_STAGES,
  toCents,
} from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { assertNotInFuture, assertPlausibleDate } from '../../infra/graphql/validators.js';
import { APP_CONFIG, type AppConfig } from '../../infra/config/app-config.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { AccessPolicy } from '../access/access.policy.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { DonorsRepository } from '../donors/donors.repository.js';
import { ProgrammeRepository } from '../programme/programme.repository.js';
import { ReferenceService } from '../reference/reference.service.js';
import { badInput, notFound, stale } from '../../infra/errors/common-errors.js';
import type {
  ContributionFilter,
  FundingFilter,
  RecordContributionInput,
  WhatIfPledgeInput,
} from './dto/funding.input.js';
import type { ContributionEntity } from './entities/contribution.entity.js';
import {
  FundingRepository,
  type AllocationRow,
  type BalanceRow,
  type ExchangeRateRow,
  type PaymentRow,
  type ReconciliationLineRow,
  type ReconciliationRow,
  type StageChangeRow,
} from './funding.repository.js';
import { FundingGapRepository } from './funding-gap.repository.js';
import {
  ContributionStageEnum,
  EarmarkingEnum,
  type FundingDimension,
  type FundingGapRowModel,
} from './models/funding.model.js';
import { createOnce, idempotencyClaim } from '../../infra/database/idempotency.js';
import { LiveEvents } from '../../infra/live/live-events.js';

const EARMARK_CODES: Record<EarmarkingEnum, number> = {
  UNEARMARKED: 1,
  SOFTLY_EARMARKED: 2,
  EARMARKED: 3,
  TIGHTLY_EARMARKED: 4,
};
export const EARMARK_NAMES: Record<number, EarmarkingEnum> = Object.fromEntries(
  Object.entries(EARMARK_CODES).map(([k, v]) => [v, k as EarmarkingEnum]),
);

/** An allocation, with whether its donor agreed to be named to other donors. */
export interface AllocationView extends AllocationRow {
  donorNamedPublicly: boolean;
}

/**
 * Money, exactly: amounts are NUMERIC in the database and decimal strings everywhere else; every
 * conversion and sum happens in SQL (FundingRepository). Conversions round half away from zero to the cent
 * (PostgreSQL's round() on NUMERIC). An instalment's dollars are the rounded running total less what was paid
 * before, so instalments never add up to more than the contribution, and the last lands on it exactly.
 * Who may write is the resolvers' @Allow('funding.manage'); who sees which donor's money is the policy's.
 */
@Injectable()
export class FundingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: FundingRepository,
    private readonly gapRows: FundingGapRepository,
    private readonly programme: ProgrammeRepository,
    private readonly donors: DonorsRepository,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly live: LiveEvents,
    private readonly notifications: NotificationsService,
  ) {}

  /** Tells subscribers (fundingChanged) of a change to a contribution, inside its transaction. */
  private changed(tx: EntityManager, kind: string, contributionId: string, donorId: string): Promise<void> {
    return this.live.publish(tx, { topic: 'funding', kind, ids: [contributionId], owner: donorId });
  }

  // ---------------------------------------------------------------- rates

  async setExchangeRate(currency: string, date: string, rateToUsd: string, actor: Actor): Promise<ExchangeRateRow> {
    if (!/^[A-Z]{3}$/.test(currency))
      throw badInput('currency must be a three-letter ISO 4217 code such as EUR.', 'currency');
    if (currency === 'USD') throw badInput('The US dollar is the base: it has no rate to set.', 'currency');
    if (!isCalendarDate(date)) throw badInput('date must be written YYYY-MM-DD.', 'date');
    assertPlausibleDate(date, 'date');
    if (!isPositiveRate(rateToUsd)) {
      throw badInput('rateToUsd must be a positive decimal with at most 8 decimals, e.g. "1.47210000".', 'rateToUsd');
    }
    return this.dataSource.transaction(async (tx) => {
      const before = await this.repository.exchangeRate(currency, date, tx);
      const row = await this.repository.upsertExchangeRate(currency, date, rateToUsd, actor.label, tx);
      await this.audit.record(tx, actor, {
        action: before ? 'UPDATED' : 'CREATED',
        entityType: 'exchange_rate',
        entityId: `${currency}:${date}`,
        before: before ? { rateToUsd: before } : null,
        after: { rateToUsd: row.rateToUsd },
      });
      return row;
    });
  }

  exchangeRates(currency?: string): Promise<ExchangeRateRow[]> {
    return this.repository.exchangeRates(currency);
  }

  // ---------------------------------------------------------------- contributions

  /** Contributions by date: every donor's, or (a donor) its own. */
  list(
    filter: ContributionFilter,
    first: number | null | undefined,
    after: string | null | undefined,
    policy: AccessPolicy,
  ): Promise<Connection<ContributionEntity>> {
    return this.repository.page(filter, policy.moneyDonorScope(), first, after);
  }

  /**
   * Records a contribution, converted to US dollars at the rate of its date. With an idempotency key, a
   * retried or double-clicked submission records once and answers the same; the key reused for other
   * content is refused (CONFLICT). A unique constraint backs the key, so two racing submissions agree too.
   */
  async record(
    input: RecordContributionInput,
    actor: Actor,
    options: { illustrative?: boolean; externalRef?: string; policy?: AccessPolicy } = {},
  ): Promise<ContributionEntity> {
    if (options.policy) assertMayRecord(options.policy, input.stage, input.donorId);
    const normal = normalisedContribution(input);
    return createOnce(
      this.dataSource,
      idempotencyClaim(actor, 'recordContribution', normal, input.idempotencyKey),
      async (tx) => {
        const earmarking = await this.checkContribution(tx, input);
        const rate = await this.rateFor(tx, input.currency, input.date);
        if (!(await this.repository.convertsToACent(input.amount, rate.rate, tx))) {
          throw badInput(
            `${input.amount} ${input.currency} is less than one US cent at ${rate.rate}; check the amount and the rate.`,
            'amount',
          );
        }
        const id = await this.repository.insert(
          {
            donorId: input.donorId,
            amount: input.amount,
            currency: input.currency,
            contributedOn: input.date,
            rateToUsd: rate.rate,
            rateDate: rate.date,
            yearsCovered: input.yearsCovered ?? [],
            earmarkingCategory: EARMARK_CODES[earmarking],
            priorityAreaCode: earmarking === EarmarkingEnum.SOFTLY_EARMARKED ? (input.priorityAreaCode ?? null) : null,
            activityId: input.activityId ?? null,
            stage: input.stage,
            agreementRef: input.agreementRef?.trim() || null,
            // The key is the actor's (createOnce's idempotency_key row), not the contribution's.
            idempotencyKey: null,
            requestHash: createHash('sha256').update(JSON.stringify(normal)).digest('hex'),
            illustrative: options.illustrative ?? false,
            externalRef: options.externalRef ?? null,
          },
          tx,
        );
        await this.repository.addStageChange(id, null, input.stage, actor.label, 'Recorded', tx);
        if (input.stage === 'PAID') await this.repository.addFullPayment(id, actor.label, tx);
        const saved = (await this.repository.findById(id, tx))!;
        await this.audit.record(tx, actor, {
          action: 'CREATED',
          entityType: 'contribution',
          entityId: saved.id,
          after: {
            donorId: saved.donorId,
            amount: saved.amount,
            currency: saved.currency,
            rateToUsd: saved.rateToUsd,
            rateDate: saved.rateDate,
            amountUsd: saved.amountUsd,
            stage: saved.stage,
            earmarkingCategory: saved.earmarkingCategory,
          },
        });
        await this.changed(tx, 'CONTRIBUTION_RECORDED', saved.id, saved.donorId);
        if (!options.illustrative) {
          const donor = await this.donors.findById(saved.donorId, tx);
          await this.notifications.notify(
            tx,
            {
              event: saved.stage === 'INTENDED' ? 'INTENTION_RECORDED' : 'CONTRIBUTION_RECORDED',
              entityType: 'contribution',
              entityId: saved.id,
              donorId: saved.donorId,
              params: { amount: saved.amount, currency: saved.currency, donor: donor?.name ?? '', stage: saved.stage },
            },
            actor,
          );
        }
        return saved;
      },
      (saved) => saved.id,
      (id) => this.repository.findById(id),
    );
  }

  /**
   * A donor withdraws its intention (or the secretariat one for it): an intention is no money and has no
   * allocations, so it is removed; the audit log keeps what it was.
   */
  withdrawIntention(id: string, expectedVersion: number, actor: Actor, policy: AccessPolicy): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const c = await this.repository.lock(id, tx);
      if (!policy.maySeeDonorMoney(c.donorId)) throw notFound('contribution', id, 'id');
      if (!policy.mayIntendFor(c.donorId)) throw forbiddenFor(c.donorId);
      if (c.version !== expectedVersion) throw stale('contribution', expectedVersion, c.version);
      if (c.stage !== 'INTENDED') throw badInput(`This contribution is ${c.stage}, not an intention.`, 'id');
      await this.repository.deleteIntention(id, tx);
      await this.audit.record(tx, actor, {
        action: 'DELETED',
        entityType: 'contribution',
        entityId: id,
        before: { donorId: c.donorId, amount: c.amount, currency: c.currency, stage: c.stage },
      });
      await this.changed(tx, 'INTENTION_WITHDRAWN', id, c.donorId);
      return true;
    });
  }

  /** INTENDED → PLEDGED: the secretariat turns a donor's intention into a pledge. */
  pledgeIntention(id: string, expectedVersion: number, actor: Actor): Promise<ContributionEntity> {
    return this.dataSource.transaction(async (tx) => {
      const c = await this.repository.lock(id, tx);
      if (c.version !== expectedVersion) throw stale('contribution', expectedVersion, c.version);
      if (c.stage !== 'INTENDED') throw badInput(`This contribution is already ${c.stage}.`, 'id');
      await this.repository.updateIfVersion(id, c.version, { stage: 'PLEDGED' }, tx);
      await this.repository.addStageChange(id, 'INTENDED', 'PLEDGED', actor.label, 'Pledged', tx);
      await this.audit.record(tx, actor, {
        action: 'STATUS_CHANGED',
        entityType: 'contribution',
        entityId: id,
        before: { stage: 'INTENDED' },
        after: { stage: 'PLEDGED' },
      });
      await this.changed(tx, 'CONTRIBUTION_CHANGED', id, c.donorId);
      return (await this.repository.findById(id, tx))!;
    });
  }

  /**
   * What a prospective contribution would close, by the grouping asked: the funding gap query itself
   * (FundingGapRepository.gaps) with the contribution as a hypothetical fact, read-only.
   */
  async whatIf(
    input: WhatIfPledgeInput,
    groupBy: FundingDimension[],
    policy: AccessPolicy,
  ): Promise<Array<FundingGapRowModel & { gapBefore: string; gapAfter: string }>> {
    if (!policy.mayIntendFor(input.donorId)) throw forbiddenFor(input.donorId);
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const earmarking = await this.checkContribution(tx, { ...input, stage: ContributionStageEnum.INTENDED });
      const rate = await this.rateFor(tx, input.currency, input.date);
      const amountUsd = await this.repository.toUsd(input.amount, rate.rate, tx);
      const rows = await this.gapRows.gaps(
        groupBy,
        {},
        policy.moneyDonorScope(),
        {
          donorId: input.donorId,
          amountUsd,
          earmarkingCategory: EARMARK_CODES[earmarking],
          priorityAreaCode: input.priorityAreaCode ?? null,
          activityId: input.activityId ?? null,
          yearsCovered: input.yearsCovered ?? [],
          planYears: [...this.config.PLAN_YEARS],
        },
        tx,
      );
      return rows.map((r) => ({ ...r, gapBefore: r.gap, gapAfter: r.gapAfter ?? r.gap }));
    });
  }

  /** PLEDGED → COMMITTED: the agreement is signed. */
  commit(id: string, agreementRef: string, expectedVersion: number, actor: Actor): Promise<ContributionEntity> {
    return this.dataSource.transaction(async (tx) => {
      const c = await this.repository.lock(id, tx);
      if (c.version !== expectedVersion) throw stale('contribution', expectedVersion, c.version);
      if (c.stage !== 'PLEDGED') throw badInput(`This contribution is already ${c.stage}.`, 'id');
      const ref = agreementRef.trim();
      if (!ref) throw badInput('Give the reference of the signed agreement.', 'agreementRef');
      await this.repository.updateIfVersion(id, c.version, { stage: 'COMMITTED', agreementRef: ref }, tx);
      await this.repository.addStageChange(id, 'PLEDGED', 'COMMITTED', actor.label, `Agreement ${ref}`, tx);
      await this.audit.record(tx, actor, {
        action: 'STATUS_CHANGED',
        entityType: 'contribution',
        entityId: id,
        before: { stage: 'PLEDGED' },
        after: { stage: 'COMMITTED', agreementRef: ref },
      });
      await this.changed(tx, 'CONTRIBUTION_CHANGED', id, c.donorId);
      return (await this.repository.findById(id, tx))!;
    });
  }

  /**
   * One instalment; the contribution is PAID when its instalments reach its amount. The instalment is valued
   * at its own rate: the one given with it, else the secretariat's rate of its date, else the latest one set
   * before it, else the contribution's. What it counts for against the contribution stays at the
   * contribution's rate, so the difference is the gain (or loss) from the rate's move.
   */
  recordPayment(
    id: string,
    amount: string,
    paidOn: string,
    expectedVersion: number,
    actor: Actor,
    rateToUsd?: string | null,
  ): Promise<ContributionEntity> {
    return this.dataSource.transaction(async (tx) => {
      const c = await this.repository.lock(id, tx);
      if (c.version !== expectedVersion) throw stale('contribution', expectedVersion, c.version);
      if (c.stage !== 'COMMITTED') {
        throw badInput(
          c.stage === 'PAID'
            ? 'This contribution is fully paid.'
            : 'Record the signed agreement (commit) before payments.',
          'id',
        );
      }
      if (!isPositiveAmount(amount))
        throw badInput('amount must be a positive amount with at most two decimals.', 'amount');
      if (!isCalendarDate(paidOn)) throw badInput('paidOn must be written YYYY-MM-DD.', 'paidOn');
      assertNotInFuture(paidOn, 'paidOn');
      assertPlausibleDate(paidOn, 'paidOn');
      if (rateToUsd != null && !isPositiveRate(rateToUsd)) {
        throw badInput('rateToUsd must be a positive decimal with at most 8 decimals, e.g. "1.47210000".', 'rateToUsd');
      }
      const rate =
        c.currency === 'USD'
          ? { rate: '1', date: paidOn }
          : rateToUsd != null
            ? { rate: rateToUsd, date: paidOn }
            : ((await this.repository.latestRate(c.currency, paidOn, tx)) ?? { rate: c.rateToUsd, date: c.rateDate });
      const state = await this.repository.paymentState(id, amount, c.amount, tx);
      if (state.over) {
        throw badInput(
          `This would pay more than the contribution: ${state.paid} of ${c.amount} ${c.currency} is paid already.`,
          'amount',
        );
      }
      await this.repository.addPayment(
        c,
        { paidOn, amount, recordedBy: actor.label, rateToUsd: rate.rate, rateDate: rate.date },
        state,
        tx,
      );
      const stage = state.completes ? 'PAID' : 'COMMITTED';
      await this.repository.updateIfVersion(id, c.version, { stage }, tx);
      if (state.completes)
        await this.repository.addStageChange(id, 'COMMITTED', 'PAID', actor.label, `Last instalment on ${paidOn}`, tx);
      await this.audit.record(tx, actor, {
        action: state.completes ? 'STATUS_CHANGED' : 'UPDATED',
        entityType: 'contribution',
        entityId: id,
        before: { stage: c.stage, paid: state.paid },
        after: { stage, payment: { paidOn, amount, rateToUsd: rate.rate, rateDate: rate.date } },
      });
      await this.changed(tx, 'CONTRIBUTION_CHANGED', id, c.donorId);
      return (await this.repository.findById(id, tx))!;
    });
  }

  /** Assigns part of a contribution to an activity and year; never more than is left unallocated. */
  allocate(
    input: {
      contributionId: string;
      activityId: string;
      year: number;
      amountUsd: string;
      note?: string;
      overFundingReason?: string;
    },
    actor: Actor,
  ): Promise<AllocationView> {
    return createOnce(
      this.dataSource,
      idempotencyClaim(actor, 'allocateContribution', input),
      async (tx) => {
        // The lock makes concurrent allocations of one contribution wait for each other.
        const c = await this.repository.lock(input.contributionId, tx, 'contributionId');
        if (!isPositiveAmount(input.amountUsd))
          throw badInput('amountUsd must be a positive amount with at most two decimals.', 'amountUsd');
        if (c.stage === 'INTENDED')
          throw badInput('An intention is not money yet: pledge it before allocating it.', 'contributionId');
        const overFundingReason = input.overFundingReason?.trim() || null;
        if (input.overFundingReason !== undefined && input.overFundingReason !== null && !overFundingReason)
          throw badInput('Say why this activity is over-funded on purpose.', 'overFundingReason', 'REASON_REQUIRED');
        const activity = await this.programme.findById(input.activityId, tx);
        if (!activity) throw notFound('activity', input.activityId, 'activityId');
        if (activity.status === 'CANCELLED') throw badInput(`Activity ${activity.code} is cancelled.`, 'activityId');
        if (c.earmarkingCategory >= 3 && c.activityId !== activity.id) {
          throw badInput('This contribution is earmarked to another activity.', 'activityId');
        }
        if (c.earmarkingCategory === 2 && c.priorityAreaCode !== activity.priorityAreaCode) {
          throw badInput(
            `This contribution is earmarked to priority area ${c.priorityAreaCode}; activity ${activity.code} is in ${activity.priorityAreaCode}.`,
            'activityId',
          );
        }
        if (!this.config.PLAN_YEARS.includes(input.year))
          throw badInput(`${input.year} is not a year of the plan.`, 'year');
        if (c.yearsCovered.length && !c.yearsCovered.includes(input.year)) {
          throw badInput(`This contribution covers ${c.yearsCovered.join(', ')}, not ${input.year}.`, 'year');
        }
        // Allocations never exceed the activity's unfunded cost that year: the activity's row lock makes
        // allocations from different contributions and cost revisions (which lock it too) wait for each other.
        await this.programme.lock(activity.id, tx, 'activityId');
        const cost = toCents(await this.programme.yearCost(activity.id, input.year, tx)) ?? 0n;
        const allocated = toCents(await this.repository.allocatedTo(activity.id, input.year, tx)) ?? 0n;
        const room = cost > allocated ? cost - allocated : 0n;
        // Deliberate over-funding (with its reason) may go beyond; it is shown as such and lowers no other gap.
        if (!overFundingReason && (toCents(input.amountUsd) ?? 0n) > room) {
          throw badInput(
            room > 0n
              ? `Activity ${activity.code} needs only ${centsToDecimal(room)} USD more in ${input.year}; allocate at most that.`
              : `Activity ${activity.code} has no unfunded cost in ${input.year}; nothing more can be allocated to it.`,
            'amountUsd',
            'OVER_ALLOCATED',
            { room: centsToDecimal(room), activityCode: activity.code, year: input.year },
          );
        }
        const available = await this.repository.unallocated(c, input.amountUsd, tx);
        if (!available.enough) {
          throw badInput(
            `Only ${available.left} USD of this contribution is unallocated; allocate at most that.`,
            'amountUsd',
          );
        }
        const allocationId = await this.repository.insertAllocation(
          {
            contributionId: c.id,
            activityId: activity.id,
            year: input.year,
            amountUsd: input.amountUsd,
            note: input.note ?? null,
            overFundingReason,
            createdBy: actor.label,
          },
          tx,
        );
        await this.audit.record(tx, actor, {
          action: 'CREATED',
          entityType: 'contribution',
          entityId: c.id,
          after: {
            allocation: allocationId,
            activity: activity.code,
            year: input.year,
            amountUsd: input.amountUsd,
            ...(overFundingReason ? { overFundingReason } : {}),
          },
        });
        await this.changed(tx, 'ALLOCATED', c.id, c.donorId);
        await this.notifications.notify(
          tx,
          {
            event: 'MONEY_ALLOCATED',
            entityType: 'contribution',
            entityId: c.id,
            donorId: c.donorId,
            params: { amount: input.amountUsd, activity: activity.code, year: String(input.year) },
          },
          actor,
        );
        const [row] = await this.withDonorNames(await this.repository.allocationsByIds([allocationId], tx), tx);
        return row!;
      },
      (created) => created.id,
      async (id) => (await this.withDonorNames(await this.repository.allocationsByIds([id])))[0] ?? null,
    );
  }

  deallocate(allocationId: string, actor: Actor): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const [row] = await this.repository.allocationsByIds([allocationId], tx);
      if (!row) throw notFound('allocation', allocationId, 'allocationId');
      await this.repository.lock(row.contributionId, tx);
      // Then the activity's (the order allocate takes them in): a new expenditure line takes it too and waits.
      const activity = await this.programme.lock(row.activityId, tx, 'allocationId');
      const spending = await this.repository.spendingAround(allocationId, tx);
      const problem = deallocationProblem({
        amountCents: toCents(row.amountUsd)!,
        firm: (SPENDABLE_STAGES as readonly string[]).includes(row.stage),
        spentAgainstCents: toCents(spending.against)!,
        allocatedCents: toCents(
          await this.repository.allocatedAtStages(row.activityId, row.year, SPENDABLE_STAGES, tx),
        )!,
        spentCents: toCents(spending.inYear)!,
      });
      if (problem) {
        const spent = centsToDecimal(problem.spentCents);
        throw new DomainError(
          ErrorCode.CONFLICT,
          problem.scope === 'ALLOCATION'
            ? `${spent} USD was spent against this allocation; move or remove those expenditure lines before removing it.`
            : `${spent} USD was spent on ${activity.code} in ${row.year}; without this allocation less than that would be allocated. Allocate other money first, or flag the spending as beyond the allocation.`,
          'allocationId',
          { reason: 'ALLOCATION_SPENT', spent, scope: problem.scope, year: row.year, activityCode: activity.code },
        );
      }
      await this.repository.deleteAllocation(allocationId, tx);
      await this.audit.record(tx, actor, {
        action: 'DELETED',
        entityType: 'contribution',
        entityId: row.contributionId,
        before: { allocation: allocationId, activityId: row.activityId, year: row.year, amountUsd: row.amountUsd },
      });
      await this.changed(tx, 'DEALLOCATED', row.contributionId, row.donorId);
      return true;
    });
  }

  // ---------------------------------------------------------------- reads for field resolvers

  /** The contributions with these ids that the reader sees one by one (a donor: its own). */
  async byIds(ids: readonly string[], policy: AccessPolicy): Promise<ContributionEntity[]> {
    return (await this.repository.byIds(ids)).filter((c) => policy.maySeeDonorMoney(c.donorId));
  }

  /** Where the money of contributions went (the reader already sees the contributions themselves). */
  async allocationsOf(contributionIds: readonly string[], policy: AccessPolicy): Promise<AllocationView[]> {
    const rows = await this.withDonorNames(await this.repository.allocationsOf(contributionIds));
    return rows.filter((r) => policy.maySeeDonorMoney(r.donorId));
  }

  /**
   * The money allocated to activities: every allocation its funding gap counts, so the list adds up to the gap
   * row (issue 9). A reader who sees only its own donor's money sees the others' amounts, years and stages
   * (as the gap's totals already tell), never their contribution (the resolver answers null) nor the
   * secretariat's note or over-funding reason, unless the donor agreed to be named.
   */
  async allocationsToActivities(activityIds: readonly string[], policy: AccessPolicy): Promise<AllocationView[]> {
    const rows = await this.withDonorNames(await this.repository.allocationsToActivities(activityIds));
    return rows.map((r) =>
      policy.maySeeDonorMoney(r.donorId) || r.donorNamedPublicly ? r : { ...r, note: null, overFundingReason: null },
    );
  }

  paymentsOf(ids: readonly string[]): Promise<PaymentRow[]> {
    return this.repository.paymentsOf(ids);
  }

  stageHistoryOf(ids: readonly string[]): Promise<StageChangeRow[]> {
    return this.repository.stageHistoryOf(ids);
  }

  /** Allocated and still unallocated US dollars of each contribution, in one query. */
  balancesOf(ids: readonly string[]): Promise<BalanceRow[]> {
    return this.repository.balancesOf(ids);
  }

  /** Each contribution's reconciliation (amount, paid, allocated by activity and year, unallocated). */
  async reconciliationsOf(
    ids: readonly string[],
  ): Promise<Array<ReconciliationRow & { lines: ReconciliationLineRow[] }>> {
    const [heads, lines] = await Promise.all([
      this.repository.reconciliationsOf(ids),
      this.repository.reconciliationLinesOf(ids),
    ]);
    return heads.map((h) => ({ ...h, lines: lines.filter((l) => l.contributionId === h.id) }));
  }

  // ---------------------------------------------------------------- the funding gap

  /**
   * Cost, pledged, committed, paid and gap for any grouping, in one SQL query (FundingGapRepository.gaps).
   * A user who sees only its own donor's money sees other donors by name only where they agreed to be named.
   */
  gaps(groupBy: FundingDimension[], filter: FundingFilter, policy: AccessPolicy): Promise<FundingGapRowModel[]> {
    return this.gapRows.gaps(groupBy, filter, policy.moneyDonorScope());
  }

  /**
   * The unfunded activity-years that match a donor's stated priorities, largest gap first, a page at a time:
   * the donor itself and the secretariat only (the donor's funding page opens on them).
   */
  async matches(
    donorId: string,
    first: number | null | undefined,
    after: string | null | undefined,
    policy: AccessPolicy,
  ): Promise<Connection<FundingGapRowModel>> {
    if (!policy.mayReadDonorPriorities(donorId)) throw forbiddenFor(donorId);
    if (!(await this.donors.findById(donorId))) throw notFound('donor', donorId, 'donorId');
    return this.gapRows.matches(donorId, first, after);
  }

  // ---------------------------------------------------------------- helpers

  private async withDonorNames(rows: AllocationRow[], tx?: EntityManager): Promise<AllocationView[]> {
    if (!rows.length) return [];
    const named = new Map(
      (await this.donors.findByIds([...new Set(rows.map((r) => r.donorId))], tx)).map((d) => [d.id, d.namedPublicly]),
    );
    return rows.map((r) => ({ ...r, donorNamedPublicly: named.get(r.donorId) ?? false }));
  }

  private async checkContribution(
    tx: EntityManager,
    input: Pick<
      RecordContributionInput,
      'date' | 'donorId' | 'stage' | 'agreementRef' | 'yearsCovered' | 'activityId' | 'priorityAreaCode' | 'earmarking'
    >,
  ): Promise<EarmarkingEnum> {
    if (!isCalendarDate(input.date)) throw badInput('date must be written YYYY-MM-DD.', 'date');
    if (!(await this.donors.findById(input.donorId, tx))) throw notFound('donor', input.donorId, 'donorId');
    if ((input.stage === 'COMMITTED' || input.stage === 'PAID') && !input.agreementRef?.trim()) {
      throw badInput(
        'A committed or paid contribution needs the reference of its signed agreement (agreementRef).',
        'agreementRef',
      );
    }
    for (const year of input.yearsCovered ?? []) {
      if (!this.config.PLAN_YEARS.includes(year)) throw badInput(`${year} is not a year of the plan.`, 'yearsCovered');
    }
    if (input.activityId && input.priorityAreaCode) {
      throw badInput('Earmark to an activity or to a priority area, not both.', 'priorityAreaCode');
    }
    const earmarking =
      input.earmarking ??
      (input.activityId
        ? EarmarkingEnum.EARMARKED
        : input.priorityAreaCode
          ? EarmarkingEnum.SOFTLY_EARMARKED
          : EarmarkingEnum.UNEARMARKED);
    const needs = EARMARK_CODES[earmarking];
    if (needs >= 3 !== Boolean(input.activityId) || (needs === 2) !== Boolean(input.priorityAreaCode)) {
      throw badInput(
        `${earmarking} needs ${needs >= 3 ? 'an activityId' : needs === 2 ? 'a priorityAreaCode' : 'neither an activity nor a priority area'}.`,
        'earmarking',
      );
    }
    if (input.activityId && !(await this.programme.findById(input.activityId, tx)))
      throw notFound('activity', input.activityId, 'activityId');
    if (input.priorityAreaCode && !(await this.reference.priorityAreasByCode([input.priorityAreaCode])).length) {
      throw badInput(`There is no priority area "${input.priorityAreaCode}".`, 'priorityAreaCode');
    }
    return earmarking;
  }

  private async rateFor(tx: EntityManager, currency: string, date: string): Promise<{ rate: string; date: string }> {
    if (currency === 'USD') return { rate: '1', date };
    const rate = await this.repository.exchangeRate(currency, date, tx);
    if (!rate) {
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        `There is no ${currency} rate for ${date}. Set it first (setExchangeRate), then record the contribution.`,
        'currency',
        { reason: 'RATE_MISSING', currency, date },
      );
    }
    return { rate, date };
  }
}

function forbiddenFor(donorId: string): DomainError {
  return new DomainError(
    ErrorCode.FORBIDDEN,
    'A donor may record, withdraw and try out intentions for itself only.',
    'donorId',
    { reason: 'NOT_ALLOWED', donorId },
  );
}

/**
 * Who may record a contribution: the secretariat (funding.manage) any; a donor (funding.intend) an intention
 * (stage INTENDED) of its own only.
 */
function assertMayRecord(policy: AccessPolicy, stage: string, donorId: string): void {
  if (policy.can('funding.manage')) return;
  if (stage !== 'INTENDED') {
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      'A donor records intentions (stage INTENDED); the secretariat records pledges and money.',
      'stage',
      { reason: 'ROLE_NOT_ALLOWED', permission: 'funding.manage' },
    );
  }
  if (!policy.mayIntendFor(donorId)) throw forbiddenFor(donorId);
}

/** What makes two submissions "the same contribution" (everything but the key): the content createOnce hashes. */
export function normalisedContribution(input: RecordContributionInput) {
  return {
    donorId: input.donorId,
    amount: normaliseDecimal(input.amount),
    currency: input.currency,
    date: input.date,
    stage: input.stage,
    agreementRef: input.agreementRef?.trim() || null,
    activityId: input.activityId ?? null,
    priorityAreaCode: input.priorityAreaCode ?? null,
    earmarking: input.earmarking ?? null,
    yearsCovered: [...(input.yearsCovered ?? [])].sort(),
  };
}

/** "1200" and "1200.00" are the same amount. */
function normaliseDecimal(value: string): string {
  const cents = toCents(value);
  return cents === null ? value : centsToDecimal(cents);
}
