import { CLOSED_STATUSES_SQL } from '../../../infra/database/rows.js';
import { isOpen, type AssistanceKind, type RequestStatus } from '@ta/domain';

export interface DuplicateCandidate {
  id: string;
  stateIso3: string;
  kind: AssistanceKind;
  topics: readonly string[];
  status: RequestStatus;
}

/**
 * Two requests are the same need when they come from the same State, ask for the same kind of help and
 * share a topic (or both name none), and the other one is still open. The SQL in
 * `RequestsRepository.duplicatesOf` applies exactly this rule; its integration test checks they agree.
 */
export function isDuplicate(of: DuplicateCandidate, other: DuplicateCandidate): boolean {
  if (of.id === other.id || !isOpen(other.status)) return false;
  if (of.stateIso3 !== other.stateIso3 || of.kind !== other.kind) return false;
  if (of.topics.length === 0 && other.topics.length === 0) return true;
  return of.topics.some((t) => other.topics.includes(t));
}

export const DUPLICATE_SQL = `
  b.state_iso3 = a.state_iso3 AND b.kind = a.kind AND b.id <> a.id
  AND b.status NOT IN ${CLOSED_STATUSES_SQL}
  AND (b.topics && a.topics OR (cardinality(a.topics) = 0 AND cardinality(b.topics) = 0))`;
