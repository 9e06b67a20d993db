import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { DraftFormDialog } from '../../components/DraftFormDialog';
import { stillNeeded } from '../../components/FormFooter';
import { useForm } from '../../components/use-form';
import { useMutation, useQuery } from '../../graphql/hooks';
import { apiLanguage } from '../../i18n';
import { useDraft } from '../../offline/drafts';
import {
  ASSIGN_EXPERT_FIELDS,
  emptyAssignExpert,
  isAssignExpertField,
  toAssignExpertInput,
  validateAssignExpert,
  type AssignExpertField,
  type AssignExpertValues,
} from './assign-expert-form';
import { assignExpertMutation, plannedWorkshopsQuery } from './experts.graphql';

const FIELD_LABELS = {
  workshopId: 'assignExpert.workshop',
  startsOn: 'assignExpert.startsOn',
  endsOn: 'assignExpert.endsOn',
} as const satisfies Record<AssignExpertField, string>;

/** How many planned workshops the picker offers, earliest first. */
const WORKSHOPS_SHOWN = 100;

export interface Assignment {
  expertName: string;
  workshopId: string;
  workshopTitle: string;
}

interface AssignExpertDialogProps {
  expert: { id: string; name: string };
  onClose: () => void;
  onAssigned: (assignment: Assignment) => void;
  /** Whose draft this is: on a shared computer, each user's own. */
  userId: string;
}

/**
 * "Assign to a workshop": books the expert as a resource person on a planned workshop. A clash with another booking
 * (CONFLICT, EXPERT_BOOKED) is said above the form in the user's language, with the dates it clashes with.
 */
export function AssignExpertDialog({ expert, onClose, onAssigned, userId }: AssignExpertDialogProps) {
  const { t, i18n } = useTranslation();
  const { data: workshopsData } = useQuery(plannedWorkshopsQuery, {
    variables: { first: WORKSHOPS_SHOWN, after: null, lang: apiLanguage(i18n.resolvedLanguage ?? 'en') },
  });
  const workshops = workshopsData?.workshops;
  const form = useForm<AssignExpertValues>({
    initial: emptyAssignExpert,
    validate: (v) => validateAssignExpert(v, workshops?.nodes.find((w) => w.id === v.workshopId) ?? null),
    isField: isAssignExpertField,
    serverMessage: (message) => t('assignExpert.serverError', { message }),
    fixMessage: t('assignExpert.fixErrors'),
  });
  const { values, problems, valid, errorFor, touch, formError } = form;
  const [assignExpert, { loading }] = useMutation(assignExpertMutation, {
    // The workshop's experts, the balances (a workshop's) and the free dates the roster filters on all change.
    evict: ['workshop', 'experts', 'expertBalance', 'expertLegalSystemBalance', 'suggestedExperts'],
  });
  const formId = useId();

  // What is chosen is kept on this device until it is sent or discarded: Cancel, Escape and a reload keep it.
  const draft = useDraft(`assign-expert:${userId}:${expert.id}`, form, { empty: emptyAssignExpert });

  const submit = form.handleSubmit(async (v) => {
    const { data } = await assignExpert({ variables: { input: toAssignExpertInput(expert.id, v) } });
    if (!data) throw new Error('The API answered without the assigned expert.');
    await draft.finish();
    form.reset(emptyAssignExpert());
    const workshop = workshops?.nodes.find((w) => w.id === v.workshopId);
    onAssigned({ expertName: expert.name, workshopId: v.workshopId, workshopTitle: workshop?.title ?? '' });
  });

  const date = (field: 'startsOn' | 'endsOn') => (
    <FormField
      id={`${formId}-${field}`}
      label={t(FIELD_LABELS[field])}
      error={errorFor(field)}
      name={field}
      hint={t('assignExpert.datesHint')}
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
          data-testid={`assign-expert-${field}`}
        />
      )}
    </FormField>
  );

  return (
    <DraftFormDialog
      onClose={onClose}
      title={t('assignExpert.title', { name: expert.name })}
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
      <FormField
        id={`${formId}-workshop`}
        label={t(FIELD_LABELS.workshopId)}
        error={errorFor('workshopId')}
        name="workshopId"
        required
        className="field--full"
        hint={
          workshops && workshops.totalCount === 0
            ? t('assignExpert.noWorkshop')
            : workshops && workshops.totalCount > workshops.nodes.length
              ? t('assignExpert.workshopsShown', { shown: workshops.nodes.length, total: workshops.totalCount })
              : undefined
        }
      >
        {(describedBy) => (
          <select
            id={`${formId}-workshop`}
            value={values.workshopId}
            onChange={(e) => form.set('workshopId', e.target.value, 'startsOn', 'endsOn')}
            onBlur={touch('workshopId')}
            aria-invalid={Boolean(errorFor('workshopId'))}
            aria-describedby={describedBy}
            required
            autoFocus
            data-testid="assign-expert-workshopId"
          >
            <option value="">{t('form.choose')}</option>
            {workshops?.nodes.map((w) => (
              <option key={w.id} value={w.id}>
                {w.title} — {w.city}, {w.startsOn} – {w.endsOn}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <div className="log-form__grid">
        {date('startsOn')}
        {date('endsOn')}
      </div>
    </DraftFormDialog>
  );
}
