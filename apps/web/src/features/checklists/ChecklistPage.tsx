import { ASSISTANCE_KINDS, CHECKLIST_ANSWERS, hasReported, TOPICS, type ChecklistStatus } from '@ta/domain';
import type { ChecklistEntryFieldsFragment, ChecklistQuery, SubmitChecklistMutation } from '@ta/graphql-types/graphql';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayAcceptChecklistNeeds, mayActOnState, mayEnterChecklists } from '../../app/access';
import { pathOf, withQuery } from '../../app/router';
import type { SignedInUser } from '../../app/session';
import { FormField } from '../../components/FormField';
import { Link } from '../../components/Link';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/use-form';
import { formatDate } from '../../format';
import { askAgain, useGraphQLClient, useMutation, useQuery } from '../../graphql/hooks';
import { apiProblems } from '../../graphql/errors';
import { apiLanguage } from '../../i18n';
import { moveOldDraft, readDraft, useDraft } from '../../offline/drafts';
import { topicLabel } from '../reference/labels';
import { useReferenceData } from '../reference/use-reference-data';
import {
  carriedToCurrent,
  checklistDraftBasis,
  checklistValues,
  draftCarriesTo,
  draftKeptAfterSave,
  updateBegun,
  oldChecklistDraftConverter,
  oldChecklistDraftName,
  restoreChecklistDraft,
  restoredDraftNotice,
  savedSinceRead,
  toChecklistInput,
  showAgainAfterRefusal,
  validateChecklist,
  type ChecklistValues,
  type RemovedAnswerValues,
} from './checklist-form';
import {
  acceptChecklistNeedMutation,
  checklistNowQuery,
  checklistQuery,
  questionsOfVersionQuery,
  submitChecklistMutation,
} from './checklists.graphql';

type Cycle = NonNullable<ChecklistQuery['reportingCycle']>;
type Question = Cycle['questions'][number];

/** Where a State's checklist in a cycle is kept on a device while typed (one per person; any version). */
export const checklistDraftName = (cycleId: string, iso3: string, userId: string): string =>
  `checklist:${cycleId}:${iso3}:${userId}`;

