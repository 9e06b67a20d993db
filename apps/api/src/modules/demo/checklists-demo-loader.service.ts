import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { ChecklistsRepository } from '../checklists/checklists.repository.js';
import { ChecklistsService } from '../checklists/checklists.service.js';
import { WorkshopsRepository } from '../workshops/workshops.repository.js';
import {
  DAKAR_SUBMITTED_ON,
  DAKAR_UPDATED,
  DAKAR_WORKSHOP_REF,
  DEMO_CYCLE,
  DEMO_NEED_ANSWERS,
  DEMO_QUESTIONS,
  EARLIER_SUBMITTED_ON,
  illustrativeAnswer,
} from './checklists-demo.data.js';

/**
 * The 2008 cycle and its questionnaire, the Dakar checklists (para. 9) submitted through the service (so they obey
 * its rules), and the secretariat's acceptance of the needs the document names. Each step once: loading again
 * changes nothing.
 */
@Injectable()
export class ChecklistsDemoLoader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly checklists: ChecklistsService,
    private readonly repository: ChecklistsRepository,
    private readonly workshops: WorkshopsRepository,
    private readonly policies: AccessPolicies,
  ) {}

  async load(actor: Actor): Promise<void> {
    const policy = this.policies.forActor(actor);
    const cycle = await this.repository.insertCycleOnce(
      DEMO_CYCLE,
      DEMO_QUESTIONS.map((q, i) => ({
        questionnaireVersion: DEMO_CYCLE.questionnaireVersion,
        code: q.code,
        position: i + 1,
        sectionEn: q.section.en,
        sectionFr: q.section.fr,
        sectionEs: q.section.es,
        instrumentCode: q.instrumentCode,
        article: q.article,
        textEn: q.text.en,
        textFr: q.text.fr,
        textEs: q.text.es,
        illustrative: true,
      })),
    );
    const workshop = await this.workshops.byExternalRef(this.dataSource.manager, DAKAR_WORKSHOP_REF);
    if (!workshop) return;
    const participants = [...(await this.workshops.participatingStates(this.dataSource.manager, workshop.id))].sort();
    const questions = await this.repository.questionsOfCycles([cycle.id]);
    const done = new Set((await this.repository.entries(cycle.id)).map((e) => e.stateIso3.trim()));
    for (const stateIso3 of participants) {
      if (done.has(stateIso3)) continue;
      const answers = questions.map((q) => {
        const need = DEMO_NEED_ANSWERS.find((n) => n.stateIso3 === stateIso3 && n.questionCode === q.code);
        return need
          ? {
              questionId: q.id,
              answer: need.answer,
              comment: need.comment,
              needsAssistance: true,
              assistanceKind: need.kind,
              assistanceTopics: need.topics,
            }
          : { questionId: q.id, answer: illustrativeAnswer(stateIso3, q.position) };
      });
      const base = {
        cycleId: cycle.id,
        stateIso3,
        focalPoint: `Focal point for reporting, ${stateIso3} (illustrative)`,
        answers,
        submit: true,
      };
      const options = { workshopId: workshop.id, illustrative: true };
      if (DAKAR_UPDATED.includes(stateIso3)) {
        const first = await this.checklists.submit({ ...base, expectedVersion: null }, policy, {
          ...options,
          at: new Date(`${EARLIER_SUBMITTED_ON}T10:00:00Z`),
        });
        await this.checklists.submit({ ...base, expectedVersion: first.version }, policy, {
          ...options,
          at: new Date(`${DAKAR_SUBMITTED_ON}T16:00:00Z`),
        });
      } else {
        await this.checklists.submit({ ...base, expectedVersion: null }, policy, {
          ...options,
          at: new Date(`${DAKAR_SUBMITTED_ON}T16:00:00Z`),
        });
      }
    }
    // The secretariat accepts the needs the document names: each joins the request already logged for it.
    const entries = await this.repository.entries(cycle.id);
    const answers = await this.repository.answersOfEntries(entries.map((e) => e.id));
    for (const need of DEMO_NEED_ANSWERS) {
      const entry = entries.find((e) => e.stateIso3.trim() === need.stateIso3);
      const question = questions.find((q) => q.code === need.questionCode);
      const answer = answers.find((a) => a.entryId === entry?.id && a.questionId === question?.id);
      if (answer && !answer.requestId) await this.checklists.acceptNeed(answer.id, policy);
    }
  }
}
