import {
  carryAnswersByCode,
  checklistProblems,
  CHECKLIST_LIMITS,
  entryAfterPublications,
  hasReported,
  type AssistanceKind,
  type ChecklistAnswerValue,
  type ChecklistStatus,
  type VersionedQuestion,
} from '@ta/domain';
import type { ChecklistEntryFieldsFragment } from '@ta/graphql-types/graphql';
import type { Problems } from '../../forms';

/** One answer as the form keeps it (strings for the selects, '' for none), with its question's code. */
export interface AnswerValues {
  questionId: string;
  /** The question's code: what carries the answer to a newer version of the questionnaire. */
  code: string;
  answer: ChecklistAnswerValue | '';
  comment: string;
  needsAssistance: boolean;
  assistanceKind: AssistanceKind | '';
  assistanceTopics: string[];
}

/** An answer typed on this device to a question a newer version removed: kept and shown, never sent. */
export interface RemovedAnswerValues extends AnswerValues {
  /** The version of the questionnaire that asked it. */
  askedIn: number;
}

export interface ChecklistValues {
  focalPoint: string;
  /** The version of the questionnaire the answers answer (the cycle's when the form was filled in). */
  questionnaireVersion: number;
  answers: AnswerValues[];
  /** Answers a draft kept on the device gave to questions a newer version removed. */
  noLongerAsked: RemovedAnswerValues[];
  /**
   * The rows as the form was first shown them (the entry's saved answers; none saved: empty rows): what a draft of
   * these values was typed over. A row equal to its own here was not typed on this device. Missing in drafts of
   * earlier releases (then every row counts as typed).
   */
  basisAnswers?: AnswerValues[];
}

/** The form's values from the saved entry (or empty), one row per question of `questionnaireVersion`, in order. */
export function checklistValues(
  questions: readonly VersionedQuestion[],
  entry: Pick<ChecklistEntryFieldsFragment, 'focalPoint' | 'answers'> | null | undefined,
  questionnaireVersion: number,
): ChecklistValues {
  const answers = questions.map(({ id: questionId, code }): AnswerValues => {
    const saved = entry?.answers.find((a) => a.questionId === questionId);
    return {
      questionId,
      code,
      answer: saved?.answer ?? '',
      comment: saved?.comment ?? '',
      needsAssistance: saved?.needsAssistance ?? false,
      assistanceKind: saved?.assistanceKind ?? '',
      assistanceTopics: saved?.assistanceTopics ?? [],
    };
  });
  return {
    focalPoint: entry?.focalPoint ?? '',
    questionnaireVersion,
    answers,
    noLongerAsked: [],
    basisAnswers: answers.map((a) => ({ ...a, assistanceTopics: [...a.assistanceTopics] })),
  };
}

/** Two rows say the same (the form's own fields; a comment's surrounding spaces aside). */
function sameAnswer(a: AnswerValues, b: AnswerValues): boolean {
  return (
    a.answer === b.answer &&
    a.comment.trim() === b.comment.trim() &&
    a.needsAssistance === b.needsAssistance &&
    (a.needsAssistance ? a.assistanceKind : '') === (b.needsAssistance ? b.assistanceKind : '') &&
    JSON.stringify(a.needsAssistance ? [...a.assistanceTopics].sort() : []) ===
      JSON.stringify(b.needsAssistance ? [...b.assistanceTopics].sort() : [])
  );
}

/**
 * The rows of a draft typed on this device: those that differ from what the form first showed (`basisAnswers`, the
 * entry's saved answers) — one cleared on purpose too. A draft of an earlier release (no `basisAnswers`): all.
 */
function typedRows(values: ChecklistValues): AnswerValues[] {
  const basis = Array.isArray(values.basisAnswers) ? values.basisAnswers : null;
  if (!basis) return values.answers;
  const byQuestion = new Map(basis.map((a) => [a.questionId, a]));
  return values.answers.filter((a) => {
    const was = byQuestion.get(a.questionId);
    return !was || !sameAnswer(a, was);
  });
}

