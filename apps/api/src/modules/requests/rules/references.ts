import { requiresTopic } from '@ta/domain';
import type { EntityManager } from 'typeorm';
import type { ReferenceRepository } from '../../reference/reference.repository.js';
import type { LogAssistanceRequestInput } from '../dto/log-assistance-request.input.js';
import { RequestsErrorReason, RequestsException } from '../requests.exception.js';

/**
 * Checks that a request's State, area, instruments and office exist (`check` leaves out a State or area not sent,
 * which the request already has), and that a kind of help that needs a topic names one; returns the office to file
 * it under. One statement; a batch reads its references together and checks each with `checkFoundReferences`.
 */
export async function checkReferences(
  reference: ReferenceRepository,
  tx: EntityManager,
  input: Pick<
    LogAssistanceRequestInput,
    'kind' | 'topics' | 'stateIso3' | 'priorityAreaCode' | 'instruments' | 'fieldOfficeCode'
  >,
  check: ReferenceChecks = { stateIso3: true, priorityAreaCode: true },
): Promise<string | null> {
  checkTopic(input);
  const found = await reference.referencesOf(
    {
      states: [input.stateIso3],
      areas: [input.priorityAreaCode],
      instruments: input.instruments ?? [],
      offices: input.fieldOfficeCode ? [input.fieldOfficeCode] : [],
    },
    tx,
  );
  return checkFoundReferences(input, found, check);
}

/** Which of a request's State and priority area to check (an edit checks only those it sends). */
export interface ReferenceChecks {
  stateIso3: boolean;
  priorityAreaCode: boolean;
}

/**
 * The references of a request checked against those read for it, or for its batch (`ReferenceRepository.referencesOf`):
 * the one place that refuses an unknown State, area, instrument or office, in that order. Answers its field office:
 * the one named, else the one covering its State.
 */
export function checkFoundReferences(
  input: Pick<LogAssistanceRequestInput, 'stateIso3' | 'priorityAreaCode' | 'instruments' | 'fieldOfficeCode'>,
  found: { states: Map<string, string | null>; areas: Set<string>; instruments: Set<string>; offices: Set<string> },
  check: ReferenceChecks = { stateIso3: true, priorityAreaCode: true },
): string | null {
  if (check.stateIso3 && !found.states.has(input.stateIso3)) {
    throw new RequestsException(
      RequestsErrorReason.UNKNOWN_REFERENCE,
      `No State has the code "${input.stateIso3}". Use a code from the states query, e.g. "SEN".`,
      'stateIso3',
      { stateIso3: input.stateIso3 },
    );
  }
  if (check.priorityAreaCode && !found.areas.has(input.priorityAreaCode)) {
    throw new RequestsException(
      RequestsErrorReason.UNKNOWN_REFERENCE,
      `There is no priority area "${input.priorityAreaCode}".`,
      'priorityAreaCode',
      { priorityAreaCode: input.priorityAreaCode },
    );
  }
  const unknown = (input.instruments ?? []).filter((c) => !found.instruments.has(c));
  if (unknown.length) {
    throw new RequestsException(
      RequestsErrorReason.UNKNOWN_REFERENCE,
      `Unknown instrument ${unknown.join(', ')}; use UNTOC, TIP, SOM, FIREARMS or UNCAC.`,
      'instruments',
      { instruments: unknown },
    );
  }
  if (input.fieldOfficeCode) {
    if (!found.offices.has(input.fieldOfficeCode)) {
      throw new RequestsException(
        RequestsErrorReason.UNKNOWN_REFERENCE,
        `There is no field office "${input.fieldOfficeCode}".`,
        'fieldOfficeCode',
        { fieldOfficeCode: input.fieldOfficeCode },
      );
    }
    return input.fieldOfficeCode;
  }
  return found.states.get(input.stateIso3) ?? null;
}

/** A kind of help that needs a topic (training on what?) names one. */
export function checkTopic(input: Pick<LogAssistanceRequestInput, 'kind' | 'topics'>): void {
  if (requiresTopic(input.kind) && input.topics.length === 0) {
    throw new RequestsException(
      RequestsErrorReason.INVALID_INPUT,
      `A request for ${input.kind} must name at least one topic.`,
      'topics',
    );
  }
}
