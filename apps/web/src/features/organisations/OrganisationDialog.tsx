import { ORGANISATION_TYPE_NAMES } from '@ta/domain';
import type { OrganisationsQuery } from '@ta/graphql-types/graphql';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { SelectField } from '../../components/FormControls';
import { DraftFormDialog } from '../../components/DraftFormDialog';
import { stillNeeded } from '../../components/FormFooter';
import { useForm } from '../../components/use-form';
import { useMutation } from '../../graphql/hooks';
import { useDraft } from '../../offline/drafts';
import {
  isOrganisationField,
  ORGANISATION_FIELDS,
  organisationValuesOf,
  toOrganisationInput,
  validateOrganisation,
  type OrganisationField,
  type OrganisationValues,
} from './organisation-form';
import { createOrganisationMutation, updateOrganisationMutation } from './organisations.graphql';

const FIELD_LABELS = {
  name: 'organisations.name',
  acronym: 'organisations.acronym',
  type: 'organisations.type',
  iatiRef: 'organisations.iatiRef',
} as const satisfies Record<OrganisationField, string>;

type Organisation = OrganisationsQuery['organisations'][number];

interface OrganisationDialogProps {
  /** The organisation to change; null to add one. */
  organisation: Organisation | null;
  /** Whose draft this is: on a shared computer, each user's own. */
  userId: string;
  onClose: () => void;
  onSaved: (name: string) => void;
}

/**
 * Adds a partner organisation or changes one at the version read, checked as the planner types with the kernel's
 * rules: a change made meanwhile is refused (CONFLICT), said above the form in the reader's language, and nothing
 * changes. Mounted while open; the draft (of this organisation's version) survives a reload.
 */
export function OrganisationDialog({ organisation, userId, onClose, onSaved }: OrganisationDialogProps) {
  const { t } = useTranslation();
  const initial = (): OrganisationValues => organisationValuesOf(organisation);
  const form = useForm<OrganisationValues>({
    initial,
    validate: validateOrganisation,
    isField: isOrganisationField,
    serverMessage: (message) => t('organisations.form.serverError', { message }),
    fixMessage: t('organisations.form.fixErrors'),
  });
  const { values, problems, valid, errorFor, touch, formError } = form;
  // Activities and workshops show their organisations' names: those lists may now be stale too.
  const evict = ['organisations', 'activities', 'activity', 'workshops', 'workshop'];
  const [create, creating] = useMutation(createOrganisationMutation, { evict });
  const [update, updating] = useMutation(updateOrganisationMutation, { evict });
  const loading = creating.loading || updating.loading;
  const formId = useId();

  const draft = useDraft(`organisation:${userId}:${organisation?.id ?? 'new'}`, form, {
    empty: initial,
    basis: organisation?.version ?? 0,
  });

  const submit = form.handleSubmit(async (v) => {
    const input = toOrganisationInput(v);
    if (organisation) {
      const { data } = await update({
        variables: { id: organisation.id, expectedVersion: organisation.version, input },
      });
      if (!data) throw new Error('The API answered without the organisation.');
    } else {
      // The draft's key: a retry after a lost answer gets the organisation first created, not "name taken".
      const { data } = await create({ variables: { input: { ...input, idempotencyKey: draft.idempotencyKey() } } });
      if (!data) throw new Error('The API answered without the organisation.');
    }
    await draft.finish();
    onSaved(input.name);
  });

  const text = (field: 'name' | 'acronym' | 'iatiRef', hint?: string) => (
    <FormField
      id={`${formId}-${field}`}
      label={t(FIELD_LABELS[field])}
      error={errorFor(field)}
      name={field}
      hint={hint}
      required={field === 'name'}
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
          data-testid={`organisation-${field}`}
        />
      )}
    </FormField>
  );

  return (
    <DraftFormDialog
      onClose={onClose}
      title={
        organisation ? t('organisations.form.editTitle', { name: organisation.name }) : t('organisations.form.newTitle')
      }
      intro={t('organisations.form.intro')}
      testId="organisation"
      draft={draft}
      formError={formError}
      onSubmit={submit}
      footer={{
        missing: stillNeeded(ORGANISATION_FIELDS, problems, (field) => t(FIELD_LABELS[field])),
        submitDisabled: !valid || loading,
        submitLabel: loading ? t('organisations.form.saving') : t('organisations.form.save'),
        submitTestId: 'organisation-submit',
      }}
    >
      <div className="log-form__grid">
        {text('name')}
        {text('acronym')}
        <SelectField
          form={form}
          field="type"
          id={`${formId}-type`}
          label={t(FIELD_LABELS.type)}
          required
          options={ORGANISATION_TYPE_NAMES}
          optionLabel={(type) => t(`organisations.types.${type}`)}
          testId="organisation-type"
        />
        {text('iatiRef', t('organisations.form.iatiRefHint'))}
      </div>
    </DraftFormDialog>
  );
}
