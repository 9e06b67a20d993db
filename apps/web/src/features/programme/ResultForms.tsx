import {
  ACTUAL_SOURCES,
  INDICATOR_UNITS,
  OUTCOME_MEASURES,
  RESULT_TYPES,
  type IndicatorUnit,
  type ResultType,
} from '@ta/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from '../../components/use-form';
import { apiProblems } from '../../graphql/errors';
import { refetchQueries, useMutation } from '../../graphql/hooks';
import { usePlanYears } from '../reference/use-reference-data';
import { FoldedForm, FormError, InlineDraftNote, SelectField, TextField } from '../../components/FormControls';
import { useDraft } from '../../offline/drafts';
import { defineIndicatorMutation, defineResultMutation, recordIndicatorActualMutation } from './programme.graphql';
import {
  emptyActual,
  emptyIndicator,
  emptyResult,
  indicatorValuesOf,
  measureBindingOf,
  toDefineIndicatorInput,
  toDefineResultInput,
  toRecordActualInput,
  validateActual,
  validateIndicator,
  validateResult,
  type ActualValues,
  type IndicatorAsRead,
  type IndicatorValues,
  type ResultValues,
} from './results-form';

/** Every change here is shown by asking the drawer's activity again. */
const REFETCH = { refetchQueries: ['ActivityDetail'] } as const;

/**
 * Adds an output or outcome to the activity, or changes one: the version is the one read when the form opened, so
 * a change someone made since is refused (CONFLICT) and said above the form. What is typed is kept on this device
 * (per person, activity or result) until it is saved or discarded: a reload or a closed drawer loses nothing; a
 * draft of a change to a version someone has changed since is not restored.
 */
export function ResultForm({
  activityId,
  userId,
  result,
  onDone,
}: {
  activityId: string;
  /** Whose draft this is: on a shared computer, each user's own. */
  userId: string;
  result?: { id: string; version: number; type: ResultType; title: string };
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [read] = useState(() =>
    result ? { id: result.id, version: result.version, type: result.type, title: result.title } : null,
  );
  const start = (): ResultValues => (read ? { type: read.type, title: read.title } : emptyResult());
  const form = useForm<ResultValues>({ initial: start, validate: validateResult });
  const draft = useDraft(read ? `result-edit:${userId}:${read.id}` : `result-add:${userId}:${activityId}`, form, {
    empty: start,
    basis: read?.version,
  });
  const [define, { loading }] = useMutation(defineResultMutation, REFETCH);
  const prefix = read ? 'result-edit' : 'result-add';
  const submit = form.handleSubmit(async (v) => {
    const input = toDefineResultInput(read ?? { activityId }, v);
    await define({
      variables: { input: read ? input : { ...input, idempotencyKey: draft.idempotencyKey() } },
    });
    await draft.finish();
    if (!read) form.reset(emptyResult());
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
      <InlineDraftNote draft={draft} testId={prefix} />
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
export function IndicatorForm({
  resultId,
  userId,
  indicator,
  onDone,
}: {
  resultId: string;
  /** Whose draft this is: on a shared computer, each user's own. */
  userId: string;
  indicator?: IndicatorAsRead;
  onDone?: () => void;
}) {
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
  const draft = useDraft(read ? `indicator-edit:${userId}:${read.id}` : `indicator-add:${userId}:${resultId}`, form, {
    empty: start,
    basis: read?.version,
  });
  const [define, { loading }] = useMutation(defineIndicatorMutation, REFETCH);
  const prefix = read ? 'indicator-edit' : 'indicator';
  const submit = form.handleSubmit(async (v) => {
    if (read) {
      try {
        await define({ variables: { input: toDefineIndicatorInput(read, v) } });
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
    const input = toDefineIndicatorInput(resultId, v);
    await define({ variables: { input: { ...input, idempotencyKey: draft.idempotencyKey() } } });
    await draft.finish();
    form.reset(emptyIndicator());
  });
  const binding = measureBindingOf(values.unit, read);
  const computable = binding === null;
  const fields = (
    <form
      className="inline-form"
      noValidate
      onSubmit={submit}
      data-testid={`${prefix}-form`}
      data-draft-saved={draft.savedAt ?? ''}
    >
      <FormError message={form.formError} testId={`${prefix}-error`} />
      <InlineDraftNote draft={draft} testId={prefix} />
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
    </form>
  );
  if (read) return fields;
  return (
    <FoldedForm summary={t('results.edit.addIndicator')} restored={draft.restored} testId="indicator-add">
      {fields}
    </FoldedForm>
  );
}

/**
 * Records an actual of an indicator kept by hand, for a year, from a named source (a report, a State's update, a
 * workshop outcome). The version sent is the one read when the form opened (then the one its own save answered), so
 * a change someone made meanwhile is refused (CONFLICT) and said above the form rather than overwritten.
 */
export function ActualForm({
  indicator,
  userId,
}: {
  indicator: { id: string; version: number; unit: IndicatorUnit };
  userId: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const firstYear = usePlanYears()[0];
  // The year the next actual starts from: the plan's first, then the year of the one just recorded.
  const [year, setYear] = useState(firstYear);
  const form = useForm<ActualValues>({
    initial: () => emptyActual(year),
    validate: (v) => validateActual(indicator.unit, v),
  });
  // Kept on this device as it is typed, per person and indicator, until recorded or discarded.
  const draft = useDraft(`indicator-actual:${userId}:${indicator.id}`, form, { empty: () => emptyActual(year) });
  const [record, { loading }] = useMutation(recordIndicatorActualMutation, REFETCH);
  const [read, setRead] = useState(indicator.version);
  const submit = form.handleSubmit(async (v) => {
    const { data } = await record({
      variables: { input: toRecordActualInput({ id: indicator.id, version: read }, v) },
    });
    if (data) setRead(data.recordIndicatorActual.version);
    await draft.finish();
    setYear(Number(v.year));
    form.reset(emptyActual(Number(v.year)));
  });
  return (
    <FoldedForm
      summary={t('results.edit.recordActual')}
      restored={draft.restored}
      testId="actual-add"
      onOpen={() => setRead(indicator.version)}
    >
      <form
        className="inline-form"
        noValidate
        onSubmit={submit}
        data-testid="actual-form"
        data-draft-saved={draft.savedAt ?? ''}
      >
        <FormError message={form.formError} testId="actual-error" />
        <InlineDraftNote draft={draft} testId="actual" />
        <TextField
          form={form}
          field="year"
          label={t('results.edit.year')}
          id={`${id}-year`}
          testId="actual-year"
          inputMode="numeric"
          required
        />
        <TextField
          form={form}
          field="value"
          label={t('results.edit.value')}
          id={`${id}-value`}
          testId="actual-value"
          inputMode="decimal"
          required
        />
        <SelectField
          form={form}
          field="source"
          label={t('results.edit.source')}
          id={`${id}-source`}
          testId="actual-source"
          required
          options={ACTUAL_SOURCES}
          optionLabel={(source) => t(`results.sources.${source}`)}
        />
        <TextField
          form={form}
          field="sourceRef"
          label={t('results.edit.sourceRef')}
          id={`${id}-source-ref`}
          testId="actual-source-ref"
          required
        />
        <TextField
          form={form}
          field="note"
          label={t('results.edit.note')}
          id={`${id}-note`}
          testId="actual-note"
          wide
        />
        <button type="submit" className="button button--primary" disabled={loading} data-testid="actual-submit">
          {t('results.edit.save')}
        </button>
      </form>
    </FoldedForm>
  );
}
