import { checkMove, mayEditActivity, REASON_REQUIRED, type ActivityStatus, type RequestStatus } from '@ta/domain';
import type { Problems } from '../../forms';

/*
 * The pure rules of triage in the web client: which moves to offer, whether a reason is needed (the rule
 * kernel's `checkMove`), what linking an activity will do, which status a group of rows may move to together.
 * The API still has the last word on each record (its `allowedMoves` and its refusals).
 */

export interface MoveValues {
  to: RequestStatus | '';
  reason: string;
}

/** Whether this move must say why (the kernel's `REASON_REQUIRED`). */
export const needsReason = (to: RequestStatus | ''): boolean => to !== '' && REASON_REQUIRED.includes(to);

/** The move's problems as the user types: a status among those the API allows, and a reason when required. */
export function validateRequestMove(
  from: RequestStatus,
  allowed: readonly RequestStatus[],
  values: MoveValues,
): Problems {
  const problems: Problems = {};
  if (!values.to) {
    problems.to = { key: 'validation.moveRequired' };
    return problems;
  }
  if (!allowed.includes(values.to)) {
    problems.to = { key: 'validation.requestMoveNotAllowed' };
    return problems;
  }
  const check = checkMove(from, values.to, values.reason);
  if (!check.ok && check.problem === 'REASON_REQUIRED') {
    problems.reason = { key: 'validation.requestReasonRequired' };
  }
  return problems;
}

/** What linking the request to an activity does, as a `triage.linkEffect.*` key (the API moves ACCEPTED → PLANNED). */
export type LinkEffect = 'toPlanned' | 'staysUntilAccepted' | 'unchanged' | 'refused';
export function linkEffect(status: RequestStatus): LinkEffect {
  if (status === 'ACCEPTED') return 'toPlanned';
  if (status === 'RECEIVED' || status === 'UNDER_REVIEW') return 'staysUntilAccepted';
  if (status === 'DECLINED' || status === 'WITHDRAWN') return 'refused';
  return 'unchanged';
}

/** The statuses every selected row may move to now (the API's `allowedMoves` of each), in the first row's order. */
export function commonMoves(rows: readonly { allowedMoves: readonly RequestStatus[] }[]): RequestStatus[] {
  const [first, ...rest] = rows;
  if (!first) return [];
  return first.allowedMoves.filter((to) => rest.every((row) => row.allowedMoves.includes(to)));
}

/** One row's outcome in a bulk move. */
export type BulkOutcome =
  { id: string; moved: true; status: RequestStatus } | { id: string; moved: false; message: string };

/** Runs the moves one by one (each row keeps its own version check), collecting what happened to each. */
export async function moveEach<R extends { id: string }>(
  rows: readonly R[],
  move: (row: R) => Promise<RequestStatus>,
  sayRefusal: (error: unknown) => string,
): Promise<BulkOutcome[]> {
  const outcomes: BulkOutcome[] = [];
  for (const row of rows) {
    try {
      outcomes.push({ id: row.id, moved: true, status: await move(row) });
    } catch (error) {
      outcomes.push({ id: row.id, moved: false, message: sayRefusal(error) });
    }
  }
  return outcomes;
}

export interface MergeValues {
  keepId: string;
  reason: string;
}

/** The merge form: one of the two requests is kept, and the merge says why. */
export function validateMerge(ids: readonly string[], values: MergeValues): Problems {
  const problems: Problems = {};
  if (!ids.includes(values.keepId)) problems.keepId = { key: 'validation.mergeKeepRequired' };
  if (!values.reason.trim()) problems.reason = { key: 'validation.mergeReasonRequired' };
  return problems;
}

/** Whether an error from the API is a stale version (someone else changed the record first). */
export function isStaleVersion(problems: readonly { reason?: string }[]): boolean {
  return problems.some((p) => p.reason === 'STALE_VERSION');
}

/** The first words of a long text (an activity's description in a picker), cut at a word. */
export function shortText(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/**
 * The picker's list: the API's suggestions first (in its order, with their score and reasons), then the other
 * activities of the request's area; never one already linked, finished (completed or cancelled: the API refuses
 * the link, ACTIVITY_CLOSED — mayEditActivity of @ta/domain), or listed twice.
 */
export function linkChoices<A extends { id: string; status: string }, S extends { activity: A }>(
  suggestions: readonly S[],
  others: readonly A[],
  linkedIds: readonly string[],
): { activity: A; suggestion: S | null }[] {
  const seen = new Set(linkedIds);
  const out: { activity: A; suggestion: S | null }[] = [];
  const add = (activity: A, suggestion: S | null) => {
    if (seen.has(activity.id) || !mayEditActivity(activity.status as ActivityStatus)) return;
    seen.add(activity.id);
    out.push({ activity, suggestion });
  };
  for (const s of suggestions) add(s.activity, s);
  for (const a of others) add(a, null);
  return out;
}
