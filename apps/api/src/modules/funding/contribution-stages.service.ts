import { Injectable } from '@nestjs/common';
import { isCalendarDate, isPositiveAmount, isPositiveRate } from '@ta/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { assertNotInFuture, assertPlausibleDate } from '../../infra/graphql/validators.js';
import { badInput, notFound, stale } from '../../infra/errors/common-errors.js';
import { LiveEvents } from '../../infra/live/live-events.js';
import type { AccessPolicy } from '../access/access.policy.js';
import { AuditService } from '../audit/audit.service.js';
import { forbiddenFor, fundingChanged } from './contribution-checks.service.js';
import type { ContributionEntity } from './entities/contribution.entity.js';
import { FundingRepository } from './funding.repository.js';

/**
 * A recorded contribution's way through its stages: an intention withdrawn or pledged (INTENDED → PLEDGED), the
 * agreement signed (PLEDGED → COMMITTED), and its instalments paid (COMMITTED → PAID). Each step is one
 * transaction on the locked contribution, checked against the version the user saw.
 */
@Injectable()
export class ContributionStagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: FundingRepository,
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
  ) {}

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
      await fundingChanged(this.live, tx, 'INTENTION_WITHDRAWN', id, c.donorId);
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
      await fundingChanged(this.live, tx, 'CONTRIBUTION_CHANGED', id, c.donorId);
      return (await this.repository.findById(id, tx))!;
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
      await fundingChanged(this.live, tx, 'CONTRIBUTION_CHANGED', id, c.donorId);
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
      await fundingChanged(this.live, tx, 'CONTRIBUTION_CHANGED', id, c.donorId);
      return (await this.repository.findById(id, tx))!;
    });
  }
}
