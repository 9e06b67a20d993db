import type { AssistanceKind, Channel } from '@ta/domain';
import type { LogAssistanceRequestInput } from '@ta/graphql-types/graphql';
import type { TFunction } from 'i18next';
import { todayIso } from '../../format';

/** The API's limits (it says "at least 3 characters"). */
export const DESCRIPTION_MIN = 3;
export const DESCRIPTION_MAX = 4000;

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

export function emptyLogRequest(today: string = todayIso()): LogRequestValues {
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

/** A problem with one field, as a translation key (and its values). */
export interface FieldProblem {
  key:
    | 'validation.stateRequired'
    | 'validation.priorityAreaRequired'
    | 'validation.kindRequired'
    | 'validation.topicsRequired'
    | 'validation.channelRequired'
    | 'validation.receivedOnRequired'
    | 'validation.receivedOnInvalid'
    | 'validation.receivedOnFuture'
    | 'validation.descriptionRequired'
    | 'validation.descriptionTooShort'
    | 'validation.descriptionTooLong';
  values?: Record<string, string | number>;
}
export type LogRequestProblems = Partial<Record<LogRequestField, FieldProblem>>;

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The same rules the API applies, checked as the officer types. */
export function validateLogRequest(values: LogRequestValues, today: string = todayIso()): LogRequestProblems {
  const problems: LogRequestProblems = {};
  if (!values.stateIso3) problems.stateIso3 = { key: 'validation.stateRequired' };
  if (!values.priorityAreaCode) problems.priorityAreaCode = { key: 'validation.priorityAreaRequired' };
  if (!values.kind) problems.kind = { key: 'validation.kindRequired' };
  if (values.kind !== 'REPORTING_OBLIGATIONS' && values.topics.length === 0) {
    problems.topics = { key: 'validation.topicsRequired' };
  }
  if (!values.channel) problems.channel = { key: 'validation.channelRequired' };
  if (!values.receivedOn) problems.receivedOn = { key: 'validation.receivedOnRequired' };
  else if (!isRealDate(values.receivedOn)) problems.receivedOn = { key: 'validation.receivedOnInvalid' };
  else if (values.receivedOn > today) problems.receivedOn = { key: 'validation.receivedOnFuture' };
  const description = values.description.trim();
  if (!description) problems.description = { key: 'validation.descriptionRequired' };
  else if (description.length < DESCRIPTION_MIN) {
    problems.description = { key: 'validation.descriptionTooShort', values: { min: DESCRIPTION_MIN } };
  } else if (description.length > DESCRIPTION_MAX) {
    problems.description = { key: 'validation.descriptionTooLong', values: { max: DESCRIPTION_MAX } };
  }
  return problems;
}

export function problemText(t: TFunction, problem: FieldProblem): string {
  return t(problem.key, problem.values ?? {});
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
