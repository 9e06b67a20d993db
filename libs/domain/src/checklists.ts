import { requiresTopic, type AssistanceKind } from './assistance.js';
import { QUESTION_CODE_PATTERN, QUESTIONNAIRE_LIMITS } from './limits.js';

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

// ---------------------------------------------------------------- versions of the questionnaire

/** A question as the versioning rule sees it: its row in one version, and the code that carries it across versions. */
export interface VersionedQuestion {
  id: string;
  code: string;
}

/**
 * When a new version of the questionnaire is published, which version an entry answers: a submitted entry (SUBMITTED
 * or UPDATED) stays on the version it was submitted under, its answers read against that version's questions; an
 * entry not yet submitted (a draft) moves to the new version.
 */
export function versionAfterPublish(
  entry: { status: ChecklistStatus; questionnaireVersion: number },
  published: number,
): number {
  return hasReported(entry.status) ? entry.questionnaireVersion : published;
}

/**
 * An entry after publications of the questionnaire up to version `published`, as its reader sees it: each
 * publication that moves it (`versionAfterPublish`) changes it, so its `version` (the one a save's
 * `expectedVersion` names) goes up by one; an entry a publication leaves where it is keeps its version. A client
 * that read the entry (e.g. a draft kept on a device) tells from this whether what changed since was only
 * publications, or someone's save.
 */
export function entryAfterPublications(
  entry: { status: ChecklistStatus; questionnaireVersion: number; version: number },
  published: number,
): { status: ChecklistStatus; questionnaireVersion: number; version: number } {
  let current = entry;
  for (let next = entry.questionnaireVersion + 1; next <= published; next += 1) {
    const questionnaireVersion = versionAfterPublish(current, next);
    if (questionnaireVersion !== current.questionnaireVersion) {
      current = { ...current, questionnaireVersion, version: current.version + 1 };
    }
  }
  return current;
}

/**
 * When an entry is saved (a draft, or a State's update of a submitted checklist, status UPDATED): the save answers
 * the cycle's current version, whatever version the entry answered before.
 */
export function versionOnSave(cycleVersion: number): number {
  return cycleVersion;
}

/**
 * How an entry's answers follow it from one version of the questionnaire to another: an answer whose question's
 * `code` is still in the new version is carried (the same answer, now to the new version's question of that code);
 * an answer to a question that was removed is left out of the new version, not destroyed: it stays readable with
 * the old version. Answers to questions unknown in `from` are left out too.
 */
export function carryAnswersByCode<A extends { questionId: string }>(
  answers: readonly A[],
  from: readonly VersionedQuestion[],
  to: readonly VersionedQuestion[],
): { carried: Array<{ answer: A; questionId: string }>; leftOut: A[] } {
  const codeOf = new Map(from.map((q) => [q.id, q.code]));
  const idOf = new Map(to.map((q) => [q.code, q.id]));
  const carried: Array<{ answer: A; questionId: string }> = [];
  const leftOut: A[] = [];
  for (const answer of answers) {
    const code = codeOf.get(answer.questionId);
    const questionId = code === undefined ? undefined : idOf.get(code);
    if (questionId === undefined) leftOut.push(answer);
    else carried.push({ answer, questionId });
  }
  return { carried, leftOut };
}

/** One question of a new version as typed (the API's input and the web form alike). */
export interface QuestionDraft {
  code: string;
  sectionEn: string;
  sectionFr: string;
  sectionEs: string;
  instrumentCode: string;
  article: string;
  textEn: string;
  textFr: string;
  textEs: string;
}

export type QuestionnaireProblemReason =
  | 'QUESTIONNAIRE_EMPTY'
  | 'QUESTIONNAIRE_TOO_LONG'
  | 'QUESTION_CODE_INVALID'
  | 'DUPLICATE_QUESTION_CODE'
  | 'QUESTION_TEXT_MISSING'
  | 'QUESTION_TEXT_TOO_LONG'
  | 'INSTRUMENT_NOT_IN_CYCLE';

export interface QuestionnaireProblem {
  /** Which question (its index in the list given), or -1 for the questionnaire as a whole. */
  index: number;
  field: keyof QuestionDraft | 'questions';
  reason: QuestionnaireProblemReason;
  message: string;
  values?: Record<string, string | number>;
}

