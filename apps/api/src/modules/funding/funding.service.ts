import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { centsToDecimal, toCents } from '@ta/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { createOnce, idempotencyClaim } from '../../infra/database/idempotency.js';
import { badInput } from '../../infra/errors/common-errors.js';
import { LiveEvents } from '../../infra/live/live-events.js';
import { AccessPolicy } from '../access/access.policy.js';
import { AuditService } from '../audit/audit.service.js';
import { DonorsRepository } from '../donors/donors.repository.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ContributionChecks, EARMARK_CODES, forbiddenFor, fundingChanged } from './contribution-checks.service.js';
import type { ContributionFilter, RecordContributionInput } from './dto/funding.input.js';
import type { ContributionEntity } from './entities/contribution.entity.js';
import { ExchangeRatesService } from './exchange-rates.service.js';
import type {
  BalanceRow,
  PaymentRow,
  ReconciliationLineRow,
  ReconciliationRow,
  StageChangeRow,
} from './funding-rows.types.js';
import { FundingRepository } from './funding.repository.js';
import { EarmarkingEnum } from './models/funding.model.js';

/**
 * Contributions: their list, their recording and what the field resolvers read of them. Their stages are
 * ContributionStagesService's, their allocations AllocationsService's, the rates ExchangeRatesService's and the
 * funding gap FundingGapService's.
 *
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
    private readonly donors: DonorsRepository,
    private readonly checks: ContributionChecks,
    private readonly rates: ExchangeRatesService,
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
    private readonly notifications: NotificationsService,
  ) {}

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
        const earmarking = await this.checks.check(tx, input);
        const rate = await this.rates.rateFor(tx, input.currency, input.date);
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
        await fundingChanged(this.live, tx, 'CONTRIBUTION_RECORDED', saved.id, saved.donorId);
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

  // ---------------------------------------------------------------- reads for field resolvers

  /** The contributions with these ids that the reader sees one by one (a donor: its own). */
  async byIds(ids: readonly string[], policy: AccessPolicy): Promise<ContributionEntity[]> {
    return (await this.repository.byIds(ids)).filter((c) => policy.maySeeDonorMoney(c.donorId));
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
