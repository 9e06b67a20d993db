import { requiresTopic, type AssistanceKind } from './assistance.js';

/**
 * The self-assessment checklist and its reporting cycles (paras. 4–9): the vocabulary and the rules of an
 * entry (one State's checklist in one cycle), used by the API and the web form alike.
 */

/** Where a State's checklist in a cycle stands. */
export const CHECKLIST_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED', 'UPDATED'] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];

/** The answer a question takes. */
export const CHECKLIST_ANSWERS = ['YES', 'NO', 'PARTLY'] as const;
export type ChecklistAnswerValue = (typeof CHECKLIST_ANSWERS)[number];

/** A State has reported in a cycle when its checklist is submitted (or submitted again with updates). */
export function hasReported(status: ChecklistStatus): boolean {
  return status === 'SUBMITTED' || status === 'UPDATED';
}

/** The status an entry takes when saved: a draft is IN_PROGRESS; a first submission SUBMITTED, a later one UPDATED. */
export function nextChecklistStatus(
  current: ChecklistStatus,
  submit: boolean,
): Exclude<ChecklistStatus, 'NOT_STARTED'> {
  if (!submit) return 'IN_PROGRESS';
  return hasReported(current) ? 'UPDATED' : 'SUBMITTED';
}

export const CHECKLIST_LIMITS = { focalPoint: 200, comment: 2000 } as const;

export interface ChecklistAnswerDraft {
  questionId: string;
  answer?: ChecklistAnswerValue | null;
  comment?: string | null;
  needsAssistance?: boolean | null;
  assistanceKind?: AssistanceKind | null;
  assistanceTopics?: readonly string[] | null;
}

export type ChecklistProblemReason =
  | 'ANSWER_MISSING'
  | 'ASSISTANCE_KIND_MISSING'
  | 'ASSISTANCE_TOPIC_MISSING'
  | 'UNKNOWN_QUESTION'
  | 'DRAFT_AFTER_SUBMISSION';

export interface ChecklistProblem {
  /** Which answer (its index in the list given), or -1 for the checklist as a whole. */
  index: number;
  field: 'answer' | 'assistanceKind' | 'assistanceTopics' | 'questionId' | 'submit';
  reason: ChecklistProblemReason;
  message: string;
}

/**
 * What is wrong with a checklist as saved: each answer's need names its kind (and a topic, when the kind
 * needs one: training on what?); a submission answers every question of the questionnaire; a checklist
 * already submitted is changed only by submitting it again (an update), not by a draft.
 */
export function checklistProblems(
  questionIds: readonly string[],
  answers: readonly ChecklistAnswerDraft[],
  submit: boolean,
  current: ChecklistStatus = 'NOT_STARTED',
): ChecklistProblem[] {
  const problems: ChecklistProblem[] = [];
  if (!submit && hasReported(current)) {
    problems.push({
      index: -1,
      field: 'submit',
      reason: 'DRAFT_AFTER_SUBMISSION',
      message: 'This checklist was submitted: change it by submitting an update, not by saving a draft.',
    });
  }
  const known = new Set(questionIds);
  answers.forEach((a, index) => {
    if (!known.has(a.questionId)) {
      problems.push({
        index,
        field: 'questionId',
        reason: 'UNKNOWN_QUESTION',
        message: `answers.${index}: this question is not in the cycle's questionnaire.`,
      });
      return;
    }
    if (a.needsAssistance && !a.assistanceKind) {
      problems.push({
        index,
        field: 'assistanceKind',
        reason: 'ASSISTANCE_KIND_MISSING',
        message: `answers.${index}: say which kind of technical assistance is needed.`,
      });
    } else if (
      a.needsAssistance &&
      a.assistanceKind &&
      requiresTopic(a.assistanceKind) &&
      !a.assistanceTopics?.length
    ) {
      problems.push({
        index,
        field: 'assistanceTopics',
        reason: 'ASSISTANCE_TOPIC_MISSING',
        message: `answers.${index}: name at least one topic for ${a.assistanceKind}.`,
      });
    }
  });
  if (submit) {
    const answered = new Set(answers.filter((a) => a.answer).map((a) => a.questionId));
    const missing = questionIds.filter((id) => !answered.has(id));
    if (missing.length) {
      problems.push({
        index: -1,
        field: 'answer',
        reason: 'ANSWER_MISSING',
        message: `Answer every question before submitting (${missing.length} unanswered); save a draft meanwhile.`,
      });
    }
  }
  return problems;
}
