import { SqlArg, SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../../infra/database/ids.js';
import { keysetPage } from '../../infra/database/keyset.js';
import { escapeLike } from '../../infra/database/like.js';
import { lockForUpdate } from '../../infra/database/rows.js';
import type { DomainError } from '../../infra/errors/domain-error.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import type { WorkshopFilter } from './dto/workshop.input.js';
import { WorkshopEntity } from './entities/workshop.entity.js';
import type { WorkshopOutcomeModel, WorkshopParticipantModel } from './models/workshop.model.js';

/** The counts and conclusions of a workshop's outcome, as stored (for the audit log's "before"). */
export interface WorkshopOutcomeCounts {
  checklists_completed: number | null;
  states_updated: number | null;
  cases_progressed: number | null;
  conclusions: string;
}

/** An outcome to write (insert or replace). */
export interface WorkshopOutcomeWrite {
  checklistsCompleted: number | null;
  statesUpdated: number | null;
  casesProgressed: number | null;
  conclusions: string;
  /** Kept as it was when null. */
  sourceParagraph: string | null;
  recordedBy: string;
  recordedAt: Date;
}

interface OutcomeRow extends WorkshopOutcomeCounts {
  workshop_id: string;
  source_paragraph: string | null;
  recorded_by: string;
  recorded_at: Date;
}

/** The workshops' SQL: workshop, workshop_participant, workshop_outcome. */
@Injectable()
export class WorkshopsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Workshops, earliest first, a keyset page of them. */
  @SqlSnapshot([{}, 50, null])
  list(filter: WorkshopFilter, first?: number | null, after?: string | null): Promise<Connection<WorkshopEntity>> {
    const q = this.dataSource.getRepository(WorkshopEntity).createQueryBuilder('w');
    if (filter.activityId) q.andWhere('w.activity_id = :activityId', { activityId: filter.activityId });
    if (filter.kind?.length) q.andWhere('w.kind IN (:...kinds)', { kinds: filter.kind });
    if (filter.status) q.andWhere('w.status = :status', { status: filter.status });
    if (filter.from) q.andWhere('w.ends_on >= :from', { from: filter.from });
    if (filter.to) q.andWhere('w.starts_on <= :to', { to: filter.to });
    if (filter.search?.trim()) {
      q.andWhere(
        `(w.title ILIKE :like OR w.title_fr ILIKE :like OR w.title_es ILIKE :like
          OR w.city ILIKE :like OR w.city_fr ILIKE :like OR w.city_es ILIKE :like)`,
        { like: `%${escapeLike(filter.search.trim())}%` },
      );
    }
    if (filter.stateIso3) {
      q.andWhere('EXISTS (SELECT 1 FROM workshop_participant p WHERE p.workshop_id = w.id AND p.state_iso3 = :state)', {
        state: filter.stateIso3,
      });
    }
    return keysetPage(
      q,
      { expr: 'w.starts_on', cast: 'date', direction: 'ASC', idExpr: 'w.id', idCast: 'uuid' },
      first,
      after,
    );
  }

  byIds(ids: readonly string[]): Promise<WorkshopEntity[]> {
    const valid = ids.filter((id) => isUuid(id));
    if (!valid.length) return Promise.resolve([]);
    return this.dataSource
      .getRepository(WorkshopEntity)
      .createQueryBuilder('w')
      .where('w.id IN (:...ids)', { ids: valid })
      .getMany();
  }

  byExternalRef(tx: EntityManager, externalRef: string): Promise<WorkshopEntity | null> {
    return tx.findOneBy(WorkshopEntity, { externalRef });
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

  /** The States that took part in each workshop, by English name (joins reference's `state` for the order). */
  async participantsOf(ids: readonly string[]): Promise<WorkshopParticipantModel[]> {
    const rows: Array<{ workshop_id: string; state_iso3: string; participants: number | null; women: number | null }> =
      await this.dataSource.query(
        `SELECT p.workshop_id, p.state_iso3, p.participants, p.women FROM workshop_participant p JOIN state s ON s.iso3 = p.state_iso3
          WHERE p.workshop_id = ANY ($1::uuid[]) ORDER BY s.name_en`,
        [ids],
      );
    return rows.map((r) => ({
      workshopId: r.workshop_id,
      stateIso3: r.state_iso3,
      participants: r.participants,
      women: r.women,
    }));
  }

  async outcomesOf(ids: readonly string[]): Promise<WorkshopOutcomeModel[]> {
    const rows: OutcomeRow[] = await this.dataSource.query(
      `SELECT workshop_id, checklists_completed, states_updated, cases_progressed, conclusions, source_paragraph,
              recorded_by, recorded_at
         FROM workshop_outcome WHERE workshop_id = ANY ($1::uuid[])`,
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

  insert(tx: EntityManager, workshop: Partial<WorkshopEntity>): Promise<WorkshopEntity> {
    return tx.save(tx.create(WorkshopEntity, workshop));
  }

  lock(tx: EntityManager, id: string, notFound: () => DomainError): Promise<WorkshopEntity> {
    return lockForUpdate(tx, WorkshopEntity, id, notFound);
  }

  get(tx: EntityManager, id: string): Promise<WorkshopEntity> {
    return tx.findOneByOrFail(WorkshopEntity, { id });
  }

  /** Replaces the States that took part. */
  async replaceParticipants(
    tx: EntityManager,
    workshopId: string,
    participants: ReadonlyArray<{ stateIso3: string; participants?: number | null; women?: number | null }>,
  ): Promise<void> {
    await tx.query(`DELETE FROM workshop_participant WHERE workshop_id = $1`, [workshopId]);
    for (const p of participants) {
      await tx.query(
        `INSERT INTO workshop_participant (workshop_id, state_iso3, participants, women) VALUES ($1, $2, $3, $4)`,
        [workshopId, p.stateIso3, p.participants ?? null, p.women ?? null],
      );
    }
  }

  async participatingStates(tx: EntityManager, workshopId: string): Promise<Set<string>> {
    const rows: Array<{ state_iso3: string }> = await tx.query(
      `SELECT state_iso3 FROM workshop_participant WHERE workshop_id = $1`,
      [workshopId],
    );
    return new Set(rows.map((r) => r.state_iso3));
  }

  async outcomeCounts(tx: EntityManager, workshopId: string): Promise<WorkshopOutcomeCounts | null> {
    const [row]: WorkshopOutcomeCounts[] = await tx.query(
      `SELECT checklists_completed, states_updated, cases_progressed, conclusions FROM workshop_outcome WHERE workshop_id = $1`,
      [workshopId],
    );
    return row ?? null;
  }

  async upsertOutcome(tx: EntityManager, workshopId: string, o: WorkshopOutcomeWrite): Promise<void> {
    await tx.query(
      `INSERT INTO workshop_outcome (workshop_id, checklists_completed, states_updated, cases_progressed, conclusions, source_paragraph, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (workshop_id) DO UPDATE SET checklists_completed = $2, states_updated = $3, cases_progressed = $4,
         conclusions = $5, source_paragraph = COALESCE($6, workshop_outcome.source_paragraph), recorded_by = $7, recorded_at = $8`,
      [
        workshopId,
        o.checklistsCompleted,
        o.statesUpdated,
        o.casesProgressed,
        o.conclusions,
        o.sourceParagraph,
        o.recordedBy,
        o.recordedAt,
      ],
    );
  }

  /** The submission recorded with this idempotency key, if any. */
  async outcomeSubmission(
    tx: EntityManager,
    key: string,
  ): Promise<{ workshopId: string; requestHash: string; recordedById: string | null } | null> {
    const [row]: Array<{ workshop_id: string; request_hash: string; recorded_by_id: string | null }> = await tx.query(
      `SELECT workshop_id, request_hash, recorded_by_id FROM workshop_outcome_submission WHERE idempotency_key = $1`,
      [key],
    );
    return row
      ? { workshopId: row.workshop_id, requestHash: row.request_hash, recordedById: row.recorded_by_id }
      : null;
  }

  /** Keeps an outcome's idempotency key; false when the key is taken (by a concurrent submission). */
  async addOutcomeSubmission(
    tx: EntityManager,
    key: string,
    workshopId: string,
    requestHash: string,
    recordedById: string | null,
  ): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO workshop_outcome_submission (idempotency_key, workshop_id, request_hash, recorded_by_id)
       VALUES ($1, $2, $3, $4) ON CONFLICT (idempotency_key) DO NOTHING RETURNING idempotency_key`,
      [key, workshopId, requestHash, recordedById],
    );
    return rows.length === 1;
  }

  async markHeld(tx: EntityManager, workshop: WorkshopEntity): Promise<void> {
    await tx.update(
      WorkshopEntity,
      { id: workshop.id },
      { status: 'HELD', version: workshop.version + 1, updatedAt: new Date() },
    );
  }

  /** The workshops a State took part in, by date. */
  @SqlSnapshot([SqlArg.STATE])
  withParticipant(iso3: string): Promise<WorkshopEntity[]> {
    return this.dataSource
      .getRepository(WorkshopEntity)
      .createQueryBuilder('w')
      .where('EXISTS (SELECT 1 FROM workshop_participant wp WHERE wp.workshop_id = w.id AND wp.state_iso3 = :iso3)', {
        iso3,
      })
      .orderBy('w.starts_on')
      .getMany();
  }

  /** Whether a workshop was already loaded with this stable key (demo data, imports). */
  existsByExternalRef(externalRef: string, tx?: EntityManager): Promise<boolean> {
    return (tx ?? this.dataSource.manager).existsBy(WorkshopEntity, { externalRef });
  }

  /** Sets a workshop's French and Spanish title and city (demo data, by its stable key); not an edit of the record. */
  async setTranslations(
    externalRef: string,
    text: { titleFr: string; titleEs: string; cityFr: string | null; cityEs: string | null; official: boolean },
    tx?: EntityManager,
  ): Promise<void> {
    await (tx ?? this.dataSource.manager).update(
      WorkshopEntity,
      { externalRef },
      {
        titleFr: text.titleFr,
        titleEs: text.titleEs,
        cityFr: text.cityFr,
        cityEs: text.cityEs,
        translationsOfficial: text.official,
      },
    );
  }
}