/** An answer says something (a row left untouched is no answer to keep). */
function saysSomething(a: AnswerValues): boolean {
  return Boolean(a.answer || a.comment.trim() || a.needsAssistance);
}

/** What a checklist draft on the device was typed against: the entry as read (none yet: version 0). */
export interface ChecklistDraftBasis {
  [name: string]: string | number;
  entryVersion: number;
  status: ChecklistStatus;
  entryQuestionnaireVersion: number;
}

export function checklistDraftBasis(
  entry: Pick<ChecklistEntryFieldsFragment, 'version' | 'status' | 'questionnaireVersion'> | null | undefined,
  cycleVersion: number,
): ChecklistDraftBasis {
  return {
    entryVersion: entry?.version ?? 0,
    status: entry?.status ?? 'NOT_STARTED',
    entryQuestionnaireVersion: entry?.questionnaireVersion ?? cycleVersion,
  };
}

/**
 * A checklist's draft kept on the device, as it comes back now: as it was if nothing changed; carried over to the
 * current version of the questionnaire (by question code, the rule of @ta/domain) if what changed since it was
 * typed is only publications of newer versions, its answers to removed questions kept in `noLongerAsked`; left
 * out (null) if someone saved the checklist meanwhile, or the draft is not one of this form.
 *
 * A draft a save kept (`kept`, written by `finish(keep)`: see `draftKeptAfterSave`) holds nothing typed but its
 * answers to questions no longer asked: it comes back as the entry is now with those answers, whoever saved the
 * entry since (`restoreKeptDraft`).
 */
export function restoreChecklistDraft(
  draft: { values: ChecklistValues; basis?: unknown; kept?: boolean },
  now: {
    questions: readonly VersionedQuestion[];
    entry: Pick<
      ChecklistEntryFieldsFragment,
      'focalPoint' | 'answers' | 'version' | 'status' | 'questionnaireVersion'
    > | null;
    cycleVersion: number;
  },
): ChecklistValues | null {
  const { values } = draft;
  if (draft.kept) return restoreKeptDraft(values, now);
  const basis = draft.basis as ChecklistDraftBasis | undefined;
  if (!basis || typeof values?.questionnaireVersion !== 'number' || !Array.isArray(values.answers)) return null;
  const current = checklistDraftBasis(now.entry, now.cycleVersion);
  if (values.questionnaireVersion === now.cycleVersion) {
    if (JSON.stringify(basis) !== JSON.stringify(current)) return null;
    // Nobody saved since: the entry as read now is the one typed over (a draft of an earlier release learns it).
    return Array.isArray(values.basisAnswers)
      ? values
      : { ...values, basisAnswers: checklistValues(now.questions, now.entry, now.cycleVersion).basisAnswers };
  }
  if (values.questionnaireVersion > now.cycleVersion) return null;
  // Only publications since? Then the entry is what they make of the one the draft was typed against.
  const expected =
    basis.entryVersion === 0
      ? basis
      : (() => {
          const e = entryAfterPublications(
            {
              status: basis.status,
              questionnaireVersion: basis.entryQuestionnaireVersion,
              version: basis.entryVersion,
            },
            now.cycleVersion,
          );
          return { entryVersion: e.version, status: e.status, entryQuestionnaireVersion: e.questionnaireVersion };
        })();
  const same =
    expected.entryVersion === current.entryVersion &&
    expected.status === current.status &&
    (expected.entryVersion === 0 || expected.entryQuestionnaireVersion === current.entryQuestionnaireVersion);
  if (!same) return null;
  const kept = values.noLongerAsked ?? [];
  // The rows typed on this device (one cleared on purpose too), not the saved answers the draft started from — a
  // saved answer to a question the publication removed was sent, it is not the device's to list apart; of those
  // no longer asked, the ones that say something.
  const typed = [...typedRows(values), ...kept];
  const from = typed.map((a) => ({ id: a.questionId, code: a.code }));
  const { carried, leftOut } = carryAnswersByCode(typed, from, now.questions);
  const base = checklistValues(now.questions, now.entry, now.cycleVersion);
  const byQuestion = new Map(carried.map((c) => [c.questionId, c.answer]));
  return {
    focalPoint: values.focalPoint,
    questionnaireVersion: now.cycleVersion,
    answers: base.answers.map((row) => {
      const answer = byQuestion.get(row.questionId);
      if (!answer) return row;
      const { askedIn: _askedIn, ...typedAnswer } = answer as RemovedAnswerValues;
      return { ...typedAnswer, questionId: row.questionId, code: row.code };
    }),
    noLongerAsked: leftOut.filter(saysSomething).map((a) => ({
      ...a,
      askedIn: (a as Partial<RemovedAnswerValues>).askedIn ?? values.questionnaireVersion,
    })),
    // Written again with the new basis: the entry as it is now is what the draft is typed over from then on.
    basisAnswers: base.basisAnswers,
  };
}