const TEXT_FIELDS = [
  ['sectionEn', QUESTIONNAIRE_LIMITS.sectionMax],
  ['sectionFr', QUESTIONNAIRE_LIMITS.sectionMax],
  ['sectionEs', QUESTIONNAIRE_LIMITS.sectionMax],
  ['article', QUESTIONNAIRE_LIMITS.articleMax],
  ['textEn', QUESTIONNAIRE_LIMITS.textMax],
  ['textFr', QUESTIONNAIRE_LIMITS.textMax],
  ['textEs', QUESTIONNAIRE_LIMITS.textMax],
] as const;

/**
 * What is wrong with a new version of a questionnaire: at least one question and at most `questionsMax`; each
 * question has a code of its own (capitals, digits, ".", "_", "-"), its section and text in English, French and
 * Spanish and its article, none blank or too long, under one of the cycle's instruments.
 */
export function questionnaireProblems(
  questions: readonly QuestionDraft[],
  cycleInstruments: readonly string[],
): QuestionnaireProblem[] {
  const problems: QuestionnaireProblem[] = [];
  if (questions.length === 0) {
    problems.push({
      index: -1,
      field: 'questions',
      reason: 'QUESTIONNAIRE_EMPTY',
      message: 'Give at least one question.',
    });
  }
  if (questions.length > QUESTIONNAIRE_LIMITS.questionsMax) {
    problems.push({
      index: -1,
      field: 'questions',
      reason: 'QUESTIONNAIRE_TOO_LONG',
      message: `A questionnaire has at most ${QUESTIONNAIRE_LIMITS.questionsMax} questions.`,
      values: { max: QUESTIONNAIRE_LIMITS.questionsMax },
    });
  }
  const firstIndexOf = new Map<string, number>();
  questions.forEach((q, index) => {
    const code = q.code.trim();
    if (!QUESTION_CODE_PATTERN.test(code)) {
      problems.push({
        index,
        field: 'code',
        reason: 'QUESTION_CODE_INVALID',
        message: `questions.${index}: a code is 1 to ${QUESTIONNAIRE_LIMITS.codeMax} capitals, digits, ".", "_" or "-", e.g. "UNTOC-5".`,
        values: { max: QUESTIONNAIRE_LIMITS.codeMax },
      });
    } else if (firstIndexOf.has(code)) {
      problems.push({
        index,
        field: 'code',
        reason: 'DUPLICATE_QUESTION_CODE',
        message: `questions.${index}: the code "${code}" is already used by question ${firstIndexOf.get(code)! + 1}: each question needs its own code.`,
        values: { code, other: firstIndexOf.get(code)! + 1 },
      });
    } else {
      firstIndexOf.set(code, index);
    }
    for (const [field, max] of TEXT_FIELDS) {
      const value = q[field].trim();
      if (!value) {
        problems.push({
          index,
          field,
          reason: 'QUESTION_TEXT_MISSING',
          message: `questions.${index}.${field}: required (every question is asked in English, French and Spanish).`,
        });
      } else if (value.length > max) {
        problems.push({
          index,
          field,
          reason: 'QUESTION_TEXT_TOO_LONG',
          message: `questions.${index}.${field}: at most ${max} characters.`,
          values: { max },
        });
      }
    }
    if (!cycleInstruments.includes(q.instrumentCode)) {
      problems.push({
        index,
        field: 'instrumentCode',
        reason: 'INSTRUMENT_NOT_IN_CYCLE',
        message: `questions.${index}: the cycle covers ${cycleInstruments.join(', ')}; "${q.instrumentCode}" is not one of them.`,
        values: { instruments: cycleInstruments.join(', ') },
      });
    }
  });
  return problems;
}

// ---------------------------------------------------------------- comparing and merging versions of the questionnaire

/** A question as a version of the questionnaire has it (the API's input and the web form alike). */
export interface PublishedQuestion extends QuestionDraft {
  illustrative: boolean;
}

/** What a question says besides its code (its key): compared and merged one by one. */
export const QUESTION_FIELDS = [
  'instrumentCode',
  'article',
  'sectionEn',
  'sectionFr',
  'sectionEs',
  'textEn',
  'textFr',
  'textEs',
] as const;
export type QuestionField = (typeof QUESTION_FIELDS)[number];

/** A field of a question a merge compares: its texts, section, article, instrument, and illustrative or not. */
export type MergedQuestionField = QuestionField | 'illustrative';

