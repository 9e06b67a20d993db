import { Injectable } from '@nestjs/common';
import type { Connection } from '../../infra/graphql/pagination.js';
import type { LegislationFilter } from './dto/legislation.filter.js';
import type { LegislationEntity } from './entities/legislation.entity.js';
import { LegislationRepository } from './legislation.repository.js';

/** The legal library (para. 10): laws by State, instrument, topic and language, searched in full text. */
@Injectable()
export class LegislationService {
  constructor(private readonly repository: LegislationRepository) {}

  list(
    filter: LegislationFilter,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<LegislationEntity>> {
    return this.repository.list(filter, first, after);
  }

  ofStates(iso3s: readonly string[]): Promise<LegislationEntity[]> {
    return this.repository.ofStates(iso3s);
  }

  ofRequests(ids: readonly string[]) {
    return this.repository.ofRequests(ids);
  }
}
