import { GENDERS, LEGAL_SYSTEMS, TOPICS, type Gender, type LegalSystem } from '@ta/domain';
import type { CreateExpertMutation } from '@ta/graphql-types/graphql';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { DraftFormDialog } from '../../components/DraftFormDialog';
import { stillNeeded } from '../../components/FormFooter';
import { useForm } from '../../components/use-form';
import { useMutation } from '../../graphql/hooks';
import { useDraft } from '../../offline/drafts';
import { topicLabel } from '../reference/labels';
import { StateOptions } from '../reference/StateOptions';
import { useReferenceData } from '../reference/use-reference-data';
import { createExpertMutation } from './experts.graphql';
import {
  emptyNewExpert,
  isNewExpertField,
  NEW_EXPERT_FIELDS,
  toCreateExpertInput,
  validateNewExpert,
  type NewExpertField,
  type NewExpertValues,
} from './new-expert-form';

const FIELD_LABELS = {
  name: 'newExpert.name',
  nationalityIso3: 'newExpert.nationality',
  organisation: 'newExpert.organisation',
  expertise: 'newExpert.expertise',
  languages: 'newExpert.languages',
  legalSystem: 'newExpert.legalSystem',
  gender: 'newExpert.gender',
  advisoryGroup: 'newExpert.advisoryGroup',
} as const satisfies Record<NewExpertField, string>;

/** The one draft of this form on this device, per user. */
const draftNameOf = (userId: string): string => `new-expert:${userId}`;

export type CreatedExpert = CreateExpertMutation['createExpert'];

interface NewExpertDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (expert: CreatedExpert) => void;
  /** Whose draft and submissions these are: on a shared computer, each user's own. */
  userId: string;
}

/** "New expert": checked as the planner types, and again by the API, whose answers land on the field at fault. */
export function NewExpertDialog({ open, onClose, onCreated, userId }: NewExpertDialogProps) {
  const { t } = useTranslation();
  const reference = useReferenceData();
  const form = useForm<NewExpertValues>({
    initial: emptyNewExpert,
    validate: validateNewExpert,
    isField: isNewExpertField,
    serverMessage: (message) => t('newExpert.serverError', { message }),
    fixMessage: t('newExpert.fixErrors'),
  });
  const { values, problems, valid, errorFor, touch, formError } = form;
  const [createExpert, { loading }] = useMutation(createExpertMutation, {
    // The roster's pages, the balance and the suggestions may now all count this expert.
    evict: ['experts', 'expertBalance', 'expertLegalSystemBalance', 'suggestedExperts'],
  });
  const formId = useId();

  // What is typed is kept on this device until it is created or discarded: Cancel, Escape and a reload keep it.
  const draft = useDraft(draftNameOf(userId), form, { active: open, empty: emptyNewExpert });

  const submit = form.handleSubmit(async (v) => {
    // The draft's key: if the answer is lost and this is sent again, the expert is added once.
    const input = { ...toCreateExpertInput(v), idempotencyKey: draft.idempotencyKey() };
    const { data } = await createExpert({ variables: { input } });
    if (!data) throw new Error('The API answered without the created expert.');
    await draft.finish();
    form.reset(emptyNewExpert());
    onCreated(data.createExpert);
  });

  const text = (
    field: 'name' | 'organisation' | 'languages',
    options: { required?: boolean; hint?: string; autoFocus?: boolean } = {},
  ) => (
    <FormField
      id={`${formId}-${field}`}
      label={t(FIELD_LABELS[field])}
      error={errorFor(field)}
      name={field}
      hint={options.hint}
      required={options.required}
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
          required={options.required}
          autoFocus={options.autoFocus}
          data-testid={`new-expert-${field}`}
        />
      )}
    </FormField>
  );

  return (
    <DraftFormDialog
      open={open}
      onClose={onClose}
      title={t('newExpert.title')}
      intro={t('newExpert.intro')}
      testId="new-expert"
      draft={draft}
      formError={formError}
      onSubmit={submit}
      footer={{
        missing: stillNeeded(NEW_EXPERT_FIELDS, problems, (field) => t(FIELD_LABELS[field])),
        submitDisabled: !valid || loading,
        submitLabel: loading ? t('newExpert.submitting') : t('newExpert.submit'),
        submitTestId: 'new-expert-submit',
      }}
    >
      <div className="log-form__grid">
        {text('name', { required: true, autoFocus: true })}
        <FormField
          id={`${formId}-nationality`}
          label={t(FIELD_LABELS.nationalityIso3)}
          error={errorFor('nationalityIso3')}
          name="nationalityIso3"
        >
          {(describedBy) => (
            <select
              id={`${formId}-nationality`}
              value={values.nationalityIso3}
              onChange={(e) => form.set('nationalityIso3', e.target.value)}
              aria-describedby={describedBy}
              data-testid="new-expert-nationalityIso3"
            >
              <option value="">{t('newExpert.none')}</option>
              <StateOptions states={reference.states} actable={null} />
            </select>
          )}
        </FormField>
        {text('organisation')}
        {text('languages', { hint: t('newExpert.languagesHint') })}
        <FormField
          id={`${formId}-legalSystem`}
          label={t(FIELD_LABELS.legalSystem)}
          error={errorFor('legalSystem')}
          name="legalSystem"
        >
          {(describedBy) => (
            <select
              id={`${formId}-legalSystem`}
              value={values.legalSystem}
              onChange={(e) => form.set('legalSystem', e.target.value as LegalSystem | '')}
              aria-describedby={describedBy}
              data-testid="new-expert-legalSystem"
            >
              <option value="">{t('newExpert.none')}</option>
              {LEGAL_SYSTEMS.map((system) => (
                <option key={system} value={system}>
                  {t(`legalSystems.${system}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={`${formId}-gender`} label={t(FIELD_LABELS.gender)} error={errorFor('gender')} name="gender">
          {(describedBy) => (
            <select
              id={`${formId}-gender`}
              value={values.gender}
              onChange={(e) => form.set('gender', e.target.value as Gender | '')}
              aria-describedby={describedBy}
              data-testid="new-expert-gender"
            >
              <option value="">{t('newExpert.none')}</option>
              {GENDERS.map((gender) => (
                <option key={gender} value={gender}>
                  {t(`newExpert.genders.${gender}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id={`${formId}-expertise`}
          label={t(FIELD_LABELS.expertise)}
          error={errorFor('expertise')}
          name="expertise"
          hint={t('newExpert.expertiseHint')}
        >
          {(describedBy) => (
            <select
              id={`${formId}-expertise`}
              multiple
              size={6}
              value={values.expertise}
              onChange={(e) =>
                form.set(
                  'expertise',
                  Array.from(e.target.selectedOptions, (o) => o.value),
                )
              }
              onBlur={touch('expertise')}
              aria-invalid={Boolean(errorFor('expertise'))}
              aria-describedby={describedBy}
              data-testid="new-expert-expertise"
            >
              {TOPICS.map((topic) => (
                <option key={topic} value={topic}>
                  {topicLabel(t, topic)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>

      <label className="checkbox">
        <input
          type="checkbox"
          checked={values.advisoryGroup}
          onChange={(e) => form.set('advisoryGroup', e.target.checked)}
          data-testid="new-expert-advisoryGroup"
        />{' '}
        {t(FIELD_LABELS.advisoryGroup)}
      </label>
    </DraftFormDialog>
  );
}