/** One State's checklist in a cycle: answered, saved as a draft, submitted (and later updated). */
export function ChecklistPage({ cycleId, iso3, user }: { cycleId: string; iso3: string; user: SignedInUser }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { states } = useReferenceData();
  // Above the form, which starts afresh on each saved version: what the last save did stays said.
  const [saved, setSaved] = useState<'draft' | 'submitted' | null>(null);
  // An entry submitted under an older version is read on that version; an update is asked for.
  const [updating, setUpdating] = useState(false);
  // A save refused because a new version of the questionnaire was published while the form was open (`typed`:
  // what the person typed is carried over; not: the form was untouched, it shows the new version).
  // Untouched: whether someone else saved the checklist meanwhile (`othersSaved`), and whether the form holds answers
  // kept apart on the device (`keptApart`), each said.
  const [changed, setChanged] = useState<{
    to: number;
    typed: boolean;
    othersSaved: boolean;
    keptApart: boolean;
  } | null>(null);
  // The form shows a draft from the device: only then is "what you typed is carried over" true.
  const [formRestored, setFormRestored] = useState(false);
  const { data, loading, error, refetch } = useQuery(checklistQuery, {
    variables: { id: cycleId, iso3, lang: apiLanguage(lang) },
  });
  const cycle = data?.reportingCycle;
  const entry = cycle?.answersByState[0] ?? null;
  const mayEnter = mayEnterChecklists(user.can) && mayActOnState(user, iso3);
  // A checklist submitted under an older version of the questionnaire: shown on its own version (its questions, its
  // answers, every need it raised); an update answers the current version, its answers carried by code (the rule
  // of @ta/domain).
  const older = cycle && entry && entry.questionnaireVersion !== cycle.questionnaireVersion ? entry : null;
  const draftName = checklistDraftName(cycleId, iso3, user.id);
  const client = useGraphQLClient();
  // A draft an earlier release kept under its version's name (`…:v<version>`) is moved to this name first, then read.
  const [movedFor, setMovedFor] = useState<string | null>(null);
  const draftsReady = movedFor === draftName;
  useEffect(() => {
    if (!cycle) return;
    let cancelled = false;
    const now = cycle.questionnaireVersion;
    const oldNames = Array.from({ length: now }, (_, i) => oldChecklistDraftName(cycleId, iso3, user.id, now - i));
    // A failed read of an old version's questions throws: the old drafts stay for the next load.
    const convert = oldChecklistDraftConverter({ cycleVersion: now, questions: cycle.questions, entry }, (version) =>
      client.query(questionsOfVersionQuery, { id: cycleId, version, lang: apiLanguage(lang) }).toPromise(),
    );
    void moveOldDraft<ChecklistValues>(draftName, oldNames, convert)
      .catch(() => undefined)
      .finally(() => {
        if (!cancelled) setMovedFor(draftName);
      });
    return () => {
      cancelled = true;
    };
    // Once per draft, when the checklist is first read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftName, Boolean(cycle)]);
  // An update begun on this device (and still applying: nobody saved the checklist since) is not hidden behind
  // the read view.
  const updatable = cycle && older && mayEnter ? { cycle, older } : null;
  useEffect(() => {
    if (!updatable || !draftsReady) return;
    let cancelled = false;
    const { cycle: now, older: entry } = updatable;
    void readDraft<ChecklistValues>(draftName).then((draft) => {
      if (cancelled || !draft) return;
      const questions = now.questions;
      const shown = carriedToCurrent(entry, questions);
      const cycleVersion = now.questionnaireVersion;
      // A draft kept after the save for its answers to questions no longer asked is no update begun.
      if (draft.kept) return;
      const restored = restoreChecklistDraft(draft, { questions, entry: shown, cycleVersion });
      if (restored && updateBegun(restored, checklistValues(questions, shown, cycleVersion))) setUpdating(true);
    });
    return () => {
      cancelled = true;
    };
    // The entry's and the cycle's versions stand for the objects (a new answer of the same versions changes nothing).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftName, draftsReady, updatable?.older.version, updatable?.cycle.questionnaireVersion]);
  /**
   * A save was refused as stale (STALE_VERSION) or naming a question the questionnaire no longer has
   * (UNKNOWN_QUESTION): if a new version was published since the form was shown and the draft on the device
   * carries over to the checklist as it is now (nobody else saved it meanwhile), the checklist is read again and
   * the form shows it, the draft carried over (true); otherwise the refusal is for the form to say, what is on
   * screen kept (false). `typed`: the idempotency key of the draft the form holds, typed there — only that draft
   * carries (not one a save kept, nor another tab's). Nothing typed (null: the form as read, or only answers a save
   * kept apart), there is nothing to lose: the checklist is read again and the form shows the new version whoever
   * saved it.
   */
  const questionnaireChanged = async (
    shownVersion: number,
    typed: string | null,
    keptApart: boolean,
  ): Promise<boolean> => {
    // Another document than the page's query: this read must not change what the page shows unless it carries.
    const now = await askAgain(client, checklistNowQuery, { id: cycleId, iso3, lang: apiLanguage(lang) }).catch(
      () => null,
    );
    const fresh = now?.error ? null : now?.data?.reportingCycle;
    if (!fresh || fresh.questionnaireVersion === shownVersion) return false;
    // Someone else saved the checklist too (its version moved more than the publication explains): the draft does
    // not carry, and the form keeps what is on screen rather than show their entry under "carried over".
    if (typed !== null && !draftCarriesTo(await readDraft<ChecklistValues>(draftName), fresh, typed)) return false;
    setSaved(null);
    setChanged({
      to: fresh.questionnaireVersion,
      typed: typed !== null,
      othersSaved: savedSinceRead(entry, fresh.answersByState[0] ?? null, fresh.questionnaireVersion),
      keptApart,
    });
    // The form shown again says when it restored the draft: until then the notice waits (shown once, not shown by
    // the form being replaced and hidden again while the new one reads the draft).
    setFormRestored(false);
    await refetch();
    return true;
  };
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  if (!cycle) return loading ? <Loading /> : <Notice tone="warning">{t('checklists.notFound')}</Notice>;
  const stateName = states.find((s) => s.iso3 === iso3)?.name ?? iso3;
  const reading = older && !(mayEnter && updating) ? older : null;
  return (
    <section className="page" aria-labelledby="checklist-title" data-testid="checklist-page">
      <div className="page__head">
        <div>
          <h1 id="checklist-title">{t('checklists.formTitle', { state: stateName })}</h1>
          <p className="page__intro">
            <Link to={withQuery(pathOf({ page: 'cycles' }), { cycle: cycle.id })}>{cycle.name}</Link>
            {' · '}
            <span data-testid="checklist-status">{t(`checklists.statuses.${entry?.status ?? 'NOT_STARTED'}`)}</span>
            {entry?.submittedOn
              ? ` · ${t('checklists.submittedOn', { date: formatDate(entry.submittedOn, lang) })}`
              : ''}
            {' · '}
            <span data-testid="checklist-questionnaire-version">
              {t('questionnaire.entryVersion', { version: entry?.questionnaireVersion ?? cycle.questionnaireVersion })}
            </span>
          </p>
          <p className="field-hint">{t('checklists.illustrativeQuestions')}</p>
        </div>
      </div>
      {saved && (
        <Notice tone="success" testId="checklist-saved">
          <p>{t(saved === 'draft' ? 'checklists.draftSaved' : 'checklists.submitted')}</p>
        </Notice>
      )}
      {changed !== null && changed.to === cycle.questionnaireVersion && (formRestored || !changed.typed) && (
        // Focused: the form shown again took the focused Save button with it.
        <Notice key={changed.to} tone="warning" testId="checklist-questionnaire-changed" focusOnShow>
          <p>
            {t(changed.typed ? 'checklists.questionnaireChanged' : 'checklists.questionnaireChangedUntouched', {
              version: changed.to,
            })}
          </p>
          {!changed.typed && changed.othersSaved && <p>{t('checklists.questionnaireChangedOthersSaved')}</p>}
          {!changed.typed && changed.keptApart && <p>{t('checklists.questionnaireChangedKeptApart')}</p>}
        </Notice>
      )}
      {older && (
        <Notice tone="warning" testId="checklist-older-version">
          <p>
            {t('questionnaire.olderVersion', {
              version: older.questionnaireVersion,
              current: cycle.questionnaireVersion,
            })}
          </p>
          {mayEnter && (
            <p>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setUpdating(!updating)}
                data-testid="checklist-update-older"
              >
                {updating
                  ? t('checklists.readOlder', { version: older.questionnaireVersion })
                  : t('checklists.updateOlder', { version: cycle.questionnaireVersion })}
              </button>
            </p>
          )}
        </Notice>
      )}
      {reading ? (
        // The entry as submitted: its version's questions and answers, each need to accept where it was raised.
        <ChecklistForm
          key={`read:${reading.version}:${reading.questionnaireVersion}`}
          cycle={cycle}
          questions={reading.questions}
          questionnaireVersion={reading.questionnaireVersion}
          iso3={iso3}
          draftName={draftName}
          draftsReady={draftsReady}
          entry={reading}
          shown={reading}
          user={user}
          readOnly
          onSaved={setSaved}
        />
      ) : (
        /* Keyed by the saved version: a save shows the entry as the API answered it. */
        <ChecklistForm
          key={`${entry?.version ?? 0}:${cycle.questionnaireVersion}`}
          cycle={cycle}
          questions={cycle.questions}
          questionnaireVersion={cycle.questionnaireVersion}
          iso3={iso3}
          draftName={draftName}
          draftsReady={draftsReady}
          entry={entry}
          shown={older ? carriedToCurrent(older, cycle.questions) : entry}
          user={user}
          readOnly={!mayEnter}
          onQuestionnaireChanged={questionnaireChanged}
          onRestored={setFormRestored}
          onSaved={(what) => {
            setUpdating(false);
            setChanged(null);
            setSaved(what);
          }}
        />
      )}
    </section>
  );
}

function ChecklistForm({
  cycle,
  questions,
  questionnaireVersion,
  iso3,
  draftName,
  draftsReady,
  entry,
  shown,
  user,
  readOnly,
  onSaved,
  onQuestionnaireChanged,
  onRestored,
}: {
  /** Whether the form shows a draft kept on the device. */
  onRestored?: (restored: boolean) => void;
  onSaved: (what: 'draft' | 'submitted') => void;
  /**
   * A save was refused in a way a new version of the questionnaire explains: true if it does (the page reloads).
   * `typed`: the form holds something the person typed (edited since the form was shown, or a typed draft it
   * restored): the idempotency key of its draft; null: nothing typed. `keptApart`: the form lists answers to
   * questions no longer asked (kept on the device).
   */
  onQuestionnaireChanged?: (shownVersion: number, typed: string | null, keptApart: boolean) => Promise<boolean>;
  cycle: Cycle;
  /** The questions shown, of `questionnaireVersion`. */
  questions: readonly Question[];
  questionnaireVersion: number;
  iso3: string;
  draftName: string;
  /** Drafts an earlier release kept under other names were moved to `draftName`: it may be read. */
  draftsReady: boolean;
  /** The entry as saved (its version is what a save expects). */
  entry: ChecklistEntryFieldsFragment | null;
  /** Its answers as the form shows them (an older entry's carried to the current version for an update). */
  shown: ChecklistEntryFieldsFragment | null;
  user: SignedInUser;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const status: ChecklistStatus = entry?.status ?? 'NOT_STARTED';
  const form = useForm<ChecklistValues>({
    initial: () => checklistValues(questions, shown, questionnaireVersion),
    validate: (v) => validateChecklist(v, hasReported(status), status),
    isField: (path) => path === 'focalPoint' || /^answers\.\d+\.\w+$/.test(path),
    fixMessage: t('form.fixErrors'),
  });
  const { values, errorFor, formError } = form;
  // What the form says of the draft it restored: none for one a save kept; typed against an older version (the
  // secretariat published one meanwhile), that it was carried over, not lost.
  const [restoredNotice, setRestoredNotice] = useState<ReturnType<typeof restoredDraftNotice>>(null);
  const draft = useDraft(draftName, form, {
    empty: () => checklistValues(questions, shown, questionnaireVersion),
    basis: checklistDraftBasis(entry, cycle.questionnaireVersion),
    restore: (kept) => {
      const values = restoreChecklistDraft(kept, { questions, entry: shown, cycleVersion: questionnaireVersion });
      setRestoredNotice(restoredDraftNotice(kept, values));
      return values;
    },
    active: !readOnly && draftsReady,
  });
  useEffect(() => {
    onRestored?.(draft.restored);
    // Told when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft.restored]);
  const [save, { loading }] = useMutation(submitChecklistMutation, {
    refetchQueries: ['Checklist', 'CycleReporting'],
  });
  const [accept] = useMutation(acceptChecklistNeedMutation, {
    refetchQueries: ['Checklist'],
    evict: ['assistanceRequests'],
  });
  const send = (submit: boolean) => {
    return form.handleSubmit(async (v) => {
      let data: SubmitChecklistMutation | undefined;
      try {
        ({ data } = await save({
          variables: {
            input: {
              cycleId: cycle.id,
              stateIso3: iso3,
              ...toChecklistInput(v),
              submit,
              expectedVersion: entry?.version ?? null,
              idempotencyKey: draft.idempotencyKey(),
            },
          },
        }));
      } catch (error) {
        const reasons = apiProblems(error).map((p) => p.reason);
        if (onQuestionnaireChanged && (reasons.includes('STALE_VERSION') || reasons.includes('UNKNOWN_QUESTION'))) {
          // What is on screen is on the device before the form is shown again, carried to the new version.
          // Not written (no IndexedDB, a failed write): the form stays as it is and says the refusal.
          // Typed: the person edited the form since it was shown (whether or not the draft store was ready to keep
          // it), or it shows a typed draft it restored.
          const typed = form.edited || (draft.hasDraft && !draft.kept) ? draft.idempotencyKey() : null;
          const shownAgain = () => onQuestionnaireChanged(questionnaireVersion, typed, v.noLongerAsked.length > 0);
          if (await showAgainAfterRefusal(draft.written, shownAgain)) return;
        }
        throw error;
      }
      if (!data) throw new Error('The API answered without the checklist.');
      // Answers to questions no longer asked stay on the device (never sent) until the person forgets them.
      const kept = draftKeptAfterSave(data.submitChecklist, questions, cycle.questionnaireVersion, v.noLongerAsked);
      await draft.finish(kept ?? undefined);
      onSaved(data.submitChecklist.status === 'IN_PROGRESS' ? 'draft' : 'submitted');
    });
  };
  const setAnswer = (i: number, change: Partial<ChecklistValues['answers'][number]>, field: string) =>
    form.change(
      (v) => ({ ...v, answers: v.answers.map((a, j) => (j === i ? { ...a, ...change } : a)) }),
      `answers.${i}.${field}`,
    );

  return (
    <form
      className="checklist-form"
      noValidate
      onSubmit={(e) => e.preventDefault()}
      data-testid="checklist-form"
      data-draft-saved={draft.savedAt ?? ''}
    >
      {/* A draft a save kept (its answers to questions no longer asked) holds nothing typed: not announced. */}
      {draft.restored && restoredNotice && (
        <p className="page__intro" role="status" data-testid="checklist-draft-restored">
          {restoredNotice.carriedFrom === null
            ? t('offline.draftRestored')
            : t('checklists.draftCarried', { from: restoredNotice.carriedFrom, version: questionnaireVersion })}
        </p>
      )}
      {values.noLongerAsked.length > 0 && (
        <NoLongerAsked
          cycleId={cycle.id}
          answers={values.noLongerAsked}
          version={questionnaireVersion}
          // Nothing typed since a save kept them: the kept draft goes (the form is the entry as saved); otherwise the
          // typed draft stays, without them.
          onForget={() =>
            draft.kept ? void draft.discard() : form.change((v) => ({ ...v, noLongerAsked: [] }), 'noLongerAsked')
          }
        />
      )}
      {formError && (
        <p className="form-error" role="alert" data-testid="checklist-error">
          {formError}
        </p>
      )}
      <fieldset disabled={readOnly} className="sub-form">
        <legend>{t('checklists.focalPoint')}</legend>
        <FormField
          id={`${id}-focal`}
          name="focalPoint"
          label={t('checklists.focalPoint')}
          error={errorFor('focalPoint')}
        >
          {(describedBy) => (
            <input
              id={`${id}-focal`}
              type="text"
              value={values.focalPoint}
              onChange={(e) => form.set('focalPoint', e.target.value)}
              aria-describedby={describedBy}
              data-testid="checklist-focal-point"
            />
          )}
        </FormField>
      </fieldset>
      {questions.map((q, i) => {
        const a = values.answers[i];
        const saved = shown?.answers.find((s) => s.questionId === q.id);
        const heading = i === 0 || questions[i - 1].section !== q.section ? q.section : null;
        return (
          <div key={q.id}>
            {heading && <h2 className="checklist-form__section">{heading}</h2>}
            <fieldset className="sub-form" disabled={readOnly} data-testid={`question-${q.code}`}>
              <legend>
                {q.instrumentCode} {q.article}: {q.text}
              </legend>
              <FormField
                id={`${id}-${i}-answer`}
                name={`answers.${i}.answer`}
                label={t('checklists.answer')}
                error={errorFor(`answers.${i}.answer`)}
              >
                {(describedBy) => (
                  <select
                    id={`${id}-${i}-answer`}
                    value={a.answer}
                    onChange={(e) => setAnswer(i, { answer: e.target.value as typeof a.answer }, 'answer')}
                    aria-describedby={describedBy}
                    data-testid={`answer-${q.code}`}
                  >
                    <option value="">{t('checklists.noAnswer')}</option>
                    {CHECKLIST_ANSWERS.map((v) => (
                      <option key={v} value={v}>
                        {t(`checklists.answers.${v}`)}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
              <FormField
                id={`${id}-${i}-comment`}
                name={`answers.${i}.comment`}
                label={t('checklists.comment')}
                error={errorFor(`answers.${i}.comment`)}
              >
                {(describedBy) => (
                  <textarea
                    id={`${id}-${i}-comment`}
                    rows={2}
                    value={a.comment}
                    onChange={(e) => setAnswer(i, { comment: e.target.value }, 'comment')}
                    aria-describedby={describedBy}
                    data-testid={`comment-${q.code}`}
                  />
                )}
              </FormField>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={a.needsAssistance}
                  onChange={(e) => setAnswer(i, { needsAssistance: e.target.checked }, 'assistanceKind')}
                  data-testid={`needs-${q.code}`}
                />{' '}
                {t('checklists.needsAssistance')}
              </label>
              {a.needsAssistance && (
                <>
                  <FormField
                    id={`${id}-${i}-kind`}
                    name={`answers.${i}.assistanceKind`}
                    label={t('checklists.whichKind')}
                    error={errorFor(`answers.${i}.assistanceKind`)}
                  >
                    {(describedBy) => (
                      <select
                        id={`${id}-${i}-kind`}
                        value={a.assistanceKind}
                        onChange={(e) =>
                          setAnswer(i, { assistanceKind: e.target.value as typeof a.assistanceKind }, 'assistanceKind')
                        }
                        aria-describedby={describedBy}
                        data-testid={`kind-${q.code}`}
                      >
                        <option value="">{t('checklists.chooseKind')}</option>
                        {ASSISTANCE_KINDS.map((k) => (
                          <option key={k} value={k}>
                            {t(`kinds.${k}`)}
                          </option>
                        ))}
                      </select>
                    )}
                  </FormField>
                  <FormField
                    id={`${id}-${i}-topics`}
                    name={`answers.${i}.assistanceTopics`}
                    label={t('checklists.topics')}
                    error={errorFor(`answers.${i}.assistanceTopics`)}
                  >
                    {(describedBy) => (
                      <select
                        id={`${id}-${i}-topics`}
                        multiple
                        size={4}
                        value={a.assistanceTopics}
                        onChange={(e) =>
                          setAnswer(
                            i,
                            { assistanceTopics: Array.from(e.target.selectedOptions, (o) => o.value) },
                            'assistanceTopics',
                          )
                        }
                        aria-describedby={describedBy}
                        data-testid={`topics-${q.code}`}
                      >
                        {TOPICS.map((topic) => (
                          <option key={topic} value={topic}>
                            {topicLabel(t, topic)}
                          </option>
                        ))}
                      </select>
                    )}
                  </FormField>
                </>
              )}
            </fieldset>
            {/* Outside the fieldset: a reader who may accept needs (the secretariat) has no disabled button. */}
            {saved?.needsAssistance && hasReported(status) && (
              <p className="field-hint" data-testid={`need-${q.code}`}>
                {saved.requestId ? (
                  <Link to={withQuery(pathOf({ page: 'requests' }), { id: saved.requestId })}>
                    {t('checklists.needAccepted')}
                  </Link>
                ) : mayAcceptChecklistNeeds(user.can) ? (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => void accept({ variables: { answerId: saved.id } }).catch(form.fromServer)}
                    data-testid={`accept-${q.code}`}
                  >
                    {t('checklists.acceptNeed')}
                  </button>
                ) : (
                  t('checklists.needWaiting')
                )}
              </p>
            )}
          </div>
        );
      })}
      {!readOnly && (
        <footer className="form-actions">
          <span className="spacer" />
          {draft.hasDraft && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => void draft.discard()}
              data-testid="checklist-discard-draft"
            >
              {t('offline.discardDraft')}
            </button>
          )}
          {!hasReported(status) && (
            <button
              type="button"
              className="button button--secondary"
              disabled={loading}
              onClick={send(false)}
              data-testid="checklist-save-draft"
            >
              {t('checklists.saveDraft')}
            </button>
          )}
          <button
            type="button"
            className="button button--primary"
            disabled={loading}
            onClick={send(true)}
            data-testid="checklist-submit"
          >
            {loading ? t('form.submitting') : t(hasReported(status) ? 'checklists.submitUpdate' : 'checklists.submit')}
          </button>
        </footer>
      )}
    </form>
  );
}

/**
 * What a draft kept on this device answered to questions a newer version of the questionnaire removed: shown with
 * the questions as they were asked (their version's words), never sent, until the person forgets them.
 */
function NoLongerAsked({
  cycleId,
  answers,
  version,
  onForget,
}: {
  cycleId: string;
  answers: readonly RemovedAnswerValues[];
  version: number;
  onForget: () => void;
}) {
  const { t } = useTranslation();
  const versions = [...new Set(answers.map((a) => a.askedIn))].sort((a, b) => a - b);
  return (
    <Notice tone="warning" testId="checklist-no-longer-asked">
      <h2 className="checklist-form__section">{t('checklists.noLongerAsked.title')}</h2>
      <p>{t('checklists.noLongerAsked.intro', { version })}</p>
      {versions.map((askedIn) => (
        <NoLongerAskedOf
          key={askedIn}
          cycleId={cycleId}
          askedIn={askedIn}
          answers={answers.filter((a) => a.askedIn === askedIn)}
        />
      ))}
      <p>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={onForget}
          data-testid="checklist-forget-no-longer-asked"
        >
          {t('checklists.noLongerAsked.forget')}
        </button>
      </p>
    </Notice>
  );
}

function NoLongerAskedOf({
  cycleId,
  askedIn,
  answers,
}: {
  cycleId: string;
  askedIn: number;
  answers: readonly RemovedAnswerValues[];
}) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(questionsOfVersionQuery, {
    variables: { id: cycleId, version: askedIn, lang: apiLanguage(i18n.resolvedLanguage ?? 'en') },
  });
  const questions = data?.reportingCycle?.questions ?? [];
  return (
    <>
      <p>{t('checklists.noLongerAsked.askedIn', { version: askedIn })}</p>
      <ul>
        {answers.map((a) => {
          const q = questions.find((x) => x.code === a.code);
          const said = [
            a.answer ? `${t('checklists.answer')}: ${t(`checklists.answers.${a.answer}`)}` : null,
            a.comment.trim() ? `${t('checklists.comment')}: ${a.comment.trim()}` : null,
            a.needsAssistance
              ? `${t('checklists.needsAssistance')}${a.assistanceKind ? ` (${t(`kinds.${a.assistanceKind}`)})` : ''}`
              : null,
          ].filter(Boolean);
          return (
            <li key={`${a.askedIn}:${a.code}`} data-testid={`no-longer-asked-${a.code}`}>
              <strong>{q ? `${q.instrumentCode} ${q.article}: ${q.text}` : a.code}</strong> — {said.join(' · ')}
            </li>
          );
        })}
      </ul>
    </>
  );
}
