import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { APP_CONFIG, type AppConfig } from '../../infra/config/app-config.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../infra/graphql/pagination.js';
import { isCalendarDate } from '../../infra/graphql/scalars.js';
import { AuditService } from '../audit/audit.service.js';
import { badInput, notFound, stale } from '../../infra/errors/common-errors.js';
import type { ContributionFilter, FundingFilter, RecordContributionInput } from './dto/funding.input.js';
import { ContributionEntity } from './entities/contribution.entity.js';
import { queryFundingGaps } from './funding-gaps.query.js';
import { EarmarkingEnum, type FundingDimension, type FundingGapRowModel } from './models/funding.model.js';
import { isUuid } from '../../infra/database/ids.js';

const EARMARK_CODES: Record<EarmarkingEnum, number> = {
  UNEARMARKED: 1,
  SOFTLY_EARMARKED: 2,
  EARMARKED: 3,
  TIGHTLY_EARMARKED: 4,
};
export const EARMARK_NAMES: Record<number, EarmarkingEnum> = Object.fromEntries(
  Object.entries(EARMARK_CODES).map(([k, v]) => [v, k as EarmarkingEnum]),
);

/**
 * Money, exactly: amounts are NUMERIC in the database and decimal strings everywhere else; every
 * conversion and sum happens in SQL. Conversions round half away from zero to the cent (PostgreSQL's
 * round() on NUMERIC). An instalment's dollars are the rounded running total less what was paid before,
 * so instalments never add up to more than the contribution, and the last lands on it exactly.
 */
