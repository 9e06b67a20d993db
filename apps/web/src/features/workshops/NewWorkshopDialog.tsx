import { DATE_PRECISIONS, WORKSHOP_KINDS, type DatePrecision, type WorkshopKind } from '@ta/domain';
import type { CreateWorkshopMutation } from '@ta/graphql-types/graphql';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { DraftFormDialog } from '../../components/DraftFormDialog';
import { stillNeeded } from '../../components/FormFooter';
import { useForm } from '../../components/use-form';
import { useMutation, useQuery } from '../../graphql/hooks';
import { apiLanguage } from '../../i18n';
import { useDraft } from '../../offline/drafts';
import { useDebouncedSearch } from '../../use-debounced-search';
import { REGIONS } from '../reference/regions';
import { StateOptions } from '../reference/StateOptions';
import { useReferenceData } from '../reference/use-reference-data';
import {
  emptyNewWorkshop,
  isNewWorkshopField,
  NEW_WORKSHOP_FIELDS,
  toCreateWorkshopInput,
  validateNewWorkshop,
  withPrecision,
  type NewWorkshopField,
  type NewWorkshopValues,
} from './new-workshop-form';
import { createWorkshopMutation, fieldOfficesQuery, workshopActivityOptionsQuery } from './workshops.graphql';

/** How many activities the picker offers for what was typed. */
const ACTIVITY_OPTIONS = 20;

const FIELD_LABELS = {
  activityId: 'newWorkshop.activity',
  activitySearch: 'newWorkshop.activitySearch',
  title: 'newWorkshop.workshopTitle',
  kind: 'newWorkshop.kind',
  datePrecision: 'newWorkshop.datePrecision',
  startsOn: 'newWorkshop.startsOn',
  endsOn: 'newWorkshop.endsOn',
  city: 'newWorkshop.city',
  countryIso3: 'newWorkshop.country',
  region: 'newWorkshop.region',
  organisers: 'newWorkshop.organisers',
  languages: 'newWorkshop.languages',
  fieldOfficeCode: 'newWorkshop.fieldOffice',
} as const satisfies Record<NewWorkshopField, string>;

/** The one draft of this form on this device, per user. */
const draftNameOf = (userId: string): string => `new-workshop:${userId}`;

export type CreatedWorkshop = CreateWorkshopMutation['createWorkshop'];

interface NewWorkshopDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (workshop: CreatedWorkshop) => void;
  /** Whose draft and submissions these are: on a shared computer, each user's own. */
  userId: string;
}

