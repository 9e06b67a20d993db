import {
  questionnaireChanges,
  QUESTION_FIELDS,
  QUESTIONNAIRE_LIMITS,
  type QuestionnaireChanges,
  type QuestionnaireConflict,
} from '@ta/domain';
import type { QuestionnaireQuery } from '@ta/graphql-types/graphql';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { FormFooter } from '../../components/FormFooter';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/use-form';
import { apiProblems } from '../../graphql/errors';
import { useMutation, useQuery } from '../../graphql/hooks';
import { publishQuestionnaireVersionMutation, questionnaireQuery } from './checklists.graphql';
import {
  inOrder,
  mergeQuestionnaireForm,
  newQuestion,
  putBack,
  questionnaireValues,
  takeTheirFields,
  toQuestionnaireInput,
  validateQuestionnaire,
  type QuestionnaireValues,
  type QuestionValues,
} from './questionnaire-form';

type Cycle = NonNullable<QuestionnaireQuery['reportingCycle']>;

/**
 * The cycle's questionnaire version, and for the secretariat a new version to publish: the current questions to
 * edit, remove or add to, checked as typed with the API's rules. Drafts then move to it with the answers whose code
 * is kept; submitted checklists stay on the version they were submitted under.
 */
export function QuestionnaireVersion({ cycleId, mayPublish }: { cycleId: string; mayPublish: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [published, setPublished] = useState<number | null>(null);
  const { data, error, refetch } = useQuery(questionnaireQuery, { variables: { id: cycleId } });
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const cycle = data?.reportingCycle;
  if (!cycle) return <Loading />;
  return (
    <section className="card" aria-labelledby="questionnaire-title" data-testid="questionnaire">
      <h2 id="questionnaire-title">{t('questionnaire.title')}</h2>
      <p className="page__intro" data-testid="questionnaire-version">
        {t('questionnaire.current', { version: cycle.questionnaireVersion, count: cycle.questions.length })}
      </p>
      {published && (
        <Notice tone="success" testId="questionnaire-published">
          <p>{t('questionnaire.published', { version: published })}</p>
        </Notice>
      )}
      {mayPublish && !open && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setPublished(null);
            setOpen(true);
          }}
          data-testid="questionnaire-new"
        >
          {t('questionnaire.newVersion')}
        </button>
      )}
      {mayPublish && open && (
        <QuestionnaireForm
          cycle={cycle}
          onStale={async () => (await refetch()).data?.reportingCycle ?? null}
          onCancel={() => setOpen(false)}
          onPublished={(version) => {
            setOpen(false);
            setPublished(version);
          }}
        />
      )}
    </section>
  );
}

const TEXTS = ['sectionEn', 'sectionFr', 'sectionEs', 'textEn', 'textFr', 'textEs'] as const;

