import type { RequestStatus } from '@ta/domain';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/FormControls';
import { FormField } from '../../components/FormField';
import type { useForm } from '../../components/use-form';
import { needsReason, type MoveValues } from './triage';

/**
 * Where to move a request (or the selected requests) and why: the reason is required, and said so beside the
 * field, for the moves that need one (decline, withdraw). The request drawer and the bulk bar both use it.
 */
export function MoveFields({
  id,
  form,
  moves,
  testIdPrefix,
}: {
  id: string;
  form: ReturnType<typeof useForm<MoveValues>>;
  moves: readonly RequestStatus[];
  /** `triage-move` in the drawer, `bulk-move` in the bar: the fields are `<prefix>-to` and `<prefix>-reason`. */
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  const { values, errorFor } = form;
  const reasonNeeded = needsReason(values.to);
  return (
    <>
      <FormField id={`${id}-to`} name="to" label={t('triage.moveTo')} error={errorFor('to')} required>
        {(describedBy) => (
          <select
            id={`${id}-to`}
            value={values.to}
            onChange={(e) => form.set('to', e.target.value as RequestStatus | '', 'reason')}
            aria-describedby={describedBy}
            data-testid={`${testIdPrefix}-to`}
          >
            <option value="">{t('form.choose')}</option>
            {moves.map((status) => (
              <option key={status} value={status}>
                {t(`statuses.${status}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <TextField
        form={form}
        field="reason"
        id={`${id}-reason`}
        label={t('triage.reason')}
        required={reasonNeeded}
        hint={reasonNeeded ? t('triage.reasonHint') : undefined}
        testId={`${testIdPrefix}-reason`}
      />
    </>
  );
}
