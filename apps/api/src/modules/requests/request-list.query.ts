import type { ObjectLiteral } from 'typeorm';
import { keysetCondition, type KeysetOrder } from '../../infra/database/keyset.js';
import { CLOSED_STATUSES_SQL } from '../../infra/database/rows.js';
import type { SqlCondition } from '../../infra/database/sql-condition.js';
import { ConditionRecorder, parameterShape } from '../../infra/database/statements.js';
import { pageSize } from '../../infra/graphql/pagination.js';
import { escapeLike } from '../reference/reference.service.js';
import { partyCondition } from '../treaties/party-condition.query.js';
import {
  OrderDirection,
  type AssistanceRequestFilter,
  type AssistanceRequestOrder,
  type TreatyStatusFilter,
} from './dto/assistance-request.filter.js';
import type { RequestStatusChangeEntity } from './entities/request-status-change.entity.js';
import { ORDER_EXPRESSIONS } from './rules/order.js';

/**
 * The requests list's SQL, composed but never run (docs/architecture.md: `*.query.ts`): what a page includes and
 * how its histories are built, the filter's conditions (`applyFilter`, for the query builder and for the plan's
 * recorder alike), the counted total's conditions, the keyset order, and `listPlan` (the key a page's compiled
 * statement is kept under). `RequestsRepository` builds and runs the statements from these.
 */
/**
 * What a page of requests fetches besides the requests, looked ahead from the query (see
 * `RequestsRepository.list`).
 */
export interface RequestPageIncludes {
  /**
   * The columns of each request, State and priority area the query reads (`columnsFor`); absent or `null`: every
   * column.
   */
  columns?: {
    request: readonly string[] | null;
    state: readonly string[] | null;
    priorityArea: readonly string[] | null;
  };
  /** The total of the filter (a scalar subquery in the page's statement). */
  totalCount: boolean;
  /**
   * The page's `pageInfo`: each row's cursor and one row more than asked (`keysetQueries`). Absent: `true`; `false`
   * for a query that reads no `pageInfo`, whose page is then only the rows asked for.
   */
  pageInfo?: boolean;
  /** Each request's State (reference's `state`, joined). */
  state: boolean;
  /** Each request's priority area (reference's `priority_area`, joined). */
  priorityArea: boolean;
  /**
   * Each request's history, oldest first (a JSON array per row, as PostGraphile fetches a to-many relation): `true`
   * for every field of an entry, or the fields asked for (look-ahead; the others are left out of the JSON).
   */
  history?: boolean | readonly string[];
}

/** Whether a page fetches each row's cursor and one row more than asked (`include.pageInfo`: absent means yes). */
export function wantsCursors(include: Pick<RequestPageIncludes, 'pageInfo'>): boolean {
  return include.pageInfo !== false;
}

/**
 * An entry of a request's history as a page reads it: what the API answers of an entry, under the API's names,
 * its moment already written as the DateTime scalar writes it (ISO 8601 in UTC, to the millisecond). Only the
 * fields the query asked for are there when `include.history` listed them (`historyJson`).
 */
export interface PageStatusChange {
  from: RequestStatusChangeEntity['fromStatus'];
  to: RequestStatusChangeEntity['toStatus'];
  at: string;
  by: string;
  reason: string | null;
  mergedFromId: string | null;
}

/** How each field of an entry is read in SQL, in the API's order (`at` as `Date#toISOString` writes it). */
const HISTORY_FIELDS: ReadonlyArray<readonly [keyof PageStatusChange, string]> = [
  ['from', 'h.from_status'],
  ['to', 'h.to_status'],
  ['at', `to_char(h.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`],
  ['by', 'h.by'],
  ['reason', 'h.reason'],
  ['mergedFromId', 'h.merged_from_id'],
];

/** Whether a page's histories carry this field of an entry (`include.history`: all, none, or those listed). */
export function historyHas(history: RequestPageIncludes['history'], field: keyof PageStatusChange): boolean {
  return Array.isArray(history) ? (history as readonly string[]).includes(field) : history === true;
}

/**
 * A request's history as one JSON array (for a page's statement; `historyOf` reads the same entries), made in
 * PostgreSQL as the page answers it: only the fields the API answers — and of those only the ones the query asks
 * for, when it says (`include.history` as a list) — `at` as `Date#toISOString` writes it (milliseconds truncated,
 * as the driver's Date keeps them), so the API parses it once and passes it through, instead of parsing every
 * field, making a Date of each moment and writing it back (a third of a page of histories' CPU, issue 12). An
 * entry asked for none of them (only `__typename`) is an empty object: the array still has one per move.
 */
