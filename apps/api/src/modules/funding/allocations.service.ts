import { Inject, Injectable } from '@nestjs/common';
import { centsToDecimal, deallocationProblem, isPositiveAmount, SPENDABLE_STAGES, toCents } from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { APP_CONFIG, type AppConfig } from '../../infra/config/app-config.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import { badInput, notFound } from '../../infra/errors/common-errors.js';
import { createOnce, idempotencyClaim } from '../../infra/database/idempotency.js';
import { LiveEvents } from '../../infra/live/live-events.js';
import type { AccessPolicy } from '../access/access.policy.js';
import { AuditService } from '../audit/audit.service.js';
import { DonorsRepository } from '../donors/donors.repository.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ProgrammeRepository } from '../programme/programme.repository.js';
import { fundingChanged } from './contribution-checks.service.js';
import type { AllocationRow } from './funding-rows.types.js';
import { FundingRepository } from './funding.repository.js';

/** An allocation, with whether its donor agreed to be named to other donors. */
export interface AllocationView extends AllocationRow {
  donorNamedPublicly: boolean;
}

/**
 * Where a contribution's money goes: allocations to an activity and year (never more than the contribution has
 * left, nor, unless over-funded on purpose, than the activity's unfunded cost), their removal while nothing was
 * spent against them, and who sees which allocation.
 */
@Injectable()
export class AllocationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: FundingRepository,
    private readonly programme: ProgrammeRepository,
    private readonly donors: DonorsRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly live: LiveEvents,
    private readonly notifications: NotificationsService,
  ) {}

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
        await fundingChanged(this.live, tx, 'ALLOCATED', c.id, c.donorId);
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
      await fundingChanged(this.live, tx, 'DEALLOCATED', row.contributionId, row.donorId);
      return true;
    });
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

  private async withDonorNames(rows: AllocationRow[], tx?: EntityManager): Promise<AllocationView[]> {
    if (!rows.length) return [];
    const named = new Map(
      (await this.donors.findByIds([...new Set(rows.map((r) => r.donorId))], tx)).map((d) => [d.id, d.namedPublicly]),
    );
    return rows.map((r) => ({ ...r, donorNamedPublicly: named.get(r.donorId) ?? false }));
  }
}
