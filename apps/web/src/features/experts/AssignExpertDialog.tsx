import {
  ASSIGNABLE_ACTIVITY_STATUSES,
  ASSIGNABLE_DELIVERY_STATUSES,
  ASSIGNABLE_WORKSHOP_STATUS,
  ASSIGNMENT_TARGETS,
  type AssignmentTarget,
} from '@ta/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { DraftFormDialog } from '../../components/DraftFormDialog';
import { stillNeeded } from '../../components/FormFooter';
import { SearchPicker, type PickerPage } from '../../components/SearchPicker';
import { useForm } from '../../components/use-form';
import { useMutation, useQuery } from '../../graphql/hooks';
import { useApiLanguage } from '../../i18n';
import { useDraft } from '../../offline/drafts';
import {
  activityChoice,
  ASSIGN_EXPERT_FIELDS,
  assignedTarget,
  expertChoice,
  workshopChoice,
  emptyAssignExpert,
  isAssignExpertField,
  toAssignExpertInput,
  validateAssignExpert,
  type AssignChoice,
  type AssignExpertField,
  type AssignExpertValues,
  type AssignPreset,
} from './assign-expert-form';
import {
  assignActivityOptionsQuery,
  assignExpertMutation,
  assignExpertOptionsQuery,
  plannedWorkshopsQuery,
} from './experts.graphql';

const FIELD_LABELS = {
  expertId: 'assignExpert.expert',
  workshopId: 'assignExpert.workshop',
  activityId: 'assignExpert.activity',
  startsOn: 'assignExpert.startsOn',
  endsOn: 'assignExpert.endsOn',
} as const satisfies Record<AssignExpertField, string>;

/** How many choices a picker shows at a time ("Show more" adds as many again). */
const PICKER_PAGE = 25;

export interface Assignment {
  expertName: string;
  target: AssignmentTarget;
  targetId: string;
  targetTitle: string;
}

interface AssignExpertDialogProps {
  /** Who and where, when the planner opened the dialog from an expert, a workshop or an activity. */
  preset: AssignPreset;
  onClose: () => void;
  onAssigned: (assignment: Assignment) => void;
  /** Whose draft this is: on a shared computer, each user's own. */
  userId: string;
}

/** Planned workshops (those an expert may be assigned to) found by the words typed, a page at a time. */
function usePlannedWorkshops(search: string, after: string | null): PickerPage<AssignChoice> | undefined {
  const lang = useApiLanguage();
  const { data } = useQuery(plannedWorkshopsQuery, {
    variables: { search: search || null, status: ASSIGNABLE_WORKSHOP_STATUS, first: PICKER_PAGE, after, lang },
  });
  const page = data?.workshops;
  return page
    ? {
        ...page.pageInfo,
        totalCount: page.totalCount,
        choices: page.nodes.map((w) => workshopChoice(w)),
      }
    : undefined;
}

/** Activities an expert may be assigned to (neither completed nor cancelled), found by the words typed, a page at a time. */
function useActivities(search: string, after: string | null): PickerPage<AssignChoice> | undefined {
  const lang = useApiLanguage();
  const { data } = useQuery(assignActivityOptionsQuery, {
    variables: {
      search: search || null,
      statuses: [...ASSIGNABLE_ACTIVITY_STATUSES],
      deliveryStatuses: [...ASSIGNABLE_DELIVERY_STATUSES],
      first: PICKER_PAGE,
      after,
      lang,
    },
  });
  const page = data?.activities;
  return page
    ? {
        ...page.pageInfo,
        totalCount: page.totalCount,
        choices: page.nodes.map(activityChoice),
      }
    : undefined;
}

/** Experts found by name or organisation, a page at a time. */
function useExperts(search: string, after: string | null): PickerPage<AssignChoice> | undefined {
  const { data } = useQuery(assignExpertOptionsQuery, {
    variables: { search: search || null, first: PICKER_PAGE, after },
  });
  const page = data?.experts;
  return page
    ? {
        ...page.pageInfo,
        totalCount: page.totalCount,
        choices: page.nodes.map(expertChoice),
      }
    : undefined;
}

/**
 * "Assign": books an expert as a resource person on a planned workshop, or sends them on a mission for an activity
 * (no workshop: its dates are given). Opened from the roster (the expert chosen), a ranking (the expert, and the
 * workshop it ranks for) or an activity (the activity). A clash with another booking (CONFLICT, EXPERT_BOOKED) is
 * said above the form in the user's language, with the dates it clashes with.
 */
