import { Injectable } from '@nestjs/common';
import { LegislationRepository } from '../legislation/legislation.repository.js';
import { RequestsRepository } from '../requests/requests.repository.js';
import { DEMO_LAWS } from './legislation-demo.data.js';

/** The demo's laws, each with a stable key, linked to the demo requests they concern: loading again changes nothing. */
@Injectable()
export class LegislationDemoLoader {
  constructor(
    private readonly legislation: LegislationRepository,
    private readonly requests: RequestsRepository,
  ) {}

  async load(): Promise<number> {
    const laws = [];
    for (const law of DEMO_LAWS) {
      const requestIds: string[] = [];
      for (const ref of law.requestRefs) {
        const request = await this.requests.findByExternalRef(ref);
        if (request) requestIds.push(request.id);
      }
      laws.push({
        law: {
          stateIso3: law.stateIso3,
          title: law.title,
          summary: law.summary,
          enactedOn: law.enactedOn,
          instruments: law.instruments,
          articles: law.articles,
          topics: law.topics,
          language: law.language,
          link: null,
          illustrative: true,
          sourceParagraph: law.sourceParagraph,
          externalRef: `demo:law:${law.key}`,
        },
        requestIds,
      });
    }
    return this.legislation.insertMissing(laws);
  }
}
