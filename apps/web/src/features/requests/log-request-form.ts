import { isCalendarDate, isNotInFuture, REQUEST_LIMITS, todayUtc, type AssistanceKind, type Channel } from '@ta/domain';
import type { LogAssistanceRequestInput } from '@ta/graphql-types/graphql';
import type { Problem } from '../../forms';

/** The API's limits, from the rule kernel (it says "at least 3 characters"). */
const { descriptionMin, descriptionMax } = REQUEST_LIMITS;

/** The form's fields carry the API input's names, so a server error's `extensions.field` lands on the right one. */
export interface LogRequestValues {
  stateIso3: string;
  priorityAreaCode: string;
  kind: AssistanceKind | '';
  topics: string[];
  channel: Channel | '';
  receivedOn: string;
  description: string;
}
export type LogRequestField = keyof LogRequestValues;
export const LOG_REQUEST_FIELDS: readonly LogRequestField[] = [
  'stateIso3',
  'priorityAreaCode',
  'kind',
  'topics',
  'channel',
  'receivedOn',
  'description',
];

export function isLogRequestField(name: string | null): name is LogRequestField {
  return name !== null && (LOG_REQUEST_FIELDS as readonly string[]).includes(name);
}

export function emptyLogRequest(today: string = todayUtc()): LogRequestValues {
  return {
    stateIso3: '',
    priorityAreaCode: '',
    kind: '',
    topics: [],
    channel: '',
    receivedOn: today,
    description: '',
  };
}

export type LogRequestProblems = Partial<Record<LogRequestField, Problem>>;

/** The same rules the API applies (the rule kernel's), checked as the officer types; `now` decides what "future" is. */
export function validateLogRequest(values: LogRequestValues, now: Date = new Date()): LogRequestProblems {
  const problems: LogRequestProblems = {};
  if (!values.stateIso3) problems.stateIso3 = { key: 'validation.stateRequired' };
  if (!values.priorityAreaCode) problems.priorityAreaCode = { key: 'validation.priorityAreaRequired' };
  if (!values.kind) problems.kind = { key: 'validation.kindRequired' };
  if (values.kind !== 'REPORTING_OBLIGATIONS' && values.topics.length === 0) {
    problems.topics = { key: 'validation.topicsRequired' };
  }
  if (!values.channel) problems.channel = { key: 'validation.channelRequired' };
  if (!values.receivedOn) problems.receivedOn = { key: 'validation.receivedOnRequired' };
  else if (!isCalendarDate(values.receivedOn)) problems.receivedOn = { key: 'validation.receivedOnInvalid' };
  else if (!isNotInFuture(values.receivedOn, now)) problems.receivedOn = { key: 'validation.receivedOnFuture' };
  const description = values.description.trim();
  if (!description) problems.description = { key: 'validation.descriptionRequired' };
  else if (description.length < descriptionMin) {
    problems.description = { key: 'validation.descriptionTooShort', values: { min: descriptionMin } };
  } else if (description.length > descriptionMax) {
    problems.description = { key: 'validation.descriptionTooLong', values: { max: descriptionMax } };
  }
  return problems;
}

/** The mutation's input, once the values are valid. */
export function toLogRequestInput(values: LogRequestValues): LogAssistanceRequestInput {
  if (!values.kind || !values.channel) throw new Error('toLogRequestInput needs validated values');
  return {
    stateIso3: values.stateIso3,
    priorityAreaCode: values.priorityAreaCode,
    kind: values.kind,
    topics: values.topics,
    channel: values.channel,
    receivedOn: values.receivedOn,
    description: values.description.trim(),
  };
}
