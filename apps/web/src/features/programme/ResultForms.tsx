import {
  ACTUAL_SOURCES,
  INDICATOR_UNITS,
  measureFitsUnit,
  OUTCOME_MEASURES,
  RESULT_TYPES,
  type IndicatorUnit,
  type ResultType,
} from '@ta/domain';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { useForm } from '../../components/use-form';
import { useMutation } from '../../graphql/hooks';
import { usePlanYears } from '../reference/use-reference-data';
import { useSubmissionKey } from '../../offline/drafts';
import { defineIndicatorMutation, defineResultMutation, recordIndicatorActualMutation } from './programme.graphql';
import {
  emptyActual,
  emptyIndicator,
  emptyResult,
  toDefineIndicatorInput,
  toDefineResultInput,
  toRecordActualInput,
  validateActual,
  validateIndicator,
  validateResult,
  type ActualValues,
  type IndicatorValues,
  type ResultValues,
} from './results-form';

/** Every change here is shown by asking the drawer's activity again. */
const REFETCH = { refetchQueries: ['ActivityDetail'] };

type FormOf<V extends object> = ReturnType<typeof useForm<V>>;

/** A text or number input bound to one field of a form, with its label and error. */
function TextField<V extends object>({
  form,
  field,
  label,
  id,
  testId,
  required,
  wide,
  inputMode,
}: {
  form: FormOf<V>;
  field: keyof V & string;
  label: ReactNode;
  id: string;
  testId: string;
  required?: boolean;
  wide?: boolean;
  inputMode?: 'decimal' | 'numeric';
}) {
  return (
    <FormField
      id={id}
      name={field}
      label={label}
      error={form.errorFor(field)}
      required={required}
      className={wide ? 'field--wide' : undefined}
    >
      {(describedBy) => (
        <input
          id={id}
          type="text"
          inputMode={inputMode}
          value={String(form.values[field] ?? '')}
          onChange={(e) => form.set(field, e.target.value as V[typeof field])}
          onBlur={form.touch(field)}
          aria-describedby={describedBy}
          data-testid={testId}
        />
      )}
    </FormField>
  );
}

