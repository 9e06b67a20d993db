import { Injectable } from '@nestjs/common';
import type { AssistanceKind, ChecklistAnswerValue, ChecklistStatus } from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../../infra/database/ids.js';
import { lockForUpdate, updateIfVersion } from '../../infra/database/rows.js';
import { SqlArg, SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import type { DomainError } from '../../infra/errors/domain-error.js';
import { ChecklistAnswerEntity } from './entities/checklist-answer.entity.js';
import { ChecklistEntryEntity } from './entities/checklist-entry.entity.js';
import { ChecklistQuestionEntity } from './entities/checklist-question.entity.js';
import { ReportingCycleEntity } from './entities/reporting-cycle.entity.js';

/** One answer as written by a save (the need's acceptance is kept apart). */
export interface AnswerValues {
  questionId: string;
  answer: ChecklistAnswerValue | null;
  comment: string | null;
  needsAssistance: boolean;
  assistanceKind: AssistanceKind | null;
  assistanceTopics: string[];
}

/** Whether a State has reported in a cycle (NOT_STARTED: no entry). */
export interface StateReportingRow {
  stateIso3: string;
  region: string;
  status: ChecklistStatus;
  submittedOn: string | null;
}

export interface ReportedCountRow {
  region: string;
  states: number;
  submitted: number;
  updated: number;
  inProgress: number;
  notReported: number;
}

/** What accepting an answer's need must know of it: its entry and its question. */
export interface AnswerContext {
  answer: ChecklistAnswerEntity;
  stateIso3: string;
  status: ChecklistStatus;
  submittedOn: string | null;
  cycleInstruments: string[];
  questionCode: string;
  questionText: string;
  instrumentCode: string;
  article: string;
  /** The questionnaire version of the answer's question, and the one the entry answers now. */
  questionVersion: number;
  entryVersion: number;
}

/** The only place the checklists' SQL lives (reporting_cycle, checklist_question, checklist_entry, checklist_answer). */
@Injectable()
export class ChecklistsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  // ---------------------------------------------------------------- cycles and questionnaires

  cycles(tx?: EntityManager): Promise<ReportingCycleEntity[]> {
    return this.db(tx).find(ReportingCycleEntity, { order: { openedYear: 'DESC', name: 'ASC' } });
  }

  async cycleById(id: string, tx?: EntityManager): Promise<ReportingCycleEntity | null> {
    if (!isUuid(id)) return null;
    return this.db(tx).findOneBy(ReportingCycleEntity, { id });
  }

  cycleByExternalRef(externalRef: string, tx?: EntityManager): Promise<ReportingCycleEntity | null> {
    return this.db(tx).findOneBy(ReportingCycleEntity, { externalRef });
  }

  /** The current questionnaire of each cycle, in order: one statement for a page of cycles. */
  @SqlSnapshot([[SqlArg.UUID]])
  questionsOfCycles(cycleIds: readonly string[], tx?: EntityManager): Promise<ChecklistQuestionEntity[]> {
    const ids = cycleIds.filter(isUuid);
    if (ids.length === 0) return Promise.resolve([]);
    return this.db(tx)
      .getRepository(ChecklistQuestionEntity)
      .createQueryBuilder('q')
      .innerJoin(ReportingCycleEntity, 'c', 'c.id = q.cycle_id AND c.questionnaire_version = q.questionnaire_version')
      .where('q.cycle_id IN (:...ids)', { ids })
      .orderBy('q.cycle_id')
      .addOrderBy('q.position')
      .getMany();
  }

  /** Inserts a cycle and its questionnaire (the demo data), unless its key is there; answers the cycle. */
  async insertCycleOnce(
    cycle: Omit<ReportingCycleEntity, 'id' | 'createdAt'>,
    questions: ReadonlyArray<Omit<ChecklistQuestionEntity, 'id' | 'cycleId'>>,
  ): Promise<ReportingCycleEntity> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('reporting_cycle:' || $1))`, [cycle.externalRef]);
      const existing = cycle.externalRef ? await this.cycleByExternalRef(cycle.externalRef, tx) : null;
      if (existing) return existing;
      const saved = await tx.save(tx.create(ReportingCycleEntity, cycle));
      await tx.insert(
        ChecklistQuestionEntity,
        questions.map((q) => ({ ...q, cycleId: saved.id })),
      );
      return saved;
    });
  }

  // ---------------------------------------------------------------- entries and answers

  /** A cycle's entries, by State; one State's when `stateIso3` is given. */
  @SqlSnapshot([SqlArg.UUID, SqlArg.STATE])
  entries(cycleId: string, stateIso3?: string | null): Promise<ChecklistEntryEntity[]> {
    if (!isUuid(cycleId)) return Promise.resolve([]);
    const q = this.dataSource
      .getRepository(ChecklistEntryEntity)
      .createQueryBuilder('e')
      .where('e.cycle_id = :cycleId', { cycleId });
    if (stateIso3) q.andWhere('e.state_iso3 = upper(:state)', { state: stateIso3 });
    return q.orderBy('e.state_iso3').getMany();
  }

  /**
   * The answers of a batch of entries to the version of the questionnaire each answers (its own, or `version` when
   * given: answers left out of a newer version stay readable with the old one), in the questionnaire's order.
   */
  @SqlSnapshot([[SqlArg.UUID]])
  answersOfEntries(
    entryIds: readonly string[],
    tx?: EntityManager,
    version?: number | null,
  ): Promise<ChecklistAnswerEntity[]> {
    const ids = entryIds.filter(isUuid);
    if (ids.length === 0) return Promise.resolve([]);
    return this.db(tx)
      .getRepository(ChecklistAnswerEntity)
      .createQueryBuilder('a')
      .innerJoin(ChecklistEntryEntity, 'e', 'e.id = a.entry_id')
      .innerJoin(
        ChecklistQuestionEntity,
        'q',
        'q.id = a.question_id AND q.questionnaire_version = COALESCE(CAST(:version AS int), e.questionnaire_version)',
        { version: version ?? null },
      )
      .where('a.entry_id IN (:...ids)', { ids })
      .orderBy('a.entry_id')
      .addOrderBy('q.position')
      .getMany();
  }

  /** The questions of given versions of cycles' questionnaires (`cycleId:version` keys), in order. */
  @SqlSnapshot([[`${SqlArg.UUID}:1`]])
  questionsOfVersions(keys: readonly string[], tx?: EntityManager): Promise<ChecklistQuestionEntity[]> {
    const pairs = keys
      .map((k) => k.split(':'))
      .filter(([id, v]) => isUuid(id) && /^\d{1,6}$/.test(v ?? ''))
      .map(([id, v]) => ({ cycle_id: id, version: Number(v) }));
    if (pairs.length === 0) return Promise.resolve([]);
    return this.db(tx)
      .getRepository(ChecklistQuestionEntity)
      .createQueryBuilder('q')
      .where(
        `(q.cycle_id, q.questionnaire_version) IN (SELECT k.cycle_id, k.version
           FROM jsonb_to_recordset(CAST(:pairs AS jsonb)) AS k(cycle_id uuid, version int))`,
        { pairs: JSON.stringify(pairs) },
      )
      .orderBy('q.cycle_id')
      .addOrderBy('q.questionnaire_version')
      .addOrderBy('q.position')
      .getMany();
  }

  // ---------------------------------------------------------------- publishing a new version

  /**
   * The cycle, locked for the rest of the transaction: `share` by a save (saves go together, a publication waits for
   * them), else for a publication (saves wait for it, then answer the version it made current).
   */
  lockCycle(tx: EntityManager, id: string, share = false): Promise<ReportingCycleEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return tx
      .getRepository(ReportingCycleEntity)
      .createQueryBuilder('c')
      .setLock(share ? 'pessimistic_read' : 'pessimistic_write')
      .where('c.id = :id', { id })
      .getOne();
  }

  /** A cycle's entries, locked for the rest of the transaction (a publication moves the drafts among them). */
  lockEntriesOf(tx: EntityManager, cycleId: string): Promise<ChecklistEntryEntity[]> {
    return tx
      .getRepository(ChecklistEntryEntity)
      .createQueryBuilder('e')
      .setLock('pessimistic_write')
      .where('e.cycle_id = :cycleId', { cycleId })
      .orderBy('e.state_iso3')
      .getMany();
  }

  /** Writes a version of a cycle's questionnaire (positions in the order given); answers its questions. */
  async insertQuestions(
    tx: EntityManager,
    cycleId: string,
    version: number,
    questions: ReadonlyArray<Omit<ChecklistQuestionEntity, 'id' | 'cycleId' | 'questionnaireVersion' | 'position'>>,
  ): Promise<ChecklistQuestionEntity[]> {
    await tx.insert(
      ChecklistQuestionEntity,
      questions.map((q, i) => ({ ...q, cycleId, questionnaireVersion: version, position: i + 1 })),
    );
    return this.questionsOfVersions([`${cycleId}:${version}`], tx);
  }

  /** Makes `to` the cycle's current version, only if it is still at `from` (else the stale error). */
  async setQuestionnaireVersion(
    tx: EntityManager,
    cycleId: string,
    from: number,
    to: number,
    stale: () => DomainError,
  ): Promise<void> {
    const result = await tx
      .createQueryBuilder()
      .update(ReportingCycleEntity)
      .set({ questionnaireVersion: to })
      .where('id = :cycleId AND questionnaire_version = :from', { cycleId, from })
      .execute();
    if (!result.affected) throw stale();
  }

  /**
   * Copies answers to other questions of their entries (the new version's questions of the same code), in one
   * statement: the answer, comment, need and the request an accepted need raised. The answers copied stay as
   * they were, read with their own version.
   */
  async carryAnswers(tx: EntityManager, rows: ReadonlyArray<{ answerId: string; questionId: string }>): Promise<void> {
    if (rows.length === 0) return;
    await tx.query(
      `INSERT INTO checklist_answer (entry_id, question_id, answer, comment, needs_assistance, assistance_kind,
                                     assistance_topics, request_id, accepted_at, accepted_by_id)
       SELECT a.entry_id, m.question_id, a.answer, a.comment, a.needs_assistance, a.assistance_kind,
              a.assistance_topics, a.request_id, a.accepted_at, a.accepted_by_id
         FROM jsonb_to_recordset($1::jsonb) AS m(answer_id uuid, question_id uuid)
         JOIN checklist_answer a ON a.id = m.answer_id
       ON CONFLICT (entry_id, question_id) DO NOTHING`,
      [JSON.stringify(rows.map((r) => ({ answer_id: r.answerId, question_id: r.questionId })))],
    );
  }

  /** Moves entries to a version of the questionnaire: each is changed, so its version moves on. */
  async moveEntries(tx: EntityManager, entryIds: readonly string[], questionnaireVersion: number): Promise<void> {
    if (entryIds.length === 0) return;
    await tx
      .createQueryBuilder()
      .update(ChecklistEntryEntity)
      .set({ questionnaireVersion, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id IN (:...ids)', { ids: [...entryIds] })
      .execute();
  }

  /** The State's entry in the cycle, locked for the rest of the transaction; null when it has none yet. */
  lockEntryOf(tx: EntityManager, cycleId: string, stateIso3: string): Promise<ChecklistEntryEntity | null> {
    return tx
      .getRepository(ChecklistEntryEntity)
      .createQueryBuilder('e')
      .setLock('pessimistic_write')
      .where('e.cycle_id = :cycleId AND e.state_iso3 = :stateIso3', { cycleId, stateIso3 })
      .getOne();
  }

  /** Inserts a State's first entry in a cycle; null when a concurrent save made it first. */
  async insertEntry(
    tx: EntityManager,
    values: Omit<ChecklistEntryEntity, 'id' | 'version' | 'createdAt' | 'updatedAt'>,
  ): Promise<ChecklistEntryEntity | null> {
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(ChecklistEntryEntity)
      .values(values)
      .orIgnore()
      .returning('id')
      .execute();
    const id = (result.raw as Array<{ id: string }>)[0]?.id;
    return id ? tx.findOneByOrFail(ChecklistEntryEntity, { id }) : null;
  }

  updateEntry(
    tx: EntityManager,
    entry: ChecklistEntryEntity,
    changes: Partial<ChecklistEntryEntity>,
    stale: () => DomainError,
  ): Promise<void> {
    return updateIfVersion(tx, ChecklistEntryEntity, entry.id, entry.version, changes, stale);
  }

  async entryById(id: string): Promise<ChecklistEntryEntity | null> {
    if (!isUuid(id)) return null;
    return this.dataSource.manager.findOneBy(ChecklistEntryEntity, { id });
  }

  reloadEntry(tx: EntityManager, id: string): Promise<ChecklistEntryEntity> {
    return tx.findOneByOrFail(ChecklistEntryEntity, { id });
  }

  /**
   * Writes the answers given (others stay as they were), in one statement: an answer already there is replaced
   * and moves to its next version; an accepted need keeps the request it raised.
   */
  async upsertAnswers(tx: EntityManager, entryId: string, answers: readonly AnswerValues[]): Promise<void> {
    if (answers.length === 0) return;
    await tx.query(
      `INSERT INTO checklist_answer (entry_id, question_id, answer, comment, needs_assistance, assistance_kind, assistance_topics)
       SELECT $1, a.question_id, a.answer, a.comment, a.needs_assistance, a.assistance_kind, a.assistance_topics
         FROM jsonb_to_recordset($2::jsonb) AS a(question_id uuid, answer text, comment text, needs_assistance boolean,
                                                 assistance_kind text, assistance_topics text[])
       ON CONFLICT (entry_id, question_id) DO UPDATE SET
         answer = EXCLUDED.answer, comment = EXCLUDED.comment, needs_assistance = EXCLUDED.needs_assistance,
         assistance_kind = EXCLUDED.assistance_kind, assistance_topics = EXCLUDED.assistance_topics,
         version = checklist_answer.version + 1
       WHERE (checklist_answer.answer, checklist_answer.comment, checklist_answer.needs_assistance,
              checklist_answer.assistance_kind, checklist_answer.assistance_topics)
             IS DISTINCT FROM (EXCLUDED.answer, EXCLUDED.comment, EXCLUDED.needs_assistance,
              EXCLUDED.assistance_kind, EXCLUDED.assistance_topics)`,
      [
        entryId,
        JSON.stringify(
          answers.map((a) => ({
            question_id: a.questionId,
            answer: a.answer,
            comment: a.comment,
            needs_assistance: a.needsAssistance,
            assistance_kind: a.assistanceKind,
            assistance_topics: a.assistanceTopics,
          })),
        ),
      ],
    );
  }

  /**
   * The entry an answer belongs to, locked for the rest of the transaction (as a save locks it before it copies or
   * changes the entry's answers); nothing when there is no such answer.
   */
  async lockEntryOfAnswer(tx: EntityManager, answerId: string): Promise<void> {
    if (!isUuid(answerId)) return;
    await tx.query(
      `SELECT e.id FROM checklist_entry e WHERE e.id = (SELECT a.entry_id FROM checklist_answer a WHERE a.id = $1) FOR UPDATE`,
      [answerId],
    );
  }

  lockAnswer(tx: EntityManager, id: string, notFound: () => DomainError): Promise<ChecklistAnswerEntity> {
    return lockForUpdate(tx, ChecklistAnswerEntity, id, notFound);
  }

  async answerById(id: string): Promise<ChecklistAnswerEntity | null> {
    if (!isUuid(id)) return null;
    return this.dataSource.manager.findOneBy(ChecklistAnswerEntity, { id });
  }

  /** An answer with its entry's State and status and its question (to accept its need). */
  async answerContext(tx: EntityManager, answer: ChecklistAnswerEntity): Promise<AnswerContext> {
    const [row]: Array<{
      state_iso3: string;
      status: ChecklistStatus;
      submitted_on: string | null;
      instruments: string[];
      code: string;
      text_en: string;
      instrument_code: string;
      article: string;
      question_version: number;
      entry_version: number;
    }> = await tx.query(
      `SELECT e.state_iso3, e.status, e.submitted_on::text AS submitted_on, c.instruments,
              q.code, q.text_en, q.instrument_code, q.article,
              q.questionnaire_version AS question_version, e.questionnaire_version AS entry_version
         FROM checklist_entry e
         JOIN reporting_cycle c ON c.id = e.cycle_id
         JOIN checklist_question q ON q.id = $2
        WHERE e.id = $1`,
      [answer.entryId, answer.questionId],
    );
    return {
      answer,
      stateIso3: row.state_iso3.trim(),
      status: row.status,
      submittedOn: row.submitted_on,
      cycleInstruments: row.instruments,
      questionCode: row.code,
      questionText: row.text_en,
      instrumentCode: row.instrument_code,
      article: row.article,
      questionVersion: row.question_version,
      entryVersion: row.entry_version,
    };
  }

  /** Links an answer's need to the request it raised or joined (only if the answer is still at the version read). */
  linkAnswer(
    tx: EntityManager,
    answer: ChecklistAnswerEntity,
    requestId: string,
    acceptedById: string | null,
    at: Date,
    stale: () => DomainError,
  ): Promise<void> {
    return updateIfVersion(
      tx,
      ChecklistAnswerEntity,
      answer.id,
      answer.version,
      { requestId, acceptedById, acceptedAt: at },
      stale,
    );
  }

  reloadAnswer(tx: EntityManager, id: string): Promise<ChecklistAnswerEntity> {
    return tx.findOneByOrFail(ChecklistAnswerEntity, { id });
  }

  // ---------------------------------------------------------------- who has reported

  /**
   * Every State and where its checklist stands in the cycle (NOT_STARTED without an entry). Joins the reference
   * module's `state` table in the same statement (one row per State; splitting it would cost a query per State).
   */
  @SqlSnapshot([SqlArg.UUID])
  async reportingByState(cycleId: string): Promise<StateReportingRow[]> {
    const rows: Array<{ iso3: string; region: string; status: ChecklistStatus; submitted_on: string | null }> =
      await this.dataSource.query(
        `SELECT s.iso3, s.region, COALESCE(e.status, 'NOT_STARTED') AS status, e.submitted_on::text AS submitted_on
           FROM state s
           LEFT JOIN checklist_entry e ON e.state_iso3 = s.iso3 AND e.cycle_id = $1
          ORDER BY s.iso3`,
        [isUuid(cycleId) ? cycleId : null],
      );
    return rows.map((r) => ({
      stateIso3: r.iso3.trim(),
      region: r.region,
      status: r.status,
      submittedOn: r.submitted_on,
    }));
  }

  /**
   * Who has reported, by region, counted in SQL: the States of each region (reference's `state` table) against
   * the cycle's entries.
   */
  @SqlSnapshot([SqlArg.UUID])
  async reportedCounts(cycleId: string, tx?: EntityManager): Promise<ReportedCountRow[]> {
    const rows: Array<{
      region: string;
      states: number;
      submitted: number;
      updated: number;
      in_progress: number;
    }> = await this.db(tx).query(
      `SELECT s.region,
              count(*)::int AS states,
              count(*) FILTER (WHERE e.status IN ('SUBMITTED', 'UPDATED'))::int AS submitted,
              count(*) FILTER (WHERE e.status = 'UPDATED')::int AS updated,
              count(*) FILTER (WHERE e.status = 'IN_PROGRESS')::int AS in_progress
         FROM state s
         LEFT JOIN checklist_entry e ON e.state_iso3 = s.iso3 AND e.cycle_id = $1
        GROUP BY s.region
        ORDER BY s.region`,
      [isUuid(cycleId) ? cycleId : null],
    );
    return rows.map((r) => ({
      region: r.region,
      states: r.states,
      submitted: r.submitted,
      updated: r.updated,
      inProgress: r.in_progress,
      notReported: r.states - r.submitted,
    }));
  }

  /** Where a State's checklist stands in every cycle, newest cycle first (its profile, a State profile report). */
  @SqlSnapshot([SqlArg.STATE])
  async stateReporting(iso3: string, tx?: EntityManager): Promise<StateCycleReportingRow[]> {
    return this.db(tx).query(
      `SELECT c.name AS "cycleName", COALESCE(e.status, 'NOT_STARTED') AS status,
              e.submitted_on::text AS "submittedOn"
         FROM reporting_cycle c
         LEFT JOIN checklist_entry e ON e.cycle_id = c.id AND e.state_iso3 = $1
        ORDER BY c.opened_year DESC, c.name`,
      [iso3.toUpperCase()],
    );
  }
}

/** A State's checklist in one cycle. */
export interface StateCycleReportingRow {
  cycleName: string;
  status: ChecklistStatus;
  submittedOn: string | null;
}
