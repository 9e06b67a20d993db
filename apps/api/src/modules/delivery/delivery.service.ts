import { Injectable } from '@nestjs/common';
import {
  centsToDecimal,
  deliveryDatesProblem,
  deliveryMoves,
  isImplementingPartner,
  SPENDABLE_STAGES,
  spendProblem,
  toCents,
} from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { createOnce, idempotencyClaim } from '../../infra/database/idempotency.js';
import type { Actor } from '../../infra/auth/actor.js';
import { badInput, notFound, stale } from '../../infra/errors/common-errors.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import type { AccessPolicy } from '../access/access.policy.js';
import { AuditService } from '../audit/audit.service.js';
import { ExchangeRatesService } from '../funding/exchange-rates.service.js';
import { FundingRepository } from '../funding/funding.repository.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import type { ActivityEntity } from '../programme/entities/activity.entity.js';
import { ProgrammeRepository } from '../programme/programme.repository.js';
import { DeliveryRepository, type ExpenditureRow } from './delivery.repository.js';
import type { RecordExpenditureInput, SetDeliveryStatusInput } from './dto/delivery.input.js';

/** expenditure.amount_usd is NUMERIC(16,2): fourteen digits before the point. */
const MAX_USD_CENTS = 10n ** 16n;

/** Delivery of the programme: an activity's delivery status and the money it spent. */
@Injectable()
export class DeliveryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DeliveryRepository,
    private readonly activities: ProgrammeRepository,
    private readonly funding: FundingRepository,
    private readonly rates: ExchangeRatesService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly organisations: OrganisationsRepository,
  ) {}

  spentOf(activityIds: readonly string[], policy: AccessPolicy): Promise<Array<{ activityId: string; spent: string }>> {
    if (!policy.mayReadActivityResults()) return Promise.resolve([]);
    return this.repository.spentOf(activityIds);
  }

  spentByYearOf(
    activityIds: readonly string[],
    policy: AccessPolicy,
  ): Promise<Array<{ activityId: string; year: number; amount: string }>> {
    if (!policy.mayReadActivityResults()) return Promise.resolve([]);
    return this.repository.spentByYearOf(activityIds);
  }

  /**
   * Moves an activity's delivery (the moves and the dates each needs are @ta/domain's deliveryMoves and
   * deliveryDatesProblem). The start date, once set, is kept unless a new one is given; cancelling or
   * reinstating keeps it too.
   */
  setDeliveryStatus(input: SetDeliveryStatusInput, policy: AccessPolicy): Promise<ActivityEntity> {
    policy.assertMayPlanResults('to');
    const actor = policy.actorOrFail;
    // With a key, a retry after a lost answer answers the activity as it is, not a CONFLICT on its moved version.
    return createOnce(
      this.dataSource,
      idempotencyClaim(actor, 'setDeliveryStatus', input),
      async (tx) => {
        const activity = await this.activities.lock(input.activityId, tx, 'activityId');
        if (activity.version !== input.expectedVersion)
          throw stale('activity', input.expectedVersion, activity.version);
        const from = activity.deliveryStatus;
        const allowed = deliveryMoves(from);
        if (!allowed.includes(input.to)) {
          throw badInput(
            allowed.length
              ? `Delivery that is ${from} can move only to ${allowed.join(', ')}, not to ${input.to}.`
              : `Delivery that is ${from} cannot move any more.`,
            'to',
          );
        }
        if (input.to === 'CANCELLED' && !input.reason?.trim())
          throw badInput('Cancelling an activity’s delivery needs a reason.', 'reason', 'REASON_REQUIRED');
        const startedOn = input.to === 'PLANNED' ? null : (input.startedOn ?? activity.deliveryStartedOn);
        const completedOn = input.to === 'COMPLETED' ? (input.completedOn ?? null) : null;
        const problem = deliveryDatesProblem(input.to, startedOn, completedOn);
        if (problem) throw badInput(problem.message, problem.field);
        if (input.completedOn && input.to !== 'COMPLETED')
          throw badInput('Only a completed activity has a completion date.', 'completedOn');
        await this.activities.updateIfVersion(
          activity.id,
          activity.version,
          { deliveryStatus: input.to, deliveryStartedOn: startedOn, deliveryCompletedOn: completedOn },
          tx,
        );
        await this.audit.record(tx, actor, {
          action: 'STATUS_CHANGED',
          entityType: 'activity',
          entityId: activity.id,
          before: {
            deliveryStatus: from,
            deliveryStartedOn: activity.deliveryStartedOn,
            deliveryCompletedOn: activity.deliveryCompletedOn,
            version: activity.version,
          },
          after: {
            deliveryStatus: input.to,
            deliveryStartedOn: startedOn,
            deliveryCompletedOn: completedOn,
            version: activity.version + 1,
            reason: input.reason?.trim() || null,
          },
        });
        if (input.to === 'COMPLETED') await this.tellFunders(activity, completedOn, actor, tx);
        return (await this.activities.findById(activity.id, tx))!;
      },
      (a) => a.id,
      (id) => this.activities.findById(id),
    );
  }

  /**
   * Records money an activity spent in a year and category, in its currency at the rate of the day it was spent
   * (the exchange rates the secretariat keeps; dollars rounded to the cent in SQL). The spending rule is
   * @ta/domain's spendProblem: not beyond the committed or paid money allocated to the activity and year (nor
   * beyond what is left of the allocation it names) unless flagged beyondAllocation, with a reason.
   */
  recordExpenditure(
    input: RecordExpenditureInput,
    policy: AccessPolicy,
    options: { illustrative?: boolean; externalRef?: string } = {},
  ): Promise<ExpenditureRow> {
    policy.assertMayRecordExpenditure('activityId');
    const actor = policy.actorOrFail;
    const flagged = input.beyondAllocation ?? false;
    const reason = input.beyondAllocationReason?.trim() || null;
    if (flagged && !reason)
      throw badInput('Say why it was spent beyond the allocation (beyondAllocationReason).', 'beyondAllocationReason');
    if (!flagged && reason) throw badInput('A reason goes with beyondAllocation: true only.', 'beyondAllocationReason');
    return createOnce(
      this.dataSource,
      idempotencyClaim(actor, 'recordExpenditure', input),
      async (tx) => {
        // The activity's row lock makes concurrent lines of one activity take turns on the rule below.
        const activity = await this.activities.lock(input.activityId, tx, 'activityId');
        if (activity.deliveryStatus === 'CANCELLED' || activity.status === 'CANCELLED')
          throw badInput('This activity was cancelled; nothing more can be spent on it.', 'activityId');
        let allocation: { amountCents: bigint; spentCents: bigint; firm: boolean } | null = null;
        if (input.allocationId) {
          const [row] = await this.funding.allocationsByIds([input.allocationId], tx);
          if (!row) throw notFound('allocation', input.allocationId, 'allocationId');
          if (row.activityId !== activity.id || row.year !== input.year) {
            throw badInput(
              `That allocation is for another activity or year (${row.year}); spend it on its own activity and year.`,
              'allocationId',
            );
          }
          allocation = {
            amountCents: toCents(row.amountUsd)!,
            spentCents: toCents(await this.repository.spentAgainst(row.id, tx))!,
            firm: (SPENDABLE_STAGES as readonly string[]).includes(row.stage),
          };
        }
        if (input.paidToOrganisationId) {
          const partners = await this.organisations.participationsOf([activity.id], tx);
          if (!isImplementingPartner(partners, input.paidToOrganisationId)) {
            throw badInput(
              `Money is disbursed only to an implementing partner of ${activity.code}; name the organisation among its partners first.`,
              'paidToOrganisationId',
            );
          }
        }
        const rate = await this.rates.rateFor(tx, input.currency, input.spentOn, 'expenditure');
        const usd = await this.repository.toUsd(input.amount, rate.rate, tx);
        const amountCents = toCents(usd)!;
        if (amountCents >= MAX_USD_CENTS)
          throw badInput(
            `${input.amount} ${input.currency} at ${rate.rate} is too large an amount to record.`,
            'amount',
          );
        if (amountCents <= 0n)
          throw badInput(`${input.amount} ${input.currency} is less than one US cent at ${rate.rate}.`, 'amount');
        const problem = spendProblem({
          amountCents,
          allocatedCents: toCents(await this.funding.allocatedAtStages(activity.id, input.year, SPENDABLE_STAGES, tx))!,
          spentCents: toCents(await this.repository.spentIn(activity.id, input.year, tx))!,
          allocation,
          flagged,
        });
        if (problem) {
          const room = centsToDecimal(problem.roomCents);
          throw new DomainError(
            ErrorCode.BAD_USER_INPUT,
            problem.scope === 'ALLOCATION'
              ? `Only ${room} USD of that allocation is left to spend (a pledge is none); this line is ${usd} USD. Record at most that, or flag it beyondAllocation with a reason.`
              : `Only ${room} USD of the committed or paid money allocated to ${activity.code} in ${input.year} is left unspent; this line is ${usd} USD. Record at most that, or flag it beyondAllocation with a reason.`,
            problem.scope === 'ALLOCATION' ? 'allocationId' : 'amount',
            { reason: 'OVERSPENT', room, year: input.year, activityCode: activity.code },
          );
        }
        const id = await this.repository.insert(
          {
            activityId: activity.id,
            year: input.year,
            category: input.category,
            spentOn: input.spentOn,
            amount: input.amount,
            currency: input.currency,
            rateToUsd: rate.rate,
            rateDate: rate.date,
            allocationId: input.allocationId ?? null,
            beyondAllocationReason: reason,
            paidToOrganisationId: input.paidToOrganisationId ?? null,
            description: input.description?.trim() ?? '',
            illustrative: options.illustrative ?? false,
            externalRef: options.externalRef ?? null,
            recordedBy: actor.label,
            recordedById: actor.userId,
          },
          tx,
        );
        const saved = (await this.repository.byId(id, tx))!;
        await this.audit.record(tx, actor, {
          action: 'CREATED',
          entityType: 'expenditure',
          entityId: id,
          after: {
            activityId: saved.activityId,
            year: saved.year,
            category: saved.category,
            amount: saved.amount,
            currency: saved.currency,
            rateToUsd: saved.rateToUsd,
            amountUsd: saved.amountUsd,
            allocationId: saved.allocationId,
            beyondAllocationReason: saved.beyondAllocationReason,
            paidToOrganisationId: saved.paidToOrganisationId,
          },
        });
        return saved;
      },
      (saved) => saved.id,
      (id) => this.repository.byId(id),
    );
  }

  /** Each donor whose money is allocated to the activity is told it was delivered, with how much of its money. */
  private async tellFunders(
    activity: ActivityEntity,
    completedOn: string | null,
    actor: Actor,
    tx: EntityManager,
  ): Promise<void> {
    const byDonor = new Map<string, bigint>();
    for (const a of await this.funding.allocationsToActivities([activity.id], tx)) {
      byDonor.set(a.donorId, (byDonor.get(a.donorId) ?? 0n) + toCents(a.amountUsd)!);
    }
    for (const [donorId, cents] of byDonor) {
      await this.notifications.notify(
        tx,
        {
          event: 'FUNDED_ACTIVITY_DELIVERED',
          entityType: 'activity',
          entityId: activity.id,
          donorId,
          params: { activity: activity.code, amount: centsToDecimal(cents), completedOn: completedOn ?? '—' },
        },
        actor,
      );
    }
  }
}
