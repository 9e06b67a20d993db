import {
  mergeQuestionnaireEdits,
  questionnaireProblems,
  type QuestionDraft,
  type QuestionnaireConflict,
  type QuestionnaireProblemReason,
} from '@ta/domain';
import type { QuestionnaireQuery } from '@ta/graphql-types/graphql';
import { newKey, type Problem, type Problems } from '../../forms';

/** One question of the new version as the form keeps it (`key` only for React; `illustrative` kept from its source). */
export interface QuestionValues extends QuestionDraft {
  key: string;
  illustrative: boolean;
}

export interface QuestionnaireValues {
  questions: QuestionValues[];
}

type Question = NonNullable<QuestionnaireQuery['reportingCycle']>['questions'][number];

/** The form starts from the current version: every question as it is, to edit, remove or add to. */
export function questionnaireValues(questions: readonly Question[]): QuestionnaireValues {
  return {
    questions: questions.map((q) => ({
      key: newKey('question'),
      code: q.code,
      sectionEn: q.sectionEn,
      sectionFr: q.sectionFr,
      sectionEs: q.sectionEs,
      instrumentCode: q.instrumentCode,
      article: q.article,
      textEn: q.textEn,
      textFr: q.textFr,
      textEs: q.textEs,
      illustrative: q.illustrative,
    })),
  };
}

/** A new, empty question under the cycle's first instrument, in the section of the one before it. */
export function newQuestion(instruments: readonly string[], before?: QuestionValues): QuestionValues {
  return {
    key: newKey('question'),
    code: '',
    sectionEn: before?.sectionEn ?? '',
    sectionFr: before?.sectionFr ?? '',
    sectionEs: before?.sectionEs ?? '',
    instrumentCode: before?.instrumentCode ?? instruments[0] ?? '',
    article: '',
    textEn: '',
    textFr: '',
    textEs: '',
    illustrative: false,
  };
}

const MESSAGES: Record<QuestionnaireProblemReason, Problem['key']> = {
  QUESTIONNAIRE_EMPTY: 'validation.questionnaireEmpty',
  QUESTIONNAIRE_TOO_LONG: 'validation.questionnaireTooLong',
  QUESTION_CODE_INVALID: 'validation.questionCodeInvalid',
  DUPLICATE_QUESTION_CODE: 'validation.questionCodeTwice',
  QUESTION_TEXT_MISSING: 'validation.questionTextMissing',
  QUESTION_TEXT_TOO_LONG: 'validation.questionTextTooLong',
  INSTRUMENT_NOT_IN_CYCLE: 'validation.questionInstrument',
};

/** The same checks as the API (`questionnaireProblems` of @ta/domain), keyed by the form's paths. */
export function validateQuestionnaire(values: QuestionnaireValues, instruments: readonly string[]): Problems {
  const problems: Problems = {};
  for (const p of questionnaireProblems(values.questions, instruments)) {
    const path = p.index >= 0 ? `questions.${p.index}.${p.field}` : 'questions';
    problems[path] ??= { key: MESSAGES[p.reason], values: p.values };
  }
  return problems;
}

/** The mutation's questions from the form's values. */
export function toQuestionnaireInput(values: QuestionnaireValues) {
  return values.questions.map(({ key: _key, ...q }) => ({
    ...q,
    code: q.code.trim(),
    sectionEn: q.sectionEn.trim(),
    sectionFr: q.sectionFr.trim(),
    sectionEs: q.sectionEs.trim(),
    article: q.article.trim(),
    textEn: q.textEn.trim(),
    textFr: q.textFr.trim(),
    textEs: q.textEs.trim(),
  }));
}

/**
 * The form's questions after a refusal because someone published version `theirs` meanwhile: the person's edits
 * (begun from `base`) replayed on it, by the rule of @ta/domain (`mergeQuestionnaireEdits`); the person's
 * questions keep their keys (what they typed stays where it is on screen).
 */
export function mergeQuestionnaireForm(
  base: readonly Question[],
  mine: QuestionnaireValues,
  theirs: readonly Question[],
): {
  values: QuestionnaireValues;
  conflicts: Array<QuestionnaireConflict<QuestionValues>>;
  /** Both reordered, differently: the person's order (the codes), version `theirs`' kept until they choose. */
  myOrder: string[] | null;
} {
  const merged = mergeQuestionnaireEdits(
    questionnaireValues(base).questions,
    mine.questions,
    questionnaireValues(theirs).questions,
  );
  return {
    values: { questions: merged.questions },
    conflicts: merged.conflicts,
    myOrder: merged.orderConflict ? mine.questions.map((q) => q.code.trim()) : null,
  };
}

/** The questions in the order of `codes` (the person's), those it does not name staying in their places. */
export function inOrder(values: QuestionnaireValues, codes: readonly string[]): QuestionnaireValues {
  const rank = (q: QuestionValues) => codes.indexOf(q.code.trim());
  const slots = values.questions.flatMap((q, i) => (rank(q) >= 0 ? [i] : []));
  const sorted = slots.map((i) => values.questions[i]).sort((a, b) => rank(a) - rank(b));
  const questions = [...values.questions];
  slots.forEach((slot, j) => (questions[slot] = sorted[j]));
  return { questions };
}

/** The question with the person's values of the fields `conflict` names replaced by the other version's. */
export function takeTheirFields(
  question: QuestionValues,
  conflict: QuestionnaireConflict<QuestionValues>,
): QuestionValues {
  const { theirs } = conflict;
  if (!theirs) return question;
  return { ...question, ...Object.fromEntries(conflict.fields.map((f) => [f, theirs[f]])) };
}

/** Where to put back a question `theirs` has and the form does not: before the one it precedes there (or last). */
export function putBack(
  values: QuestionnaireValues,
  question: QuestionValues,
  theirs: readonly Question[],
): QuestionnaireValues {
  const codes = theirs.map((q) => q.code);
  const after = codes.slice(codes.indexOf(question.code) + 1);
  const at = values.questions.findIndex((q) => after.includes(q.code.trim()));
  const questions = [...values.questions];
  questions.splice(at < 0 ? questions.length : at, 0, question);
  return { questions };
}