/** The value of a field as publishing keeps it (texts trimmed). */
function fieldValue(q: PublishedQuestion, field: MergedQuestionField): string | boolean {
  return field === 'illustrative' ? q.illustrative : q[field].trim();
}

/**
 * Two versions of one question read alike: the same texts, section, article and instrument (spaces around them
 * aside, as publishing trims them), and both illustrative or neither.
 */
export function sameQuestion(a: PublishedQuestion, b: PublishedQuestion): boolean {
  return (
    a.code.trim() === b.code.trim() &&
    a.illustrative === b.illustrative &&
    QUESTION_FIELDS.every((field) => a[field].trim() === b[field].trim())
  );
}

/** The codes `after` and `before` both have, in `after`'s order, differ from `before`'s order of them. */
function reorderedFrom(before: readonly PublishedQuestion[], after: readonly PublishedQuestion[]): boolean {
  const inAfter = new Set(after.map((q) => q.code.trim()));
  const inBefore = new Set(before.map((q) => q.code.trim()));
  const was = before.map((q) => q.code.trim()).filter((c) => inAfter.has(c));
  const now = after.map((q) => q.code.trim()).filter((c) => inBefore.has(c));
  return was.some((code, i) => now[i] !== code);
}

/** What one version of the questionnaire changed from another, by question code. */
export interface QuestionnaireChanges {
  added: string[];
  removed: string[];
  /** Kept codes whose question reads differently (a text, section, article, instrument, or illustrative or not). */
  changed: string[];
  /** The questions both have are asked in another order. */
  reordered: boolean;
}

/** What `after` (e.g. the version someone published meanwhile) changed from `before` (the one an edit began from). */
export function questionnaireChanges(
  before: readonly PublishedQuestion[],
  after: readonly PublishedQuestion[],
): QuestionnaireChanges {
  const old = new Map(before.map((q) => [q.code.trim(), q]));
  const codes = new Set(after.map((q) => q.code.trim()));
  return {
    added: after.filter((q) => !old.has(q.code.trim())).map((q) => q.code.trim()),
    removed: before.filter((q) => !codes.has(q.code.trim())).map((q) => q.code.trim()),
    changed: after
      .filter((q) => {
        const was = old.get(q.code.trim());
        return was !== undefined && !sameQuestion(was, q);
      })
      .map((q) => q.code.trim()),
    reordered: reorderedFrom(before, after),
  };
}

/**
 * A question both sides of a merge changed (`mine`: the edits of the person whose publication was refused;
 * `theirs`: the version someone published meanwhile), each in its own way:
 * - BOTH_CHANGED: both changed one of its fields (`fields`), each differently (or both added this code with
 *   different fields) — the person's value of those fields is kept, the rest merged field by field;
 * - EDITED_REMOVED: the person edited it, the other version removed it — kept, as edited;
 * - REMOVED_CHANGED: the person removed it, the other version changed it — left out, as the person chose.
 * Each is for the person to decide; the merge's choice only stands until then.
 */
export interface QuestionnaireConflict<Q extends PublishedQuestion = PublishedQuestion> {
  code: string;
  kind: 'BOTH_CHANGED' | 'EDITED_REMOVED' | 'REMOVED_CHANGED';
  /** The question as merged (the person's, with what only the other version changed); none when they removed it. */
  mine: Q | null;
  /** The other version's (none when it removed it). */
  theirs: Q | null;
  /** BOTH_CHANGED: the fields both changed, differently (empty for the other kinds). */
  fields: MergedQuestionField[];
}

/** What a merge of a person's edits with a version published meanwhile gives (see `mergeQuestionnaireEdits`). */
export interface QuestionnaireMerge<Q extends PublishedQuestion> {
  questions: Q[];
  conflicts: Array<QuestionnaireConflict<Q>>;
  /**
   * Both sides put the questions in a new order, each in its own: the other version's order is kept and the
   * person's is dropped — for them to know (and redo if they want).
   */
  orderConflict: boolean;
}

const MERGED_FIELDS: readonly MergedQuestionField[] = [...QUESTION_FIELDS, 'illustrative'];

/**
 * One question both sides changed, merged field by field: a field only one side changed from `base` (none: a
 * code both added) is taken from that side; a field both changed alike is taken; a field both changed differently
 * keeps the person's value and is named in `fields`. The result keeps the rest of `mine` (e.g. the form's key).
 */
