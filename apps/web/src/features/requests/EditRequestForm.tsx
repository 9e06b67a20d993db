import { useMutation } from '../../graphql/hooks';
import { ASSISTANCE_KINDS, CHANNELS, latestPastDate, TOPICS, type AssistanceKind, type Channel } from '@ta/domain';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, FormField } from '../../components/FormField';
import { useForm } from '../../components/use-form';
import { apiProblems } from '../../graphql/errors';
import { channelLabel, topicLabel } from '../reference/labels';
import { StateOptions } from '../reference/StateOptions';
import { useReferenceData } from '../reference/use-reference-data';
import { REQUEST_QUERIES } from './TriagePanel';
import { changesSomething, requestToValues, toUpdateRequestInput, type EditableRequest } from './edit-request-form';
import { isLogRequestField, validateLogRequest, type LogRequestField, type LogRequestValues } from './log-request-form';
import { updateRequestMutation } from './requests.graphql';
import { isStaleVersion } from './triage';

interface EditRequestFormProps {
  request: EditableRequest & { id: string; version: number };
  /** The form closes; `changed` when something was saved. */
  onDone: (changed: boolean) => void;
  /** Reloads the request (after a stale version). */
  onReload: () => void;
  /** The States the user may log for (`me.actableStates`): null for every State. */
  actableStates: readonly string[] | null;
}

/** Corrects an open request with the log form's rules; the API's verdicts land beside the fields. */
export function EditRequestForm({ request, onDone, onReload, actableStates }: EditRequestFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const reference = useReferenceData();
  const [before] = useState(() => requestToValues(request));
  const form = useForm<LogRequestValues>({
    initial: before,
    validate: (v) => validateLogRequest(v),
    isField: isLogRequestField,
  });
  const { values, errorFor, touch, formError } = form;
  const [update, { loading }] = useMutation(updateRequestMutation, {
    refetchQueries: REQUEST_QUERIES,
    awaitRefetchQueries: true,
  });
  const set = <K extends LogRequestField>(field: K, value: LogRequestValues[K]): void =>
    field === 'kind' ? form.set(field, value, 'topics') : form.set(field, value);

  const submit = form.handleSubmit(async (v) => {
    const input = toUpdateRequestInput(before, v);
    if (!changesSomething(input)) {
      onDone(false);
      return;
    }
    try {
      await update({ variables: { id: request.id, expectedVersion: request.version, input } });
    } catch (error) {
      if (isStaleVersion(apiProblems(error))) onReload();
      throw error;
    }
    onDone(true);
  });

  const select = (
    field: 'stateIso3' | 'priorityAreaCode' | 'kind' | 'channel',
    label: string,
    options: { value: string; label: string }[] | ReactNode,
  ) => (
    <FormField id={`${id}-${field}`} name={field} label={label} error={errorFor(field)} required>
      {(describedBy) => (
        <select
          id={`${id}-${field}`}
          value={values[field]}
          onChange={(e) => set(field, e.target.value as never)}
          onBlur={touch(field)}
          aria-invalid={Boolean(errorFor(field))}
          aria-describedby={describedBy}
          data-testid={`edit-${field}`}
        >
          <option value="">{t('form.choose')}</option>
          {Array.isArray(options)
            ? options.map((o: { value: string; label: string }) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))
            : options}
        </select>
      )}
    </FormField>
  );

  return (
    <form className="log-form" noValidate onSubmit={submit} data-testid="edit-request-form">
      <h3>{t('triage.editTitle')}</h3>
      {formError && (
        <p className="form-error" role="alert" data-testid="edit-error">
          {formError}
        </p>
      )}
      <div className="log-form__grid">
        {select('stateIso3', t('form.state'), <StateOptions states={reference.states} actable={actableStates} />)}
        {select(
          'priorityAreaCode',
          t('form.priorityArea'),
          reference.priorityAreas.map((a) => ({ value: a.code, label: `${a.code} — ${a.title}` })),
        )}
        {select(
          'kind',
          t('form.kind'),
          ASSISTANCE_KINDS.map((k: AssistanceKind) => ({ value: k, label: t(`kinds.${k}`) })),
        )}
        {select(
          'channel',
          t('form.channel'),
          CHANNELS.map((c: Channel) => ({ value: c, label: channelLabel(t, c) })),
        )}
        <FormField
          id={`${id}-received`}
          name="receivedOn"
          label={t('form.receivedOn')}
          error={errorFor('receivedOn')}
          required
        >
          {(describedBy) => (
            <input
              id={`${id}-received`}
              type="date"
              value={values.receivedOn}
              max={latestPastDate()}
              onChange={(e) => set('receivedOn', e.target.value)}
              onBlur={touch('receivedOn')}
              aria-describedby={describedBy}
              data-testid="edit-receivedOn"
            />
          )}
        </FormField>
      </div>
      <fieldset className={`topics${errorFor('topics') ? ' topics--invalid' : ''}`} data-testid="edit-topics">
        <legend>{t('form.topics')}</legend>
        <div className="topics__grid">
          {TOPICS.map((topic) => (
            <label key={topic} className="checkbox">
              <input
                type="checkbox"
                checked={values.topics.includes(topic)}
                onChange={(e) =>
                  set('topics', e.target.checked ? [...values.topics, topic] : values.topics.filter((x) => x !== topic))
                }
                data-testid={`edit-topic-${topic}`}
              />
              {topicLabel(t, topic)}
            </label>
          ))}
        </div>
        <FieldError name="topics" message={errorFor('topics')} />
      </fieldset>
      <FormField
        id={`${id}-description`}
        name="description"
        label={t('form.description')}
        error={errorFor('description')}
        className="field--full"
        required
      >
        {(describedBy) => (
          <textarea
            id={`${id}-description`}
            rows={4}
            value={values.description}
            onChange={(e) => set('description', e.target.value)}
            onBlur={touch('description')}
            aria-describedby={describedBy}
            data-testid="edit-description"
          />
        )}
      </FormField>
      <div className="actions">
        <button type="button" className="button button--quiet" onClick={() => onDone(false)} data-testid="edit-cancel">
          {t('form.cancel')}
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={loading || !form.valid}
          data-testid="edit-submit"
        >
          {t('triage.editSubmit')}
        </button>
      </div>
    </form>
  );
}