@Injectable()
export class FundingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---------------------------------------------------------------- rates

  async setExchangeRate(currency: string, date: string, rateToUsd: string, actor: Actor) {
    if (!/^[A-Z]{3}$/.test(currency)) throw badInput('currency must be a three-letter ISO 4217 code such as EUR.', 'currency');
    if (currency === 'USD') throw badInput('The US dollar is the base: it has no rate to set.', 'currency');
    if (!isCalendarDate(date)) throw badInput('date must be written YYYY-MM-DD.', 'date');
    if (!/^\d{1,9}(\.\d{1,8})?$/.test(rateToUsd) || /^0+(\.0+)?$/.test(rateToUsd)) {
      throw badInput('rateToUsd must be a positive decimal with at most 8 decimals, e.g. "1.47210000".', 'rateToUsd');
    }
    return this.dataSource.transaction(async (tx) => {
      const [before] = await tx.query(`SELECT rate_to_usd::text FROM exchange_rate WHERE currency = $1 AND rate_date = $2`, [currency, date]);
      const [row] = await tx.query(
        `INSERT INTO exchange_rate (currency, rate_date, rate_to_usd, set_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (currency, rate_date) DO UPDATE SET rate_to_usd = $3, set_by = $4, set_at = now()
         RETURNING currency, rate_date::text AS date, rate_to_usd::text AS "rateToUsd", set_by AS "setBy"`,
        [currency, date, rateToUsd, actor.label],
      );
      await this.audit.record(tx, actor, {
        action: before ? 'UPDATED' : 'CREATED',
        entityType: 'exchange_rate',
        entityId: `${currency}:${date}`,
        before: before ? { rateToUsd: before.rate_to_usd } : null,
        after: { rateToUsd: row.rateToUsd },
      });
      return row as { currency: string; date: string; rateToUsd: string; setBy: string };
    });
  }

  async exchangeRates(currency?: string): Promise<Array<{ currency: string; date: string; rateToUsd: string; setBy: string }>> {
    return this.dataSource.query(
      `SELECT currency, rate_date::text AS date, rate_to_usd::text AS "rateToUsd", set_by AS "setBy"
         FROM exchange_rate WHERE $1::text IS NULL OR currency = $1 ORDER BY currency, rate_date DESC`,
      [currency ?? null],
    );
  }

  // ---------------------------------------------------------------- contributions

  async list(filter: ContributionFilter, first: number | null | undefined, after: string | null | undefined, actor: Actor): Promise<Connection<ContributionEntity>> {
    const limit = pageSize(first);
    const q = this.dataSource.getRepository(ContributionEntity).createQueryBuilder('c');
    // A donor sees its own contributions only.
    if (actor.role === 'DONOR') q.andWhere('c.donor_id = :own', { own: actor.donorId });
    if (filter.donorId) q.andWhere('c.donor_id = :donor', { donor: filter.donorId });
    if (filter.stage?.length) q.andWhere('c.stage IN (:...stages)', { stages: filter.stage });
    if (filter.currency) q.andWhere('c.currency = :currency', { currency: filter.currency });
    if (filter.activityId) {
      q.andWhere('(c.activity_id = :act OR EXISTS (SELECT 1 FROM allocation al WHERE al.contribution_id = c.id AND al.activity_id = :act))', {
        act: filter.activityId,
      });
    }
    const counted = await q.clone().select('count(*)::int', 'n').getRawOne<{ n: number }>();
    if (after) {
      const [date, id] = decodeCursor(after, 2);
      if (typeof date !== 'string' || !isCalendarDate(date) || typeof id !== 'string' || !isUuid(id)) {
        throw badInput('The "after" cursor is not one this list gave out.', 'after');
      }
      q.andWhere('(c.contributed_on, c.id) > (CAST(:date AS date), CAST(:id AS uuid))', { date, id });
    }
    const rows = await q.orderBy('c.contributed_on').addOrderBy('c.id').limit(limit + 1).getMany();
    const nodes = rows.slice(0, limit);
    const last = nodes.at(-1);
    return {
      totalCount: counted?.n ?? 0,
      nodes,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor([last.contributedOn, last.id]) : null },
    };
  }

  /**
   * Records a contribution, converted to US dollars at the rate of its date. With an idempotency key, a
   * retried or double-clicked submission records once and answers the same; the key reused for other
   * content is refused (CONFLICT). A unique constraint backs the key, so two racing submissions agree too.
   */
  async record(input: RecordContributionInput, actor: Actor, options: { illustrative?: boolean; externalRef?: string } = {}): Promise<ContributionEntity> {
    const hash = requestHash(input);
    if (input.idempotencyKey) {
      const existing = await this.byIdempotencyKey(input.idempotencyKey);
      if (existing) return this.sameOrConflict(existing, hash);
    }
    try {
      return await this.dataSource.transaction(async (tx) => {
        const earmarking = await this.checkContribution(tx, input, actor);
        const rate = await this.rateFor(tx, input.currency, input.date);
        const [converted] = await tx.query(`SELECT round($1::numeric * $2::numeric, 2) > 0 AS some FROM (SELECT 1) x`, [input.amount, rate.rate]);
        if (!converted.some) {
          throw badInput(`${input.amount} ${input.currency} is less than one US cent at ${rate.rate}; check the amount and the rate.`, 'amount');
        }
        const [row] = await tx.query(
          `INSERT INTO contribution (donor_id, amount, currency, contributed_on, rate_to_usd, rate_date, amount_usd, years_covered,
                                     earmarking_category, priority_area_code, activity_id, stage, agreement_ref, idempotency_key,
                                     request_hash, illustrative, external_ref)
           VALUES ($1, $2::numeric, $3, $4, $5::numeric, $6, round($2::numeric * $5::numeric, 2), $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
           ON CONFLICT (idempotency_key) DO NOTHING
           RETURNING id`,
          [
            input.donorId,
            input.amount,
            input.currency,
            input.date,
            rate.rate,
            rate.date,
            input.yearsCovered ?? [],
            EARMARK_CODES[earmarking],
            earmarking === EarmarkingEnum.SOFTLY_EARMARKED ? input.priorityAreaCode : null,
            input.activityId ?? null,
            input.stage,
            input.agreementRef?.trim() || null,
            input.idempotencyKey ?? null,
            hash,
            options.illustrative ?? false,
            options.externalRef ?? null,
          ],
        );
        if (!row) throw new IdempotencyRace();
        await tx.query(`INSERT INTO contribution_stage_change (contribution_id, from_stage, to_stage, by, note) VALUES ($1, NULL, $2, $3, $4)`, [
          row.id,
          input.stage,
          actor.label,
          'Recorded',
        ]);
        if (input.stage === 'PAID') {
          await tx.query(
            `INSERT INTO contribution_payment (contribution_id, paid_on, amount, amount_usd, recorded_by)
             SELECT id, contributed_on, amount, amount_usd, $2 FROM contribution WHERE id = $1`,
            [row.id, actor.label],
          );
        }
        const saved = await tx.findOneByOrFail(ContributionEntity, { id: row.id });
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
        return saved;
      });
    } catch (error) {
      if (error instanceof IdempotencyRace && input.idempotencyKey) {
        const existing = await this.byIdempotencyKey(input.idempotencyKey);
        if (existing) return this.sameOrConflict(existing, hash);
      }
      throw error;
    }
  }

  /** PLEDGED → COMMITTED: the agreement is signed. */
  commit(id: string, agreementRef: string, expectedVersion: number, actor: Actor): Promise<ContributionEntity> {
    return this.dataSource.transaction(async (tx) => {
      const c = await lockContribution(tx, id, actor);
      if (c.version !== expectedVersion) throw stale('contribution', expectedVersion, c.version);
      if (c.stage !== 'PLEDGED') throw badInput(`This contribution is already ${c.stage}.`, 'id');
      if (!agreementRef.trim()) throw badInput('Give the reference of the signed agreement.', 'agreementRef');
      await tx.update(ContributionEntity, { id }, { stage: 'COMMITTED', agreementRef: agreementRef.trim(), version: c.version + 1, updatedAt: new Date() });
      await tx.query(`INSERT INTO contribution_stage_change (contribution_id, from_stage, to_stage, by, note) VALUES ($1, 'PLEDGED', 'COMMITTED', $2, $3)`, [
        id,
        actor.label,
        `Agreement ${agreementRef.trim()}`,
      ]);
      await this.audit.record(tx, actor, {
        action: 'STATUS_CHANGED',
        entityType: 'contribution',
        entityId: id,
        before: { stage: 'PLEDGED' },
        after: { stage: 'COMMITTED', agreementRef: agreementRef.trim() },
      });
      return tx.findOneByOrFail(ContributionEntity, { id });
    });
  }

  /** One instalment; the contribution is PAID when its instalments reach its amount. */
  recordPayment(id: string, amount: string, paidOn: string, expectedVersion: number, actor: Actor): Promise<ContributionEntity> {
    return this.dataSource.transaction(async (tx) => {
      const c = await lockContribution(tx, id, actor);
      if (c.version !== expectedVersion) throw stale('contribution', expectedVersion, c.version);
      if (c.stage !== 'COMMITTED') {
        throw badInput(c.stage === 'PAID' ? 'This contribution is fully paid.' : 'Record the signed agreement (commit) before payments.', 'id');
      }
      if (!/^\d{1,13}(\.\d{1,2})?$/.test(amount) || Number(amount) === 0) throw badInput('amount must be a positive amount with at most two decimals.', 'amount');
      if (!isCalendarDate(paidOn)) throw badInput('paidOn must be written YYYY-MM-DD.', 'paidOn');
      const [state] = await tx.query(
        `SELECT COALESCE(sum(amount), 0)::text AS paid, COALESCE(sum(amount_usd), 0)::text AS paid_usd,
                ($2::numeric + COALESCE(sum(amount), 0)) > $3::numeric AS over,
                ($2::numeric + COALESCE(sum(amount), 0)) = $3::numeric AS completes
           FROM contribution_payment WHERE contribution_id = $1`,
        [id, amount, c.amount],
      );
      if (state.over) {
        throw badInput(`This would pay more than the contribution: ${state.paid} of ${c.amount} ${c.currency} is paid already.`, 'amount');
      }
      await tx.query(
        `INSERT INTO contribution_payment (contribution_id, paid_on, amount, amount_usd, recorded_by)
         VALUES ($1, $2, $3::numeric,
                 CASE WHEN $4 THEN $5::numeric - $6::numeric
                      ELSE round(($9::numeric + $3::numeric) * $7::numeric, 2) - $6::numeric END, $8)`,
        [id, paidOn, amount, state.completes, c.amountUsd, state.paid_usd, c.rateToUsd, actor.label, state.paid],
      );
      const stage = state.completes ? 'PAID' : 'COMMITTED';
      await tx.update(ContributionEntity, { id }, { stage, version: c.version + 1, updatedAt: new Date() });
      if (state.completes) {
        await tx.query(`INSERT INTO contribution_stage_change (contribution_id, from_stage, to_stage, by, note) VALUES ($1, 'COMMITTED', 'PAID', $2, $3)`, [
          id,
          actor.label,
          `Last instalment on ${paidOn}`,
        ]);
      }
      await this.audit.record(tx, actor, {
        action: state.completes ? 'STATUS_CHANGED' : 'UPDATED',
        entityType: 'contribution',
        entityId: id,
        before: { stage: c.stage, paid: state.paid },
        after: { stage, payment: { paidOn, amount } },
      });
      return tx.findOneByOrFail(ContributionEntity, { id });
    });
  }

  /** Assigns part of a contribution to an activity and year; never more than is left unallocated. */
  allocate(input: { contributionId: string; activityId: string; year: number; amountUsd: string; note?: string }, actor: Actor) {
    return this.dataSource.transaction(async (tx) => {
      // The lock makes concurrent allocations of one contribution wait for each other.
      const c = await lockContribution(tx, input.contributionId, actor, 'contributionId');
      if (!/^\d{1,13}(\.\d{1,2})?$/.test(input.amountUsd) || /^0+(\.0+)?$/.test(input.amountUsd)) {
        throw badInput('amountUsd must be a positive amount with at most two decimals.', 'amountUsd');
      }
      const [activity] = isUuid(input.activityId)
        ? await tx.query(`SELECT id, code, priority_area_code, status FROM activity WHERE id = $1`, [input.activityId])
        : [];
      if (!activity) throw notFound('activity', input.activityId, 'activityId');
      if (activity.status === 'CANCELLED') throw badInput(`Activity ${activity.code} is cancelled.`, 'activityId');
      if (c.earmarkingCategory >= 3 && c.activityId !== activity.id) {
        throw badInput('This contribution is earmarked to another activity.', 'activityId');
      }
      if (c.earmarkingCategory === 2 && c.priorityAreaCode !== activity.priority_area_code) {
        throw badInput(`This contribution is earmarked to priority area ${c.priorityAreaCode}; activity ${activity.code} is in ${activity.priority_area_code}.`, 'activityId');
      }
      if (!this.config.PLAN_YEARS.includes(input.year)) throw badInput(`${input.year} is not a year of the plan.`, 'year');
      if (c.yearsCovered.length && !c.yearsCovered.includes(input.year)) {
        throw badInput(`This contribution covers ${c.yearsCovered.join(', ')}, not ${input.year}.`, 'year');
      }
      const [available] = await tx.query(
        `SELECT ($1::numeric - COALESCE(sum(amount_usd), 0))::text AS left, ($1::numeric - COALESCE(sum(amount_usd), 0)) >= $2::numeric AS enough
           FROM allocation WHERE contribution_id = $3`,
        [c.amountUsd, input.amountUsd, c.id],
      );
      if (!available.enough) {
        throw badInput(`Only ${available.left} USD of this contribution is unallocated; allocate at most that.`, 'amountUsd');
      }
      const [row] = await tx.query(
        `INSERT INTO allocation (contribution_id, activity_id, year, amount_usd, note, created_by) VALUES ($1, $2, $3, $4::numeric, $5, $6) RETURNING id`,
        [c.id, activity.id, input.year, input.amountUsd, input.note ?? null, actor.label],
      );
      await this.audit.record(tx, actor, {
        action: 'CREATED',
        entityType: 'contribution',
        entityId: c.id,
        after: { allocation: row.id, activity: activity.code, year: input.year, amountUsd: input.amountUsd },
      });
      return this.allocationsByIds([row.id], tx).then((rows) => rows[0]);
    });
  }

  deallocate(allocationId: string, actor: Actor) {
    return this.dataSource.transaction(async (tx) => {
      const [row] = isUuid(allocationId)
        ? await tx.query(`SELECT * FROM allocation WHERE id = $1`, [allocationId])
        : [];
      if (!row) throw notFound('allocation', allocationId, 'allocationId');
      await lockContribution(tx, row.contribution_id, actor);
      await tx.query(`DELETE FROM allocation WHERE id = $1`, [allocationId]);
      await this.audit.record(tx, actor, {
        action: 'DELETED',
        entityType: 'contribution',
        entityId: row.contribution_id,
        before: { allocation: allocationId, activityId: row.activity_id, year: row.year, amountUsd: row.amount_usd },
      });
      return true;
    });
  }

  // ---------------------------------------------------------------- reads for field resolvers

  byIds(ids: readonly string[]): Promise<ContributionEntity[]> {
    const valid = ids.filter((id) => isUuid(id));
    if (!valid.length) return Promise.resolve([]);
    return this.dataSource.getRepository(ContributionEntity).createQueryBuilder('c').where('c.id IN (:...ids)', { ids: valid }).getMany();
  }

  async allocationsOf(contributionIds: readonly string[]) {
    return this.allocationRows(`a.contribution_id = ANY ($1::uuid[])`, [contributionIds]);
  }

  async allocationsToActivities(activityIds: readonly string[]) {
    return this.allocationRows(`a.activity_id = ANY ($1::uuid[])`, [activityIds]);
  }

  allocationsByIds(ids: string[], tx?: EntityManager) {
    return this.allocationRows(`a.id = ANY ($1::uuid[])`, [ids], tx);
  }

  async paymentsOf(ids: readonly string[]) {
    const rows: Array<{ contribution_id: string; paid_on: string; amount: string; amount_usd: string }> = await this.dataSource.query(
      `SELECT contribution_id, paid_on, amount::text, amount_usd::text FROM contribution_payment WHERE contribution_id = ANY ($1::uuid[]) ORDER BY paid_on, recorded_at`,
      [ids],
    );
    return rows.map((r) => ({ contributionId: r.contribution_id, paidOn: r.paid_on, amount: r.amount, amountUsd: r.amount_usd }));
  }

  async stageHistoryOf(ids: readonly string[]) {
    const rows: Array<{ contribution_id: string; from_stage: string | null; to_stage: string; at: Date; by: string; note: string | null }> =
      await this.dataSource.query(`SELECT * FROM contribution_stage_change WHERE contribution_id = ANY ($1::uuid[]) ORDER BY at, id`, [ids]);
    return rows.map((r) => ({ contributionId: r.contribution_id, from: r.from_stage, to: r.to_stage, at: r.at, by: r.by, note: r.note }));
  }

  /** Allocated and still unallocated US dollars of each contribution, in one query. */
  async balancesOf(ids: readonly string[]): Promise<Array<{ id: string; allocated: string; unallocated: string; paid: string }>> {
    return this.dataSource.query(
      `SELECT c.id,
              COALESCE((SELECT sum(amount_usd) FROM allocation a WHERE a.contribution_id = c.id), 0)::numeric(16,2)::text AS allocated,
              (c.amount_usd - COALESCE((SELECT sum(amount_usd) FROM allocation a WHERE a.contribution_id = c.id), 0))::numeric(16,2)::text AS unallocated,
              COALESCE((SELECT sum(amount_usd) FROM contribution_payment p WHERE p.contribution_id = c.id), 0)::numeric(16,2)::text AS paid
         FROM contribution c WHERE c.id = ANY ($1::uuid[])`,
      [ids],
    );
  }

  // ---------------------------------------------------------------- the funding gap

  /** Cost, pledged, committed, paid and gap for any grouping, in one SQL query (see funding-gaps.query.ts). */
  gaps(groupBy: FundingDimension[], filter: FundingFilter, actor: Actor): Promise<FundingGapRowModel[]> {
    return queryFundingGaps(this.dataSource, groupBy, filter, actor);
  }

  // ---------------------------------------------------------------- helpers

  private async checkContribution(tx: EntityManager, input: RecordContributionInput, actor: Actor): Promise<EarmarkingEnum> {
    if (actor.role === 'DONOR') throw new DomainError(ErrorCode.FORBIDDEN, 'The secretariat records contributions.');
    if (!isCalendarDate(input.date)) throw badInput('date must be written YYYY-MM-DD.', 'date');
    const [donor] = await tx.query(`SELECT 1 FROM donor WHERE id = $1`, [input.donorId]);
    if (!donor) throw notFound('donor', input.donorId, 'donorId');
    if (input.stage !== 'PLEDGED' && !input.agreementRef?.trim()) {
      throw badInput('A committed or paid contribution needs the reference of its signed agreement (agreementRef).', 'agreementRef');
    }
    for (const year of input.yearsCovered ?? []) {
      if (!this.config.PLAN_YEARS.includes(year)) throw badInput(`${year} is not a year of the plan.`, 'yearsCovered');
    }
    if (input.activityId && input.priorityAreaCode) {
      throw badInput('Earmark to an activity or to a priority area, not both.', 'priorityAreaCode');
    }
    const earmarking =
      input.earmarking ??
      (input.activityId ? EarmarkingEnum.EARMARKED : input.priorityAreaCode ? EarmarkingEnum.SOFTLY_EARMARKED : EarmarkingEnum.UNEARMARKED);
    const needs = EARMARK_CODES[earmarking];
    if ((needs >= 3) !== Boolean(input.activityId) || (needs === 2) !== Boolean(input.priorityAreaCode)) {
      throw badInput(
        `${earmarking} needs ${needs >= 3 ? 'an activityId' : needs === 2 ? 'a priorityAreaCode' : 'neither an activity nor a priority area'}.`,
        'earmarking',
      );
    }
    if (input.activityId) {
      const [a] = await tx.query(`SELECT 1 FROM activity WHERE id = $1`, [input.activityId]);
      if (!a) throw notFound('activity', input.activityId, 'activityId');
    }
    if (input.priorityAreaCode) {
      const [p] = await tx.query(`SELECT 1 FROM priority_area WHERE code = $1`, [input.priorityAreaCode]);
      if (!p) throw badInput(`There is no priority area "${input.priorityAreaCode}".`, 'priorityAreaCode');
    }
    return earmarking;
  }

  private async rateFor(tx: EntityManager, currency: string, date: string): Promise<{ rate: string; date: string }> {
    if (currency === 'USD') return { rate: '1', date };
    const [row] = await tx.query(`SELECT rate_to_usd::text AS rate FROM exchange_rate WHERE currency = $1 AND rate_date = $2`, [currency, date]);
    if (!row) {
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        `There is no ${currency} rate for ${date}. Set it first (setExchangeRate), then record the contribution.`,
        'currency',
        { reason: 'RATE_MISSING', currency, date },
      );
    }
    return { rate: row.rate, date };
  }

  private byIdempotencyKey(key: string): Promise<ContributionEntity | null> {
    return this.dataSource.getRepository(ContributionEntity).findOneBy({ idempotencyKey: key });
  }

  private sameOrConflict(existing: ContributionEntity, hash: string): ContributionEntity {
    if (existing.requestHash === hash) return existing;
    throw new DomainError(
      ErrorCode.CONFLICT,
      'This idempotency key was already used for a different contribution. Use a new key for a new contribution.',
      'idempotencyKey',
    );
  }

  private async allocationRows(where: string, params: unknown[], tx?: EntityManager) {
    const rows: Array<Record<string, any>> = await (tx ?? this.dataSource).query(
      `SELECT a.id, a.contribution_id, a.activity_id, a.year, a.amount_usd::text AS amount_usd, a.note, a.created_by, a.created_at,
              c.donor_id, d.named_publicly
         FROM allocation a JOIN contribution c ON c.id = a.contribution_id JOIN donor d ON d.id = c.donor_id
        WHERE ${where} ORDER BY a.year, a.created_at`,
      params,
    );
    return rows.map((r) => ({
      id: r.id as string,
      contributionId: r.contribution_id as string,
      activityId: r.activity_id as string,
      year: r.year as number,
      amountUsd: r.amount_usd as string,
      note: r.note as string | null,
      createdBy: r.created_by as string,
      createdAt: r.created_at as Date,
      donorId: r.donor_id as string,
      donorNamedPublicly: Boolean(r.named_publicly),
    }));
  }
}

class IdempotencyRace extends Error {}

async function lockContribution(tx: EntityManager, id: string, actor: Actor, field = 'id'): Promise<ContributionEntity> {
  if (actor.role === 'DONOR') throw new DomainError(ErrorCode.FORBIDDEN, 'The secretariat records contributions and allocations.');
  const c = isUuid(id)
    ? await tx.getRepository(ContributionEntity).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id }).getOne()
    : null;
  if (!c) throw notFound('contribution', id, field);
  return c;
}

/** What makes two submissions "the same contribution" (everything but the key). */
export function requestHash(input: RecordContributionInput): string {
  const normal = {
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
  return createHash('sha256').update(JSON.stringify(normal)).digest('hex');
}

function normaliseDecimal(value: string): string {
  const [whole, frac = ''] = value.split('.');
  return `${BigInt(whole)}.${(frac + '00').slice(0, 2)}`;
}