export function historyJson(fields: boolean | readonly string[]): string {
  const asked = fields === true || fields === false ? null : new Set(fields);
  const pairs = HISTORY_FIELDS.filter(([name]) => asked === null || asked.has(name))
    .map(([name, sql]) => `'${name}', ${sql}`)
    .join(', ');
  return `(SELECT COALESCE(json_agg(json_build_object(${pairs}) ORDER BY h.at, h.id), '[]')
  FROM request_status_change h WHERE h.request_id = r.id)`;
}

export const EVERY_REQUEST_INCLUDE: RequestPageIncludes = { totalCount: true, state: true, priorityArea: true };

/**
 * Per field of the filter, whether `request_count` (kept by State, through it the region, and status) can total
 * it: `true` only for a field whose `applyFilter` condition `countedTotal` repeats on the counts. Every field is
 * listed, so a new one fails to compile until someone decides; a field set to `false` sends any filter that uses
 * it to the `count(*)` of the rows (the spec tries each).
 */
export const COUNTED: Record<keyof AssistanceRequestFilter, boolean> = {
  stateIso3: true,
  region: true,
  status: true,
  open: true,
  kind: false,
  priorityAreaCode: false,
  topic: false,
  receivedFrom: false,
  receivedTo: false,
  search: false,
  answered: false,
  workshopId: false,
  sourceParagraph: false,
  partyTo: false,
  notPartyTo: false,
};

/** Whether a filter's field filters nothing, exactly as `applyFilter` reads it. */
function inactive(field: string, value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return field === 'search' && typeof value === 'string' && value.trim() === '';
}

/** Whether the counts kept per State and status can total this filter (see `COUNTED`). */
export function countable(f: AssistanceRequestFilter): boolean {
  return Object.entries(f).every(
    ([field, value]) => COUNTED[field as keyof AssistanceRequestFilter] || inactive(field, value),
  );
}

/** `countedTotal`'s conditions on `request_count rc` (and `state rcs` for a region). */
export function countedConditions(q: ConditionTarget, f: AssistanceRequestFilter): void {
  if (f.stateIso3?.length)
    q.andWhere('rc.state_iso3 IN (:...countStates)', { countStates: f.stateIso3.map((s) => s.toUpperCase()) });
  if (f.region?.length) q.andWhere(regionCondition('rcs', 'countRegions'), { countRegions: f.region });
  if (f.status?.length) q.andWhere('rc.status IN (:...countStatuses)', { countStatuses: f.status });
  if (f.open === true) q.andWhere(`rc.status NOT IN ${CLOSED_STATUSES_SQL}`);
  if (f.open === false) q.andWhere(`rc.status IN ${CLOSED_STATUSES_SQL}`);
}

export function keysetOrderOf(order: AssistanceRequestOrder): KeysetOrder {
  const { expr, cast } = ORDER_EXPRESSIONS[order.field];
  return {
    expr,
    cast,
    direction: order.direction === OrderDirection.ASC ? 'ASC' : 'DESC',
    idExpr: 'r.id',
    idCast: 'uuid',
  };
}

/**
 * The treaty-status filter (partyTo / notPartyTo) of the requests `r`, for the list's query builder and the counts'
 * plain SQL alike: `bind` gives the value its placeholder in the caller's query. The party rule is the treaties
 * module's (partyCondition).
 */
export function treatyStatusConditions(
  f: TreatyStatusFilter,
  bind: (name: 'partyTo' | 'notPartyTo', value: string) => string,
): string[] {
  const conditions: string[] = [];
  if (f.partyTo) conditions.push(partyCondition('r.state_iso3', bind('partyTo', f.partyTo.toUpperCase()), true));
  if (f.notPartyTo)
    conditions.push(partyCondition('r.state_iso3', bind('notPartyTo', f.notPartyTo.toUpperCase()), false));
  return conditions;
}

/**
 * The region filter on the States `alias`: a name matches a State's region, sub-region or intermediate region (the
 * filter offers all three levels). One text for the list (`applyFilter`) and the counts' total (`countedTotal`), which
 * must agree; `param` is the list parameter's name.
 */
export function regionCondition(alias: string, param: string): string {
  return `(${alias}.region IN (:...${param}) OR ${alias}.subregion IN (:...${param}) OR ${alias}.intermediate_region IN (:...${param}))`;
}