function QuestionnaireForm({
  cycle,
  onStale,
  onCancel,
  onPublished,
}: {
  cycle: Cycle;
  /** Someone published a version meanwhile: the cycle as it is now (asked of the server). */
  onStale: () => Promise<Cycle | null>;
  onCancel: () => void;
  onPublished: (version: number) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  // The version the edits start from: what publishing expects to replace. It moves only when the person is told.
  const [basedOn, setBasedOn] = useState<Pick<Cycle, 'questionnaireVersion' | 'questions'>>(() => ({
    questionnaireVersion: cycle.questionnaireVersion,
    questions: cycle.questions,
  }));
  const [stale, setStale] = useState<{ version: number; changes: QuestionnaireChanges } | null>(null);
  // Questions the person and the version published meanwhile both changed: the person decides (theirs kept until).
  const [conflicts, setConflicts] = useState<Array<QuestionnaireConflict<QuestionValues>>>([]);
  // Both reordered the questions, differently: the person's order (codes), the other version's kept until they choose.
  const [myOrder, setMyOrder] = useState<string[] | null>(null);
  // Publishing, and on a refusal reading the new version: the fields wait (what is typed then would be overwritten).
  const [busy, setBusy] = useState(false);
  // Where focus goes once a choice has removed the button that had it: a question's legend, or the merge's summary.
  // (Set with the choice's state change; the render that follows has the target. A layout effect: focus moves in
  // the same task as the button goes, never left on the page's body in between.)
  const focusTo = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (focusTo.current === null) return;
    document.getElementById(focusTo.current)?.focus();
    focusTo.current = null;
  });
  const legendId = (key: string) => `${id}-legend-${key}`;
  const summaryId = `${id}-merged`;
  const form = useForm<QuestionnaireValues>({
    initial: () => questionnaireValues(cycle.questions),
    validate: (v) => validateQuestionnaire(v, cycle.instruments),
    isField: (path) => path === 'questions' || /^questions\.\d+\.\w+$/.test(path),
    fixMessage: t('questionnaire.fixErrors'),
  });
  const { values, errorFor, formError } = form;
  const [publish, { loading }] = useMutation(publishQuestionnaireVersionMutation, {
    refetchQueries: ['Questionnaire', 'CycleReporting', 'Checklist'],
  });
  const setQuestion = (i: number, field: keyof QuestionValues, value: string) =>
    form.change(
      (v) => ({ ...v, questions: v.questions.map((q, j) => (j === i ? { ...q, [field]: value } : q)) }),
      `questions.${i}.${field}`,
    );
  const remove = (i: number) =>
    form.change((v) => ({ ...v, questions: v.questions.filter((_, j) => j !== i) }), 'questions');
  const add = () =>
    form.change(
      (v) => ({ ...v, questions: [...v.questions, newQuestion(cycle.instruments, v.questions.at(-1))] }),
      'questions',
    );
  const send = form.handleSubmit(async (v) => {
    setBusy(true);
    try {
      await publishOrMerge(v);
    } finally {
      setBusy(false);
    }
  });
  const publishOrMerge = async (v: QuestionnaireValues) => {
    setStale(null);
    setConflicts([]);
    setMyOrder(null);
    let published: number;
    try {
      const { data } = await publish({
        variables: {
          input: {
            cycleId: cycle.id,
            expectedVersion: basedOn.questionnaireVersion,
            questions: toQuestionnaireInput(v),
          },
        },
      });
      if (!data) throw new Error('The API answered without the cycle.');
      published = data.publishQuestionnaireVersion.questionnaireVersion;
    } catch (error) {
      if (!apiProblems(error).some((p) => p.reason === 'STALE_VERSION')) throw error;
      // Someone published first: read what they published, say what it changed, and replay the edits on it (what
      // the person left alone is as the new version has it; questions both changed are marked for them to decide).
      const now = await onStale();
      if (!now) throw error;
      const merged = mergeQuestionnaireForm(basedOn.questions, v, now.questions);
      form.reset(merged.values);
      setConflicts(merged.conflicts);
      setMyOrder(merged.myOrder);
      setStale({ version: now.questionnaireVersion, changes: questionnaireChanges(basedOn.questions, now.questions) });
      setBasedOn({ questionnaireVersion: now.questionnaireVersion, questions: now.questions });
      return;
    }
    onPublished(published);
  };
  const startOver = () => {
    form.reset(questionnaireValues(basedOn.questions));
    setStale(null);
    setConflicts([]);
    setMyOrder(null);
  };
  const settle = (conflict: QuestionnaireConflict<QuestionValues>, take: 'mine' | 'theirs') => {
    setConflicts((all) => all.filter((c) => c !== conflict));
    const { mine, theirs } = conflict;
    // The buttons go with the choice: focus moves to the question chosen (or to the summary when none is left).
    const kept = take === 'mine' ? mine : theirs && (mine ?? theirs);
    focusTo.current = kept ? legendId(kept.key) : summaryId;
    if (take === 'mine') return;
    form.change((v) => {
      if (!mine) return theirs ? putBack(v, theirs, basedOn.questions) : v;
      return {
        ...v,
        questions: theirs
          ? v.questions.map((q) => (q.key === mine.key ? takeTheirFields(q, conflict) : q))
          : v.questions.filter((q) => q.key !== mine.key),
      };
    }, 'questions');
  };
  const settleOrder = (take: 'mine' | 'theirs') => {
    const codes = myOrder;
    setMyOrder(null);
    focusTo.current = summaryId;
    if (take === 'mine' && codes) form.change((v) => inOrder(v, codes), 'questions');
  };
  const conflictOf = (q: QuestionValues) => conflicts.find((c) => c.mine?.key === q.key);
  const field = (i: number, name: keyof QuestionValues, label: string, control: 'input' | 'textarea', max: number) => {
    const fieldId = `${id}-${i}-${name}`;
    const q = values.questions[i];
    return (
      <FormField
        id={fieldId}
        name={`questions.${i}.${name}`}
        label={label}
        error={errorFor(`questions.${i}.${name}`)}
        required
      >
        {(describedBy) =>
          control === 'textarea' ? (
            <textarea
              id={fieldId}
              rows={2}
              maxLength={max + 100}
              value={String(q[name])}
              onChange={(e) => setQuestion(i, name, e.target.value)}
              onBlur={form.touch(`questions.${i}.${name}`)}
              disabled={busy}
              aria-describedby={describedBy}
              data-testid={`q-${i}-${name}`}
            />
          ) : (
            <input
              id={fieldId}
              type="text"
              value={String(q[name])}
              onChange={(e) => setQuestion(i, name, e.target.value)}
              onBlur={form.touch(`questions.${i}.${name}`)}
              disabled={busy}
              aria-describedby={describedBy}
              data-testid={`q-${i}-${name}`}
            />
          )
        }
      </FormField>
    );
  };

  return (
    <form className="questionnaire-form" noValidate onSubmit={send} data-testid="questionnaire-form">
      <p className="field-hint">{t('questionnaire.rule', { version: basedOn.questionnaireVersion + 1 })}</p>
      {stale && (
        <Notice tone="warning" testId="questionnaire-stale">
          <p>{t('questionnaire.stale', { version: stale.version, next: stale.version + 1 })}</p>
          <ul data-testid="questionnaire-stale-changes">
            {stale.changes.added.length > 0 && (
              <li>
                {t('questionnaire.staleAdded', { version: stale.version, codes: stale.changes.added.join(', ') })}
              </li>
            )}
            {stale.changes.removed.length > 0 && (
              <li>
                {t('questionnaire.staleRemoved', { version: stale.version, codes: stale.changes.removed.join(', ') })}
              </li>
            )}
            {stale.changes.changed.length > 0 && (
              <li>
                {t('questionnaire.staleChanged', { version: stale.version, codes: stale.changes.changed.join(', ') })}
              </li>
            )}
            {stale.changes.reordered && <li>{t('questionnaire.staleReordered', { version: stale.version })}</li>}
            {stale.changes.added.length + stale.changes.removed.length + stale.changes.changed.length === 0 &&
              !stale.changes.reordered && <li>{t('questionnaire.staleSame', { version: stale.version })}</li>}
          </ul>
          <p id={summaryId} tabIndex={-1} data-testid="questionnaire-merged">
            {t(
              conflicts.length
                ? 'questionnaire.mergedConflicts'
                : myOrder
                  ? 'questionnaire.mergedOrder'
                  : 'questionnaire.merged',
              { version: stale.version, count: conflicts.length },
            )}
          </p>
          {myOrder && (
            <p data-testid="questionnaire-order-conflict">
              {t('questionnaire.orderConflict', { version: stale.version, codes: myOrder.join(', ') })}{' '}
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => settleOrder('mine')}
                data-testid="questionnaire-order-mine"
              >
                {t('questionnaire.useMyOrder')}
              </button>{' '}
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => settleOrder('theirs')}
                data-testid="questionnaire-order-theirs"
              >
                {t('questionnaire.keepTheirOrder', { version: stale.version })}
              </button>
            </p>
          )}
          {conflicts
            .filter((c) => c.kind === 'REMOVED_CHANGED')
            .map((c) => (
              <p key={c.code} data-testid={`questionnaire-conflict-${c.code}`}>
                {t('questionnaire.conflictRemovedChanged', { code: c.code, version: stale.version })}{' '}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => settle(c, 'theirs')}
                  data-testid={`questionnaire-take-theirs-${c.code}`}
                >
                  {t('questionnaire.putBack', { code: c.code, version: stale.version })}
                </button>{' '}
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => settle(c, 'mine')}
                  data-testid={`questionnaire-keep-mine-${c.code}`}
                >
                  {t('questionnaire.keepRemoved')}
                </button>
              </p>
            ))}
          <p>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={startOver}
              data-testid="questionnaire-start-over"
            >
              {t('questionnaire.startOver', { version: stale.version })}
            </button>
          </p>
        </Notice>
      )}
      {formError && (
        <p className="form-error" role="alert" data-testid="questionnaire-error">
          {formError}
        </p>
      )}
      {errorFor('questions') && (
        <p className="form-error" role="alert" data-testid="questionnaire-list-error">
          {errorFor('questions')}
        </p>
      )}
      {values.questions.map((q, i) => (
        <fieldset
          key={q.key}
          className={conflictOf(q) ? 'sub-form sub-form--conflict' : 'sub-form'}
          data-testid={`q-${i}`}
        >
          <legend id={legendId(q.key)} tabIndex={-1}>
            {t('questionnaire.question', { n: i + 1, code: q.code || '…' })}
          </legend>
          {stale && conflictOf(q) && <Conflict conflict={conflictOf(q)!} version={stale.version} onSettle={settle} />}
          {field(i, 'code', t('questionnaire.code'), 'input', QUESTIONNAIRE_LIMITS.codeMax)}
          <FormField
            id={`${id}-${i}-instrument`}
            name={`questions.${i}.instrumentCode`}
            label={t('questionnaire.instrument')}
            error={errorFor(`questions.${i}.instrumentCode`)}
            required
          >
            {(describedBy) => (
              <select
                id={`${id}-${i}-instrument`}
                value={q.instrumentCode}
                onChange={(e) => setQuestion(i, 'instrumentCode', e.target.value)}
                disabled={busy}
                aria-describedby={describedBy}
                data-testid={`q-${i}-instrumentCode`}
              >
                {cycle.instruments.map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {field(i, 'article', t('questionnaire.article'), 'input', QUESTIONNAIRE_LIMITS.articleMax)}
          {TEXTS.map((name) =>
            field(
              i,
              name,
              t(`questionnaire.fields.${name}`),
              name.startsWith('text') ? 'textarea' : 'input',
              name.startsWith('text') ? QUESTIONNAIRE_LIMITS.textMax : QUESTIONNAIRE_LIMITS.sectionMax,
            ),
          )}
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => remove(i)}
            disabled={busy}
            data-testid={`q-${i}-remove`}
          >
            {t('questionnaire.remove', { code: q.code || i + 1 })}
          </button>
        </fieldset>
      ))}
      <FormFooter
        onCancel={onCancel}
        cancelTestId="questionnaire-cancel"
        submitDisabled={busy || loading}
        submitLabel={
          busy || loading
            ? t('questionnaire.publishing')
            : t('questionnaire.publish', { version: basedOn.questionnaireVersion + 1 })
        }
        submitTestId="questionnaire-publish"
      >
        <button
          type="button"
          className="button button--secondary"
          onClick={add}
          disabled={busy}
          data-testid="questionnaire-add"
        >
          {t('questionnaire.add')}
        </button>
        <span className="spacer" />
      </FormFooter>
    </form>
  );
}

