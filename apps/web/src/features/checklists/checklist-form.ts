import {
  checklistProblems,
  CHECKLIST_LIMITS,
  type AssistanceKind,
  type ChecklistAnswerValue,
  type ChecklistStatus,
} from '@ta/domain';
import type { ChecklistEntryFieldsFragment } from '@ta/graphql-types/graphql';
import type { Problems } from '../../forms';

/** One answer as the form keeps it (strings for the selects, '' for none). */
export interface AnswerValues {
  questionId: string;
  answer: ChecklistAnswerValue | '';
  comment: string;
  needsAssistance: boolean;
  assistanceKind: AssistanceKind | '';
  assistanceTopics: string[];
}

export interface ChecklistValues {
  focalPoint: string;
  answers: AnswerValues[];
}

/** The form's values from the saved entry (or empty), one row per question in the questionnaire's order. */
export function checklistValues(
  questionIds: readonly string[],
  entry: ChecklistEntryFieldsFragment | null | undefined,
): ChecklistValues {
  return {
    focalPoint: entry?.focalPoint ?? '',
    answers: questionIds.map((questionId) => {
      const saved = entry?.answers.find((a) => a.questionId === questionId);
      return {
        questionId,
        answer: saved?.answer ?? '',
        comment: saved?.comment ?? '',
        needsAssistance: saved?.needsAssistance ?? false,
        assistanceKind: saved?.assistanceKind ?? '',
        assistanceTopics: saved?.assistanceTopics ?? [],
      };
    }),
  };
}

const drafts = (values: ChecklistValues) =>
  values.answers.map((a) => ({
    questionId: a.questionId,
    answer: a.answer || null,
    needsAssistance: a.needsAssistance,
    assistanceKind: a.assistanceKind || null,
    assistanceTopics: a.assistanceTopics,
  }));

/** The same rules as the API (`checklistProblems` of @ta/domain), keyed by the form's paths. */
export function validateChecklist(values: ChecklistValues, submit: boolean, status: ChecklistStatus): Problems {
  const problems: Problems = {};
  if (values.focalPoint.length > CHECKLIST_LIMITS.focalPoint) {
    problems.focalPoint = { key: 'validation.checklistTooLong', values: { max: CHECKLIST_LIMITS.focalPoint } };
  }
  const ids = values.answers.map((a) => a.questionId);
  for (const p of checklistProblems(ids, drafts(values), submit, submit ? 'NOT_STARTED' : status)) {
    if (p.reason === 'ASSISTANCE_KIND_MISSING') {
      problems[`answers.${p.index}.assistanceKind`] = { key: 'validation.checklistKindMissing' };
    } else if (p.reason === 'ASSISTANCE_TOPIC_MISSING') {
      problems[`answers.${p.index}.assistanceTopics`] = { key: 'validation.topicsRequired' };
    } else if (p.reason === 'ANSWER_MISSING') {
      values.answers.forEach((a, i) => {
        if (!a.answer) problems[`answers.${i}.answer`] = { key: 'validation.checklistAnswerMissing' };
      });
    }
  }
  values.answers.forEach((a, i) => {
    if (a.comment.length > CHECKLIST_LIMITS.comment) {
      problems[`answers.${i}.comment`] = {
        key: 'validation.checklistTooLong',
        values: { max: CHECKLIST_LIMITS.comment },
      };
    }
  });
  return problems;
}

/** The mutation's input from the form's values: only answered (or commented, or needing) questions are sent. */
export function toChecklistInput(values: ChecklistValues) {
  return {
    focalPoint: values.focalPoint.trim() || null,
    answers: values.answers
      .filter((a) => a.answer || a.comment.trim() || a.needsAssistance)
      .map((a) => ({
        questionId: a.questionId,
        answer: a.answer || null,
        comment: a.comment.trim() || null,
        needsAssistance: a.needsAssistance,
        assistanceKind: a.needsAssistance ? a.assistanceKind || null : null,
        assistanceTopics: a.needsAssistance ? a.assistanceTopics : [],
      })),
  };
}
