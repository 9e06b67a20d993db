import { Injectable } from '@nestjs/common';
import {
  carryAnswersByCode,
  checklistProblems,
  DEFAULT_PRIORITY_AREA,
  entryAfterPublications,
  hasReported,
  nextChecklistStatus,
  questionnaireProblems,
  versionAfterPublish,
  versionOnSave,
} from '@ta/domain';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { createOnce, idempotencyClaim } from '../../infra/database/idempotency.js';
import type { AccessPolicy } from '../access/access.policy.js';
import { AuditService } from '../audit/audit.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { isDuplicate } from '../requests/rules/duplicates.js';
import { RequestLogService } from '../requests/request-log.service.js';
import { RequestsService } from '../requests/requests.service.js';
import { ChecklistsException } from './checklists.exception.js';
import {
  ChecklistsRepository,
  type AnswerValues,
  type ReportedCountRow,
  type StateReportingRow,
} from './checklists.repository.js';
import type { PublishQuestionnaireVersionInput } from './dto/publish-questionnaire-version.input.js';
import type { SubmitChecklistInput } from './dto/submit-checklist.input.js';
import type { ChecklistAnswerEntity } from './entities/checklist-answer.entity.js';
import type { ChecklistEntryEntity } from './entities/checklist-entry.entity.js';
import type { ChecklistQuestionEntity } from './entities/checklist-question.entity.js';
import type { ReportingCycleEntity } from './entities/reporting-cycle.entity.js';

/** What only the demo data loader may set: the date of a past submission, the workshop, the illustrative mark. */
export interface SubmitOptions {
  at?: Date;
  workshopId?: string;
  illustrative?: boolean;
}

const today = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Reporting cycles and the checklist (paras. 4–9): a State's answers saved as a draft or submitted (a field office
 * for its States, the secretariat for all), and the secretariat's acceptance of an answer's need, which raises one
 * assistance request (channel "checklist") through the requests module, or joins an open one for the same need.
 */
