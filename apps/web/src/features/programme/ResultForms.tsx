import { INDICATOR_UNITS, OUTCOME_MEASURES, RESULT_TYPES, type ResultType } from '@ta/domain';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from '../../components/use-form';
import { apiProblems } from '../../graphql/errors';
import { refetchQueries, useMutation } from '../../graphql/hooks';
import { FoldedForm, FormError, InlineDraftNote, SelectField, TextField } from '../../components/FormControls';
import { SetAsideDrafts } from '../../components/SetAsideDrafts';
import { Notice } from '../../components/Notice';
import { useDraft } from '../../offline/drafts';
import { useOnlineOnly } from '../../offline/use-online-only';
import { sendOrKeep, useQueuedDraft, useShownAgain } from '../../offline/use-queued-draft';
import { defineIndicatorMutation, defineResultMutation } from './programme.graphql';
import {
  emptyIndicator,
  emptyResult,
  indicatorValuesOf,
  mayChangeIndicatorUnit,
  measureBindingOf,
  toDefineIndicatorInput,
  toDefineResultInput,
  validateIndicator,
  validateResult,
  type IndicatorAsRead,
  type IndicatorValues,
  type ResultValues,
} from './results-form';

/** Every change here is shown by asking the drawer's activity again. */
const REFETCH = { refetchQueries: ['ActivityDetail'] } as const;

/** The fields of an add form, disabled with a notice while its submission waits in the outbox. */
function QueuedFields({ queued, testId, children }: { queued: boolean; testId: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      {queued && (
        <Notice tone="warning" testId={`${testId}-queued`}>
          <p>{t('offline.queued')}</p>
        </Notice>
      )}
      <fieldset className="inline-form__fields" disabled={queued}>
        {children}
      </fieldset>
    </>
  );
}

/**
 * Adds an output or outcome to the activity, or changes one: the version is the one read when the form opened, so
 * a change someone made since is refused (CONFLICT) and said above the form. What is typed is kept on this device
 * (per person, activity or result) until it is saved or discarded: a reload or a closed drawer loses nothing; a
 * draft of a change to a version someone has changed since is not restored.
 */
export function ResultForm(props: ResultFormProps) {
  const [shown, showAgain] = useShownAgain();
  return <ResultFormShown key={shown} {...props} onSettled={showAgain} />;
}

interface ResultFormProps {
  activityId: string;
  /** Whose draft this is: on a shared computer, each user's own. */
  userId: string;
  result?: { id: string; version: number; type: ResultType; title: string };
  onDone?: () => void;
}

