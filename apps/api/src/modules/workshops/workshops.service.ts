import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DEFAULT_PRIORITY_AREA, isCalendarDate, isPeriodStart, periodEnd, todayUtc } from '@ta/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { AuditService } from '../audit/audit.service.js';
import type { AccessPolicy } from '../access/access.policy.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { ProgrammeService } from '../programme/programme.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { RequestLogService } from '../requests/request-log.service.js';
import type { CreateWorkshopInput, WorkshopFilter, WorkshopOutcomeInput } from './dto/workshop.input.js';
import type { WorkshopEntity } from './entities/workshop.entity.js';
import type { WorkshopOutcomeModel, WorkshopParticipantModel } from './models/workshop.model.js';
import { WorkshopsErrorReason, WorkshopsException } from './workshops.exception.js';
import { WorkshopsRepository } from './workshops.repository.js';
import { createOnce, idempotencyClaim } from '../../infra/database/idempotency.js';

@Injectable()
export class WorkshopsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: WorkshopsRepository,
    private readonly audit: AuditService,
    private readonly requests: RequestLogService,
    private readonly reference: ReferenceService,
    private readonly programme: ProgrammeService,
    /** Organisers are organisations of the registry (the organisations module owns those tables). */
    private readonly organisations: OrganisationsRepository,
    private readonly notifications: NotificationsService,
  ) {}

  list(filter: WorkshopFilter = {}, first?: number | null, after?: string | null): Promise<Connection<WorkshopEntity>> {
    return this.repository.list(filter, first, after);
  }

  byIds(ids: readonly string[]): Promise<WorkshopEntity[]> {
    return this.repository.byIds(ids);
  }

  /** The workshops that deliver each activity, in one query. */
  ofActivities(activityIds: readonly string[]): Promise<WorkshopEntity[]> {
    return this.repository.ofActivities(activityIds);
  }

  participantsOf(ids: readonly string[]): Promise<WorkshopParticipantModel[]> {
    return this.repository.participantsOf(ids);
  }

  outcomesOf(ids: readonly string[]): Promise<WorkshopOutcomeModel[]> {
    return this.repository.outcomesOf(ids);
  }

  create(
    input: CreateWorkshopInput,
    actor: Actor,
    options: {
      externalRef?: string;
      illustrativeNote?: string;
      sourceParagraph?: string;
      status?: 'PLANNED' | 'HELD';
    } = {},
  ): Promise<WorkshopEntity> {
    return createOnce(
      this.dataSource,
      idempotencyClaim(actor, 'createWorkshop', input),
      async (tx) => {
        if (options.externalRef) {
          const existing = await this.repository.byExternalRef(tx, options.externalRef);
          if (existing) return existing;
        }
        for (const field of ['startsOn', 'endsOn'] as const) {
          if (!isCalendarDate(input[field]))
            throw WorkshopsException.invalid(`${field} must be a date written YYYY-MM-DD.`, field);
        }
        if (input.endsOn < input.startsOn)
          throw WorkshopsException.invalid('endsOn cannot be before startsOn.', 'endsOn');
        const datePrecision = input.datePrecision ?? 'DAY';
        if (!isPeriodStart(datePrecision, input.startsOn))
          throw WorkshopsException.invalid(
            `A ${datePrecision.toLowerCase()} starts on its first day: startsOn must be one.`,
            'startsOn',
          );
        if (datePrecision !== 'DAY' && input.endsOn !== periodEnd(datePrecision, input.startsOn))
          throw WorkshopsException.invalid(
            `A ${datePrecision.toLowerCase()} that starts on ${input.startsOn} ends on ${periodEnd(datePrecision, input.startsOn)}.`,
            'endsOn',
          );
        if (input.countryIso3) {
          const [state] = await this.reference.statesByIso3([input.countryIso3]);
          if (!state) throw WorkshopsException.unknownState(input.countryIso3, 'countryIso3');
        }
        if (input.activityId) {
          const [activity] = await this.programme.byIds([input.activityId]);
          if (!activity) throw WorkshopsException.activityNotFound(input.activityId);
        }
        const workshop = await this.repository.insert(tx, {
          activityId: input.activityId ?? null,
          title: input.title.trim(),
          kind: input.kind,
          datePrecision,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          city: input.city.trim(),
          countryIso3: input.countryIso3 ?? null,
          region: input.region ?? null,
          languages: input.languages ?? [],
          status: options.status ?? 'PLANNED',
          sourceParagraph: options.sourceParagraph ?? null,
          illustrativeNote: options.illustrativeNote ?? null,
          fieldOfficeCode: input.fieldOfficeCode ?? null,
          externalRef: options.externalRef ?? null,
          version: 1,
        });
        await this.organisations.setWorkshopOrganisersByNames(workshop.id, input.organisers ?? [], tx);
        await this.audit.record(tx, actor, {
          action: 'CREATED',
          entityType: 'workshop',
          entityId: workshop.id,
          after: { title: workshop.title, startsOn: workshop.startsOn, endsOn: workshop.endsOn, city: workshop.city },
        });
        return workshop;
      },
      (created) => created.id,
      (id) => this.repository.byIds([id]).then(([w]) => w ?? null),
    );
  }

  /**
   * Records what came of a workshop: counts, conclusions, who came, and follow-up needs — each of which
   * becomes an assistance request (channel "workshop") from a State that took part. All or nothing.
   */
  recordOutcome(
    workshopId: string,
    input: WorkshopOutcomeInput,
    policy: AccessPolicy,
    options: { expectedVersion?: number | null; sourceParagraph?: string; at?: Date; followUpRefPrefix?: string } = {},
  ): Promise<WorkshopEntity> {
    const actor = policy.actorOrFail;
    return this.dataSource.transaction(async (tx) => {
      const workshop = await this.repository.lock(tx, workshopId, () =>
        WorkshopsException.workshopNotFound(workshopId),
      );
      const key = input.idempotencyKey;
      const hash = key ? outcomeHash(workshop.id, input) : null;
      if (key) {
        // The workshop's row lock serialises submissions for it: a retry waits here and then sees the first one.
        const first = await this.repository.outcomeSubmission(tx, key);
        if (first) {
          if (first.workshopId === workshop.id && first.requestHash === hash && first.recordedById === actor.userId) {
            await policy.assertMayRecordOutcome(workshop);
            return workshop;
          }
          throw keyReused();
        }
      }
      if (options.expectedVersion != null && workshop.version !== options.expectedVersion) {
        throw WorkshopsException.stale(options.expectedVersion, workshop.version);
      }
      await policy.assertMayRecordOutcome(workshop);
      if (workshop.status === 'CANCELLED') {
        throw new WorkshopsException(
          WorkshopsErrorReason.WORKSHOP_CANCELLED,
          'This workshop was cancelled; it has no outcome to record.',
          'workshopId',
        );
      }
      if (workshop.startsOn > todayUtc()) {
        throw new WorkshopsException(
          WorkshopsErrorReason.NOT_HELD_YET,
          `This workshop starts on ${workshop.startsOn}; record its outcome once it has taken place.`,
          'workshopId',
          { startsOn: workshop.startsOn },
        );
      }

      if (input.participants) {
        for (const [i, p] of input.participants.entries()) {
          if (p.women != null && p.participants != null && p.women > p.participants) {
            throw WorkshopsException.invalid(
              `participants.${i}: more women (${p.women}) than participants (${p.participants}).`,
              `participants.${i}.women`,
            );
          }
        }
        const known = await this.reference.statesByIso3(input.participants.map((p) => p.stateIso3));
        const unknown = input.participants.findIndex((p) => !known.some((k) => k.iso3 === p.stateIso3));
        if (unknown >= 0)
          throw WorkshopsException.unknownState(
            input.participants[unknown].stateIso3,
            `participants.${unknown}.stateIso3`,
          );
        await this.repository.replaceParticipants(tx, workshop.id, input.participants);
      }
      const participants = await this.repository.participatingStates(tx, workshop.id);
      for (const [i, f] of input.followUps.entries()) {
        if (!participants.has(f.stateIso3)) {
          throw new WorkshopsException(
            WorkshopsErrorReason.NOT_A_PARTICIPANT,
            `followUps.${i}: ${f.stateIso3} did not take part in this workshop; follow-up needs come from participating States.`,
            `followUps.${i}.stateIso3`,
            { stateIso3: f.stateIso3 },
          );
        }
        if (!f.priorityAreaCode && !DEFAULT_PRIORITY_AREA[f.kind]) {
          throw WorkshopsException.invalid(
            `followUps.${i}: say which priority area a need of kind OTHER belongs to.`,
            `followUps.${i}.priorityAreaCode`,
          );
        }
      }

      if (key && !(await this.repository.addOutcomeSubmission(tx, key, workshop.id, hash!, actor.userId))) {
        // Taken meanwhile by a submission for another workshop (one for this workshop would hold its lock).
        throw keyReused();
      }
      const before = await this.repository.outcomeCounts(tx, workshop.id);
      await this.repository.upsertOutcome(tx, workshop.id, {
        checklistsCompleted: input.checklistsCompleted ?? null,
        statesUpdated: input.statesUpdated ?? null,
        casesProgressed: input.casesProgressed ?? null,
        conclusions: input.conclusions?.trim() ?? '',
        sourceParagraph: options.sourceParagraph ?? null,
        recordedBy: actor.label,
        recordedAt: options.at ?? new Date(),
      });
      await this.repository.markHeld(tx, workshop);

      for (const [i, f] of input.followUps.entries()) {
        await this.requests.log(
          {
            stateIso3: f.stateIso3,
            kind: f.kind,
            topics: f.topics,
            priorityAreaCode: f.priorityAreaCode ?? DEFAULT_PRIORITY_AREA[f.kind]!,
            receivedOn: workshop.endsOn,
            channel: 'workshop',
            description: f.description?.trim() || `Follow-up need raised at ${workshop.title}.`,
          },
          actor,
          {
            tx,
            workshopId: workshop.id,
            // A field office raises follow-ups only for the States it covers, as when it logs a request:
            // when the policy says the user may act on the State, the requests module need not check again.
            scopeChecked: await policy.mayActOnState(f.stateIso3),
            externalRef: options.followUpRefPrefix ? `${options.followUpRefPrefix}:${i}` : undefined,
            at: options.at,
          },
        );
      }
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'workshop',
        entityId: workshop.id,
        before: { status: workshop.status, outcome: before ?? null },
        after: {
          status: 'HELD',
          outcome: {
            checklists_completed: input.checklistsCompleted ?? null,
            states_updated: input.statesUpdated ?? null,
            cases_progressed: input.casesProgressed ?? null,
            conclusions: input.conclusions?.trim() ?? '',
          },
          followUps: input.followUps.length,
        },
      });
      if (input.followUps.length) {
        // The secretariat is told that the outcome raised follow-ups (each also logged as a request above).
        await this.notifications.notify(
          tx,
          {
            event: 'OUTCOME_FOLLOW_UPS',
            entityType: 'workshop',
            entityId: workshop.id,
            params: {
              workshop: workshop.title,
              by: actor.label,
              count: String(input.followUps.length),
              states: [...new Set(input.followUps.map((f) => f.stateIso3))].join(', '),
            },
          },
          actor,
        );
      }
      return this.repository.get(tx, workshop.id);
    });
  }
}

function keyReused(): WorkshopsException {
  return new WorkshopsException(
    WorkshopsErrorReason.IDEMPOTENCY_KEY_REUSED,
    'This idempotency key was already used for a different outcome. Use a new key for a new submission.',
    'idempotencyKey',
  );
}

/** What makes two outcome submissions with one key "the same" (the workshop and everything sent but the key). */
function outcomeHash(workshopId: string, input: WorkshopOutcomeInput): string {
  const { idempotencyKey: _key, ...content } = input;
  const normal = { workshopId, ...content, conclusions: input.conclusions?.trim() ?? '' };
  return createHash('sha256').update(stableJson(normal)).digest('hex');
}

/** JSON with every object's keys sorted, so the order a client sent them in does not matter. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