/** What the filter functions ask of a query: a query builder, or a `ConditionRecorder` (see `listPlan`). */
export interface ConditionTarget {
  andWhere(condition: string, parameters?: ObjectLiteral): unknown;
  setParameter(name: string, value: unknown): unknown;
}

export function applyFilter(q: ConditionTarget, f: AssistanceRequestFilter, text: SqlCondition): void {
  if (f.stateIso3?.length)
    q.andWhere('r.state_iso3 IN (:...states)', { states: f.stateIso3.map((s) => s.toUpperCase()) });
  if (f.region?.length) q.andWhere(regionCondition('s', 'regions'), { regions: f.region });
  if (f.kind?.length) q.andWhere('r.kind IN (:...kinds)', { kinds: f.kind });
  if (f.status?.length) q.andWhere('r.status IN (:...statuses)', { statuses: f.status });
  if (f.priorityAreaCode?.length) q.andWhere('r.priority_area_code IN (:...areas)', { areas: f.priorityAreaCode });
  if (f.topic?.length) q.andWhere('r.topics && CAST(:topics AS text[])', { topics: f.topic });
  if (f.receivedFrom) q.andWhere('r.received_on >= :from', { from: f.receivedFrom });
  if (f.receivedTo) q.andWhere('r.received_on <= :to', { to: f.receivedTo });
  if (f.sourceParagraph) q.andWhere('r.source_paragraph = :para', { para: f.sourceParagraph });
  if (f.answered === true) q.andWhere('EXISTS (SELECT 1 FROM activity_request ar WHERE ar.request_id = r.id)');
  if (f.answered === false) q.andWhere('NOT EXISTS (SELECT 1 FROM activity_request ar WHERE ar.request_id = r.id)');
  if (f.workshopId) q.andWhere('r.workshop_id = :workshopId', { workshopId: f.workshopId });
  for (const condition of treatyStatusConditions(f, (name, value) => {
    q.setParameter(name, value);
    return `:${name}`;
  }))
    q.andWhere(condition);
  if (f.open === true) q.andWhere(`r.status NOT IN ${CLOSED_STATUSES_SQL}`);
  if (f.open === false) q.andWhere(`r.status IN ${CLOSED_STATUSES_SQL}`);
  const search = f.search?.trim();
  if (search) {
    // Written so each side can use its index: trigrams on the description, the State code on requests.
    const description =
      text.sql === 'TRUE' ? 'r.description ILIKE :like' : `(r.description ILIKE :like AND ${text.sql})`;
    q.andWhere(
      `(${description} OR r.state_iso3 = ANY (ARRAY(
         SELECT iso3 FROM state WHERE name_en ILIKE :like OR name_fr ILIKE :like OR name_es ILIKE :like)))`,
      { like: `%${escapeLike(search)}%`, ...text.params },
    );
  }
}

/**
 * What decides a page's statement, worked out without a query builder: the filter's conditions and the counted
 * total's as texts (recorded from `applyFilter` and `countedConditions`, the functions that build them), the cursor
 * condition's presence, the order, the page size, what is included, and which parameters there are with the
 * length of each list (`parameterShape`) — the key under which `RequestsRepository.list` keeps the statement it
 * compiled from the builder — and the parameters that bind it.
 */
export function listPlan(
  filter: AssistanceRequestFilter,
  order: AssistanceRequestOrder,
  first: number | null | undefined,
  after: string | null | undefined,
  text: SqlCondition,
  include: RequestPageIncludes,
): { key: string; parameters: ObjectLiteral; limit: number } {
  const where = new ConditionRecorder();
  applyFilter(where, filter, text);
  const counted = include.totalCount && countable(filter) ? new ConditionRecorder() : null;
  if (counted) countedConditions(counted, filter);
  const cursor = keysetCondition(keysetOrderOf(order), after);
  const limit = pageSize(first);
  const parameters = { ...where.parameters, ...counted?.parameters, ...cursor?.parameters };
  const key = JSON.stringify([
    where.conditions,
    counted?.conditions ?? null,
    cursor !== null,
    order.field,
    order.direction,
    limit,
    include.totalCount,
    wantsCursors(include),
    include.state,
    include.priorityArea,
    Array.isArray(include.history) ? [...(include.history as readonly string[])].sort() : include.history === true,
    include.columns ?? null,
    parameterShape(parameters),
  ]);
  return { key, parameters, limit };
}
