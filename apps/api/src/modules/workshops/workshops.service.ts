import { Injectable } from '@nestjs/common';
import { DEFAULT_PRIORITY_AREA } from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../infra/graphql/pagination.js';
import { isCalendarDate } from '../../infra/graphql/scalars.js';
import { AuditService } from '../audit/audit.service.js';
import { OFFICE_COVERS_STATE } from '../reference/rules/coverage.js';
import { badInput, notFound, stale } from '../../infra/errors/common-errors.js';
import { AssistanceRequestEntity } from '../requests/entities/assistance-request.entity.js';
import { RequestsService } from '../requests/requests.service.js';
import type { CreateWorkshopInput, WorkshopFilter, WorkshopOutcomeInput } from './dto/workshop.input.js';
import { WorkshopEntity } from './entities/workshop.entity.js';
import type { WorkshopOutcomeModel, WorkshopParticipantModel } from './models/workshop.model.js';
import { isUuid } from '../../infra/database/ids.js';

@Injectable()
export class WorkshopsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly requests: RequestsService,
  ) {}

  async list(filter: WorkshopFilter = {}, first?: number | null, after?: string | null): Promise<Connection<WorkshopEntity>> {
    const limit = pageSize(first);
    const q = this.dataSource.getRepository(WorkshopEntity).createQueryBuilder('w');
    if (filter.activityId) q.andWhere('w.activity_id = :activityId', { activityId: filter.activityId });
    if (filter.kind?.length) q.andWhere('w.kind IN (:...kinds)', { kinds: filter.kind });
    if (filter.status) q.andWhere('w.status = :status', { status: filter.status });
    if (filter.from) q.andWhere('w.ends_on >= :from', { from: filter.from });
    if (filter.to) q.andWhere('w.starts_on <= :to', { to: filter.to });
    if (filter.stateIso3) {
      q.andWhere('EXISTS (SELECT 1 FROM workshop_participant p WHERE p.workshop_id = w.id AND p.state_iso3 = :state)', {
        state: filter.stateIso3,
      });
    }
    const counted = await q.clone().select('count(*)::int', 'n').getRawOne<{ n: number }>();
    if (after) {
      const [startsOn, id] = decodeCursor(after, 2);
      if (typeof startsOn !== 'string' || !isCalendarDate(startsOn) || typeof id !== 'string' || !isUuid(id)) {
        throw badInput('The "after" cursor is not one this list gave out.', 'after');
      }
      q.andWhere('(w.starts_on, w.id) > (CAST(:startsOn AS date), CAST(:id AS uuid))', { startsOn, id });
    }
    const rows = await q.orderBy('w.starts_on', 'ASC').addOrderBy('w.id', 'ASC').limit(limit + 1).getMany();
    const nodes = rows.slice(0, limit);
    const last = nodes.at(-1);
    return {
      totalCount: counted?.n ?? 0,
      nodes,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor([last.startsOn, last.id]) : null },
    };
  }

  byIds(ids: readonly string[]): Promise<WorkshopEntity[]> {
    const valid = ids.filter((id) => isUuid(id));
    if (!valid.length) return Promise.resolve([]);
    return this.dataSource.getRepository(WorkshopEntity).createQueryBuilder('w').where('w.id IN (:...ids)', { ids: valid }).getMany();
  }

  /** The workshops that deliver each activity, in one query. */
  ofActivities(activityIds: readonly string[]): Promise<WorkshopEntity[]> {
    return this.dataSource
      .getRepository(WorkshopEntity)
      .createQueryBuilder('w')
      .where('w.activity_id IN (:...ids)', { ids: [...activityIds] })
      .orderBy('w.starts_on')
      .getMany();
  }

  async participantsOf(ids: readonly string[]): Promise<WorkshopParticipantModel[]> {
    const rows: Array<{ workshop_id: string; state_iso3: string; participants: number | null; women: number | null }> =
      await this.dataSource.query(
        `SELECT p.* FROM workshop_participant p JOIN state s ON s.iso3 = p.state_iso3
          WHERE p.workshop_id = ANY ($1::uuid[]) ORDER BY s.name_en`,
        [ids],
      );
    return rows.map((r) => ({ workshopId: r.workshop_id, stateIso3: r.state_iso3, participants: r.participants, women: r.women }));
  }

  async outcomesOf(ids: readonly string[]): Promise<WorkshopOutcomeModel[]> {
    const rows: Array<Record<string, any>> = await this.dataSource.query(
      `SELECT * FROM workshop_outcome WHERE workshop_id = ANY ($1::uuid[])`,
      [ids],
    );
    return rows.map((r) => ({
      workshopId: r.workshop_id,
      checklistsCompleted: r.checklists_completed,
      statesUpdated: r.states_updated,
      casesProgressed: r.cases_progressed,
      conclusions: r.conclusions,
      sourceParagraph: r.source_paragraph,
      recordedBy: r.recorded_by,
      recordedAt: r.recorded_at,
    }));
  }

  followUpsOf(ids: readonly string[]): Promise<AssistanceRequestEntity[]> {
    return this.dataSource
      .getRepository(AssistanceRequestEntity)
      .createQueryBuilder('r')
      .where('r.workshop_id IN (:...ids)', { ids: [...ids] })
      .orderBy('r.created_at')
      .getMany();
  }

  create(input: CreateWorkshopInput, actor: Actor, options: { externalRef?: string; illustrativeNote?: string; sourceParagraph?: string; status?: 'PLANNED' | 'HELD' } = {}): Promise<WorkshopEntity> {
    return this.dataSource.transaction(async (tx) => {
      if (options.externalRef) {
        const existing = await tx.findOneBy(WorkshopEntity, { externalRef: options.externalRef });
        if (existing) return existing;
      }
      for (const field of ['startsOn', 'endsOn'] as const) {
        if (!isCalendarDate(input[field])) throw badInput(`${field} must be a date written YYYY-MM-DD.`, field);
      }
      if (input.endsOn < input.startsOn) throw badInput('endsOn cannot be before startsOn.', 'endsOn');
      if (input.countryIso3) {
        const [state] = await tx.query(`SELECT 1 FROM state WHERE iso3 = $1`, [input.countryIso3]);
        if (!state) throw badInput(`No State has the code "${input.countryIso3}".`, 'countryIso3');
      }
      if (input.activityId) {
        const [activity] = await tx.query(`SELECT 1 FROM activity WHERE id = $1`, [input.activityId]);
        if (!activity) throw notFound('activity', input.activityId, 'activityId');
      }
      const workshop = await tx.save(
        tx.create(WorkshopEntity, {
          activityId: input.activityId ?? null,
          title: input.title.trim(),
          kind: input.kind,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          city: input.city.trim(),
          countryIso3: input.countryIso3 ?? null,
          region: input.region ?? null,
          organisers: input.organisers ?? [],
          languages: input.languages ?? [],
          status: options.status ?? 'PLANNED',
          sourceParagraph: options.sourceParagraph ?? null,
          illustrativeNote: options.illustrativeNote ?? null,
          fieldOfficeCode: input.fieldOfficeCode ?? null,
          externalRef: options.externalRef ?? null,
          version: 1,
        }),
      );
      await this.audit.record(tx, actor, {
        action: 'CREATED',
        entityType: 'workshop',
        entityId: workshop.id,
        after: { title: workshop.title, startsOn: workshop.startsOn, endsOn: workshop.endsOn, city: workshop.city },
      });
      return workshop;
    });
  }

  /**
   * Records what came of a workshop: counts, conclusions, who came, and follow-up needs — each of which
   * becomes an assistance request (channel "workshop") from a State that took part. All or nothing.
   */
  recordOutcome(
    workshopId: string,
    input: WorkshopOutcomeInput,
    actor: Actor,
    options: { expectedVersion?: number | null; sourceParagraph?: string; at?: Date; followUpRefPrefix?: string } = {},
  ): Promise<WorkshopEntity> {
    return this.dataSource.transaction(async (tx) => {
      const workshop = isUuid(workshopId)
        ? await tx.getRepository(WorkshopEntity).createQueryBuilder('w').setLock('pessimistic_write').where('w.id = :id', { id: workshopId }).getOne()
        : null;
      if (!workshop) throw notFound('workshop', workshopId, 'workshopId');
      if (options.expectedVersion != null && workshop.version !== options.expectedVersion) {
        throw stale('workshop', options.expectedVersion, workshop.version);
      }
      await this.assertOfficeMayRecord(tx, actor, workshop);
      if (workshop.status === 'CANCELLED') throw badInput('This workshop was cancelled; it has no outcome to record.', 'workshopId');
      if (workshop.startsOn > new Date().toISOString().slice(0, 10)) {
        throw badInput(`This workshop starts on ${workshop.startsOn}; record its outcome once it has taken place.`, 'workshopId');
      }

      if (input.participants) {
        for (const [i, p] of input.participants.entries()) {
          if (p.women != null && p.participants != null && p.women > p.participants) {
            throw badInput(`participants.${i}: more women (${p.women}) than participants (${p.participants}).`, `participants.${i}.women`);
          }
        }
        const known: Array<{ iso3: string }> = await tx.query(`SELECT iso3 FROM state WHERE iso3 = ANY ($1)`, [
          input.participants.map((p) => p.stateIso3),
        ]);
        const unknown = input.participants.findIndex((p) => !known.some((k) => k.iso3 === p.stateIso3));
        if (unknown >= 0) throw badInput(`No State has the code "${input.participants[unknown].stateIso3}".`, `participants.${unknown}.stateIso3`);
        await tx.query(`DELETE FROM workshop_participant WHERE workshop_id = $1`, [workshop.id]);
        for (const p of input.participants) {
          await tx.query(
            `INSERT INTO workshop_participant (workshop_id, state_iso3, participants, women) VALUES ($1, $2, $3, $4)`,
            [workshop.id, p.stateIso3, p.participants ?? null, p.women ?? null],
          );
        }
      }
      const took: Array<{ state_iso3: string }> = await tx.query(`SELECT state_iso3 FROM workshop_participant WHERE workshop_id = $1`, [
        workshop.id,
      ]);
      const participants = new Set(took.map((t) => t.state_iso3));
      for (const [i, f] of input.followUps.entries()) {
        if (!participants.has(f.stateIso3)) {
          throw badInput(
            `followUps.${i}: ${f.stateIso3} did not take part in this workshop; follow-up needs come from participating States.`,
            `followUps.${i}.stateIso3`,
          );
        }
        if (!f.priorityAreaCode && !DEFAULT_PRIORITY_AREA[f.kind]) {
          throw badInput(`followUps.${i}: say which priority area a need of kind OTHER belongs to.`, `followUps.${i}.priorityAreaCode`);
        }
      }

      const [before] = await tx.query(`SELECT checklists_completed, states_updated, cases_progressed, conclusions FROM workshop_outcome WHERE workshop_id = $1`, [
        workshop.id,
      ]);
      await tx.query(
        `INSERT INTO workshop_outcome (workshop_id, checklists_completed, states_updated, cases_progressed, conclusions, source_paragraph, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (workshop_id) DO UPDATE SET checklists_completed = $2, states_updated = $3, cases_progressed = $4,
           conclusions = $5, source_paragraph = COALESCE($6, workshop_outcome.source_paragraph), recorded_by = $7, recorded_at = $8`,
        [
          workshop.id,
          input.checklistsCompleted ?? null,
          input.statesUpdated ?? null,
          input.casesProgressed ?? null,
          input.conclusions?.trim() ?? '',
          options.sourceParagraph ?? null,
          actor.label,
          options.at ?? new Date(),
        ],
      );
      await tx.update(WorkshopEntity, { id: workshop.id }, { status: 'HELD', version: workshop.version + 1, updatedAt: new Date() });

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
            // A field office raises follow-ups only for the States it covers, as when it logs a request.
            scopeChecked: actor.role !== 'FIELD_OFFICE',
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
      return tx.findOneByOrFail(WorkshopEntity, { id: workshop.id });
    });
  }

  /** A field office records outcomes of its own workshops (by office, or held in a State it covers). */
  private async assertOfficeMayRecord(tx: EntityManager, actor: Actor, workshop: WorkshopEntity): Promise<void> {
    if (actor.role !== 'FIELD_OFFICE') return;
    if (workshop.fieldOfficeCode === actor.fieldOfficeCode) return;
    const [covered] = workshop.countryIso3
      ? await tx.query(
          `SELECT 1 FROM field_office f JOIN state s ON s.iso3 = $2
            WHERE f.code = $1 AND ${OFFICE_COVERS_STATE}`,
          [actor.fieldOfficeCode, workshop.countryIso3],
        )
      : [];
    if (!covered) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        `This workshop belongs to another office; your office (${actor.fieldOfficeCode}) cannot record its outcome.`,
        'workshopId',
      );
    }
  }
}
