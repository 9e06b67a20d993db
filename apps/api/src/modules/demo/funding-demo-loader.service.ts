import { Injectable } from '@nestjs/common';
import { centsToDecimal, toCents } from '@ta/domain';
import type { Actor } from '../../infra/auth/actor.js';
import { DonorsRepository } from '../donors/donors.repository.js';
import { FundingRepository } from '../funding/funding.repository.js';
import { AllocationsService } from '../funding/allocations.service.js';
import { ExchangeRatesService } from '../funding/exchange-rates.service.js';
import { FundingService } from '../funding/funding.service.js';
import { ContributionStageEnum } from '../funding/models/funding.model.js';
import { ProgrammeRepository } from '../programme/programme.repository.js';
import { DEMO_CONTRIBUTIONS, DEMO_DONORS, DEMO_PRIORITIES, DEMO_RATES, type ActivityRef } from './funding-demo.data.js';

/** Illustrative donors, rates, contributions and allocations, through the same services as the API. */
@Injectable()
export class FundingDemoLoader {
  constructor(
    private readonly funding: FundingService,
    private readonly rates: ExchangeRatesService,
    private readonly allocations: AllocationsService,
    private readonly fundingRepository: FundingRepository,
    private readonly donorsRepository: DonorsRepository,
    private readonly programmeRepository: ProgrammeRepository,
  ) {}

  async load(actor: Actor): Promise<void> {
    for (const rate of DEMO_RATES) await this.rates.setExchangeRate(rate.currency, rate.date, rate.rateToUsd, actor);
    const donors = new Map<string, string>();
    for (const d of DEMO_DONORS) {
      const ref = `demo:donor:${d.key}`;
      if ('donorType' in d) {
        await this.donorsRepository.insertIfAbsent({
          name: d.name,
          donorType: d.donorType,
          countryIso3: d.countryIso3,
          contact: null,
          namedPublicly: d.namedPublicly,
          illustrative: true,
          externalRef: ref,
        });
      }
      const donorId = await this.donorsRepository.idByExternalRef(ref);
      if (!donorId) throw new Error(`The demo data names a donor that is not there: ${ref}`);
      donors.set(d.key, donorId);
      const priorities = DEMO_PRIORITIES[d.key as keyof typeof DEMO_PRIORITIES];
      if (priorities) {
        await this.donorsRepository.setPrioritiesIfUnset(donorId, {
          priorityAreaCodes: [...priorities.priorityAreaCodes],
          priorityM49Areas: [...priorities.priorityM49Areas],
          priorityInstruments: [...priorities.priorityInstruments],
        });
      }
    }
    for (const c of DEMO_CONTRIBUTIONS) {
      const externalRef = `demo:contribution:${c.key}`;
      if (await this.fundingRepository.existsByExternalRef(externalRef)) continue;
      const earmarked = c.earmarkedTo ? await this.activityId(c.earmarkedTo) : undefined;
      const contribution = await this.funding.record(
        {
          donorId: donors.get(c.donor)!,
          amount: c.amount,
          currency: c.currency,
          date: c.date,
          stage: c.stage as ContributionStageEnum,
          agreementRef: c.agreementRef,
          activityId: earmarked,
          priorityAreaCode: c.priorityAreaCode,
          yearsCovered: [2009, 2010, 2011],
        },
        actor,
        { illustrative: true, externalRef },
      );
      for (const target of c.allocate) {
        const activityId = await this.activityId(target.activity);
        // Each year's effective cost, times the share, in whole cents (exact integer arithmetic).
        const years = await this.programmeRepository.yearTotalsOf([activityId]);
        for (const y of years) {
          const left = centsOf(await this.fundingRepository.unallocatedUsd(contribution.id));
          const wanted = (centsOf(y.amount) * BigInt(target.percent)) / 100n;
          const cents = wanted < left ? wanted : left;
          if (cents <= 0n) continue;
          await this.allocations.allocate(
            {
              contributionId: contribution.id,
              activityId,
              year: y.year,
              amountUsd: centsToDecimal(cents),
              note: 'Illustrative allocation of the demo data',
            },
            actor,
          );
        }
      }
      if (c.overFund) {
        const activityId = await this.activityId(c.overFund.activity);
        const [first] = await this.programmeRepository.yearTotalsOf([activityId]);
        if (!first)
          throw new Error(`The demo data over-funds an activity with no cost: ${c.overFund.activity.titleIncludes}`);
        await this.allocations.allocate(
          {
            contributionId: contribution.id,
            activityId,
            year: first.year,
            amountUsd: c.overFund.amountUsd,
            note: 'Illustrative over-funding of the demo data',
            overFundingReason: c.overFund.reason,
          },
          actor,
        );
      }
    }
  }

  private async activityId(ref: ActivityRef): Promise<string> {
    const id = await this.programmeRepository.idBySectionAndTitle(ref.section, ref.titleIncludes);
    if (!id)
      throw new Error(`The demo data names an activity that is not there: ${ref.section} "${ref.titleIncludes}"`);
    return id;
  }
}

/** A USD amount from the database (two decimals) in whole cents, exactly. */
function centsOf(amount: string): bigint {
  const cents = toCents(amount);
  if (cents === null) throw new Error(`Not an amount in cents: ${amount}`);
  return cents;
}
