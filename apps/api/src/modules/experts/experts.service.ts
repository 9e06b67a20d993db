import { Injectable } from '@nestjs/common';
import { assignmentDates, isCalendarDate, mayAssignTo, SUGGESTIONS_LIMIT } from '@ta/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { isUuid } from '../../infra/database/ids.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { AuditService } from '../audit/audit.service.js';
import { ProgrammeService } from '../programme/programme.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import type { ExpertEntity } from './entities/expert.entity.js';
import type {
  AssignExpertInput,
  CreateExpertInput,
  ExpertFilter,
  LegalSystemBalanceModel,
  RegionBalanceModel,
  UpdateExpertInput,
} from './models/expert.model.js';
import { notFound, stale } from '../../infra/errors/common-errors.js';
import type { AccessPolicy } from '../access/access.policy.js';
import { ExpertsErrorReason, ExpertsException } from './experts.exception.js';
import { ExpertsRepository, type ExpertSuggestionRow } from './experts.repository.js';
import { createOnce, idempotencyClaim } from '../../infra/database/idempotency.js';

@Injectable()
export class ExpertsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ExpertsRepository,
    private readonly audit: AuditService,
    private readonly reference: ReferenceService,
    private readonly programme: ProgrammeService,
  ) {}

  /** Experts for a need: by topic, language and region, leaving out those already booked on the dates. */
  list(filter: ExpertFilter = {}, first?: number | null, after?: string | null): Promise<Connection<ExpertEntity>> {
    let free: { from: string; to: string } | null = null;
    if (filter.freeFrom || filter.freeTo) {
      const from = filter.freeFrom ?? filter.freeTo!;
      const to = filter.freeTo ?? filter.freeFrom!;
      if (!isCalendarDate(from) || !isCalendarDate(to) || to < from) {
        throw ExpertsException.invalid(
          'freeFrom and freeTo must be dates (YYYY-MM-DD), freeTo not before freeFrom.',
          'freeTo',
        );
      }
      free = { from, to };
    }
    return this.repository.list(filter, free, first, after);
  }

  byIds(ids: readonly string[]): Promise<ExpertEntity[]> {
    return this.repository.byIds(ids);
  }

  ofWorkshops(ids: readonly string[]): Promise<Array<{ workshopId: string; expert: ExpertEntity }>> {
    return this.repository.ofWorkshops(ids);
  }

  ofActivities(ids: readonly string[]): Promise<Array<{ activityId: string; expert: ExpertEntity }>> {
    return this.repository.ofActivities(ids);
  }

  /**
   * Geographical balance (para. 46): the experts of the advisory group, or of a workshop, by region of
   * nationality, against each region's share of UN Member States; with `withExpertIds`, also the figures with
   * those experts added (the effect of a choice). One query.
   */
  async balance(
    scope: { advisoryGroup?: boolean; workshopId?: string },
    withExpertIds: readonly string[] = [],
  ): Promise<RegionBalanceModel[]> {
    if (scope.workshopId && !isUuid(scope.workshopId))
      throw ExpertsException.notFound('workshop', scope.workshopId, 'workshopId');
    const rows = await this.repository.balance(scope, withExpertIds);
    return rows.map((r) => ({
      region: r.region,
      experts: r.experts,
      expertShare: Number(r.expert_share ?? 0),
      expertsWithChoice: r.experts_with_choice,
      expertShareWithChoice: Number(r.expert_share_with_choice ?? 0),
      states: r.states,
      stateShare: Number(r.state_share),
    }));
  }

  /** Legal-system balance (footnote 18, para. 46) of the same pools, with the effect of a choice. One query. */
  async legalSystemBalance(
    scope: { advisoryGroup?: boolean; workshopId?: string },
    withExpertIds: readonly string[] = [],
  ): Promise<LegalSystemBalanceModel[]> {
    if (scope.workshopId && !isUuid(scope.workshopId))
      throw ExpertsException.notFound('workshop', scope.workshopId, 'workshopId');
    const rows = await this.repository.legalSystemBalance(scope, withExpertIds);
    return rows.map((r) => ({
      legalSystem: r.legal_system,
      experts: r.experts,
      expertsWithChoice: r.experts_with_choice,
    }));
  }

  create(
    input: CreateExpertInput,
    actor: Actor,
    options: { externalRef?: string; illustrativeNote?: string; sourceParagraph?: string } = {},
  ): Promise<ExpertEntity> {
    return createOnce(
      this.dataSource,
      idempotencyClaim(actor, 'createExpert', input),
      async (tx) => {
        if (options.externalRef) {
          const existing = await this.repository.byExternalRef(tx, options.externalRef);
          if (existing) return existing;
        }
        if (input.nationalityIso3) {
          const [state] = await this.reference.statesByIso3([input.nationalityIso3]);
          if (!state) {
            throw new ExpertsException(
              ExpertsErrorReason.UNKNOWN_REFERENCE,
              `No State has the code "${input.nationalityIso3}".`,
              'nationalityIso3',
              {
                stateIso3: input.nationalityIso3,
              },
            );
          }
        }
        const expert = await this.repository.insert(tx, {
          name: input.name.trim(),
          nationalityIso3: input.nationalityIso3 ?? null,
          organisation: input.organisation ?? null,
          expertise: input.expertise ?? [],
          languages: input.languages ?? [],
          legalSystem: input.legalSystem ?? null,
          gender: input.gender ?? null,
          advisoryGroup: input.advisoryGroup ?? false,
          available: true,
          illustrativeNote: options.illustrativeNote ?? null,
          sourceParagraph: options.sourceParagraph ?? null,
          externalRef: options.externalRef ?? null,
          version: 1,
        });
        await this.audit.record(tx, actor, {
          action: 'CREATED',
          entityType: 'expert',
          entityId: expert.id,
          after: { name: expert.name, nationalityIso3: expert.nationalityIso3, advisoryGroup: expert.advisoryGroup },
        });
        return expert;
      },
      (created) => created.id,
      (id) => this.repository.byIds([id]).then(([e]) => e ?? null),
    );
  }

  /**
   * Experts for a request or a workshop (exactly one), best first (ExpertsRepository.suggestedFor, one statement),
   * for those who may book experts and link requests (AccessPolicy.assertMaySeeSuggestions).
   */
  async suggest(
    need: { requestId?: string | null; workshopId?: string | null },
    first: number,
    policy: AccessPolicy,
  ): Promise<ExpertSuggestionRow[]> {
    policy.assertMaySeeSuggestions();
    const requestId = need.requestId ?? null;
    const workshopId = need.workshopId ?? null;
    if ((requestId === null) === (workshopId === null))
      throw ExpertsException.invalid('Give a requestId or a workshopId (one of them).', 'requestId');
    const id = (requestId ?? workshopId)!;
    const field = requestId ? 'requestId' : 'workshopId';
    const missing = () =>
      requestId ? notFound('request', id, field) : ExpertsException.notFound('workshop', id, field);
    if (!isUuid(id)) throw missing();
    const rows = await this.repository.suggestedFor(
      { requestId, workshopId },
      Math.min(Math.max(first, 0), SUGGESTIONS_LIMIT),
    );
    if (!rows) throw missing();
    return rows;
  }

  /** Changes an expert (legal system, topics, languages, availability) at the version the editor saw; audited. */
  update(input: UpdateExpertInput, actor: Actor): Promise<ExpertEntity> {
    return this.dataSource.transaction(async (tx) => {
      const before = await this.repository.lock(tx, input.id, () =>
        ExpertsException.notFound('expert', input.id, 'id'),
      );
      if (before.version !== input.expectedVersion) throw stale('expert', input.expectedVersion, before.version);
      const changes: Partial<ExpertEntity> = {};
      if (input.legalSystem !== undefined) changes.legalSystem = input.legalSystem;
      if (input.expertise) changes.expertise = [...new Set(input.expertise)];
      if (input.languages) changes.languages = [...new Set(input.languages)];
      if (input.available !== undefined && input.available !== null) changes.available = input.available;
      await this.repository.update(tx, input.id, input.expectedVersion, changes);
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'expert',
        entityId: input.id,
        before: Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof ExpertEntity]])),
        after: changes,
      });
      return this.repository.get(tx, input.id);
    });
  }

  /**
   * Books an expert on a workshop or activity still to come (else NOT_ASSIGNABLE); refused (CONFLICT) when already
   * booked on those days. `options.past`: who served at an event already held, recorded from the source (the demo
   * loader) — history, not a booking, so the event need not be still to come.
   */
  assign(input: AssignExpertInput, actor: Actor, options: { past?: boolean } = {}): Promise<ExpertEntity> {
    return this.dataSource.transaction(async (tx) => {
      await this.repository.lock(tx, input.expertId, () =>
        ExpertsException.notFound('expert', input.expertId, 'expertId'),
      );
      if (!input.workshopId && !input.activityId)
        throw ExpertsException.invalid('Say which workshop or activity the expert serves.', 'workshopId');
      // Only work still to come (the rule kernel's `mayAssignTo`), held so until the booking commits.
      let workshop: { startsOn: string; endsOn: string } | null = null;
      if (input.workshopId) {
        const w = await this.repository.workshopToBook(tx, input.workshopId);
        if (!w) throw ExpertsException.notFound('workshop', input.workshopId, 'workshopId');
        if (!options.past && !mayAssignTo('WORKSHOP', w))
          throw ExpertsException.notAssignable('workshop', { status: w.status }, 'workshopId');
        workshop = { startsOn: w.starts_on, endsOn: w.ends_on };
      }
      if (input.activityId) {
        const a = await this.programme.holdForShare(input.activityId, tx);
        if (!a) throw ExpertsException.notFound('activity', input.activityId, 'activityId');
        if (!options.past && !mayAssignTo('ACTIVITY', a)) {
          // Named by the status at fault: the activity's own, else its delivery's.
          const atFault = mayAssignTo('ACTIVITY', { status: a.status })
            ? { deliveryStatus: a.deliveryStatus }
            : { status: a.status };
          throw ExpertsException.notAssignable('activity', atFault, 'activityId');
        }
      }
      for (const field of ['startsOn', 'endsOn'] as const) {
        const value = input[field];
        if (value && !isCalendarDate(value)) throw ExpertsException.invalid(`${field} must be a date.`, field);
      }
      // The rule kernel's: a workshop lends its dates; a mission (an activity alone) gives its own.
      const dates = assignmentDates(input, workshop);
      if ('problem' in dates) {
        throw ExpertsException.invalid(
          dates.problem.reason === 'DATES_REQUIRED'
            ? 'Give the dates of the assignment (startsOn, endsOn): an expert mission has no workshop to take them from.'
            : 'The assignment cannot end (endsOn) before it starts (startsOn).',
          dates.problem.field,
        );
      }
      const { startsOn, endsOn } = dates;
      const clash = await this.repository.clash(tx, input.expertId, startsOn, endsOn);
      if (clash) {
        throw new ExpertsException(
          ExpertsErrorReason.EXPERT_BOOKED,
          `This expert is already booked from ${clash.starts_on} to ${clash.ends_on}. Choose another expert or other dates.`,
          'expertId',
          { startsOn: clash.starts_on, endsOn: clash.ends_on },
        );
      }
      await this.repository.insertAssignment(tx, {
        expertId: input.expertId,
        workshopId: input.workshopId ?? null,
        activityId: input.activityId ?? null,
        startsOn,
        endsOn,
      });
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'expert',
        entityId: input.expertId,
        after: { assignedTo: input.workshopId ?? input.activityId, startsOn, endsOn },
      });
      return this.repository.get(tx, input.expertId);
    });
  }
}
