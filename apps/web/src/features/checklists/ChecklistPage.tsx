import {
  ASSISTANCE_KINDS,
  carryAnswersByCode,
  CHECKLIST_ANSWERS,
  hasReported,
  TOPICS,
  type ChecklistStatus,
} from '@ta/domain';
import type { ChecklistEntryFieldsFragment, ChecklistQuery, SubmitChecklistMutation } from '@ta/graphql-types/graphql';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayAcceptChecklistNeeds, mayEnterChecklists } from '../../app/access';
import { pathOf, withQuery } from '../../app/router';
import type { SignedInUser } from '../../app/session';
import { FormField } from '../../components/FormField';
import { Link } from '../../components/Link';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/use-form';
import { formatDate } from '../../format';
import { useMutation, useQuery } from '../../graphql/hooks';
import { apiLanguage } from '../../i18n';
import { useDraft } from '../../offline/drafts';
import { topicLabel } from '../reference/labels';
import { useReferenceData } from '../reference/use-reference-data';
import { checklistValues, toChecklistInput, validateChecklist, type ChecklistValues } from './checklist-form';
import { acceptChecklistNeedMutation, checklistQuery, submitChecklistMutation } from './checklists.graphql';

type Cycle = NonNullable<ChecklistQuery['reportingCycle']>;
type Question = Cycle['questions'][number];

/** One State's checklist in a cycle: answered, saved as a draft, submitted (and later updated). */
export function ChecklistPage({ cycleId, iso3, user }: { cycleId: string; iso3: string; user: SignedInUser }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { states } = useReferenceData();
  // Above the form, which starts afresh on each saved version: what the last save did stays said.
  const [saved, setSaved] = useState<'draft' | 'submitted' | null>(null);
  const { data, loading, error, refetch } = useQuery(checklistQuery, {
    variables: { id: cycleId, iso3, lang: apiLanguage(lang) },
  });
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const cycle = data?.reportingCycle;
  if (!cycle) return loading ? <Loading /> : <Notice tone="warning">{t('checklists.notFound')}</Notice>;
  const entry = cycle.answersByState[0] ?? null;
  const stateName = states.find((s) => s.iso3 === iso3)?.name ?? iso3;
  const mayEnter = mayEnterChecklists(user.can) && (user.actableStates == null || user.actableStates.includes(iso3));
  // A checklist submitted under an older version of the questionnaire: read, it shows that version's questions and
  // answers; an update answers the current version, its answers carried by code (the rule of @ta/domain).
  const older = entry && entry.questionnaireVersion !== cycle.questionnaireVersion ? entry : null;
  const questions = older && !mayEnter ? older.questions : cycle.questions;
  const shown =
    older && mayEnter
      ? {
          ...older,
          answers: carryAnswersByCode(older.answers, older.questions, cycle.questions).carried.map((c) => ({
            ...c.answer,
            questionId: c.questionId,
          })),
        }
      : entry;
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
      {older && (
        <Notice tone="warning" testId="checklist-older-version">
          <p>
            {t('questionnaire.olderVersion', {
              version: older.questionnaireVersion,
              current: cycle.questionnaireVersion,
            })}
          </p>
        </Notice>
      )}
      {/* Keyed by the saved version: a save shows the entry as the API answered it. */}
      <ChecklistForm
        key={`${entry?.version ?? 0}:${cycle.questionnaireVersion}`}
        cycle={cycle}
        questions={questions}
        iso3={iso3}
        entry={shown}
        user={user}
        readOnly={!mayEnter}
        onSaved={setSaved}
      />
    </section>
  );
}

function ChecklistForm({
  cycle,
  questions,
  iso3,
  entry,
  user,
  readOnly,
  onSaved,
}: {
  onSaved: (what: 'draft' | 'submitted') => void;
  cycle: Cycle;
  questions: readonly Question[];
  iso3: string;
  entry: ChecklistEntryFieldsFragment | null;
  user: SignedInUser;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const status: ChecklistStatus = entry?.status ?? 'NOT_STARTED';
  const questionIds = questions.map((q) => q.id);
  const form = useForm<ChecklistValues>({
    initial: () => checklistValues(questionIds, entry),
    validate: (v) => validateChecklist(v, hasReported(status), status),
    isField: (path) => path === 'focalPoint' || /^answers\.\d+\.\w+$/.test(path),
    fixMessage: t('form.fixErrors'),
  });
  const { values, errorFor, formError } = form;
  const draft = useDraft(`checklist:${cycle.id}:${iso3}:${user.id}:v${cycle.questionnaireVersion}`, form, {
    empty: () => checklistValues(questionIds, entry),
    basis: entry?.version ?? 0,
    active: !readOnly,
  });
  const [save, { loading }] = useMutation(submitChecklistMutation, {
    refetchQueries: ['Checklist', 'CycleReporting'],
  });
  const [accept] = useMutation(acceptChecklistNeedMutation, {
    refetchQueries: ['Checklist'],
    evict: ['assistanceRequests'],
  });
  const send = (submit: boolean) => {
    return form.handleSubmit(async (v) => {
      const { data } = await save({
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
      });
      if (!data) throw new Error('The API answered without the checklist.');
      await draft.finish();
      onSaved((data as SubmitChecklistMutation).submitChecklist.status === 'IN_PROGRESS' ? 'draft' : 'submitted');
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
      {draft.restored && (
        <p className="page__intro" role="status" data-testid="checklist-draft-restored">
          {t('offline.draftRestored')}
        </p>
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
        const saved = entry?.answers.find((s) => s.questionId === q.id);
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
            </fieldset>
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
