import { useMutation } from '../../graphql/hooks';
import {
  ASSISTANCE_KINDS,
  CHANNELS,
  latestPastDate,
  TOPICS,
  todayUtc,
  type AssistanceKind,
  type Channel,
} from '@ta/domain';
import type { LogAssistanceRequestMutation } from '@ta/graphql-types/graphql';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, FormField } from '../../components/FormField';
import { PriorityAreaSelect } from '../../components/PriorityAreaSelect';
import { SetAsideDrafts } from '../../components/SetAsideDrafts';
import { DraftFormDialog } from '../../components/DraftFormDialog';
import { stillNeeded } from '../../components/FormFooter';
import { useForm } from '../../components/use-form';
import { apiLanguage } from '../../i18n';
import { useDraft } from '../../offline/drafts';
import { sendOrKeep, useQueuedDraft, useShownAgain } from '../../offline/use-queued-draft';
import { channelLabel, topicLabel } from '../reference/labels';
import { StateOptions } from '../reference/StateOptions';
import { logAssistanceRequestMutation } from './requests.graphql';
import {
  emptyLogRequest,
  isLogRequestField,
  LOG_REQUEST_FIELDS,
  toLogRequestInput,
  validateLogRequest,
  type LogRequestField,
  type LogRequestValues,
} from './log-request-form';
import type { ReferenceData } from '../reference/use-reference-data';

const FIELD_LABELS = {
  stateIso3: 'form.state',
  priorityAreaCode: 'form.priorityArea',
  kind: 'form.kind',
  topics: 'form.topics',
  channel: 'form.channel',
  receivedOn: 'form.receivedOn',
  description: 'form.description',
} as const satisfies Record<LogRequestField, string>;

/** The one draft of this form on this device, per user. */
const draftNameOf = (userId: string): string => `log-request:${userId}`;

export type LoggedRequest = LogAssistanceRequestMutation['logAssistanceRequest'];

interface LogRequestDialogProps {
  open: boolean;
  onClose: () => void;
  onLogged: (request: LoggedRequest) => void;
  reference: ReferenceData;
  /** Whose draft and submissions these are: on a shared computer, each user's own. */
  userId: string;
  /** The States the API says this user may log for (`me.actableStates`): null for every State. */
  actableStates: readonly string[] | null;
}

/**
 * "Log a request": checked as the officer types, and again by the API, whose answers land on the field at fault.
 * Queued on a poor line, its draft stays on the device (shown disabled, "will be sent") until the server has it;
 * the form is shown afresh once the outbox has sent it (or gave the values back, refused).
 */
export function LogRequestDialog(props: LogRequestDialogProps) {
  const [shown, showAgain] = useShownAgain();
  return <LogRequestDialogShown key={shown} {...props} onSettled={showAgain} />;
}

