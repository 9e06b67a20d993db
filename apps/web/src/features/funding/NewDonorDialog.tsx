import { DONOR_TYPES } from '@ta/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { SelectField } from '../../components/FormControls';
import { DraftFormDialog } from '../../components/DraftFormDialog';
import { stillNeeded } from '../../components/FormFooter';
import { useForm } from '../../components/use-form';
import { useMutation } from '../../graphql/hooks';
import { useDraft } from '../../offline/drafts';
import { StateOptions } from '../reference/StateOptions';
import type { ReferenceData } from '../reference/use-reference-data';
import {
  DONOR_FIELDS,
  emptyDonor,
  isDonorField,
  toCreateDonorInput,
  validateDonor,
  type DonorField,
  type DonorValues,
} from './donor-form';
import { createDonorMutation } from './funding.graphql';

const FIELD_LABELS = {
  name: 'funding.newDonor.name',
  donorType: 'funding.newDonor.donorType',
  countryIso3: 'funding.newDonor.country',
  contact: 'funding.newDonor.contact',
} as const satisfies Record<DonorField, string>;

interface NewDonorDialogProps {
  reference: ReferenceData;
  /** Whose draft this is: on a shared computer, each user's own. */
  userId: string;
  onClose: () => void;
  onCreated: (donor: { id: string; name: string }) => void;
}

/**
 * "New donor": a Member State or an organisation, checked as the secretariat types and again by the API. The
 * draft (and the key a retry sends, so the donor is added once) survives a reload. Mounted while open.
 */
export function NewDonorDialog({ reference, userId, onClose, onCreated }: NewDonorDialogProps) {
  const { t } = useTranslation();
  const form = useForm<DonorValues>({
    initial: emptyDonor,
    validate: validateDonor,
    isField: isDonorField,
    serverMessage: (message) => t('funding.newDonor.serverError', { message }),
    fixMessage: t('funding.newDonor.fixErrors'),
  });
  const { values, problems, valid, errorFor, touch, formError } = form;
  const [createDonor, { loading }] = useMutation(createDonorMutation, { evict: ['donors'] });
  const formId = useId();

  const draft = useDraft(`new-donor:${userId}`, form, { empty: emptyDonor });

  const submit = form.handleSubmit(async (v) => {
    const { data } = await createDonor({ variables: { input: toCreateDonorInput(v, draft.idempotencyKey()) } });
    if (!data) throw new Error('The API answered without the donor.');
    await draft.finish();
    onCreated(data.createDonor);
  });

  const text = (field: 'name' | 'contact') => (
    <FormField
      id={`${formId}-${field}`}
      label={t(FIELD_LABELS[field])}
      error={errorFor(field)}
      name={field}
      required={field === 'name'}
      hint={field === 'contact' ? t('funding.newDonor.contactHint') : undefined}
    >
      {(describedBy) => (
        <input
          id={`${formId}-${field}`}
          type="text"
          value={values[field]}
          onChange={(e) => form.set(field, e.target.value)}
          onBlur={touch(field)}
          aria-invalid={Boolean(errorFor(field))}
          aria-describedby={describedBy}
          required={field === 'name'}
          autoFocus={field === 'name'}
          data-testid={`new-donor-${field}`}
        />
      )}
    </FormField>
  );

  return (
    <DraftFormDialog
      onClose={onClose}
      title={t('funding.newDonor.title')}
      intro={t('funding.newDonor.intro')}
      testId="new-donor"
      draft={draft}
      formError={formError}
      onSubmit={submit}
      footer={{
        missing: stillNeeded(DONOR_FIELDS, problems, (field) => t(FIELD_LABELS[field])),
        submitDisabled: !valid || loading,
        submitLabel: loading ? t('funding.newDonor.submitting') : t('funding.newDonor.submit'),
        submitTestId: 'new-donor-submit',
      }}
    >
      <div className="log-form__grid">
        {text('name')}
        <SelectField
          form={form}
          field="donorType"
          id={`${formId}-donorType`}
          label={t(FIELD_LABELS.donorType)}
          required
          options={DONOR_TYPES}
          optionLabel={(type) => t(`funding.newDonor.types.${type}`)}
          testId="new-donor-donorType"
        />
        {values.donorType === 'MEMBER_STATE' && (
          <FormField
            id={`${formId}-country`}
            label={t(FIELD_LABELS.countryIso3)}
            error={errorFor('countryIso3')}
            name="countryIso3"
          >
            {(describedBy) => (
              <select
                id={`${formId}-country`}
                value={values.countryIso3}
                onChange={(e) => form.set('countryIso3', e.target.value)}
                aria-describedby={describedBy}
                data-testid="new-donor-countryIso3"
              >
                <option value="">{t('form.choose')}</option>
                <StateOptions states={reference.states} actable={null} />
              </select>
            )}
          </FormField>
        )}
        {text('contact')}
      </div>
    </DraftFormDialog>
  );
}