/**
 * A draft a save kept for its answers to questions no longer asked, as it comes back now: the entry as it is now
 * (its answers were saved: the draft's copy of them is not what the device holds apart, even where a publication
 * since removed their question), with the draft's own answers to questions no longer asked — kept whoever saved
 * the entry since, never sent. One of them whose question is asked again goes back to its row, if the entry left
 * that row unanswered. Null: the draft holds none (or is not one of this form).
 */
export function restoreKeptDraft(
  values: ChecklistValues,
  now: {
    questions: readonly VersionedQuestion[];
    entry: Pick<ChecklistEntryFieldsFragment, 'focalPoint' | 'answers'> | null;
    cycleVersion: number;
  },
): ChecklistValues | null {
  const kept = Array.isArray(values?.noLongerAsked) ? values.noLongerAsked.filter(saysSomething) : [];
  if (kept.length === 0) return null;
  const base = checklistValues(now.questions, now.entry, now.cycleVersion);
  const from = kept.map((a) => ({ id: a.questionId, code: a.code }));
  const { carried, leftOut } = carryAnswersByCode(kept, from, now.questions);
  const back = new Map(carried.map((c) => [c.questionId, c.answer]));
  const stillApart: RemovedAnswerValues[] = [...leftOut];
  const answers = base.answers.map((row) => {
    const answer = back.get(row.questionId);
    if (!answer) return row;
    // The entry answered that question since: the saved answer stands, the device's stays apart.
    if (saysSomething(row)) {
      stillApart.push(answer);
      return row;
    }
    const { askedIn: _askedIn, ...typed } = answer;
    return { ...typed, questionId: row.questionId, code: row.code };
  });
  return { ...base, answers, noLongerAsked: stillApart };
}

/**
 * What the form says of a draft it restored (`restored`: what `restoreChecklistDraft` made of it; null, not
 * restored): nothing for one a save kept (`kept`: nothing in it was typed, whatever it holds); for a typed one,
 * that it is back — and, carried over to a newer version, the version it was typed for (`carriedFrom`), even when
 * every question it answered was removed (all its answers then listed apart).
 */
export function restoredDraftNotice(
  draft: { values: Pick<ChecklistValues, 'questionnaireVersion'>; kept?: boolean },
  restored: ChecklistValues | null,
): { carriedFrom: number | null } | null {
  if (!restored || draft.kept) return null;
  const from = draft.values.questionnaireVersion;
  return { carriedFrom: from !== restored.questionnaireVersion ? from : null };
}

/**
 * Where a checklist draft was kept by releases before drafts survived a publication: one name per version of the
 * questionnaire, `checklist:<cycle>:<State>:<person>:v<version>`.
 */
export const oldChecklistDraftName = (cycleId: string, iso3: string, userId: string, version: number): string =>
  `checklist:${cycleId}:${iso3}:${userId}:v${version}`;