/** The error above a form: what no field claims (a CONFLICT, said in the reader's language). */
function FormError({ message, testId }: { message: string | null; testId: string }) {
  return message ? (
    <p className="form-error" role="alert" data-testid={testId}>
      {message}
    </p>
  ) : null;
}

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
      <FormField id={`${id}-type`} name="type" label={t('results.edit.kind')} error={form.errorFor('type')} required>
        {(describedBy) => (
          <select
            id={`${id}-type`}
            value={form.values.type}
            onChange={(e) => form.set('type', e.target.value as ResultValues['type'])}
            onBlur={form.touch('type')}
            aria-describedby={describedBy}
            data-testid={`${prefix}-type`}
          >
            <option value="">{t('form.choose')}</option>
            {RESULT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`results.types.${type}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
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
 * its baseline and target, when known, with their years.
 */
export function IndicatorForm({ resultId }: { resultId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const form = useForm<IndicatorValues>({ initial: emptyIndicator, validate: validateIndicator });
  const { values } = form;
  const [define, { loading }] = useMutation(defineIndicatorMutation, REFETCH);
  const submission = useSubmissionKey();
  const submit = form.handleSubmit(async (v) => {
    const input = toDefineIndicatorInput(resultId, v);
    await define({ variables: { input: { ...input, idempotencyKey: submission.keyFor(input) } } });
    submission.succeeded();
    form.reset(emptyIndicator());
  });
  const computable = !values.unit || measureFitsUnit(values.unit);
  return (
    <details className="result-edit" data-testid="indicator-add">
      <summary data-testid="indicator-add-open">{t('results.edit.addIndicator')}</summary>
      <form className="inline-form" noValidate onSubmit={submit} data-testid="indicator-form">
        <FormError message={form.formError} testId="indicator-error" />
        <TextField
          form={form}
          field="title"
          label={t('results.edit.indicatorTitle')}
          id={`${id}-title`}
          testId="indicator-title"
          required
          wide
        />
        <FormField id={`${id}-unit`} name="unit" label={t('results.edit.unit')} error={form.errorFor('unit')} required>
          {(describedBy) => (
            <select
              id={`${id}-unit`}
              value={values.unit}
              onChange={(e) => form.set('unit', e.target.value as IndicatorUnit | '', 'measure')}
              onBlur={form.touch('unit')}
              aria-describedby={describedBy}
              data-testid="indicator-unit"
            >
              <option value="">{t('form.choose')}</option>
              {INDICATOR_UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {t(`results.units.${unit}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={values.computed}
            disabled={!computable && !values.computed}
            onChange={(e) => form.set('computed', e.target.checked, 'measure')}
            data-testid="indicator-computed"
          />{' '}
          {t('results.edit.computed')}
        </label>
        {values.computed && (
          <FormField
            id={`${id}-measure`}
            name="measure"
            label={t('results.edit.measure')}
            error={form.errorFor('measure')}
            required
          >
            {(describedBy) => (
              <select
                id={`${id}-measure`}
                value={values.measure}
                onChange={(e) => form.set('measure', e.target.value as IndicatorValues['measure'])}
                onBlur={form.touch('measure')}
                aria-describedby={describedBy}
                data-testid="indicator-measure"
              >
                <option value="">{t('form.choose')}</option>
                {OUTCOME_MEASURES.map((m) => (
                  <option key={m} value={m}>
                    {t(`results.measures.${m}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <TextField
          form={form}
          field="baseline"
          label={t('results.baseline')}
          id={`${id}-baseline`}
          testId="indicator-baseline"
          inputMode="decimal"
        />
        <TextField
          form={form}
          field="baselineYear"
          label={t('results.edit.baselineYear')}
          id={`${id}-baseline-year`}
          testId="indicator-baseline-year"
          inputMode="numeric"
        />
        <TextField
          form={form}
          field="target"
          label={t('results.target')}
          id={`${id}-target`}
          testId="indicator-target"
          inputMode="decimal"
        />
        <TextField
          form={form}
          field="targetYear"
          label={t('results.edit.targetYear')}
          id={`${id}-target-year`}
          testId="indicator-target-year"
          inputMode="numeric"
        />
        <button type="submit" className="button button--primary" disabled={loading} data-testid="indicator-submit">
          {t('results.edit.save')}
        </button>
      </form>
    </details>
  );
}

/**
 * Records an actual of an indicator kept by hand, for a year, from a named source (a report, a State's update, a
 * workshop outcome); the version read is sent.
 */
export function ActualForm({ indicator }: { indicator: { id: string; version: number; unit: IndicatorUnit } }) {
  const { t } = useTranslation();
  const id = useId();
  const firstYear = usePlanYears()[0];
  const form = useForm<ActualValues>({
    initial: () => emptyActual(firstYear),
    validate: (v) => validateActual(indicator.unit, v),
  });
  const { values } = form;
  const [record, { loading }] = useMutation(recordIndicatorActualMutation, REFETCH);
  const submit = form.handleSubmit(async (v) => {
    await record({ variables: { input: toRecordActualInput(indicator, v) } });
    form.reset(emptyActual(Number(v.year)));
  });
  return (
    <details className="result-edit" data-testid="actual-add">
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
        <FormField
          id={`${id}-source`}
          name="source"
          label={t('results.edit.source')}
          error={form.errorFor('source')}
          required
        >
          {(describedBy) => (
            <select
              id={`${id}-source`}
              value={values.source}
              onChange={(e) => form.set('source', e.target.value as ActualValues['source'])}
              onBlur={form.touch('source')}
              aria-describedby={describedBy}
              data-testid="actual-source"
            >
              <option value="">{t('form.choose')}</option>
              {ACTUAL_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {t(`results.sources.${s}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
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