function mergeQuestion<Q extends PublishedQuestion>(
  base: PublishedQuestion | undefined,
  mine: Q,
  theirs: Q,
): { question: Q; fields: MergedQuestionField[] } {
  const question = { ...mine } as Q;
  const fields: MergedQuestionField[] = [];
  for (const field of MERGED_FIELDS) {
    const m = fieldValue(mine, field);
    const t = fieldValue(theirs, field);
    if (m === t) continue;
    if (base && m === fieldValue(base, field)) {
      Object.assign(question, { [field]: theirs[field] });
    } else if (!base || t !== fieldValue(base, field)) {
      fields.push(field);
    }
  }
  return { question, fields };
}

/**
 * The edits a person began from version `base` of the questionnaire, replayed on `theirs`, a version someone
 * published meanwhile (a three-way merge by question code, then field by field), so that publishing them does not
 * undo it:
 * - a question the person left as it was in `base` is taken as `theirs` has it (reworded, removed, moved);
 * - a question `theirs` left as it was is taken as the person has it (edited, removed);
 * - a question both changed is merged field by field (see `mergeQuestion`): a field both changed differently is a
 *   conflict (see `QuestionnaireConflict`), the person's value kept;
 * - questions either side added are kept.
 * The order is `theirs`' unless only the person reordered (both reordering, differently, is `orderConflict`); a
 * question only one side has goes before the one it preceded on that side (last if it was last).
 */
export function mergeQuestionnaireEdits<Q extends PublishedQuestion>(
  base: readonly PublishedQuestion[],
  mine: readonly Q[],
  theirs: readonly Q[],
): QuestionnaireMerge<Q> {
  const code = (q: PublishedQuestion) => q.code.trim();
  const baseOf = new Map(base.map((q) => [code(q), q]));
  const mineOf = new Map(mine.map((q) => [code(q), q]));
  const theirsOf = new Map(theirs.map((q) => [code(q), q]));
  const kept = new Map<string, Q>();
  const conflicts: Array<QuestionnaireConflict<Q>> = [];
  const codes = [...new Set([...mine.map(code), ...theirs.map(code), ...base.map(code)])];
  for (const c of codes) {
    const was = baseOf.get(c);
    const m = mineOf.get(c);
    const t = theirsOf.get(c);
    const mineChanged = was ? !m || !sameQuestion(was, m) : m !== undefined;
    const theirsChanged = was ? !t || !sameQuestion(was, t) : t !== undefined;
    if (!mineChanged) {
      if (t) kept.set(c, t);
    } else if (!theirsChanged) {
      if (m) kept.set(c, m);
    } else if (m && t) {
      const merged = mergeQuestion(was, m, t);
      kept.set(c, merged.question);
      if (merged.fields.length) {
        conflicts.push({ code: c, kind: 'BOTH_CHANGED', mine: merged.question, theirs: t, fields: merged.fields });
      }
    } else if (m) {
      kept.set(c, m);
      conflicts.push({ code: c, kind: 'EDITED_REMOVED', mine: m, theirs: null, fields: [] });
    } else if (t) {
      conflicts.push({ code: c, kind: 'REMOVED_CHANGED', mine: null, theirs: t, fields: [] });
    }
  }
  // The order: one side's (theirs, unless only the person reordered), the other side's own questions added to it.
  const mineReordered = reorderedFrom(base, mine);
  const theirsReordered = reorderedFrom(base, theirs);
  const mineFirst = mineReordered && !theirsReordered;
  const orderConflict = mineReordered && theirsReordered && reorderedFrom(mine, theirs);
  const [first, second] = mineFirst ? [mine, theirs] : [theirs, mine];
  const order = first.map(code).filter((c) => kept.has(c));
  // Placed from the last: each goes before the question it preceded on its side (at the end if none).
  for (let i = second.length - 1; i >= 0; i -= 1) {
    const c = code(second[i]);
    if (!kept.has(c) || order.includes(c)) continue;
    let at = order.length;
    for (let j = i + 1; j < second.length; j += 1) {
      const next = order.indexOf(code(second[j]));
      if (next >= 0) {
        at = next;
        break;
      }
    }
    order.splice(at, 0, c);
  }
  return { questions: order.map((c) => kept.get(c)!), conflicts, orderConflict };
}