/** The version of the questionnaire an old draft's name says (null: not such a name). */
export function versionOfOldChecklistDraft(name: string): number | null {
  const m = /:v(\d+)$/.exec(name);
  return m ? Number(m[1]) : null;
}

/**
 * A checklist draft as an earlier release kept it (its rows without question codes, its basis the entry's version
 * as a number, 0 for none yet) in this release's shape: the rows of `old.questions` (the questions of the version
 * it was typed against, found by id) with their codes, and the basis the entry then had — only if what changed
 * since is at most publications of newer versions (`entryAfterPublications`); null if someone saved the checklist
 * since, or the draft is not one of a checklist.
 */
export function checklistDraftFromOld(
  draft: { values: unknown; basis?: unknown },
  old: { version: number; questions: readonly VersionedQuestion[] },
  now: {
    entry: Pick<ChecklistEntryFieldsFragment, 'version' | 'status' | 'questionnaireVersion'> | null;
    cycleVersion: number;
  },
): { values: ChecklistValues; basis: ChecklistDraftBasis } | null {
  const values = draft.values as Partial<{ focalPoint: unknown; answers: unknown }> | null | undefined;
  const typedBasis = draft.basis;
  if (!values || !Array.isArray(values.answers) || typeof typedBasis !== 'number') return null;
  if (old.version > now.cycleVersion) return null;
  const { entry } = now;
  let basis: ChecklistDraftBasis;
  if (!entry) {
    if (typedBasis !== 0) return null;
    basis = { entryVersion: 0, status: 'NOT_STARTED', entryQuestionnaireVersion: old.version };
  } else {
    if (typedBasis === 0) return null;
    // A submitted checklist stayed on its version; a draft then answered the version the page showed.
    const then = hasReported(entry.status) ? entry.questionnaireVersion : old.version;
    if (then > old.version) return null;
    basis = { entryVersion: typedBasis, status: entry.status, entryQuestionnaireVersion: then };
    const expected = entryAfterPublications(
      { status: basis.status, questionnaireVersion: then, version: typedBasis },
      now.cycleVersion,
    );
    if (
      expected.version !== entry.version ||
      expected.status !== entry.status ||
      expected.questionnaireVersion !== entry.questionnaireVersion
    ) {
      return null;
    }
  }
  const typed = new Map(
    (values.answers as Array<Partial<AnswerValues>>)
      .filter((a) => a && typeof a.questionId === 'string')
      .map((a) => [a.questionId!, a]),
  );
  // The rows typed over: none saved, the empty ones; a saved entry's answers then are not known (every row counts
  // as typed, as before).
  const { basisAnswers, ...empty } = checklistValues(old.questions, null, old.version);
  return {
    values: {
      ...empty,
      ...(entry ? {} : { basisAnswers }),
      focalPoint: typeof values.focalPoint === 'string' ? values.focalPoint : '',
      answers: empty.answers.map((row) => {
        const a = typed.get(row.questionId);
        if (!a) return row;
        return {
          ...row,
          answer: a.answer ?? '',
          comment: typeof a.comment === 'string' ? a.comment : '',
          needsAssistance: Boolean(a.needsAssistance),
          assistanceKind: a.assistanceKind ?? '',
          assistanceTopics: Array.isArray(a.assistanceTopics) ? a.assistanceTopics : [],
        };
      }),
    },
    basis,
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
    answers: values.answers.filter(saysSomething).map((a) => ({
      questionId: a.questionId,
      answer: a.answer || null,
      comment: a.comment.trim() || null,
      needsAssistance: a.needsAssistance,
      assistanceKind: a.needsAssistance ? a.assistanceKind || null : null,
      assistanceTopics: a.needsAssistance ? a.assistanceTopics : [],
    })),
  };
}

/**
 * How the page converts an old checklist draft (see `moveOldDraft`): the questions of the version it was typed
 * against are read (`questionsOf`, a urql answer: it resolves with `error` rather than rejecting) unless it is the
 * current version. A failed read throws — the old draft stays on the device for the next load — rather than
 * answering null, which would mean "no longer applies" and remove it. A draft already under the new name (typed
 * after a move that failed) is combined with it (`combineOldDraft`), what it holds kept.
 */
