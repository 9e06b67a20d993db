import { ACTUAL_SOURCES, type IndicatorUnit } from '@ta/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from '../../components/use-form';
import { useMutation } from '../../graphql/hooks';
import { usePlanYears } from '../reference/use-reference-data';
import { FoldedForm, FormError, InlineDraftNote, SelectField, TextField } from '../../components/FormControls';
import { useDraft } from '../../offline/drafts';
import { useOnlineOnly } from '../../offline/use-online-only';
import { recordIndicatorActualMutation } from './programme.graphql';
import { emptyActual, toRecordActualInput, validateActual, type ActualValues } from './results-form';

/**
 * Records an actual of an indicator kept by hand, for a year, from a named source (a report, a State's update, a
 * workshop outcome). The version sent is the one read when the form opened (then the one its own save answered), so
 * a change someone made meanwhile is refused (CONFLICT) and said above the form rather than overwritten. Sent only
 * while the line is up: when it fails, the form says it was not saved and keeps what was typed (and its draft).
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
  const [record, { loading }] = useMutation(recordIndicatorActualMutation, { refetchQueries: ['ActivityDetail'] });
  const online = useOnlineOnly();
  const [read, setRead] = useState(indicator.version);
  const submit = form.handleSubmit(async (v) => {
    // The draft's key, kept across retries of this submission: an answer lost after the server recorded it is
    // answered again on the retry, not refused for the version the first attempt moved. Recorded, the next gets a new one.
    const input = {
      ...toRecordActualInput({ id: indicator.id, version: read }, v),
      idempotencyKey: draft.idempotencyKey(),
    };
    const answer = await online.attempt(() => record({ variables: { input } }));
    if (!answer) return;
    if (answer.data) setRead(answer.data.recordIndicatorActual.version);
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
        <FormError message={online.notSaved && t(online.notSaved)} testId="actual-not-saved" />
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
