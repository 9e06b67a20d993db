import { useMutation } from '../../graphql/hooks';
import type { RecordWorkshopOutcomeMutation, WorkshopQuery } from '@ta/graphql-types/graphql';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { useForm } from '../../components/use-form';
import { SetAsideDrafts } from '../../components/SetAsideDrafts';
import { Notice } from '../../components/Notice';
import { apiLanguage } from '../../i18n';
import { useDraft } from '../../offline/drafts';
import { sendOrKeep, useQueuedDraft, useShownAgain } from '../../offline/use-queued-draft';
import type { ReferenceData } from '../reference/use-reference-data';
import { FollowUpFields } from './FollowUpFields';
import { recordWorkshopOutcomeMutation } from './workshops.graphql';
import {
  COUNT_FIELDS,
  emptyFollowUp,
  isOutcomeField,
  outcomeFromWorkshop,
  toOutcomeInput,
  validateOutcome,
  type OutcomeValues,
} from './outcome-form';
import { ParticipantRows } from './ParticipantRows';

type Workshop = NonNullable<WorkshopQuery['workshop']>;
export type SavedOutcome = RecordWorkshopOutcomeMutation['recordWorkshopOutcome'];

const COUNT_LABELS = {
  checklistsCompleted: 'outcome.checklistsCompleted',
  statesUpdated: 'outcome.statesUpdated',
  casesProgressed: 'outcome.casesProgressed',
} as const;

interface OutcomeFormProps {
  workshop: Workshop;
  reference: ReferenceData;
  onSaved: (saved: SavedOutcome) => void;
  /** Whose draft and submissions these are: on a shared computer, each user's own. */
  userId: string;
  /** The States the user may raise a request for (`me.actableStates`): null for every State. */
  actableStates: readonly string[] | null;
}

/**
 * What came of a workshop: counts, conclusions, who came (State, participants, women) and the follow-up needs
 * raised, each of which the API turns into an assistance request. Checked as you type; the API's errors land
 * on the row and field at fault.
 */
export function OutcomeForm(props: OutcomeFormProps) {
  const [shown, showAgain] = useShownAgain();
  return <OutcomeFormShown key={shown} {...props} onSettled={showAgain} />;
}

/**
 * Queued on a poor line, its draft stays on the device (the form shown disabled, "will be sent") until the server
 * has the outcome: a reload, or a refusal when it is sent, still finds what was typed.
 */
