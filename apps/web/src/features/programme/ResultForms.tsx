import {
  ACTUAL_SOURCES,
  INDICATOR_UNITS,
  measureFitsUnit,
  OUTCOME_MEASURES,
  RESULT_TYPES,
  type IndicatorUnit,
  type ResultType,
} from '@ta/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from '../../components/use-form';
import { useMutation } from '../../graphql/hooks';
import { usePlanYears } from '../reference/use-reference-data';
import { FoldedForm, FormError, InlineDraftNote, SelectField, TextField } from '../../components/FormControls';
import { useDraft } from '../../offline/drafts';
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
 * its baseline and target, when known, with their years.
 */
export function IndicatorForm({ resultId, userId }: { resultId: string; userId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const form = useForm<IndicatorValues>({ initial: emptyIndicator, validate: validateIndicator });
  const { values } = form;
  // Kept on this device as it is typed, per person and result, until saved or discarded.
  const draft = useDraft(`indicator-add:${userId}:${resultId}`, form, { empty: emptyIndicator });
  const [define, { loading }] = useMutation(defineIndicatorMutation, REFETCH);
  const submit = form.handleSubmit(async (v) => {
    const input = toDefineIndicatorInput(resultId, v);
    await define({ variables: { input: { ...input, idempotencyKey: draft.idempotencyKey() } } });
    await draft.finish();
    form.reset(emptyIndicator());
  });
  const computable = !values.unit || measureFitsUnit(values.unit);
  return (
    <FoldedForm summary={t('results.edit.addIndicator')} restored={draft.restored} testId="indicator-add">
      <form
        className="inline-form"
        noValidate
        onSubmit={submit}
        data-testid="indicator-form"
        data-draft-saved={draft.savedAt ?? ''}
      >
        <FormError message={form.formError} testId="indicator-error" />
        <InlineDraftNote draft={draft} testId="indicator" />
        <TextField
          form={form}
          field="title"
          label={t('results.edit.indicatorTitle')}
          id={`${id}-title`}
          testId="indicator-title"
          required
          wide
        />
        <SelectField
          form={form}
          field="unit"
          label={t('results.edit.unit')}
          id={`${id}-unit`}
          testId="indicator-unit"
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
            data-testid="indicator-computed"
          />{' '}
          {t('results.edit.computed')}
        </label>
        {values.computed && (
          <SelectField
            form={form}
            field="measure"
            label={t('results.edit.measure')}
            id={`${id}-measure`}
            testId="indicator-measure"
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
    </FoldedForm>
  );
}

/**
 * Records an actual of an indicator kept by hand, for a year, from a named source (a report, a State's update, a
 * workshop outcome); the version read is sent.
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
  // Kept on this device as it is typed, per person and indicator, until recorded or discarded. The version sent
  // is the indicator's as the drawer shows it when sending, so a draft needs no basis.
  const draft = useDraft(`indicator-actual:${userId}:${indicator.id}`, form, { empty: () => emptyActual(year) });
  const [record, { loading }] = useMutation(recordIndicatorActualMutation, REFETCH);
  const submit = form.handleSubmit(async (v) => {
    await record({ variables: { input: toRecordActualInput(indicator, v) } });
    await draft.finish();
    setYear(Number(v.year));
    form.reset(emptyActual(Number(v.year)));
  });
  return (
    <FoldedForm summary={t('results.edit.recordActual')} restored={draft.restored} testId="actual-add">
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