function LogRequestDialogShown({
  open,
  onClose,
  onLogged,
  reference,
  userId,
  actableStates,
  onSettled,
}: LogRequestDialogProps & { onSettled: () => void }) {
  const { t, i18n } = useTranslation();
  const form = useForm<LogRequestValues>({
    initial: () => emptyLogRequest(todayUtc()),
    validate: (v) => validateLogRequest(v),
    isField: isLogRequestField,
    serverMessage: (message) => t('form.serverError', { message }),
    fixMessage: t('form.fixErrors'),
  });
  const { values, problems, valid, errorFor, touch, formError } = form;
  const [logRequest, { loading }] = useMutation(logAssistanceRequestMutation, {
    // Any kept page of the list may now be missing this request: all are stale; the visible one is asked again.
    evict: ['assistanceRequests'],
  });
  const formId = useId();

  const update = <K extends LogRequestField>(field: K, value: LogRequestValues[K]): void =>
    // The kind decides whether a topic is needed, so choosing one shows the topics' verdict too.
    field === 'kind' ? form.set(field, value, 'topics') : form.set(field, value);
  // What is typed is kept on this device until it is logged or discarded: Cancel, Escape and a reload keep it.
  const draftName = draftNameOf(userId);
  const draft = useDraft(draftName, form, { active: open, empty: () => emptyLogRequest(todayUtc()) });
  const outbox = useQueuedDraft(draftName, onSettled);

  const submit = form.handleSubmit(async (v) => {
    // The draft's key: if the answer is lost and this is sent again (now or from the outbox), it is logged once.
    const input = { ...toLogRequestInput(v), idempotencyKey: draft.idempotencyKey() };
    const variables = { input, lang: apiLanguage(i18n.resolvedLanguage ?? 'en') };
    const answer = await sendOrKeep(
      () => logRequest({ variables }),
      { idempotencyKey: input.idempotencyKey, kind: 'logAssistanceRequest', variables, draftName, userId },
      draft,
      v,
    );
    // Queued: the outbox says so and sends it when the line returns; the draft stays until the server has it.
    if (!answer) return onClose();
    if (!answer.data) throw new Error('The API answered without the logged request.');
    await draft.finish();
    form.reset(emptyLogRequest(todayUtc()));
    onLogged(answer.data.logAssistanceRequest);
  });

  const kindNeedsTopic = values.kind !== 'REPORTING_OBLIGATIONS';

  return (
    <DraftFormDialog
      open={open}
      onClose={onClose}
      title={t('form.title')}
      intro={t('form.intro')}
      testId="log-request"
      draft={draft}
      formError={formError}
      onSubmit={submit}
      // Another request may be typed while this one waits: the queued one keeps its own copy of the values.
      queued={outbox.queued ? { onStartAnother: () => void draft.finish().then(outbox.check) } : null}
      setAside={<SetAsideDrafts name={draftName} draft={draft} onOpened={onSettled} testId="log-request" />}
      footer={{
        missing: stillNeeded(LOG_REQUEST_FIELDS, problems, (field) => t(FIELD_LABELS[field])),
        submitDisabled: !valid || loading,
        submitLabel: loading ? t('form.submitting') : t('form.submit'),
      }}
    >
      <div className="log-form__grid">
        <FormField
          id={`${formId}-state`}
          label={t('form.state')}
          error={errorFor('stateIso3')}
          name="stateIso3"
          required
        >
          {(describedBy) => (
            <select
              id={`${formId}-state`}
              value={values.stateIso3}
              onChange={(e) => update('stateIso3', e.target.value)}
              onBlur={touch('stateIso3')}
              aria-invalid={Boolean(errorFor('stateIso3'))}
              aria-describedby={describedBy}
              required
              autoFocus
              data-testid="form-state"
            >
              <option value="">{t('form.choose')}</option>
              <StateOptions states={reference.states} actable={actableStates} />
            </select>
          )}
        </FormField>

        <PriorityAreaSelect
          id={`${formId}-area`}
          label={t('form.priorityArea')}
          areas={reference.priorityAreas}
          value={values.priorityAreaCode}
          onChange={(code) => update('priorityAreaCode', code)}
          onBlur={touch('priorityAreaCode')}
          error={errorFor('priorityAreaCode')}
          required
          testId="form-priority-area"
        />

        <FormField id={`${formId}-kind`} label={t('form.kind')} error={errorFor('kind')} name="kind" required>
          {(describedBy) => (
            <select
              id={`${formId}-kind`}
              value={values.kind}
              onChange={(e) => update('kind', e.target.value as AssistanceKind | '')}
              onBlur={touch('kind')}
              aria-invalid={Boolean(errorFor('kind'))}
              aria-describedby={describedBy}
              required
              data-testid="form-kind"
            >
              <option value="">{t('form.choose')}</option>
              {ASSISTANCE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>

        <FormField
          id={`${formId}-channel`}
          label={t('form.channel')}
          error={errorFor('channel')}
          name="channel"
          required
        >
          {(describedBy) => (
            <select
              id={`${formId}-channel`}
              value={values.channel}
              onChange={(e) => update('channel', e.target.value as Channel | '')}
              onBlur={touch('channel')}
              aria-invalid={Boolean(errorFor('channel'))}
              aria-describedby={describedBy}
              required
              data-testid="form-channel"
            >
              <option value="">{t('form.choose')}</option>
              {CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {channelLabel(t, channel)}
                </option>
              ))}
            </select>
          )}
        </FormField>

        <FormField
          id={`${formId}-received`}
          label={t('form.receivedOn')}
          error={errorFor('receivedOn')}
          name="receivedOn"
          required
        >
          {(describedBy) => (
            <input
              id={`${formId}-received`}
              type="date"
              value={values.receivedOn}
              max={latestPastDate()}
              onChange={(e) => update('receivedOn', e.target.value)}
              onBlur={touch('receivedOn')}
              aria-invalid={Boolean(errorFor('receivedOn'))}
              aria-describedby={describedBy}
              required
              data-testid="form-received-on"
            />
          )}
        </FormField>
      </div>

      <fieldset
        className={`topics${errorFor('topics') ? ' topics--invalid' : ''}`}
        aria-describedby={`${formId}-topics-hint${errorFor('topics') ? ` ${formId}-topics-error` : ''}`}
        data-testid="form-topics"
      >
        <legend>
          {t('form.topics')}
          {kindNeedsTopic && <RequiredMark />}
        </legend>
        <p className="field-hint" id={`${formId}-topics-hint`}>
          {t('form.topicsHint')}
        </p>
        <div className="topics__grid">
          {TOPICS.map((topic) => (
            <label key={topic} className="checkbox">
              <input
                type="checkbox"
                value={topic}
                checked={values.topics.includes(topic)}
                onChange={(e) =>
                  update(
                    'topics',
                    e.target.checked ? [...values.topics, topic] : values.topics.filter((x) => x !== topic),
                  )
                }
                data-testid={`form-topic-${topic}`}
              />
              {topicLabel(t, topic)}
            </label>
          ))}
        </div>
        <FieldError id={`${formId}-topics-error`} name="topics" message={errorFor('topics')} />
      </fieldset>

      <FormField
        id={`${formId}-description`}
        label={t('form.description')}
        error={errorFor('description')}
        name="description"
        className="field--full"
        required
      >
        {(describedBy) => (
          <textarea
            id={`${formId}-description`}
            value={values.description}
            rows={4}
            placeholder={t('form.descriptionPlaceholder')}
            onChange={(e) => update('description', e.target.value)}
            onBlur={touch('description')}
            aria-invalid={Boolean(errorFor('description'))}
            aria-describedby={describedBy}
            required
            data-testid="form-description"
          />
        )}
      </FormField>
    </DraftFormDialog>
  );
}

function RequiredMark() {
  return (
    <span className="required" aria-hidden="true">
      {' *'}
    </span>
  );
}