/**
 * A question the person edited that the version published meanwhile also changed (or removed): what that version
 * has, and the person's choice — their own is kept until they choose.
 */
function Conflict({
  conflict,
  version,
  onSettle,
}: {
  conflict: QuestionnaireConflict<QuestionValues>;
  version: number;
  onSettle: (conflict: QuestionnaireConflict<QuestionValues>, take: 'mine' | 'theirs') => void;
}) {
  const { t } = useTranslation();
  const { mine, theirs, code } = conflict;
  const label = (field: (typeof QUESTION_FIELDS)[number]) =>
    field === 'instrumentCode'
      ? t('questionnaire.instrument')
      : field === 'article'
        ? t('questionnaire.article')
        : t(`questionnaire.fields.${field}`);
  // The fields both changed, differently, in the form's order (the domain's list of a question's fields).
  const differs = QUESTION_FIELDS.filter((f) => conflict.fields.includes(f));
  return (
    // Not a live region of its own: the summary above the form says how many questions are marked.
    <Notice tone="warning" role="note" testId={`questionnaire-conflict-${code}`}>
      <p>
        {theirs
          ? t('questionnaire.conflictBoth', { code, version })
          : t('questionnaire.conflictEditedRemoved', { code, version })}
      </p>
      {theirs && (
        <ul>
          {differs.map((f) => (
            <li key={f}>
              {label(f)}: {theirs[f]}
            </li>
          ))}
          {mine && conflict.fields.includes('illustrative') && (
            <li>
              {t(theirs.illustrative ? 'questionnaire.theirsIllustrative' : 'questionnaire.theirsNotIllustrative')}
            </li>
          )}
        </ul>
      )}
      <p>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onSettle(conflict, 'theirs')}
          data-testid={`questionnaire-take-theirs-${code}`}
        >
          {theirs ? t('questionnaire.takeTheirs', { version }) : t('questionnaire.removeAsTheirs', { version })}
        </button>{' '}
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => onSettle(conflict, 'mine')}
          data-testid={`questionnaire-keep-mine-${code}`}
        >
          {t('questionnaire.keepMine')}
        </button>
      </p>
    </Notice>
  );
}