export function oldChecklistDraftConverter<Q extends VersionedQuestion>(
  now: {
    cycleVersion: number;
    questions: readonly Q[];
    entry: Pick<ChecklistEntryFieldsFragment, 'version' | 'status' | 'questionnaireVersion'> | null;
  },
  questionsOf: (
    version: number,
  ) => Promise<{ data?: { reportingCycle?: { questions: readonly Q[] } | null } | null; error?: unknown }>,
) {
  return async <D extends { values: unknown; basis?: unknown }>(
    old: D,
    oldName: string,
    current?: { values: ChecklistValues; basis?: unknown; kept?: boolean },
  ) => {
    const version = versionOfOldChecklistDraft(oldName) ?? now.cycleVersion;
    let questions = now.questions;
    if (version !== now.cycleVersion) {
      const result = await questionsOf(version);
      if (result.error || !result.data) {
        throw new Error(`The questions of version ${version} could not be read: the old draft is kept.`);
      }
      questions = result.data.reportingCycle?.questions ?? [];
    }
    if (!questions.length) return null;
    const moved = checklistDraftFromOld(
      old,
      { version, questions },
      { entry: now.entry, cycleVersion: now.cycleVersion },
    );
    if (!moved || !current) return moved && { ...old, ...moved };
    // The draft under the new name keeps its key and basis; combined, it holds typed answers: no longer `kept`.
    const { kept: _kept, ...typed } = current;
    return { ...old, ...typed, values: combineOldDraft(moved.values, current.values) };
  };
}

/**
 * An old draft (moved to this release's shape, `old`) combined with the draft typed under the new name since
 * (`current`, typed after the move failed, or kept by a save): `current` as it is — its focal point if it has one,
 * each of its rows that says something, its answers to questions no longer asked — and the old draft's answers
 * where `current` says nothing (matched by question code); an old answer to a question `current` does not ask is
 * kept apart (`noLongerAsked`, asked in the old draft's version) to be carried as any other when restored. The
 * result is a typed draft (not marked kept), at `current`'s version.
 */
export function combineOldDraft(old: ChecklistValues, current: ChecklistValues): ChecklistValues {
  const oldByCode = new Map(old.answers.filter(saysSomething).map((a) => [a.code, a]));
  const answers = current.answers.map((row) => {
    const typed = oldByCode.get(row.code);
    oldByCode.delete(row.code);
    if (!typed || saysSomething(row)) return row;
    return { ...typed, questionId: row.questionId, code: row.code };
  });
  const apart = [...oldByCode.values()]
    .filter((a) => !(current.noLongerAsked ?? []).some((k) => k.code === a.code))
    .map((a) => ({ ...a, askedIn: old.questionnaireVersion }));
  return {
    ...current,
    focalPoint: current.focalPoint.trim() ? current.focalPoint : old.focalPoint,
    answers,
    noLongerAsked: [...(current.noLongerAsked ?? []), ...apart],
  };
}

/**
 * After a save refused as stale, the form may be shown again (the draft carried over) only once what it shows is
 * on the device (`written` true), and only if `carried` (the page's check that the draft applies to the checklist
 * as it is now) says so; otherwise the values stay on screen and the refusal is said. True: shown again.
 */
export async function showAgainAfterRefusal(
  written: () => Promise<boolean>,
  carried: () => Promise<boolean>,
): Promise<boolean> {
  if (!(await written())) return false;
  return carried();
}

/**
 * What stays on the device after a save: the answers to questions no longer asked, never sent, until the person
 * forgets them — a draft holding the saved entry's answers and only those (null: there are none).
 */