function ResultFormShown({
  activityId,
  userId,
  result,
  onDone,
  onSettled,
}: ResultFormProps & { onSettled: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [read] = useState(() =>
    result ? { id: result.id, version: result.version, type: result.type, title: result.title } : null,
  );
  const start = (): ResultValues => (read ? { type: read.type, title: read.title } : emptyResult());
  const form = useForm<ResultValues>({ initial: start, validate: validateResult });
  const draftName = read ? `result-edit:${userId}:${read.id}` : `result-add:${userId}:${activityId}`;
  const draft = useDraft(draftName, form, { empty: start, basis: read?.version });
  const outbox = useQueuedDraft(draftName, onSettled);
  const online = useOnlineOnly();
  const [define, { loading }] = useMutation(defineResultMutation, REFETCH);
  const prefix = read ? 'result-edit' : 'result-add';
  const submit = form.handleSubmit(async (v) => {
    if (read) {
      // A change at the version read: sent only while the line is up.
      if (!(await online.attempt(() => define({ variables: { input: toDefineResultInput(read, v) } })))) return;
      await draft.finish();
      onDone?.();
      return;
    }
    const variables = { input: { ...toDefineResultInput({ activityId }, v), idempotencyKey: draft.idempotencyKey() } };
    const entry = {
      kind: 'defineResult' as const,
      variables,
      idempotencyKey: variables.input.idempotencyKey,
      draftName,
      userId,
    };
    if (!(await sendOrKeep(() => define({ variables }), entry, draft, v))) return;
    await draft.finish();
    form.reset(emptyResult());
    onDone?.();
  });
  const fields = (
    <form
      className="inline-form"
      noValidate
      onSubmit={submit}
      data-testid={`${prefix}-form`}
      data-draft-saved={draft.savedAt ?? ''}
    >
      <FormError message={form.formError} testId={`${prefix}-error`} />
      <FormError message={online.notSaved && t(online.notSaved)} testId={`${prefix}-not-saved`} />
      {!outbox.queued && <InlineDraftNote draft={draft} testId={prefix} />}
      <SetAsideDrafts name={draftName} draft={draft} onOpened={onSettled} testId={prefix} />
      <QueuedFields queued={outbox.queued} testId={prefix}>
        <SelectField
          form={form}
          field="type"
          label={t('results.edit.kind')}
          id={`${id}-type`}
          testId={`${prefix}-type`}
          required
          options={RESULT_TYPES}
          optionLabel={(type) => t(`results.types.${type}`)}
        />
        <TextField
          form={form}
          field="title"
          label={t('results.edit.statement')}
          id={`${id}-title`}
          testId={`${prefix}-title`}
          required
          wide
        />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={loading} data-testid={`${prefix}-submit`}>
            {t('results.edit.save')}
          </button>
          {read && (
            <button type="button" className="button" onClick={onDone} data-testid={`${prefix}-cancel`}>
              {t('results.edit.cancel')}
            </button>
          )}
        </div>
      </QueuedFields>
    </form>
  );
  return read ? (
    fields
  ) : (
    <FoldedForm summary={t('results.edit.add')} restored={draft.restored} testId="result-add">
      {fields}
    </FoldedForm>
  );
}

/**
 * Adds an indicator to a result: typed in by hand, or (a number) computed from the activity's workshop outcomes;
 * its baseline and target, when known, with their years. Given `indicator` (as the drawer read it): the same form,
 * filled in, changes it at the version read — a change someone made since is refused (CONFLICT), said above the
 * form, and the drawer is read again: the indicator as it is now shows in its row, and a second Save sends what the
 * person typed at that version.
 */
export function IndicatorForm(props: IndicatorFormProps) {
  const [shown, showAgain] = useShownAgain();
  return <IndicatorFormShown key={shown} {...props} onSettled={showAgain} />;
}

interface IndicatorFormProps {
  resultId: string;
  /** Whose draft this is: on a shared computer, each user's own. */
  userId: string;
  indicator?: IndicatorAsRead;
  onDone?: () => void;
}

function IndicatorFormShown({
  resultId,
  userId,
  indicator,
  onDone,
  onSettled,
}: IndicatorFormProps & { onSettled: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [read, setRead] = useState(indicator);
  // After a CONFLICT (said above the form) the drawer is read again: once the indicator as it is now arrives, the
  // form sends at its version, with what the person typed kept — a second Save is theirs, knowing.
  const [conflicted, setConflicted] = useState(false);
  if (conflicted && indicator && read && indicator.version !== read.version) {
    setConflicted(false);
    setRead(indicator);
  }
  const start = (): IndicatorValues => (read ? indicatorValuesOf(read) : emptyIndicator());
  const form = useForm<IndicatorValues>({ initial: start, validate: validateIndicator });
  const { values } = form;
  // Kept on this device as it is typed, per person and result (or indicator changed), until saved or discarded; a
  // draft of a change to a version someone has changed since is not restored.
  const draftName = read ? `indicator-edit:${userId}:${read.id}` : `indicator-add:${userId}:${resultId}`;
  const draft = useDraft(draftName, form, { empty: start, basis: read?.version });
  const outbox = useQueuedDraft(draftName, onSettled);
  const online = useOnlineOnly();
  const [define, { loading }] = useMutation(defineIndicatorMutation, REFETCH);
  const prefix = read ? 'indicator-edit' : 'indicator';
  const submit = form.handleSubmit(async (v) => {
    if (read) {
      try {
        // A change at the version read: sent only while the line is up.
        if (!(await online.attempt(() => define({ variables: { input: toDefineIndicatorInput(read, v) } })))) return;
      } catch (error) {
        if (apiProblems(error).some((p) => p.code === 'CONFLICT')) {
          setConflicted(true);
          void refetchQueries(REFETCH.refetchQueries);
        }
        throw error;
      }
      await draft.finish();
      onDone?.();
      return;
    }
    const input = { ...toDefineIndicatorInput(resultId, v), idempotencyKey: draft.idempotencyKey() };
    const entry = {
      kind: 'defineIndicator' as const,
      variables: { input },
      idempotencyKey: input.idempotencyKey,
      draftName,
      userId,
    };
    if (!(await sendOrKeep(() => define({ variables: { input } }), entry, draft, v))) return;
    await draft.finish();
    form.reset(emptyIndicator());
  });
  const binding = measureBindingOf(values.unit, read);
  const computable = binding === null;
  const unitChangeable = mayChangeIndicatorUnit(read);
  const fields = (
    <form
      className="inline-form"
      noValidate
      onSubmit={submit}
      data-testid={`${prefix}-form`}
      data-draft-saved={draft.savedAt ?? ''}
    >
      <FormError message={form.formError} testId={`${prefix}-error`} />
      <FormError message={online.notSaved && t(online.notSaved)} testId={`${prefix}-not-saved`} />
      {!outbox.queued && <InlineDraftNote draft={draft} testId={prefix} />}
      <SetAsideDrafts name={draftName} draft={draft} onOpened={onSettled} testId={prefix} />
      <QueuedFields queued={outbox.queued} testId={prefix}>
        <TextField
          form={form}
          field="title"
          label={t('results.edit.indicatorTitle')}
          id={`${id}-title`}
          testId={`${prefix}-title`}
          required
          wide
        />
        <SelectField
          form={form}
          field="unit"
          label={t('results.edit.unit')}
          id={`${id}-unit`}
          testId={`${prefix}-unit`}
          required
          options={INDICATOR_UNITS}
          optionLabel={(unit) => t(`results.units.${unit}`)}
          alsoTouched={['measure']}
          disabled={!unitChangeable}
          hint={unitChangeable ? undefined : t('results.edit.unitKept')}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={values.computed}
            disabled={!computable && !values.computed}
            onChange={(e) => form.set('computed', e.target.checked, 'measure')}
            data-testid={`${prefix}-computed`}
          />{' '}
          {t('results.edit.computed')}
        </label>
        {binding === 'RECORDED_ACTUALS' && (
          <p className="field-hint" data-testid={`${prefix}-computed-refused`}>
            {t('results.edit.computedRefused')}
          </p>
        )}
        {values.computed && (
          <SelectField
            form={form}
            field="measure"
            label={t('results.edit.measure')}
            id={`${id}-measure`}
            testId={`${prefix}-measure`}
            required
            options={OUTCOME_MEASURES}
            optionLabel={(m) => t(`results.measures.${m}`)}
          />
        )}
        <TextField
          form={form}
          field="baseline"
          label={t('results.baseline')}
          id={`${id}-baseline`}
          testId={`${prefix}-baseline`}
          inputMode="decimal"
        />
        <TextField
          form={form}
          field="baselineYear"
          label={t('results.edit.baselineYear')}
          id={`${id}-baseline-year`}
          testId={`${prefix}-baseline-year`}
          inputMode="numeric"
        />
        <TextField
          form={form}
          field="target"
          label={t('results.target')}
          id={`${id}-target`}
          testId={`${prefix}-target`}
          inputMode="decimal"
        />
        <TextField
          form={form}
          field="targetYear"
          label={t('results.edit.targetYear')}
          id={`${id}-target-year`}
          testId={`${prefix}-target-year`}
          inputMode="numeric"
        />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={loading} data-testid={`${prefix}-submit`}>
            {t('results.edit.save')}
          </button>
          {read && (
            <button type="button" className="button" onClick={onDone} data-testid={`${prefix}-cancel`}>
              {t('results.edit.cancel')}
            </button>
          )}
        </div>
      </QueuedFields>
    </form>
  );
  if (read) return fields;
  return (
    <FoldedForm summary={t('results.edit.addIndicator')} restored={draft.restored} testId="indicator-add">
      {fields}
    </FoldedForm>
  );
}