export function AssignExpertDialog({ preset, onClose, onAssigned, userId }: AssignExpertDialogProps) {
  const { t } = useTranslation();
  const form = useForm<AssignExpertValues>({
    initial: () => emptyAssignExpert(preset),
    validate: (v) => validateAssignExpert(v),
    isField: isAssignExpertField,
    serverMessage: (message) => t('assignExpert.serverError', { message }),
    fixMessage: t('assignExpert.fixErrors'),
  });
  const { values, problems, valid, errorFor, touch, formError } = form;
  const [assignExpert, { loading }] = useMutation(assignExpertMutation, {
    // The workshop's or activity's experts, the balances (a workshop's), the rankings and the free dates the roster
    // filters on all change.
    evict: ['workshop', 'activity', 'experts', 'expertBalance', 'expertLegalSystemBalance', 'suggestedExperts'],
  });
  const formId = useId();

  // What is chosen is kept on this device until it is sent or discarded: Cancel, Escape and a reload keep it.
  const draftName = `assign-expert-to:${userId}:${preset.expert?.id ?? ''}:${preset.target?.choice.id ?? ''}`;
  const draft = useDraft(draftName, form, { empty: () => emptyAssignExpert(preset) });

  const submit = form.handleSubmit(async (v) => {
    const { data } = await assignExpert({ variables: { input: toAssignExpertInput(v) } });
    if (!data) throw new Error('The API answered without the assigned expert.');
    await draft.finish();
    form.reset(emptyAssignExpert(preset));
    const { kind, choice } = assignedTarget(v);
    onAssigned({
      expertName: v.expert?.name ?? '',
      target: kind,
      targetId: choice?.id ?? '',
      targetTitle: choice?.name ?? '',
    });
  });

  const mission = values.target === 'ACTIVITY';
  const targetField = mission ? 'activityId' : 'workshopId';
  const title = preset.expert
    ? t('assignExpert.title', { name: preset.expert.name })
    : preset.target
      ? t('assignExpert.titleFor', { target: preset.target.choice.label })
      : t('assignExpert.titleAny');

  const date = (field: 'startsOn' | 'endsOn') => (
    <FormField
      id={`${formId}-${field}`}
      label={t(FIELD_LABELS[field])}
      error={errorFor(field)}
      name={field}
      required={mission}
      hint={mission ? t('assignExpert.missionDatesHint') : t('assignExpert.datesHint')}
    >
      {(describedBy) => (
        <input
          id={`${formId}-${field}`}
          type="date"
          value={values[field]}
          onChange={(e) => form.set(field, e.target.value, 'startsOn', 'endsOn')}
          onBlur={touch(field)}
          aria-invalid={Boolean(errorFor(field))}
          aria-describedby={describedBy}
          required={mission}
          data-testid={`assign-expert-${field}`}
        />
      )}
    </FormField>
  );

  return (
    <DraftFormDialog
      onClose={onClose}
      title={title}
      intro={t('assignExpert.intro')}
      testId="assign-expert"
      draft={draft}
      formError={formError}
      onSubmit={submit}
      footer={{
        missing: stillNeeded(ASSIGN_EXPERT_FIELDS, problems, (field) => t(FIELD_LABELS[field])),
        submitDisabled: !valid || loading,
        submitLabel: loading ? t('assignExpert.submitting') : t('assignExpert.submit'),
        submitTestId: 'assign-expert-submit',
      }}
    >
      {!preset.expert && (
        <SearchPicker
          id={`${formId}-expert`}
          name="expertId"
          label={t(FIELD_LABELS.expertId)}
          searchLabel={t('assignExpert.expertSearch')}
          searchHint={t('assignExpert.expertSearchHint')}
          error={errorFor('expertId')}
          required
          testId="assign-expert-expertId"
          value={values.expert}
          onChange={(expert) => form.set('expert', expert, 'expertId')}
          onBlur={touch('expertId')}
          usePage={useExperts}
          emptyText={t('assignExpert.noExpert')}
          autoFocus
        />
      )}

      {preset.target ? (
        <p data-testid="assign-expert-target" data-kind={preset.target.kind} data-id={preset.target.choice.id}>
          <strong>{t(`assignExpert.targets.${preset.target.kind}`)}</strong>: {preset.target.choice.label}
        </p>
      ) : (
        <>
          <fieldset className="topics">
            <legend>{t('assignExpert.target')}</legend>
            <div className="radio-row">
              {ASSIGNMENT_TARGETS.map((kind) => (
                <label key={kind} className="checkbox">
                  <input
                    type="radio"
                    name={`${formId}-target`}
                    checked={values.target === kind}
                    onChange={() => form.set('target', kind, 'startsOn', 'endsOn')}
                    data-testid={`assign-expert-target-${kind}`}
                  />
                  {t(`assignExpert.targets.${kind}`)}
                </label>
              ))}
            </div>
          </fieldset>
          {/* Keyed by kind: a workshop's words and pages are not an activity's. */}
          <SearchPicker
            key={values.target}
            id={`${formId}-${targetField}`}
            name={targetField}
            label={t(FIELD_LABELS[targetField])}
            searchLabel={t(mission ? 'assignExpert.activitySearch' : 'assignExpert.workshopSearch')}
            searchHint={t(mission ? 'assignExpert.activitySearchHint' : 'assignExpert.workshopSearchHint')}
            error={errorFor(targetField)}
            required
            testId={`assign-expert-${targetField}`}
            value={mission ? values.activity : values.workshop}
            // A workshop's dates are the assignment's by default: choosing one changes the dates' verdict.
            onChange={(choice) =>
              form.set(mission ? 'activity' : 'workshop', choice, targetField, 'startsOn', 'endsOn')
            }
            onBlur={touch(targetField)}
            usePage={mission ? useActivities : usePlannedWorkshops}
            emptyText={t(mission ? 'assignExpert.noActivity' : 'assignExpert.noWorkshop')}
            autoFocus={Boolean(preset.expert)}
          />
        </>
      )}

      <div className="log-form__grid">
        {date('startsOn')}
        {date('endsOn')}
      </div>
    </DraftFormDialog>
  );
}
