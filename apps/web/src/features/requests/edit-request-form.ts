import type { AssistanceKind, Channel } from '@ta/domain';
import type { UpdateAssistanceRequestInput } from '@ta/graphql-types/graphql';
import { toLogRequestInput, type LogRequestValues } from './log-request-form';

/*
 * Editing a request uses the log form's fields and rules (validateLogRequest): only what changed is sent,
 * with the version the user saw (the API refuses a stale one).
 */

/** What the drawer knows of a request, as the form's values. */
export interface EditableRequest {
  kind: AssistanceKind;
  topics: readonly string[];
  channel: string;
  receivedOn: string;
  description?: string | null;
  state: { iso3: string };
  priorityArea: { code: string };
}

export function requestToValues(request: EditableRequest): LogRequestValues {
  return {
    stateIso3: request.state.iso3,
    priorityAreaCode: request.priorityArea.code,
    kind: request.kind,
    topics: [...request.topics],
    channel: request.channel as Channel,
    receivedOn: request.receivedOn,
    description: request.description ?? '',
  };
}

/** The fields that differ from the request as it was loaded (topics compared as sets), once the values are valid. */
export function toUpdateRequestInput(before: LogRequestValues, values: LogRequestValues): UpdateAssistanceRequestInput {
  const was = toLogRequestInput(before);
  const now = toLogRequestInput(values);
  const input: UpdateAssistanceRequestInput = {};
  if (now.stateIso3 !== was.stateIso3) input.stateIso3 = now.stateIso3;
  if (now.priorityAreaCode !== was.priorityAreaCode) input.priorityAreaCode = now.priorityAreaCode;
  if (now.kind !== was.kind) input.kind = now.kind;
  if (now.channel !== was.channel) input.channel = now.channel;
  if (now.receivedOn !== was.receivedOn) input.receivedOn = now.receivedOn;
  if (now.description !== was.description) input.description = now.description;
  const sameTopics = now.topics.length === was.topics.length && now.topics.every((topic) => was.topics.includes(topic));
  if (!sameTopics) input.topics = now.topics;
  return input;
}

/** Whether the form changes anything at all. */
export const changesSomething = (input: UpdateAssistanceRequestInput): boolean => Object.keys(input).length > 0;
