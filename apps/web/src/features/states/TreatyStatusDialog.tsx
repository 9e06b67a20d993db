import { CONSENT_KINDS, TREATY_PARTICIPATIONS, type ConsentKind, type TreatyParticipation } from '@ta/domain';
import type { TreatyStatusFieldsFragment } from '@ta/graphql-types/graphql';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { DraftFormDialog } from '../../components/DraftFormDialog';
import { stillNeeded } from '../../components/FormFooter';
import { useForm } from '../../components/use-form';
import { useMutation } from '../../graphql/hooks';
import { useDraft } from '../../offline/drafts';
import { setTreatyStatusMutation } from './states.graphql';
import {
  isTreatyStatusField,
  toTreatyStatusInput,
  TREATY_STATUS_FIELDS,
  treatyStatusValuesOf,
  validateTreatyStatus,
  type TreatyStatusField,
  type TreatyStatusValues,
} from './treaty-status-form';

const FIELD_LABELS = {
  status: 'treaties.form.status',
  signedOn: 'treaties.form.signedOn',
  consentOn: 'treaties.form.consentOn',
  consentKind: 'treaties.form.consentKind',
  reservations: 'treaties.form.reservations',
  source: 'treaties.form.source',
} as const satisfies Record<TreatyStatusField, string>;

/** The root fields a State's standing changes: the map's colours, the counts, the requests' "party to" filter. */
export const TREATY_STATUS_EVICTS = ['states', 'treatyCounts', 'requestCounts', 'assistanceRequests'] as const;

interface TreatyStatusDialogProps {
  stateIso3: string;
  stateName: string;
  instrumentCode: string;
  /** The status recorded under the instrument, to correct; null to record the first one. */
  recorded: TreatyStatusFieldsFragment | null;
  /** Whose draft this is: on a shared computer, each user's own. */
  userId: string;
  onClose: () => void;
  onSaved: () => void;
}

/**
 * Records or corrects a State's standing under one instrument, checked as the secretariat types (the kernel's
 * rules, as the API applies them) and sent with the version read: a change made meanwhile is refused (CONFLICT),
 * said above the form in the reader's language, and nothing changes. Mounted while open; a draft of this version
 * survives a reload.
 */
export function TreatyStatusDialog(props: TreatyStatusDialogProps) {
  const { stateIso3, stateName, instrumentCode, recorded, userId, onClose, onSaved } = props;
  const { t } = useTranslation();
  const initial = (): TreatyStatusValues => treatyStatusValuesOf(recorded);
  const form = useForm<TreatyStatusValues>({
    initial,
    validate: validateTreatyStatus,
    isField: isTreatyStatusField,
    serverMessage: (message) => t('treaties.form.serverError', { message }),
    fixMessage: t('treaties.form.fixErrors'),
  });
  const { values, problems, valid, errorFor, touch, formError } = form;
  const [setStatus, { loading }] = useMutation(setTreatyStatusMutation, {
    refetchQueries: ['StateProfile'],
    evict: TREATY_STATUS_EVICTS,
  });
  const formId = useId();

  // Kept per State, instrument and version: a draft of a status someone has since changed is not put back.
  const draft = useDraft(`treaty-status:${userId}:${stateIso3}:${instrumentCode}`, form, {
    empty: initial,
    basis: recorded?.version ?? 0,
  });

  const submit = form.handleSubmit(async (v) => {
    const { data } = await setStatus({
      variables: {
        stateIso3,
        instrumentCode,
        expectedVersion: recorded?.version ?? null,
        input: toTreatyStatusInput(v),
      },
    });
    if (!data) throw new Error('The API answered without the treaty status.');
    await draft.finish();
    onSaved();
  });

  const party = values.status === 'PARTY';
  const date = (field: 'signedOn' | 'consentOn') => (
    <FormField id={`${formId}-${field}`} label={t(FIELD_LABELS[field])} error={errorFor(field)} name={field}>
      {(describedBy) => (
        <input
          id={`${formId}-${field}`}
          type="date"
          value={values[field]}
          onChange={(e) => form.set(field, e.target.value, 'signedOn', 'consentOn')}
          onBlur={touch(field)}
          aria-invalid={Boolean(errorFor(field))}
          aria-describedby={describedBy}
          data-testid={`treaty-${field}`}
        />
      )}
    </FormField>
  );
  const text = (field: 'reservations' | 'source') => (
    <FormField
      id={`${formId}-${field}`}
      label={t(FIELD_LABELS[field])}
      error={errorFor(field)}
      name={field}
      className="field--wide"
      hint={field === 'source' ? t('treaties.form.sourceHint') : undefined}
    >
      {(describedBy) => (
        <textarea
          id={`${formId}-${field}`}
          rows={field === 'reservations' ? 3 : 1}
          value={values[field]}
          onChange={(e) => form.set(field, e.target.value)}
          onBlur={touch(field)}
          aria-invalid={Boolean(errorFor(field))}
          aria-describedby={describedBy}
          data-testid={`treaty-${field}`}
        />
      )}
    </FormField>
  );

  return (
    <DraftFormDialog
      onClose={onClose}
      title={t(recorded ? 'treaties.form.correctTitle' : 'treaties.form.recordTitle', {
        state: stateName,
        instrument: instrumentCode,
      })}
      intro={t('treaties.form.intro')}
      testId="treaty-status"
      draft={draft}
      formError={formError}
      onSubmit={submit}
      footer={{
        missing: stillNeeded(TREATY_STATUS_FIELDS, problems, (field) => t(FIELD_LABELS[field])),
        submitDisabled: !valid || loading,
        submitLabel: loading ? t('treaties.form.saving') : t('treaties.form.save'),
        submitTestId: 'treaty-submit',
      }}
    >
      <div className="log-form__grid">
        <FormField
          id={`${formId}-status`}
          label={t(FIELD_LABELS.status)}
          error={errorFor('status')}
          name="status"
          required
        >
          {(describedBy) => (
            <select
              id={`${formId}-status`}
              value={values.status}
              onChange={(e) => form.set('status', e.target.value as TreatyParticipation | '', 'signedOn', 'consentOn')}
              onBlur={touch('status')}
              aria-invalid={Boolean(errorFor('status'))}
              aria-describedby={describedBy}
              required
              autoFocus
              data-testid="treaty-status"
            >
              <option value="">{t('form.choose')}</option>
              {TREATY_PARTICIPATIONS.map((s) => (
                <option key={s} value={s}>
                  {t(`treaties.statuses.${s}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {date('signedOn')}
        {party && date('consentOn')}
        {party && (
          <FormField
            id={`${formId}-consentKind`}
            label={t(FIELD_LABELS.consentKind)}
            error={errorFor('consentKind')}
            name="consentKind"
          >
            {(describedBy) => (
              <select
                id={`${formId}-consentKind`}
                value={values.consentKind}
                onChange={(e) => form.set('consentKind', e.target.value as ConsentKind | '', 'signedOn')}
                aria-describedby={describedBy}
                data-testid="treaty-consentKind"
              >
                <option value="">{t('treaties.form.unknown')}</option>
                {CONSENT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`treaties.consentKinds.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        {text('reservations')}
        {text('source')}
      </div>
    </DraftFormDialog>
  );
}
