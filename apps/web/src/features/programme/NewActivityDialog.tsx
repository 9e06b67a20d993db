import { ACTIVITY_PHASES, ACTIVITY_TYPES, type ActivityPhase, type ActivityType } from '@ta/domain';
import type { CreateActivityMutation } from '@ta/graphql-types/graphql';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { DraftFormDialog } from '../../components/DraftFormDialog';
import { stillNeeded } from '../../components/FormFooter';
import { useForm } from '../../components/use-form';
import { useMutation } from '../../graphql/hooks';
import { apiLanguage } from '../../i18n';
import { useDraft } from '../../offline/drafts';
import { StateOptions } from '../reference/StateOptions';
import type { ReferenceData } from '../reference/use-reference-data';
import {
  emptyNewActivity,
  isNewActivityField,
  NEW_ACTIVITY_FIELDS,
  toCreateActivityInput,
  validateNewActivity,
  type NewActivityField,
  type NewActivityValues,
} from './new-activity-form';
import { createActivityMutation } from './programme.graphql';

const FIELD_LABELS = {
  code: 'newActivity.code',
  title: 'newActivity.activityTitle',
  priorityAreaCode: 'newActivity.priorityArea',
  activityType: 'newActivity.activityType',
  phase: 'newActivity.phase',
  description: 'newActivity.description',
  beneficiaryStates: 'newActivity.states',
  partners: 'newActivity.partners',
  sourceParagraph: 'newActivity.sourceParagraph',
  startsOn: 'newActivity.startsOn',
  endsOn: 'newActivity.endsOn',
} as const satisfies Record<NewActivityField, string>;

/** The one draft of this form on this device, per user. */
const draftNameOf = (userId: string): string => `new-activity:${userId}`;

export type CreatedActivity = CreateActivityMutation['createActivity'];

interface NewActivityDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (activity: CreatedActivity) => void;
  reference: ReferenceData;
  /** Whose draft and submissions these are: on a shared computer, each user's own. */
  userId: string;
}