@Injectable()
export class ChecklistsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ChecklistsRepository,
    private readonly reference: ReferenceService,
    private readonly requests: RequestsService,
    private readonly requestLog: RequestLogService,
    private readonly audit: AuditService,
  ) {}

  // ---------------------------------------------------------------- queries

  cycles(): Promise<ReportingCycleEntity[]> {
    return this.repository.cycles();
  }

  cycle(id: string): Promise<ReportingCycleEntity | null> {
    return this.repository.cycleById(id);
  }

  questionsOfCycles(cycleIds: readonly string[]): Promise<ChecklistQuestionEntity[]> {
    return this.repository.questionsOfCycles(cycleIds);
  }

  /** A cycle's entries (one State's when asked): those who read requests read States' answers; donors do not. */
  entries(policy: AccessPolicy, cycleId: string, stateIso3?: string | null): Promise<ChecklistEntryEntity[]> {
    policy.assert('requests.read', 'answersByState');
    return this.repository.entries(cycleId, stateIso3);
  }

  /** Entries' answers to the version each answers, or to `version` when given (answers a newer one left out). */
  answersOfEntries(entryIds: readonly string[], version?: number | null): Promise<ChecklistAnswerEntity[]> {
    return this.repository.answersOfEntries(entryIds, undefined, version);
  }

  /** The questions of given versions of cycles' questionnaires (`cycleId:version` keys). */
  questionsOfVersions(keys: readonly string[]): Promise<ChecklistQuestionEntity[]> {
    return this.repository.questionsOfVersions(keys);
  }

  reportingByState(cycleId: string): Promise<StateReportingRow[]> {
    return this.repository.reportingByState(cycleId);
  }

  reportedCounts(cycleId: string): Promise<ReportedCountRow[]> {
    return this.repository.reportedCounts(cycleId);
  }

  // ---------------------------------------------------------------- use cases

  /**
   * Saves a State's checklist in a cycle: a draft (IN_PROGRESS) or a submission (SUBMITTED, or UPDATED when it
   * was submitted before), in one transaction, only if nobody saved it meanwhile (`expectedVersion`). The same
   * idempotency key again answers the first save.
   */
  submit(
    input: SubmitChecklistInput,
    policy: AccessPolicy,
    options: SubmitOptions = {},
  ): Promise<ChecklistEntryEntity> {
    policy.assert('checklists.enter', 'input');
    const actor = policy.actorOrFail;
    return createOnce(
      this.dataSource,
      idempotencyClaim(actor, 'submitChecklist', input),
      async (tx) => {
        // Shared: a publication of a new version waits for this save, or this save for it.
        const cycle = await this.repository.lockCycle(tx, input.cycleId, true);
        if (!cycle) throw ChecklistsException.cycleNotFound(input.cycleId, 'input.cycleId');
        const stateIso3 = input.stateIso3.toUpperCase();
        const [state] = await this.reference.statesByIso3([stateIso3]);
        if (!state) {
          throw ChecklistsException.invalid(
            'UNKNOWN_REFERENCE',
            `No State has the code "${stateIso3}".`,
            'input.stateIso3',
          );
        }
        await policy.assertMayActOnState(stateIso3, 'input.stateIso3');
        const current = await this.repository.lockEntryOf(tx, cycle.id, stateIso3);
        if ((current?.version ?? null) !== (input.expectedVersion ?? null)) {
          throw ChecklistsException.stale(input.expectedVersion ?? null, current?.version ?? 0);
        }
        const questions = await this.repository.questionsOfCycles([cycle.id], tx);
        // A save answers the cycle's current version: an entry begun (or submitted) under an older one takes the
        // answers whose question code is still there (checklists.ts of @ta/domain); the others stay with their version.
        const questionnaireVersion = versionOnSave(cycle.questionnaireVersion);
        if (current && current.questionnaireVersion !== questionnaireVersion) {
          await this.carryTo(tx, [current], questions, false);
        }
        const answers = input.answers.map((a): AnswerValues => ({
          questionId: a.questionId,
          answer: a.answer ?? null,
          comment: a.comment?.trim() || null,
          needsAssistance: a.needsAssistance ?? false,
          assistanceKind: a.needsAssistance ? (a.assistanceKind ?? null) : null,
          assistanceTopics: a.needsAssistance ? [...new Set(a.assistanceTopics ?? [])] : [],
        }));
        const duplicate = answers.findIndex((a, i) => answers.findIndex((b) => b.questionId === a.questionId) !== i);
        if (duplicate >= 0) {
          throw ChecklistsException.invalid(
            'INVALID_INPUT',
            `answers.${duplicate}: this question is answered twice.`,
            `input.answers.${duplicate}.questionId`,
          );
        }
        // A submission answers every question: those answered before count as well as those sent now.
        const before = current ? await this.repository.answersOfEntries([current.id], tx, questionnaireVersion) : [];
        const merged = new Map(before.map((a) => [a.questionId, a as AnswerValues]));
        for (const a of answers) merged.set(a.questionId, a);
        const ids = questions.map((q) => q.id);
        const problems = input.submit
          ? [
              ...checklistProblems(ids, answers, false),
              ...checklistProblems(ids, [...merged.values()], true).filter((p) => p.reason === 'ANSWER_MISSING'),
            ]
          : checklistProblems(ids, answers, false, current?.status ?? 'NOT_STARTED');
        const problem = problems[0];
        if (problem) {
          const field =
            problem.index >= 0
              ? `input.answers.${problem.index}.${problem.field}`
              : `input.${problem.field === 'submit' ? 'submit' : 'answers'}`;
          throw ChecklistsException.invalid(problem.reason, problem.message, field);
        }

        const at = options.at ?? new Date();
        const status = nextChecklistStatus(current?.status ?? 'NOT_STARTED', input.submit);
        const focalPoint =
          input.focalPoint === undefined ? (current?.focalPoint ?? null) : input.focalPoint?.trim() || null;
        let entry: ChecklistEntryEntity;
        if (!current) {
          const inserted = await this.repository.insertEntry(tx, {
            cycleId: cycle.id,
            stateIso3,
            questionnaireVersion,
            focalPoint,
            status,
            submittedOn: input.submit ? today(at) : null,
            enteredById: actor.userId,
            workshopId: options.workshopId ?? null,
            illustrative: options.illustrative ?? false,
          });
          // Another first save of the same State's checklist committed meanwhile.
          if (!inserted) throw ChecklistsException.stale(null, 1);
          entry = inserted;
        } else {
          await this.repository.updateEntry(
            tx,
            current,
            {
              focalPoint,
              status,
              questionnaireVersion,
              submittedOn: input.submit ? today(at) : current.submittedOn,
              enteredById: actor.userId,
              updatedAt: at,
              ...(options.workshopId ? { workshopId: options.workshopId } : {}),
            },
            () => ChecklistsException.stale(input.expectedVersion ?? null, current.version + 1),
          );
          entry = current;
        }
        await this.repository.upsertAnswers(tx, entry.id, answers);
        await this.audit.record(tx, actor, {
          action: current ? 'UPDATED' : 'CREATED',
          entityType: 'checklist_entry',
          entityId: entry.id,
          before: current
            ? { status: current.status, questionnaireVersion: current.questionnaireVersion, version: current.version }
            : undefined,
          after: {
            cycleId: cycle.id,
            stateIso3,
            status,
            questionnaireVersion,
            answers: answers.length,
            version: (current?.version ?? 0) + 1,
          },
        });
        return this.repository.reloadEntry(tx, entry.id);
      },
      (entry) => entry.id,
      (id) => this.repository.entryById(id),
    );
  }

  /**
   * Publishes a new version of a cycle's questionnaire (the secretariat), in one transaction, only if the cycle is
   * still at `expectedVersion`: the questions are written as version N+1, which becomes the cycle's current one;
   * entries then follow the rule of `@ta/domain` (checklists.ts): a submitted entry stays on its version, a draft
   * moves to the new one with the answers whose question code is still there (the others stay, readable with the
   * old version). Audited: the cycle, and each entry moved.
   */
  publishQuestionnaireVersion(
    input: PublishQuestionnaireVersionInput,
    policy: AccessPolicy,
  ): Promise<ReportingCycleEntity> {
    policy.assert('checklists.publishQuestionnaire', 'input');
    const actor = policy.actorOrFail;
    return this.dataSource.transaction(async (tx) => {
      const cycle = await this.repository.lockCycle(tx, input.cycleId);
      if (!cycle) throw ChecklistsException.cycleNotFound(input.cycleId, 'input.cycleId');
      const from = cycle.questionnaireVersion;
      if (from !== input.expectedVersion) throw ChecklistsException.staleQuestionnaire(input.expectedVersion, from);
      const problem = questionnaireProblems(input.questions, cycle.instruments)[0];
      if (problem) {
        throw ChecklistsException.invalid(
          problem.reason,
          problem.message,
          problem.index >= 0 ? `input.questions.${problem.index}.${problem.field}` : 'input.questions',
          problem.values,
        );
      }
      const to = from + 1;
      const questions = await this.repository.insertQuestions(
        tx,
        cycle.id,
        to,
        input.questions.map((q) => ({
          code: q.code.trim(),
          sectionEn: q.sectionEn.trim(),
          sectionFr: q.sectionFr.trim(),
          sectionEs: q.sectionEs.trim(),
          instrumentCode: q.instrumentCode,
          article: q.article.trim(),
          textEn: q.textEn.trim(),
          textFr: q.textFr.trim(),
          textEs: q.textEs.trim(),
          illustrative: q.illustrative ?? false,
        })),
      );
      await this.repository.setQuestionnaireVersion(tx, cycle.id, from, to, () =>
        ChecklistsException.staleQuestionnaire(input.expectedVersion, to),
      );
      const entries = await this.repository.lockEntriesOf(tx, cycle.id);
      const moving = entries.filter((e) => versionAfterPublish(e, to) !== e.questionnaireVersion);
      const carried = await this.carryTo(tx, moving, questions, true);
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'reporting_cycle',
        entityId: cycle.id,
        before: { questionnaireVersion: from },
        after: {
          questionnaireVersion: to,
          questions: questions.length,
          codes: questions.map((q) => q.code),
          draftsMoved: moving.length,
          submittedStayed: entries.length - moving.length,
        },
      });
      for (const entry of moving) {
        // What a reader of the entry sees it become (the rule of @ta/domain; moveEntries writes it).
        const moved = entryAfterPublications(entry, to);
        await this.audit.record(tx, actor, {
          action: 'UPDATED',
          entityType: 'checklist_entry',
          entityId: entry.id,
          before: { questionnaireVersion: entry.questionnaireVersion, version: entry.version },
          after: {
            questionnaireVersion: moved.questionnaireVersion,
            version: moved.version,
            answersCarried: carried.get(entry.id)?.carried ?? 0,
            answersLeftOut: carried.get(entry.id)?.leftOut ?? 0,
          },
        });
      }
      return (await this.repository.lockCycle(tx, cycle.id))!;
    });
  }

  /**
   * Carries entries' answers to the version `questions` belong to, by question code (the rule of
   * `carryAnswersByCode`), and with `move` moves the entries there (a save moves its entry itself); the answers to
   * questions the new version removed stay with the old version.
   */
  private async carryTo(
    tx: EntityManager,
    entries: readonly ChecklistEntryEntity[],
    questions: readonly ChecklistQuestionEntity[],
    move: boolean,
  ): Promise<Map<string, { carried: number; leftOut: number }>> {
    const counts = new Map<string, { carried: number; leftOut: number }>();
    const version = questions[0]?.questionnaireVersion;
    if (entries.length === 0 || version === undefined) return counts;
    const answers = await this.repository.answersOfEntries(
      entries.map((e) => e.id),
      tx,
    );
    const keys = [...new Set(entries.map((e) => `${e.cycleId}:${e.questionnaireVersion}`))];
    const old = await this.repository.questionsOfVersions(keys, tx);
    const rows: Array<{ answerId: string; questionId: string }> = [];
    for (const entry of entries) {
      const from = old.filter(
        (q) => q.cycleId === entry.cycleId && q.questionnaireVersion === entry.questionnaireVersion,
      );
      const own = answers.filter((a) => a.entryId === entry.id);
      const { carried, leftOut } = carryAnswersByCode(own, from, questions);
      rows.push(...carried.map((c) => ({ answerId: c.answer.id, questionId: c.questionId })));
      counts.set(entry.id, { carried: carried.length, leftOut: leftOut.length });
    }
    await this.repository.carryAnswers(tx, rows);
    if (move)
      await this.repository.moveEntries(
        tx,
        entries.map((e) => e.id),
        version,
      );
    return counts;
  }

  /**
   * Accepts a submitted answer's need for technical assistance (the secretariat): it becomes one assistance
   * request (channel "checklist") linked to the answer, or joins the State's open request for the same need (the
   * requests module's duplicate rule). Accepting it again answers the same link and creates nothing.
   */
  acceptNeed(answerId: string, policy: AccessPolicy): Promise<ChecklistAnswerEntity> {
    policy.assert('checklists.accept', 'answerId');
    const actor = policy.actorOrFail;
    return this.dataSource.transaction(async (tx) => {
      // The entry first, as a save takes it before it copies the entry's answers to a newer questionnaire version:
      // an acceptance and a State's update take turns, so the link is never copied before it is made.
      await this.repository.lockEntryOfAnswer(tx, answerId);
      const answer = await this.repository.lockAnswer(tx, answerId, () => ChecklistsException.answerNotFound(answerId));
      if (answer.requestId) return answer;
      const context = await this.repository.answerContext(tx, answer);
      // An answer the State's checklist no longer gives (updated under a newer version since the page was read).
      if (context.questionVersion !== context.entryVersion) {
        throw ChecklistsException.supersededAnswer(context.questionVersion, context.entryVersion);
      }
      if (!answer.needsAssistance || !answer.assistanceKind) {
        throw ChecklistsException.invalid(
          'NO_NEED_TO_ACCEPT',
          'This answer does not say the State needs technical assistance.',
          'answerId',
        );
      }
      if (!hasReported(context.status)) {
        throw ChecklistsException.invalid(
          'NO_NEED_TO_ACCEPT',
          'This checklist is a draft: accept its needs once the State has submitted it.',
          'answerId',
        );
      }
      const need = {
        id: answer.id,
        stateIso3: context.stateIso3,
        kind: answer.assistanceKind,
        topics: answer.assistanceTopics,
        status: 'RECEIVED' as const,
      };
      const open = await this.requests.openCandidatesOfStates(policy, [context.stateIso3]);
      const same = open.find((candidate) => isDuplicate(need, candidate));
      const at = new Date();
      const requestId =
        same?.id ??
        (
          await this.requestLog.log(
            {
              stateIso3: context.stateIso3,
              kind: answer.assistanceKind,
              topics: answer.assistanceTopics,
              priorityAreaCode: DEFAULT_PRIORITY_AREA[answer.assistanceKind] ?? 'E',
              receivedOn: context.submittedOn ?? today(at),
              channel: 'checklist',
              instruments: [context.instrumentCode],
              description:
                `Need stated in the checklist, ${context.instrumentCode} ${context.article} (${context.questionCode}): ` +
                `${context.questionText}${answer.comment ? ` — ${answer.comment}` : ''}`.slice(0, 1900),
            },
            policy,
            { tx, externalRef: `checklist-answer:${answer.id}` },
          )
        ).id;
      await this.repository.linkAnswer(tx, answer, requestId, actor.userId, at, () =>
        ChecklistsException.stale(answer.version, answer.version + 1, 'answerId'),
      );
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'checklist_answer',
        entityId: answer.id,
        before: { requestId: null, version: answer.version },
        after: { requestId, joinedOpenRequest: Boolean(same), version: answer.version + 1 },
      });
      return this.repository.reloadAnswer(tx, answer.id);
    });
  }
}
