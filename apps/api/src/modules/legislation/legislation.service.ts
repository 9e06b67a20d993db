import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, notFound } from '../../infra/errors/common-errors.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import type { AccessPolicy } from '../access/access.policy.js';
import { AuditService } from '../audit/audit.service.js';
import { ProgrammeRepository } from '../programme/programme.repository.js';
import { RequestsService } from '../requests/requests.service.js';
import type { LegislationFilter } from './dto/legislation.filter.js';
import type { LegislationEntity } from './entities/legislation.entity.js';
import { LegislationRepository } from './legislation.repository.js';

/** The legal library (para. 10): laws by State, instrument, topic and language, searched in full text. */
@Injectable()
export class LegislationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: LegislationRepository,
    private readonly requests: RequestsService,
    private readonly programme: ProgrammeRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Links a law to the request or the activity that concerns it (e.g. Bolivia's firearms law and its request for
   * legislative advice, para. 67): the programme's planners; linking again changes nothing. Audited.
   */
  link(
    legislationId: string,
    target: { requestId?: string | null; activityId?: string | null },
    policy: AccessPolicy,
  ): Promise<LegislationEntity> {
    policy.assert('programme.edit', 'legislationId');
    const actor = policy.actorOrFail;
    const requestId = target.requestId ?? null;
    const activityId = target.activityId ?? null;
    if ((requestId === null) === (activityId === null)) {
      throw badInput('Name either the request or the activity the law concerns.', 'requestId');
    }
    return this.dataSource.transaction(async (tx) => {
      const law = await this.repository.findById(legislationId, tx);
      if (!law) throw notFound('law', legislationId, 'legislationId');
      if (requestId && !(await this.requests.findById(policy, requestId))) {
        throw notFound('assistance request', requestId, 'requestId');
      }
      if (activityId && (await this.programme.byIds([activityId], tx)).length === 0) {
        throw notFound('activity', activityId, 'activityId');
      }
      if (await this.repository.insertLink(tx, law.id, { requestId, activityId })) {
        await this.audit.record(tx, actor, {
          action: 'UPDATED',
          entityType: 'legislation',
          entityId: law.id,
          after: { linkedRequestId: requestId, linkedActivityId: activityId },
        });
      }
      return law;
    });
  }

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
