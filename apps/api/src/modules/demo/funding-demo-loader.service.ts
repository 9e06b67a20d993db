import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { FundingService } from '../funding/funding.service.js';
import { ContributionStageEnum } from '../funding/models/funding.model.js';
import { DEMO_CONTRIBUTIONS, DEMO_DONORS, DEMO_RATES, type ActivityRef } from './funding-demo.data.js';

/** Illustrative donors, rates, contributions and allocations, through the same service as the API. */
@Injectable()
export class FundingDemoLoader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly funding: FundingService,
  ) {}

  async load(actor: Actor): Promise<void> {
    for (const rate of DEMO_RATES) await this.funding.setExchangeRate(rate.currency, rate.date, rate.rateToUsd, actor);
    const donors = new Map<string, string>();
    for (const d of DEMO_DONORS) {
      const ref = `demo:donor:${d.key}`;
      if ('donorType' in d) {
        await this.dataSource.query(
          `INSERT INTO donor (name, donor_type, country_iso3, named_publicly, illustrative, external_ref)
           VALUES ($1, $2, $3, $4, true, $5) ON CONFLICT (external_ref) DO NOTHING`,
          [d.name, d.donorType, d.countryIso3, d.namedPublicly, ref],
        );
      }
      const [row] = await this.dataSource.query(`SELECT id FROM donor WHERE external_ref = $1`, [ref]);
      donors.set(d.key, row.id);
    }
    for (const c of DEMO_CONTRIBUTIONS) {
      const externalRef = `demo:contribution:${c.key}`;
      const [exists] = await this.dataSource.query(`SELECT 1 FROM contribution WHERE external_ref = $1`, [externalRef]);
      if (exists) continue;
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
        const years: Array<{ year: number; cents: string }> = await this.dataSource.query(
          `SELECT year, (sum(amount) * 100)::bigint::text AS cents FROM (
             SELECT DISTINCT ON (year, category) year, category, amount FROM cost_line WHERE activity_id = $1
              ORDER BY year, category, basis DESC) c GROUP BY year ORDER BY year`,
          [activityId],
        );
        for (const y of years) {
          const [left] = await this.dataSource.query(
            `SELECT ((c.amount_usd - COALESCE(sum(a.amount_usd), 0)) * 100)::bigint::text AS cents
               FROM contribution c LEFT JOIN allocation a ON a.contribution_id = c.id WHERE c.id = $1 GROUP BY c.id`,
            [contribution.id],
          );
          const wanted = (BigInt(y.cents) * BigInt(target.percent)) / 100n;
          const cents = wanted < BigInt(left.cents) ? wanted : BigInt(left.cents);
          if (cents <= 0n) continue;
          await this.funding.allocate(
            { contributionId: contribution.id, activityId, year: y.year, amountUsd: `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`, note: 'Illustrative allocation of the demo data' },
            actor,
          );
        }
      }
    }
  }

  private async activityId(ref: ActivityRef): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT id FROM activity WHERE section = $1 AND title ILIKE $2 ORDER BY code LIMIT 1`, [
      ref.section,
      `%${ref.titleIncludes}%`,
    ]);
    if (!row) throw new Error(`The demo data names an activity that is not there: ${ref.section} "${ref.titleIncludes}"`);
    return row.id;
  }
}