/** "New activity": checked as the planner types, and again by the API, whose answers land on the field at fault. */
export function NewActivityDialog({ open, onClose, onCreated, reference, userId }: NewActivityDialogProps) {
  const { t, i18n } = useTranslation();
  const planYears = reference.planYears;
  const form = useForm<NewActivityValues>({
    initial: emptyNewActivity,
    validate: (v) => validateNewActivity(v, planYears),
    isField: isNewActivityField,
    serverMessage: (message) => t('newActivity.serverError', { message }),
    fixMessage: t('newActivity.fixErrors'),
  });
  const { values, problems, valid, errorFor, touch, formError } = form;
  const [createActivity, { loading }] = useMutation(createActivityMutation, {
    // Any kept page of the grid (and its totals) may now be missing this activity: all are stale.
    evict: ['activities', 'programmeTotals'],
  });
  const formId = useId();

  // The phase decides which years the dates may fall in, so choosing one shows the dates' verdict too.
  const update = <K extends NewActivityField>(field: K, value: NewActivityValues[K]): void =>
    field === 'phase' ? form.set(field, value, 'startsOn', 'endsOn') : form.set(field, value);
  // What is typed is kept on this device until it is created or discarded: Cancel, Escape and a reload keep it.
  const draft = useDraft(draftNameOf(userId), form, { active: open, empty: emptyNewActivity });

  const submit = form.handleSubmit(async (v) => {
    // The draft's key: if the answer is lost and this is sent again, the activity is created once.
    const input = { ...toCreateActivityInput(v), idempotencyKey: draft.idempotencyKey() };
    const { data } = await createActivity({
      variables: { input, lang: apiLanguage(i18n.resolvedLanguage ?? 'en') },
    });
    if (!data) throw new Error('The API answered without the created activity.');
    await draft.finish();
    form.reset(emptyNewActivity());
    onCreated(data.createActivity);
  });

  const text = (
    field: 'code' | 'title' | 'sourceParagraph' | 'startsOn' | 'endsOn',
    options: { required?: boolean; type?: 'text' | 'date'; hint?: string; autoFocus?: boolean } = {},
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
          type={options.type ?? 'text'}
          value={values[field]}
          onChange={(e) => update(field, e.target.value)}
          onBlur={touch(field)}
          aria-invalid={Boolean(errorFor(field))}
          aria-describedby={describedBy}
          required={options.required}
          autoFocus={options.autoFocus}
          data-testid={`new-activity-${field}`}
        />
      )}
    </FormField>
  );

  return (
    <DraftFormDialog
      open={open}
      onClose={onClose}
      title={t('newActivity.title')}
      intro={t('newActivity.intro')}
      testId="new-activity"
      draft={draft}
      formError={formError}
      onSubmit={submit}
      footer={{
        missing: stillNeeded(NEW_ACTIVITY_FIELDS, problems, (field) => t(FIELD_LABELS[field])),
        submitDisabled: !valid || loading,
        submitLabel: loading ? t('newActivity.submitting') : t('newActivity.submit'),
        submitTestId: 'new-activity-submit',
      }}
    >
      <div className="log-form__grid">
        {text('code', { required: true, hint: t('newActivity.codeHint'), autoFocus: true })}
        {text('title', { required: true })}

        <FormField
          id={`${formId}-area`}
          label={t(FIELD_LABELS.priorityAreaCode)}
          error={errorFor('priorityAreaCode')}
          name="priorityAreaCode"
          required
        >
          {(describedBy) => (
            <select
              id={`${formId}-area`}
              value={values.priorityAreaCode}
              onChange={(e) => update('priorityAreaCode', e.target.value)}
              onBlur={touch('priorityAreaCode')}
              aria-invalid={Boolean(errorFor('priorityAreaCode'))}
              aria-describedby={describedBy}
              required
              data-testid="new-activity-priorityAreaCode"
            >
              <option value="">{t('form.choose')}</option>
              {reference.priorityAreas.map((area) => (
                <option key={area.code} value={area.code}>
                  {area.code} — {area.title}
                </option>
              ))}
            </select>
          )}
        </FormField>

        <FormField
          id={`${formId}-type`}
          label={t(FIELD_LABELS.activityType)}
          error={errorFor('activityType')}
          name="activityType"
          required
        >
          {(describedBy) => (
            <select
              id={`${formId}-type`}
              value={values.activityType}
              onChange={(e) => update('activityType', e.target.value as ActivityType | '')}
              onBlur={touch('activityType')}
              aria-invalid={Boolean(errorFor('activityType'))}
              aria-describedby={describedBy}
              required
              data-testid="new-activity-activityType"
            >
              <option value="">{t('form.choose')}</option>
              {ACTIVITY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`activityTypes.${type}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>

        <FormField id={`${formId}-phase`} label={t(FIELD_LABELS.phase)} error={errorFor('phase')} name="phase">
          {(describedBy) => (
            <select
              id={`${formId}-phase`}
              value={values.phase}
              onChange={(e) => update('phase', e.target.value as ActivityPhase)}
              aria-describedby={describedBy}
              data-testid="new-activity-phase"
            >
              {ACTIVITY_PHASES.map((phase) => (
                <option key={phase} value={phase}>
                  {t(`programme.phases.${phase}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>

        {text('startsOn', { type: 'date' })}
        {text('endsOn', { type: 'date' })}
        {text('sourceParagraph')}
      </div>

      <FormField
        id={`${formId}-description`}
        label={t(FIELD_LABELS.description)}
        error={errorFor('description')}
        name="description"
        className="field--full"
      >
        {(describedBy) => (
          <textarea
            id={`${formId}-description`}
            value={values.description}
            rows={3}
            onChange={(e) => update('description', e.target.value)}
            onBlur={touch('description')}
            aria-invalid={Boolean(errorFor('description'))}
            aria-describedby={describedBy}
            data-testid="new-activity-description"
          />
        )}
      </FormField>

      <div className="log-form__grid">
        <FormField
          id={`${formId}-states`}
          label={t(FIELD_LABELS.beneficiaryStates)}
          error={errorFor('beneficiaryStates')}
          name="beneficiaryStates"
          hint={t('newActivity.statesHint')}
        >
          {(describedBy) => (
            <select
              id={`${formId}-states`}
              multiple
              size={5}
              value={values.beneficiaryStates}
              onChange={(e) =>
                update(
                  'beneficiaryStates',
                  Array.from(e.target.selectedOptions, (o) => o.value),
                )
              }
              aria-describedby={describedBy}
              data-testid="new-activity-beneficiaryStates"
            >
              <StateOptions states={reference.states} actable={null} />
            </select>
          )}
        </FormField>

        <FormField
          id={`${formId}-partners`}
          label={t(FIELD_LABELS.partners)}
          error={errorFor('partners')}
          name="partners"
          hint={t('newActivity.partnersHint')}
        >
          {(describedBy) => (
            <textarea
              id={`${formId}-partners`}
              value={values.partners}
              rows={4}
              onChange={(e) => update('partners', e.target.value)}
              onBlur={touch('partners')}
              aria-invalid={Boolean(errorFor('partners'))}
              aria-describedby={describedBy}
              data-testid="new-activity-partners"
            />
          )}
        </FormField>
      </div>
    </DraftFormDialog>
  );
}
