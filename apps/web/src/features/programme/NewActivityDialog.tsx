import { ACTIVITY_PHASES, ACTIVITY_TYPES, isSubAreaOf, type ActivityPhase, type ActivityType } from '@ta/domain';
import type { CreateActivityMutation } from '@ta/graphql-types/graphql';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { PriorityAreaSelect } from '../../components/PriorityAreaSelect';
import { SetAsideDrafts } from '../../components/SetAsideDrafts';
import { DraftFormDialog } from '../../components/DraftFormDialog';
import { stillNeeded } from '../../components/FormFooter';
import { useForm } from '../../components/use-form';
import { SearchedMultiSelect, type Choice } from '../../components/SearchedMultiSelect';
import { useMutation, useQuery } from '../../graphql/hooks';
import { apiLanguage } from '../../i18n';
import { useDraft } from '../../offline/drafts';
import { sendOrKeep, useQueuedDraft, useShownAgain } from '../../offline/use-queued-draft';
import { useDebouncedSearch } from '../../use-debounced-search';
import type { ReferenceData } from '../reference/use-reference-data';
import {
  emptyNewActivity,
  isNewActivityField,
  NEW_ACTIVITY_ALIASES,
  NEW_ACTIVITY_FIELDS,
  toCreateActivityInput,
  validateNewActivity,
  type NewActivityField,
  type NewActivityValues,
} from './new-activity-form';
import { ACTIVITY_FIELD_LABELS } from './activity-fields';
import { useActivityFields } from './ActivityFields';
import { activityChoicesQuery, createActivityMutation, newActivityChoicesQuery } from './programme.graphql';

const FIELD_LABELS = {
  ...ACTIVITY_FIELD_LABELS,
  code: 'newActivity.code',
  priorityAreaCode: 'newActivity.priorityArea',
  subAreaCode: 'newActivity.subArea',
  activityType: 'newActivity.activityType',
  phase: 'newActivity.phase',
  leadOfficeCode: 'newActivity.leadOffice',
  buildsOn: 'newActivity.buildsOn',
  sourceParagraph: 'newActivity.sourceParagraph',
} as const satisfies Record<NewActivityField, string>;

/** The one draft of this form on this device, per user. */
const draftNameOf = (userId: string): string => `new-activity:${userId}`;

/** Until the choices are read (one list, so the regions are not worked out again on every render). */
const NO_AREAS: never[] = [];

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
export function NewActivityDialog(props: NewActivityDialogProps) {
  const [shown, showAgain] = useShownAgain();
  return <NewActivityDialogShown key={shown} {...props} onSettled={showAgain} />;
}

