import { Inject, Injectable } from '@nestjs/common';
import { isCalendarDate } from '@ta/domain';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../infra/config/app-config.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import { badInput, notFound } from '../../infra/errors/common-errors.js';
import type { LiveEvents } from '../../infra/live/live-events.js';
import { DonorsRepository } from '../donors/donors.repository.js';
import { ProgrammeRepository } from '../programme/programme.repository.js';
import { ReferenceService } from '../reference/reference.service.js';
import type { RecordContributionInput } from './dto/funding.input.js';
import { EarmarkingEnum } from './models/funding.model.js';

export const EARMARK_CODES: Record<EarmarkingEnum, number> = {
  UNEARMARKED: 1,
  SOFTLY_EARMARKED: 2,
  EARMARKED: 3,
  TIGHTLY_EARMARKED: 4,
};
export const EARMARK_NAMES: Record<number, EarmarkingEnum> = Object.fromEntries(
  Object.entries(EARMARK_CODES).map(([k, v]) => [v, k as EarmarkingEnum]),
);

/** Tells subscribers (fundingChanged) of a change to a contribution, inside its transaction. */
export function fundingChanged(
  live: LiveEvents,
  tx: EntityManager,
  kind: string,
  contributionId: string,
  donorId: string,
): Promise<void> {
  return live.publish(tx, { topic: 'funding', kind, ids: [contributionId], owner: donorId });
}

/** A donor acting for another donor. */
export function forbiddenFor(donorId: string): DomainError {
  return new DomainError(
    ErrorCode.FORBIDDEN,
    'A donor may record, withdraw and try out intentions for itself only.',
    'donorId',
    { reason: 'NOT_ALLOWED', donorId },
  );
}

/**
 * What a contribution (recorded, or tried out by whatIfPledge) must be before anything is written: its date, its
 * donor, its agreement when firm, its years in the plan, and an earmarking that matches what it is earmarked to.
 */
@Injectable()
export class ContributionChecks {
  constructor(
    private readonly programme: ProgrammeRepository,
    private readonly donors: DonorsRepository,
    private readonly reference: ReferenceService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The contribution's earmarking (given, or told by what it is earmarked to), once the input is found sound. */
  async check(
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
}
