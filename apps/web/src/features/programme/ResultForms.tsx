import {
  ACTUAL_SOURCES,
  INDICATOR_UNITS,
  measureFitsUnit,
  OUTCOME_MEASURES,
  RESULT_TYPES,
  type ActualSource,
  type IndicatorUnit,
  type OutcomeMeasure,
  type ResultType,
} from '@ta/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from '../../components/use-form';
import { apiProblems } from '../../graphql/errors';
import { refetchQueries, useMutation } from '../../graphql/hooks';
import { usePlanYears } from '../reference/use-reference-data';
import { FormError, SelectField, TextField } from './FormControls';
import { useSubmissionKey } from '../../offline/drafts';
import { defineIndicatorMutation, defineResultMutation, recordIndicatorActualMutation } from './programme.graphql';
import {
  emptyActual,
  emptyIndicator,
  emptyResult,
  indicatorValuesOf,
  mayBeComputed,
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
 * a change someone made since is refused (CONFLICT) and said above the form.
 */
export function ResultForm({
  activityId,
  result,
  onDone,
}: {
  activityId: string;
  result?: { id: string; version: number; type: ResultType; title: string };
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [read] = useState(() => (result ? { id: result.id, version: result.version } : null));
  const form = useForm<ResultValues>({
    initial: () => (result ? { type: result.type, title: result.title } : emptyResult()),
    validate: validateResult,
  });
  const [define, { loading }] = useMutation(defineResultMutation, REFETCH);
  const submission = useSubmissionKey();
  const prefix = read ? 'result-edit' : 'result-add';
  const submit = form.handleSubmit(async (v) => {
    const input = toDefineResultInput(read ?? { activityId }, v);
    await define({
      variables: { input: read ? input : { ...input, idempotencyKey: submission.keyFor(input) } },
    });
    submission.succeeded();
    form.reset(emptyResult());
    onDone?.();
  });
  return (
    <form className="inline-form" noValidate onSubmit={submit} data-testid={`${prefix}-form`}>
      <FormError message={form.formError} testId={`${prefix}-error`} />
      <SelectField
        form={form}
        field="type"
        label={t('results.edit.kind')}
        id={`${id}-type`}
        testId={`${prefix}-type`}
        required
        options={RESULT_TYPES}
        optionLabel={(type) => t(`results.types.${type as ResultType}`)}
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
}

/**
 * Adds an indicator to a result: typed in by hand, or (a number) computed from the activity's workshop outcomes;
 * its baseline and target, when known, with their years. Given `indicator` (as the drawer read it): the same form,
 * filled in, changes it at the version read — a change someone made since is refused (CONFLICT), said above the
 * form, and the drawer is read again so that Edit opens on the indicator as it is now.
 */
export function IndicatorForm({
  resultId,
  indicator,
  onDone,
}: {
  resultId: string;
  indicator?: IndicatorAsRead;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [read] = useState(indicator);
  const form = useForm<IndicatorValues>({
    initial: () => (read ? indicatorValuesOf(read) : emptyIndicator()),
    validate: validateIndicator,
  });
  const { values } = form;
  const [define, { loading }] = useMutation(defineIndicatorMutation, REFETCH);
  const submission = useSubmissionKey();
  const prefix = read ? 'indicator-edit' : 'indicator';
  const submit = form.handleSubmit(async (v) => {
    if (read) {
      try {
        await define({ variables: { input: toDefineIndicatorInput(read, v) } });
      } catch (error) {
        if (apiProblems(error).some((p) => p.code === 'CONFLICT')) void refetchQueries(REFETCH.refetchQueries);
        throw error;
      }
      onDone?.();
      return;
    }
    const input = toDefineIndicatorInput(resultId, v);
    await define({ variables: { input: { ...input, idempotencyKey: submission.keyFor(input) } } });
    submission.succeeded();
    form.reset(emptyIndicator());
  });
  const computable = (!values.unit || measureFitsUnit(values.unit)) && mayBeComputed(read);
  const fields = (
    <form className="inline-form" noValidate onSubmit={submit} data-testid={`${prefix}-form`}>
      <FormError message={form.formError} testId={`${prefix}-error`} />
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
        optionLabel={(unit) => t(`results.units.${unit as IndicatorUnit}`)}
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
      {!mayBeComputed(read) && (
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
          optionLabel={(m) => t(`results.measures.${m as OutcomeMeasure}`)}
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
    <details className="result-edit" data-testid="indicator-add">
      <summary data-testid="indicator-add-open">{t('results.edit.addIndicator')}</summary>
      {fields}
    </details>
  );
}

/**
 * Records an actual of an indicator kept by hand, for a year, from a named source (a report, a State's update, a
 * workshop outcome). The version sent is the one read when the form opened (then the one its own save answered), so
 * a change someone made meanwhile is refused (CONFLICT) and said above the form rather than overwritten.
 */
export function ActualForm({ indicator }: { indicator: { id: string; version: number; unit: IndicatorUnit } }) {
  const { t } = useTranslation();
  const id = useId();
  const firstYear = usePlanYears()[0];
  const form = useForm<ActualValues>({
    initial: () => emptyActual(firstYear),
    validate: (v) => validateActual(indicator.unit, v),
  });
  const [record, { loading }] = useMutation(recordIndicatorActualMutation, REFETCH);
  const [read, setRead] = useState(indicator.version);
  const submit = form.handleSubmit(async (v) => {
    const { data } = await record({
      variables: { input: toRecordActualInput({ id: indicator.id, version: read }, v) },
    });
    if (data) setRead(data.recordIndicatorActual.version);
    form.reset(emptyActual(Number(v.year)));
  });
  return (
    <details
      className="result-edit"
      data-testid="actual-add"
      onToggle={(e) => {
        if (e.currentTarget.open) setRead(indicator.version);
      }}
    >
      <summary data-testid="actual-add-open">{t('results.edit.recordActual')}</summary>
      <form className="inline-form" noValidate onSubmit={submit} data-testid="actual-form">
        <FormError message={form.formError} testId="actual-error" />
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
          optionLabel={(source) => t(`results.sources.${source as ActualSource}`)}
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
    </details>
  );
}