/** Queued on a poor line, its draft stays on the device (shown disabled) until the server has the activity. */
function NewActivityDialogShown({
  open,
  onClose,
  onCreated,
  reference,
  userId,
  onSettled,
}: NewActivityDialogProps & { onSettled: () => void }) {
  const { t, i18n } = useTranslation();
  const planYears = reference.planYears;
  const form = useForm<NewActivityValues>({
    initial: emptyNewActivity,
    validate: (v) => validateNewActivity(v, planYears),
    isField: isNewActivityField,
    aliases: NEW_ACTIVITY_ALIASES,
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
  // So does it whether the proposal may build on activities; a sub-area of another area goes with the area.
  const update = <K extends NewActivityField>(field: K, value: NewActivityValues[K]): void => {
    if (field === 'phase') form.set(field, value, 'startsOn', 'endsOn', 'buildsOn');
    else if (field === 'priorityAreaCode') {
      form.change(
        (v) => ({
          ...v,
          priorityAreaCode: value as string,
          ...(isSubAreaOf(v.subAreaCode, value as string) ? {} : { subAreaCode: '' }),
        }),
        'priorityAreaCode',
      );
    } else form.set(field, value);
  };
  // What is typed is kept on this device until it is created or discarded: Cancel, Escape and a reload keep it. A
  // draft kept before a field was added gets the field empty.
  const draftName = draftNameOf(userId);
  const draft = useDraft(draftName, form, {
    active: open,
    empty: emptyNewActivity,
    restore: (kept) => ({ ...emptyNewActivity(), ...kept.values }),
  });
  const outbox = useQueuedDraft(draftName, onSettled);

  const lang = apiLanguage(i18n.resolvedLanguage ?? 'en');
  const { data: choices } = useQuery(newActivityChoicesQuery, { variables: { lang }, skip: !open });
  const subAreas = choices?.priorityAreas.find((a) => a.code === values.priorityAreaCode)?.subAreas ?? [];
  const fields = useActivityFields({
    form,
    update,
    formId,
    testPrefix: 'new-activity',
    states: reference.states,
    m49Areas: choices?.m49Areas ?? NO_AREAS,
  });

  // The current activities it may build on: asked of the API (the paged activities list) once the typing pauses.
  const [buildsOnSearch, setBuildsOnSearch] = useState('');
  const buildsOnTyped = useDebouncedSearch(buildsOnSearch, setBuildsOnSearch);
  const { data: current } = useQuery(activityChoicesQuery, {
    variables: { filter: { phase: ['CURRENT'], search: buildsOnSearch.trim() || null }, lang },
    skip: !open,
  });
  const currentMatches: Choice[] = (current?.activities.nodes ?? []).map((a) => ({
    value: a.id,
    label: `${a.code} — ${a.title}`,
  }));

  const submit = form.handleSubmit(async (v) => {
    // The draft's key: if the answer is lost and this is sent again (now or from the outbox), it is created once.
    const input = { ...toCreateActivityInput(v, fields.areas), idempotencyKey: draft.idempotencyKey() };
    const variables = { input, lang };
    const answer = await sendOrKeep(
      () => createActivity({ variables }),
      { idempotencyKey: input.idempotencyKey, kind: 'createActivity', variables, draftName, userId },
      draft,
      v,
    );
    // Queued: the outbox says so and sends it when the line returns; the draft stays until the server has it.
    if (!answer) return onClose();
    if (!answer.data) throw new Error('The API answered without the created activity.');
    await draft.finish();
    form.reset(emptyNewActivity());
    onCreated(answer.data.createActivity);
  });

  const text = (
    field: 'code' | 'sourceParagraph',
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
      // Another activity may be typed while this one waits: the queued one keeps its own copy of the values.
      queued={outbox.queued ? { onStartAnother: () => void draft.finish().then(outbox.check) } : null}
      setAside={<SetAsideDrafts name={draftName} draft={draft} onOpened={onSettled} testId="new-activity" />}
      footer={{
        missing: stillNeeded(NEW_ACTIVITY_FIELDS, problems, (field) => t(FIELD_LABELS[field])),
        submitDisabled: !valid || loading,
        submitLabel: loading ? t('newActivity.submitting') : t('newActivity.submit'),
        submitTestId: 'new-activity-submit',
      }}
    >
      <div className="log-form__grid">
        {text('code', { required: true, hint: t('newActivity.codeHint'), autoFocus: true })}
        {fields.text('title', { required: true })}

        <PriorityAreaSelect
          id={`${formId}-area`}
          label={t(FIELD_LABELS.priorityAreaCode)}
          areas={reference.priorityAreas}
          value={values.priorityAreaCode}
          onChange={(code) => update('priorityAreaCode', code)}
          onBlur={touch('priorityAreaCode')}
          error={errorFor('priorityAreaCode')}
          required
          testId="new-activity-priorityAreaCode"
        />

        <FormField
          id={`${formId}-subArea`}
          label={t(FIELD_LABELS.subAreaCode)}
          error={errorFor('subAreaCode')}
          name="subAreaCode"
          hint={t('newActivity.subAreaHint')}
        >
          {(describedBy) => (
            <select
              id={`${formId}-subArea`}
              value={values.subAreaCode}
              onChange={(e) => update('subAreaCode', e.target.value)}
              onBlur={touch('subAreaCode')}
              aria-invalid={Boolean(errorFor('subAreaCode'))}
              aria-describedby={describedBy}
              disabled={subAreas.length === 0}
              data-testid="new-activity-subAreaCode"
            >
              <option value="">{t('newActivity.subAreaNone')}</option>
              {subAreas.map((sub) => (
                <option key={sub.code} value={sub.code}>
                  {sub.code} — {sub.title}
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

        {fields.text('startsOn', { type: 'date' })}
        {fields.text('endsOn', { type: 'date' })}
        {text('sourceParagraph')}
      </div>

      {fields.description()}

      <div className="log-form__grid">
        {fields.states()}
        {fields.regions()}

        <FormField
          id={`${formId}-office`}
          label={t(FIELD_LABELS.leadOfficeCode)}
          error={errorFor('leadOfficeCode')}
          name="leadOfficeCode"
        >
          {(describedBy) => (
            <select
              id={`${formId}-office`}
              value={values.leadOfficeCode}
              onChange={(e) => update('leadOfficeCode', e.target.value)}
              onBlur={touch('leadOfficeCode')}
              aria-invalid={Boolean(errorFor('leadOfficeCode'))}
              aria-describedby={describedBy}
              data-testid="new-activity-leadOfficeCode"
            >
              <option value="">{t('newActivity.leadOfficeNone')}</option>
              {choices?.fieldOffices.map((office) => (
                <option key={office.code} value={office.code}>
                  {office.name} ({office.code})
                </option>
              ))}
            </select>
          )}
        </FormField>

        <FormField
          id={`${formId}-buildsOn`}
          label={t(FIELD_LABELS.buildsOn)}
          error={errorFor('buildsOn')}
          name="buildsOn"
          hint={t('newActivity.buildsOnHint')}
        >
          {(describedBy) => (
            <SearchedMultiSelect
              id={`${formId}-buildsOn`}
              describedBy={describedBy}
              search={buildsOnTyped.value}
              onSearch={buildsOnTyped.set}
              searchLabel={t('newActivity.buildsOnSearch')}
              matches={currentMatches}
              chosen={values.buildsOn.map((a) => ({ value: a.id, label: a.label }))}
              onChange={(chosen) =>
                update(
                  'buildsOn',
                  chosen.map((c) => ({ id: c.value, label: c.label })),
                )
              }
              invalid={Boolean(errorFor('buildsOn'))}
              onBlur={touch('buildsOn')}
              testId="new-activity-buildsOn"
            />
          )}
        </FormField>

        {fields.partners()}
      </div>
    </DraftFormDialog>
  );
}