export function draftKeptAfterSave(
  saved: Pick<ChecklistEntryFieldsFragment, 'focalPoint' | 'answers' | 'version' | 'status' | 'questionnaireVersion'>,
  questions: readonly VersionedQuestion[],
  cycleVersion: number,
  noLongerAsked: readonly RemovedAnswerValues[],
): { values: ChecklistValues; basis: ChecklistDraftBasis } | null {
  if (noLongerAsked.length === 0) return null;
  return {
    values: { ...checklistValues(questions, saved, cycleVersion), noLongerAsked: [...noLongerAsked] },
    basis: checklistDraftBasis(saved, cycleVersion),
  };
}

/**
 * Whether a draft restored on an older submitted checklist is an update someone began on this device: its focal
 * point or an answer differs from the entry's own, carried to the current version (`base`). A draft kept after a
 * save only for its answers to questions no longer asked (`draftKeptAfterSave`) begins nothing.
 */
export function updateBegun(restored: ChecklistValues, base: ChecklistValues): boolean {
  const said = (v: ChecklistValues) =>
    JSON.stringify([
      v.focalPoint.trim(),
      v.answers.map((a) => [
        a.questionId,
        a.answer,
        a.comment.trim(),
        a.needsAssistance,
        a.needsAssistance ? a.assistanceKind : '',
        a.needsAssistance ? [...a.assistanceTopics].sort() : [],
      ]),
    ]);
  return said(restored) !== said(base);
}

/** An older entry's answers as an update starts from them: carried to the current version by question code. */
export function carriedToCurrent<
  E extends Pick<ChecklistEntryFieldsFragment, 'answers'> & { questions: readonly VersionedQuestion[] },
>(older: E, questions: readonly VersionedQuestion[]): E {
  return {
    ...older,
    answers: carryAnswersByCode(older.answers, older.questions, questions).carried.map((c) => ({
      ...c.answer,
      questionId: c.questionId,
    })),
  };
}

/**
 * Whether the draft kept on the device (`kept`, none: undefined) comes back on the checklist as read now
 * (`fresh`: the cycle, its questions and the State's entry) — as the form shown again would restore it — and is
 * the form's own (`typedWith`: the idempotency key of the draft the form on screen holds, typed there). A draft a
 * save kept (`kept.kept`), or one of another key (another tab saved, or typed, since this form's last write),
 * is not what the person typed on screen: showing it would lose that, so it does not carry.
 */
export function draftCarriesTo(
  kept: { values: ChecklistValues; basis?: unknown; kept?: boolean; idempotencyKey?: string } | undefined,
  fresh: {
    questionnaireVersion: number;
    questions: readonly VersionedQuestion[];
    answersByState: readonly (Pick<
      ChecklistEntryFieldsFragment,
      'focalPoint' | 'answers' | 'version' | 'status' | 'questionnaireVersion'
    > & { questions: readonly VersionedQuestion[] })[];
  },
  typedWith: string,
): boolean {
  if (!kept || kept.kept || kept.idempotencyKey !== typedWith) return false;
  const entry = fresh.answersByState[0] ?? null;
  const older = entry && entry.questionnaireVersion !== fresh.questionnaireVersion ? entry : null;
  return (
    restoreChecklistDraft(kept, {
      questions: fresh.questions,
      entry: older ? carriedToCurrent(older, fresh.questions) : entry,
      cycleVersion: fresh.questionnaireVersion,
    }) !== null
  );
}

/**
 * Whether someone saved the checklist between the read the form shows (`read`, none: nothing saved then) and the
 * read `now` (the State's entry, none: still nothing saved) — more than the publications up to `cycleVersion`
 * explain (`entryAfterPublications`).
 */
export function savedSinceRead(
  read: Pick<ChecklistEntryFieldsFragment, 'version' | 'status' | 'questionnaireVersion'> | null,
  now: Pick<ChecklistEntryFieldsFragment, 'version'> | null,
  cycleVersion: number,
): boolean {
  if (!now) return false;
  if (!read) return true;
  return entryAfterPublications(read, cycleVersion).version !== now.version;
}