function OutcomeFormShown({
  workshop,
  reference,
  onSaved,
  userId,
  actableStates,
  onSettled,
}: OutcomeFormProps & { onSettled: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const form = useForm<OutcomeValues>({
    initial: () => outcomeFromWorkshop(workshop),
    validate: validateOutcome,
    isField: isOutcomeField,
    serverMessage: (message) => t('outcome.serverError', { message }),
    fixMessage: t('form.fixErrors'),
  });
  const { values, problems, valid, errorFor, formError } = form;
  const change = (next: OutcomeValues, ...paths: string[]): void => form.change(() => next, ...paths);
  const [record, { loading }] = useMutation(recordWorkshopOutcomeMutation, {
    // The follow-ups are new requests: kept request lists are stale.
    evict: ['assistanceRequests'],
  });
  // Kept on this device as it is typed (a reload or a closed tab loses nothing) until saved or discarded.
  const draftName = `workshop-outcome:${workshop.id}:${userId}`;
  // Started from this version of the workshop: once another outcome is recorded, an older draft is not restored.
  const draft = useDraft(draftName, form, { empty: () => outcomeFromWorkshop(workshop), basis: workshop.version });
  const outbox = useQueuedDraft(draftName, onSettled);
  const submit = form.handleSubmit(async (v) => {
    // The draft's key: sent again after a lost answer (or from the outbox), the outcome is recorded once.
    const input = { ...toOutcomeInput(v), idempotencyKey: draft.idempotencyKey() };
    const variables = {
      workshopId: workshop.id,
      input,
      expectedVersion: workshop.version,
      lang: apiLanguage(i18n.resolvedLanguage ?? 'en'),
    };
    const answer = await sendOrKeep(
      () => record({ variables }),
      {
        idempotencyKey: input.idempotencyKey,
        kind: 'recordWorkshopOutcome',
        variables,
        draftName,
        userId,
        draftBasis: workshop.version,
      },
      draft,
      v,
    );
    // Queued: the draft stays until the server has it (the form says so, disabled).
    if (!answer) return;
    if (!answer.data) throw new Error('The API answered without the workshop.');
    await draft.finish();
    onSaved(answer.data.recordWorkshopOutcome);
  });

  return (
    <form
      className="outcome-form"
      noValidate
      onSubmit={submit}
      data-testid="outcome-form"
      data-draft-saved={draft.savedAt ?? ''}
    >
      <h2>{t('outcome.formTitle')}</h2>
      <p className="page__intro">{t('outcome.formIntro')}</p>
      {draft.restored && (
        <p className="page__intro" role="status" data-testid="outcome-draft-restored">
          {t('offline.draftRestored')}
        </p>
      )}
      {outbox.queued && (
        <Notice tone="warning" testId="outcome-queued">
          <p>{t('offline.queued')}</p>
        </Notice>
      )}
      <SetAsideDrafts name={draftName} draft={draft} onOpened={onSettled} testId="outcome" />
      {formError && (
        <p className="form-error" role="alert" data-testid="outcome-error">
          {formError}
        </p>
      )}

      <fieldset className="outcome-form__fields" disabled={outbox.queued}>
        <div className="log-form__grid">
          {COUNT_FIELDS.map((field) => (
            <FormField
              key={field}
              id={`${id}-${field}`}
              name={field}
              label={t(COUNT_LABELS[field])}
              error={errorFor(field)}
            >
              {(describedBy) => (
                <input
                  id={`${id}-${field}`}
                  type="text"
                  inputMode="numeric"
                  value={values[field]}
                  onChange={(e) => change({ ...values, [field]: e.target.value }, field)}
                  aria-invalid={Boolean(errorFor(field))}
                  aria-describedby={describedBy}
                  data-testid={`outcome-${field}`}
                />
              )}
            </FormField>
          ))}
        </div>
        <FormField
          id={`${id}-conclusions`}
          name="conclusions"
          label={t('outcome.conclusions')}
          error={errorFor('conclusions')}
        >
          {(describedBy) => (
            <textarea
              id={`${id}-conclusions`}
              rows={3}
              value={values.conclusions}
              onChange={(e) => change({ ...values, conclusions: e.target.value }, 'conclusions')}
              aria-describedby={describedBy}
              data-testid="outcome-conclusions"
            />
          )}
        </FormField>

        <ParticipantRows
          rows={values.participants}
          states={reference.states}
          errorFor={errorFor}
          onChange={(participants, path) => change({ ...values, participants }, ...(path ? [path] : []))}
        />

        <fieldset className="sub-form" data-testid="followups">
          <legend>{t('outcome.followUps')}</legend>
          <p className="field-hint">{t('outcome.followUpsHint')}</p>
          {values.followUps.map((row, i) => (
            <FollowUpFields
              key={row.key}
              index={i}
              row={row}
              participants={values.participants}
              reference={reference}
              actableStates={actableStates}
              errorFor={errorFor}
              onChange={(next, ...paths) =>
                change(
                  { ...values, followUps: values.followUps.map((f, j) => (j === i ? next : f)) },
                  ...paths.map((p) => `followUps.${i}.${p}`),
                )
              }
              onRemove={() => change({ ...values, followUps: values.followUps.filter((_, j) => j !== i) })}
            />
          ))}
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => change({ ...values, followUps: [...values.followUps, emptyFollowUp()] })}
            data-testid="followup-add"
          >
            + {t('outcome.addFollowUp')}
          </button>
        </fieldset>
      </fieldset>

      <footer className="form-actions">
        {!valid && (
          <p className="dialog__missing" data-testid="outcome-missing">
            {t('outcome.fixBeforeSaving', { count: Object.keys(problems).length })}
          </p>
        )}
        <span className="spacer" />
        {draft.hasDraft && !outbox.queued && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void draft.discard()}
            data-testid="outcome-discard-draft"
          >
            {t('offline.discardDraft')}
          </button>
        )}
        <button
          type="submit"
          className="button button--primary"
          disabled={!valid || loading || outbox.queued}
          data-testid="outcome-submit"
        >
          {loading ? t('form.submitting') : t('outcome.save')}
        </button>
      </footer>
    </form>
  );
}