/** "New workshop": checked as the planner types, and again by the API, whose answers land on the field at fault. */
export function NewWorkshopDialog({ open, onClose, onCreated, userId }: NewWorkshopDialogProps) {
  const { t, i18n } = useTranslation();
  const reference = useReferenceData();
  const { data: offices } = useQuery(fieldOfficesQuery, {});
  const form = useForm<NewWorkshopValues>({
    initial: emptyNewWorkshop,
    validate: (v) => validateNewWorkshop(v),
    isField: isNewWorkshopField,
    serverMessage: (message) => t('newWorkshop.serverError', { message }),
    fixMessage: t('newWorkshop.fixErrors'),
  });
  const { values, problems, valid, errorFor, touch, formError } = form;
  const [createWorkshop, { loading }] = useMutation(createWorkshopMutation, {
    // Any kept page of the list may now be missing this workshop: all are stale.
    evict: ['workshops'],
  });
  const formId = useId();
  const lang = apiLanguage(i18n.resolvedLanguage ?? 'en');
  // A new search is a new list: the activity chosen from the last one goes.
  const activitySearch = useDebouncedSearch(values.activitySearch, (search) =>
    form.change((v) => ({ ...v, activitySearch: search, activityId: '' }), 'activityId'),
  );
  const { data: activityOptions } = useQuery(workshopActivityOptionsQuery, {
    variables: { search: values.activitySearch.trim() || null, first: ACTIVITY_OPTIONS, lang },
  });
  const activities = activityOptions?.activities;

  // The precision and the start decide the end: changing either shows the dates' verdicts together.
  const update = <K extends NewWorkshopField>(field: K, value: NewWorkshopValues[K]): void => {
    if (field === 'datePrecision') {
      form.change((v) => withPrecision(v, value as DatePrecision), 'datePrecision', 'startsOn', 'endsOn');
    } else if (field === 'startsOn') form.set(field, value, 'endsOn');
    else form.set(field, value);
  };
  // What is typed is kept on this device until it is created or discarded: Cancel, Escape and a reload keep it.
  const draft = useDraft(draftNameOf(userId), form, { active: open, empty: emptyNewWorkshop });

  const submit = form.handleSubmit(async (v) => {
    // The draft's key: if the answer is lost and this is sent again, the workshop is created once.
    const input = { ...toCreateWorkshopInput(v), idempotencyKey: draft.idempotencyKey() };
    const { data } = await createWorkshop({ variables: { input, lang } });
    if (!data) throw new Error('The API answered without the created workshop.');
    await draft.finish();
    form.reset(emptyNewWorkshop());
    onCreated(data.createWorkshop);
  });

  const text = (
    field: 'title' | 'startsOn' | 'endsOn' | 'city' | 'languages',
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
          data-testid={`new-workshop-${field}`}
        />
      )}
    </FormField>
  );

  const select = (
    field: 'kind' | 'datePrecision' | 'countryIso3' | 'region' | 'fieldOfficeCode',
    options: ReadonlyArray<{ value: string; label: string }> | null,
    extra: { required?: boolean; empty?: string; children?: ReactNode } = {},
  ) => (
    <FormField
      id={`${formId}-${field}`}
      label={t(FIELD_LABELS[field])}
      error={errorFor(field)}
      name={field}
      required={extra.required}
    >
      {(describedBy) => (
        <select
          id={`${formId}-${field}`}
          value={values[field]}
          onChange={(e) => update(field, e.target.value as NewWorkshopValues[typeof field])}
          onBlur={touch(field)}
          aria-invalid={Boolean(errorFor(field))}
          aria-describedby={describedBy}
          required={extra.required}
          data-testid={`new-workshop-${field}`}
        >
          {extra.empty !== undefined && <option value="">{extra.empty}</option>}
          {options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {extra.children}
        </select>
      )}
    </FormField>
  );

  return (
    <DraftFormDialog
      open={open}
      onClose={onClose}
      title={t('newWorkshop.title')}
      intro={t('newWorkshop.intro')}
      testId="new-workshop"
      draft={draft}
      formError={formError}
      onSubmit={submit}
      footer={{
        missing: stillNeeded(NEW_WORKSHOP_FIELDS, problems, (field) => t(FIELD_LABELS[field])),
        submitDisabled: !valid || loading,
        submitLabel: loading ? t('newWorkshop.submitting') : t('newWorkshop.submit'),
        submitTestId: 'new-workshop-submit',
      }}
    >
      <div className="log-form__grid">
        {text('title', { required: true, autoFocus: true })}
        {select(
          'kind',
          WORKSHOP_KINDS.map((kind: WorkshopKind) => ({ value: kind, label: t(`workshopKinds.${kind}`) })),
          { required: true, empty: t('form.choose') },
        )}
        {select(
          'datePrecision',
          DATE_PRECISIONS.map((p) => ({ value: p, label: t(`newWorkshop.precisions.${p}`) })),
        )}
        {text('startsOn', { type: 'date', required: true })}
        {text('endsOn', { type: 'date', required: true })}
        {text('city', { required: true })}
        {select('countryIso3', null, {
          empty: t('newWorkshop.none'),
          children: <StateOptions states={reference.states} actable={null} />,
        })}
        {select(
          'region',
          REGIONS.map((region) => ({ value: region, label: t(`regions.${region}`) })),
          { empty: t('newWorkshop.none') },
        )}
        {select(
          'fieldOfficeCode',
          (offices?.fieldOffices ?? []).map((o) => ({ value: o.code, label: o.name })),
          { empty: t('newWorkshop.none') },
        )}
        {text('languages', { hint: t('newWorkshop.languagesHint') })}
        <FormField
          id={`${formId}-activitySearch`}
          label={t(FIELD_LABELS.activitySearch)}
          name="activitySearch"
          hint={t('newWorkshop.activitySearchHint')}
        >
          {(describedBy) => (
            <input
              id={`${formId}-activitySearch`}
              type="search"
              value={activitySearch.value}
              onChange={(e) => activitySearch.set(e.target.value)}
              aria-describedby={describedBy}
              data-testid="new-workshop-activitySearch"
            />
          )}
        </FormField>
        <FormField
          id={`${formId}-activityId`}
          label={t(FIELD_LABELS.activityId)}
          error={errorFor('activityId')}
          name="activityId"
          hint={
            activities && activities.totalCount > activities.nodes.length
              ? t('newWorkshop.activityMore', { shown: activities.nodes.length, total: activities.totalCount })
              : undefined
          }
        >
          {(describedBy) => (
            <select
              id={`${formId}-activityId`}
              value={values.activityId}
              onChange={(e) => update('activityId', e.target.value)}
              aria-invalid={Boolean(errorFor('activityId'))}
              aria-describedby={describedBy}
              data-testid="new-workshop-activityId"
            >
              <option value="">{t('newWorkshop.activityNone')}</option>
              {activities?.nodes.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.code} — {a.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>

      <FormField
        id={`${formId}-organisers`}
        label={t(FIELD_LABELS.organisers)}
        error={errorFor('organisers')}
        name="organisers"
        hint={t('newWorkshop.organisersHint')}
        className="field--full"
      >
        {(describedBy) => (
          <textarea
            id={`${formId}-organisers`}
            value={values.organisers}
            rows={3}
            onChange={(e) => update('organisers', e.target.value)}
            onBlur={touch('organisers')}
            aria-invalid={Boolean(errorFor('organisers'))}
            aria-describedby={describedBy}
            data-testid="new-workshop-organisers"
          />
        )}
      </FormField>
    </DraftFormDialog>
  );
}
