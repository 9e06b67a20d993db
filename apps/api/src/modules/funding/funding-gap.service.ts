import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../infra/config/app-config.js';
import { notFound } from '../../infra/errors/common-errors.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import type { AccessPolicy } from '../access/access.policy.js';
import { DonorsRepository } from '../donors/donors.repository.js';
import { ContributionChecks, EARMARK_CODES, forbiddenFor } from './contribution-checks.service.js';
import type { FundingFilter, WhatIfPledgeInput } from './dto/funding.input.js';
import { ExchangeRatesService } from './exchange-rates.service.js';
import { FundingGapRepository } from './funding-gap.repository.js';
import { FundingRepository } from './funding.repository.js';
import { ContributionStageEnum, type FundingDimension, type FundingGapRowModel } from './models/funding.model.js';

/**
 * The funding gap as a reader may see it: by any grouping, the gaps matching a donor's priorities, and what a
 * prospective contribution would close (whatIfPledge). Read-only: the statements are FundingGapRepository's.
 */
@Injectable()
export class FundingGapService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: FundingRepository,
    private readonly gapRows: FundingGapRepository,
    private readonly donors: DonorsRepository,
    private readonly checks: ContributionChecks,
    private readonly rates: ExchangeRatesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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
      const earmarking = await this.checks.check(tx, { ...input, stage: ContributionStageEnum.INTENDED });
      const rate = await this.rates.rateFor(tx, input.currency, input.date);
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
}
