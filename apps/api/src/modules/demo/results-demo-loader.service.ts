import { Injectable } from '@nestjs/common';
import { centsToDecimal, SPENDABLE_STAGES, toCents } from '@ta/domain';
import type { Actor } from '../../infra/auth/actor.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { DeliveryRepository } from '../delivery/delivery.repository.js';
import { DeliveryService } from '../delivery/delivery.service.js';
import { FundingRepository } from '../funding/funding.repository.js';
import { ProgrammeRepository } from '../programme/programme.repository.js';
import { ResultsRepository } from '../results/results.repository.js';
import { ResultsService } from '../results/results.service.js';
import { DEMO_DELIVERY, DEMO_EXPENDITURE, DEMO_RESULTS } from './results-demo.data.js';

/** Loads the demo results framework, delivery statuses and expenditure through the services (each once). */
@Injectable()
export class ResultsDemoLoader {
  constructor(
    private readonly results: ResultsService,
    private readonly resultsRepository: ResultsRepository,
    private readonly delivery: DeliveryService,
    private readonly deliveryRepository: DeliveryRepository,
    private readonly programme: ProgrammeRepository,
    private readonly funding: FundingRepository,
    private readonly policies: AccessPolicies,
  ) {}

  async load(actor: Actor): Promise<void> {
    const policy = this.policies.forActor(actor);
    for (const r of DEMO_RESULTS) {
      const resultRef = `demo:result:${r.key}`;
      if (await this.resultsRepository.externalRefTaken(resultRef)) continue;
      const activityId = await this.activityId(r.activity);
      const result = await this.results.defineResult({ activityId, type: r.type, title: r.title }, policy, {
        externalRef: resultRef,
        sourceParagraph: r.sourceParagraph,
      });
      for (const i of r.indicators) {
        const indicator = await this.results.defineIndicator(
          {
            resultId: result.id,
            title: i.title,
            unit: i.unit,
            baseline: i.baseline ?? null,
            baselineYear: i.baselineYear ?? null,
            target: i.target ?? null,
            targetYear: i.targetYear ?? null,
            measure: i.measure ?? null,
            illustrative: i.illustrative,
          },
          policy,
          { externalRef: `${resultRef}:${i.key}`, sourceParagraph: i.sourceParagraph },
        );
        let version = indicator.version;
        for (const a of i.actuals ?? []) {
          const next = await this.results.recordActual(
            { indicatorId: indicator.id, expectedVersion: version, ...a, note: 'Illustrative figure.' },
            policy,
          );
          version = next.version;
        }
      }
    }
    for (const d of DEMO_DELIVERY) {
      const id = await this.activityId(d.activity);
      const [activity] = await this.programme.byIds([id]);
      if (!activity || activity.deliveryStatus !== 'PLANNED') continue;
      await this.delivery.setDeliveryStatus(
        { activityId: id, expectedVersion: activity.version, to: d.status, startedOn: d.startedOn },
        policy,
      );
    }
    for (const e of DEMO_EXPENDITURE) {
      const ref = `demo:expenditure:${e.key}`;
      if (await this.deliveryRepository.externalRefTaken(ref)) continue;
      const activityId = await this.activityId(e.activity);
      const allocated = toCents(await this.funding.allocatedAtStages(activityId, e.year, SPENDABLE_STAGES)) ?? 0n;
      const amount = (allocated * BigInt(e.percentOfAllocated)) / 100n;
      if (amount <= 0n) continue;
      await this.delivery.recordExpenditure(
        {
          activityId,
          year: e.year,
          category: e.category,
          amount: centsToDecimal(amount),
          currency: 'USD',
          spentOn: e.spentOn,
          description: 'Illustrative expenditure.',
        },
        policy,
        { illustrative: true, externalRef: ref },
      );
    }
  }

  private async activityId(ref: { section: string; titleIncludes: string }): Promise<string> {
    const id = await this.programme.idBySectionAndTitle(ref.section, ref.titleIncludes);
    if (!id)
      throw new Error(`The demo results name an activity that is not there: ${ref.section} ${ref.titleIncludes}`);
    return id;
  }
}
