import { SqlArg, SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import { Injectable } from '@nestjs/common';
import type { AssistanceKind, RequestStatus } from '@ta/domain';
import {
  DataSource,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
  type SelectQueryBuilder,
} from 'typeorm';
import { selection } from '../../infra/database/columns.js';
import { isUuid } from '../../infra/database/ids.js';
import { pageSize } from '../../infra/graphql/pagination.js';
import {
  bindStatement,
  compileStatement,
  ConditionRecorder,
  parameterShape,
  runStatement,
  type CompiledStatement,
} from '../../infra/database/statements.js';
import {
  builtSql,
  keysetCondition,
  keysetConnection,
  keysetQueries,
  runKeysetQueriesRaw,
  withKeysetTotal,
  type KeysetOrder,
  type KeysetQueries,
  type KeysetRaw,
  type MaybeCounted,
} from '../../infra/database/keyset.js';
import { CLOSED_STATUSES_SQL, lockForUpdate, rawMapper, updateIfVersion } from '../../infra/database/rows.js';
import type { SqlCondition } from '../../infra/database/sql-condition.js';
import { PriorityAreaEntity } from '../reference/entities/priority-area.entity.js';
import { StateEntity } from '../reference/entities/state.entity.js';
import { escapeLike } from '../reference/reference.service.js';
import {
  AssistanceRequestOrderField,
  OrderDirection,
  type AssistanceRequestFilter,
  type AssistanceRequestOrder,
  type TreatyStatusFilter,
} from './dto/assistance-request.filter.js';
import { AssistanceRequestEntity } from './entities/assistance-request.entity.js';
import { RequestStatusChangeEntity } from './entities/request-status-change.entity.js';
import { RequestCountDimension, type RequestCountFilter, type RequestCountRow } from './models/request-count.model.js';
import { RequestsException } from './requests.exception.js';
import { DUPLICATE_SQL, type DuplicateCandidate } from './rules/duplicates.js';
import { ORDER_EXPRESSIONS } from './rules/order.js';
import { partyCondition } from '../treaties/party-condition.query.js';

export const DEFAULT_REQUEST_ORDER: AssistanceRequestOrder = {
  field: AssistanceRequestOrderField.RECEIVED_ON,
  direction: OrderDirection.DESC,
};

/** A request's open duplicate, with the request it duplicates. */
export interface DuplicateRow {
  sourceId: string;
  request: AssistanceRequestEntity;
}

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

/** A page of requests, with the States, priority areas and histories of its rows when they were asked for. */
export interface RequestPage {
  /** Its `totalCount` only when `include.totalCount` asked for it. */
  page: MaybeCounted<AssistanceRequestEntity>;
  states: StateEntity[];
  priorityAreas: PriorityAreaEntity[];
  /** Each request's history by its id, when asked for. */
  histories: Map<string, PageStatusChange[]>;
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

/** A new entry of a request's history. */
export type NewStatusChange = Omit<RequestStatusChangeEntity, 'id'>;

/**
 * The list query of requests, built but not run: the filter, the order (with the id to break ties), a keyset
 * cursor and the total (`countedTotal` when the counts kept per State and status give it, and `withTotal`: the
 * list asks only when the page's total is read). `text` is the access policy's "may read this request's text"
 * condition on alias `r`: free text searches only descriptions the reader may read. Exported so the benchmark
 * EXPLAINs this very SQL.
 *
 * Joins another module's tables: `state` (reference; only when the filter or the order needs it, along a
 * foreign key, so it never changes which requests match; and the State-name search) and `activity_request`
 * (programme; the `answered` filter).
 */
export function requestListQueries(
  manager: EntityManager,
  filter: AssistanceRequestFilter,
  order: AssistanceRequestOrder,
  first: number | null | undefined,
  after: string | null | undefined,
  text: SqlCondition,
  columns: readonly string[] | null = null,
  withTotal = true,
): KeysetQueries<AssistanceRequestEntity> {
  const q = manager.getRepository(AssistanceRequestEntity).createQueryBuilder('r').select(selection('r', columns));
  if (filter.region?.length || order.field === AssistanceRequestOrderField.STATE) {
    q.innerJoin('state', 's', 's.iso3 = r.state_iso3');
  }
  applyFilter(q, filter, text);
  const queries = keysetQueries(q, keysetOrderOf(order), first, after);
  const counted = withTotal ? countedTotal(manager, filter) : null;
  if (!counted) return queries;
  // The total rides in the page's statement (runKeysetQueriesRaw) and is bound with the page's parameters: its
  // own, under names of its own, so it never reads one of the page's by a shared name.
  queries.page.setParameters(counted.getParameters());
  return { ...queries, count: counted };
}

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

/**
 * The total of a filter of only State, region, status and open, summed from the counts triggers keep per State
 * and status (`request_count`, migration 1764378100000) instead of counting every matching request; `null` for
 * any other filter, whose total stays the `count(*)` of the list's own query. Same conditions as `applyFilter`,
 * on parameters named apart from the list's (`count…`: the page's statement binds both). Without a search, the
 * access policy's `text` condition plays no part in the list, so none here either.
 */
export function countedTotal(
  manager: EntityManager,
  f: AssistanceRequestFilter,
): SelectQueryBuilder<AssistanceRequestEntity> | null {
  if (!countable(f)) return null;
  const q = manager
    .createQueryBuilder()
    .select('COALESCE(sum(rc.n), 0)::int', 'n')
    .from('request_count', 'rc') as SelectQueryBuilder<AssistanceRequestEntity>;
  if (f.region?.length) q.innerJoin('state', 'rcs', 'rcs.iso3 = rc.state_iso3');
  countedConditions(q, f);
  return q;
}

/** Whether the counts kept per State and status can total this filter (see `COUNTED`). */
function countable(f: AssistanceRequestFilter): boolean {
  return Object.entries(f).every(
    ([field, value]) => COUNTED[field as keyof AssistanceRequestFilter] || inactive(field, value),
  );
}

/** `countedTotal`'s conditions on `request_count rc` (and `state rcs` for a region). */
function countedConditions(q: ConditionTarget, f: AssistanceRequestFilter): void {
  if (f.stateIso3?.length)
    q.andWhere('rc.state_iso3 IN (:...countStates)', { countStates: f.stateIso3.map((s) => s.toUpperCase()) });
  if (f.region?.length) q.andWhere(regionCondition('rcs', 'countRegions'), { countRegions: f.region });
  if (f.status?.length) q.andWhere('rc.status IN (:...countStatuses)', { countStatuses: f.status });
  if (f.open === true) q.andWhere(`rc.status NOT IN ${CLOSED_STATUSES_SQL}`);
  if (f.open === false) q.andWhere(`rc.status IN ${CLOSED_STATUSES_SQL}`);
}

/**
 * The list's total as `count(*)` of its own query, whatever the filter: what `countedTotal` must always equal
 * (the drift spec compares them).
 */
export function countedByRows(
  manager: EntityManager,
  filter: AssistanceRequestFilter,
  text: SqlCondition,
): SelectQueryBuilder<AssistanceRequestEntity> {
  const q = manager.getRepository(AssistanceRequestEntity).createQueryBuilder('r').select('count(*)::int', 'n');
  if (filter.region?.length) q.innerJoin('state', 's', 's.iso3 = r.state_iso3');
  applyFilter(q, filter, text);
  return q;
}

function keysetOrderOf(order: AssistanceRequestOrder): KeysetOrder {
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
function treatyStatusConditions(
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
function regionCondition(alias: string, param: string): string {
  return `(${alias}.region IN (:...${param}) OR ${alias}.subregion IN (:...${param}) OR ${alias}.intermediate_region IN (:...${param}))`;
}

/** What the filter functions ask of a query: a query builder, or a `ConditionRecorder` (see `listPlan`). */
interface ConditionTarget {
  andWhere(condition: string, parameters?: ObjectLiteral): unknown;
  setParameter(name: string, value: unknown): unknown;
}

function applyFilter(q: ConditionTarget, f: AssistanceRequestFilter, text: SqlCondition): void {
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
    include.state,
    include.priorityArea,
    Array.isArray(include.history) ? [...(include.history as readonly string[])].sort() : include.history === true,
    include.columns ?? null,
    parameterShape(parameters),
  ]);
  return { key, parameters, limit };
}

/** Shapes of the list kept at most (filters × orders × inclusions seen; forgotten together beyond). */
const LIST_STATEMENTS_LIMIT = 500;

/** A raw row of a page: the request's, State's and area's columns, the keyset's, and the history when asked for. */
type PageRow = KeysetRaw & {
  r_id: string;
  history_json?: PageStatusChange[] | null;
};

/** The requests module's SQL: assistance_request and request_status_change. */
@Injectable()
export class RequestsRepository {
  /** The list's compiled statements by `listPlan` key (`null`: a shape whose plan does not fit its builder). */
  private readonly listStatements = new Map<string, CompiledStatement | null>();

  constructor(private readonly dataSource: DataSource) {}

  private manager(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  // ---------------------------------------------------------------- reads

  /**
   * A page of requests (see `requestListQueries`) in ONE statement: the rows, the total (a scalar subquery, only
   * when asked for: summed from `request_count` when the filter is only of State, region, status and open, see
   * `countedTotal`; else the `count(*)` of the filter) and, when asked for, each row's State and priority area
   * joined along their foreign keys (reference's `state` and `priority_area`: a to-one join per row instead of a
   * statement per relation).
   * Raw rows, not hydrated by TypeORM: a read path, and the page's objects are made once here.
   */
  @SqlSnapshot(
    {
      name: 'first page, newest first',
      args: [{}, { field: 'RECEIVED_ON', direction: 'DESC' }, 50, null, { sql: 'TRUE', params: {} }],
    },
    {
      name: 'first page with its total, States and priority areas (the requests page)',
      args: [
        {},
        { field: 'RECEIVED_ON', direction: 'DESC' },
        50,
        null,
        { sql: 'TRUE', params: {} },
        { totalCount: true, state: true, priorityArea: true },
      ],
    },
    {
      name: 'open requests of a region with their total, summed from the counts kept per State and status',
      args: [
        { region: ['Africa'], open: true },
        { field: 'RECEIVED_ON', direction: 'DESC' },
        50,
        null,
        { sql: 'TRUE', params: {} },
        { totalCount: true, state: false, priorityArea: false },
      ],
    },
    {
      name: 'a total the counts are not kept by (kind): counted from the requests',
      args: [
        { kind: ['TRAINING'], status: ['RECEIVED'] },
        { field: 'RECEIVED_ON', direction: 'DESC' },
        50,
        null,
        { sql: 'TRUE', params: {} },
        { totalCount: true, state: false, priorityArea: false },
      ],
    },
    {
      name: 'the columns asked for, with the names and histories (a page of requests with their history)',
      args: [
        {},
        { field: 'RECEIVED_ON', direction: 'DESC' },
        50,
        null,
        { sql: 'TRUE', params: {} },
        {
          totalCount: false,
          state: true,
          priorityArea: false,
          history: true,
          columns: {
            request: ['id', 'kind', 'confidential', 'stateIso3'],
            state: ['iso3', 'nameEn'],
            priorityArea: null,
          },
        },
      ],
    },
    {
      name: 'a page of requests with only the fields of their history asked for (to, at, by)',
      args: [
        {},
        { field: 'RECEIVED_ON', direction: 'DESC' },
        50,
        null,
        { sql: 'TRUE', params: {} },
        {
          totalCount: false,
          state: false,
          priorityArea: false,
          history: ['to', 'at', 'by'],
          columns: { request: ['id'], state: null, priorityArea: null },
        },
      ],
    },
    {
      name: 'search and region by State, as a field office reads it',
      args: [
        { search: 'training', region: ['Africa'] },
        { field: 'STATE', direction: 'ASC' },
        20,
        null,
        {
          sql: '(NOT r.confidential OR r.state_iso3 = ANY (CAST(:policyReadableStates AS text[])))',
          params: { policyReadableStates: ['SEN'] },
        },
      ],
    },
  )
  async list(
    filter: AssistanceRequestFilter,
    order: AssistanceRequestOrder,
    first: number | null | undefined,
    after: string | null | undefined,
    text: SqlCondition,
    include: RequestPageIncludes = { totalCount: true, state: false, priorityArea: false },
  ): Promise<RequestPage> {
    const plan = listPlan(filter, order, first, after, text, include);
    const mapper = rawMapper<AssistanceRequestEntity>(this.dataSource.getMetadata(AssistanceRequestEntity), 'r');
    const compiled = this.listStatements.get(plan.key);
    if (compiled) {
      // The statement of this shape is known: bound and run, with no query builder made (issue 12).
      const raw = await runStatement<PageRow>(this.dataSource, compiled.text, bindStatement(compiled, plan.parameters));
      const { connection, rows } = await keysetConnection(raw, plan.limit, include.totalCount, mapper, async () => {
        const { count } = this.listQueries(filter, order, first, after, text, include);
        return (await count.getRawOne<{ n: number }>())?.n ?? 0;
      });
      return this.pageOf(connection, rows, include);
    }
    const queries = this.listQueries(filter, order, first, after, text, include);
    if (compiled === undefined) {
      const statement = withKeysetTotal(
        { ...queries, page: queries.page.clone() },
        include.totalCount,
      ) as SelectQueryBuilder<ObjectLiteral>;
      // Kept only if the plan's parameters are the builder's, name for name and list for list: then the plan's
      // values bind the statement exactly as the builder's would.
      const fits = parameterShape(statement.getParameters()) === parameterShape(plan.parameters);
      if (this.listStatements.size >= LIST_STATEMENTS_LIMIT) this.listStatements.clear();
      this.listStatements.set(plan.key, fits ? compileStatement(statement, builtSql(statement)) : null);
    }
    const { connection, rows } = await runKeysetQueriesRaw<PageRow, AssistanceRequestEntity>(
      queries,
      include.totalCount,
      mapper,
    );
    return this.pageOf(connection, rows, include);
  }

  /** The list's statements through TypeORM's query builder, with the joins and columns `include` asks for. */
  private listQueries(
    filter: AssistanceRequestFilter,
    order: AssistanceRequestOrder,
    first: number | null | undefined,
    after: string | null | undefined,
    text: SqlCondition,
    include: RequestPageIncludes,
  ): KeysetQueries<AssistanceRequestEntity> {
    const { columns } = include;
    const queries = requestListQueries(
      this.manager(),
      filter,
      order,
      first,
      after,
      text,
      columns?.request,
      include.totalCount,
    );
    if (include.state) {
      queries.page.leftJoin(StateEntity, 'rs', 'rs.iso3 = r.state_iso3').addSelect(selection('rs', columns?.state));
    }
    if (include.priorityArea) {
      queries.page
        .leftJoin(PriorityAreaEntity, 'rp', 'rp.code = r.priority_area_code')
        .addSelect(selection('rp', columns?.priorityArea));
    }
    if (include.history) queries.page.addSelect(historyJson(include.history), 'history_json');
    return queries;
  }

  /** A page from its connection and raw rows: each State and area once, the histories by request. */
  private pageOf(
    connection: MaybeCounted<AssistanceRequestEntity>,
    rows: PageRow[],
    include: RequestPageIncludes,
  ): RequestPage {
    // Each State and area once, made from the first row that joined it (a page of one State: one object, not 50).
    const distinct = <T>(entity: EntityTarget<T>, alias: string, key: string): T[] => {
      const make = rawMapper<T>(this.dataSource.getMetadata(entity), alias);
      const found = new Map<unknown, T>();
      for (const row of rows) {
        const value = (row as unknown as Record<string, unknown>)[`${alias}_${key}`];
        if (value !== null && value !== undefined && !found.has(value)) found.set(value, make(row));
      }
      return [...found.values()];
    };
    return {
      page: connection,
      states: include.state ? distinct(StateEntity, 'rs', 'iso3') : [],
      priorityAreas: include.priorityArea ? distinct(PriorityAreaEntity, 'rp', 'code') : [],
      histories: new Map(include.history ? rows.map((row) => [row.r_id, row.history_json ?? []]) : []),
    };
  }

  findById(id: string, tx?: EntityManager): Promise<AssistanceRequestEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.manager(tx).findOneBy(AssistanceRequestEntity, { id });
  }

  /**
   * Those of these requests that a list with this filter would show (the live events' check, with the list's own
   * conditions; `text` as in `list`).
   */
  async matching(
    ids: readonly string[],
    filter: AssistanceRequestFilter,
    text: SqlCondition,
  ): Promise<AssistanceRequestEntity[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    const q = this.manager().getRepository(AssistanceRequestEntity).createQueryBuilder('r');
    if (filter.region?.length) q.innerJoin('state', 's', 's.iso3 = r.state_iso3');
    q.where('r.id IN (:...matchIds)', { matchIds: valid });
    applyFilter(q, filter, text);
    return q.getMany();
  }

  /** The request a row of the demo data (or an import) was loaded as, by its stable key. */
  findByExternalRef(externalRef: string, tx?: EntityManager): Promise<AssistanceRequestEntity | null> {
    return this.manager(tx).findOneBy(AssistanceRequestEntity, { externalRef });
  }

  async findByIds(ids: readonly string[]): Promise<AssistanceRequestEntity[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    return this.manager()
      .getRepository(AssistanceRequestEntity)
      .createQueryBuilder('r')
      .where('r.id IN (:...ids)', { ids: valid })
      .getMany();
  }

  /** The requests raised as follow-up needs by each of these workshops, oldest first (an outcome's follow-ups). */
  async findByWorkshopIds(workshopIds: readonly string[]): Promise<AssistanceRequestEntity[]> {
    const valid = workshopIds.filter(isUuid);
    if (valid.length === 0) return [];
    return this.manager()
      .getRepository(AssistanceRequestEntity)
      .createQueryBuilder('r')
      .where('r.workshop_id IN (:...ids)', { ids: valid })
      .orderBy('r.created_at')
      .getMany();
  }

  /** The open duplicates of each request (rules/duplicates.ts), in one query. */
  @SqlSnapshot([[SqlArg.UUID]])
  async duplicatesOf(ids: readonly string[], tx?: EntityManager): Promise<DuplicateRow[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    const { entities, raw } = await this.manager(tx)
      .getRepository(AssistanceRequestEntity)
      .createQueryBuilder('b')
      .innerJoin(AssistanceRequestEntity, 'a', DUPLICATE_SQL)
      .addSelect('a.id', 'source_id')
      .where('a.id = ANY (CAST(:ids AS uuid[]))', { ids: valid })
      .orderBy('b.received_on', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .getRawAndEntities<{ source_id: string; b_id: string }>();
    // One entity per request even when it duplicates several of the batch; the raw rows keep each pair.
    const byId = new Map(entities.map((e) => [e.id, e]));
    return raw.map((row) => ({ sourceId: row.source_id, request: byId.get(row.b_id)! }));
  }

  /**
   * The open requests of these States, as the duplicate rule (rules/duplicates.ts) compares them: for an import's
   * dry run, which checks thousands of rows against them in memory rather than a query per row.
   */
  async openCandidatesOfStates(states: readonly string[]): Promise<DuplicateCandidate[]> {
    if (states.length === 0) return [];
    const rows: Array<{
      id: string;
      state_iso3: string;
      kind: AssistanceKind;
      topics: string[];
      status: RequestStatus;
    }> = await this.manager().query(
      `SELECT id, state_iso3, kind, topics, status FROM assistance_request
          WHERE state_iso3 = ANY($1::text[]) AND status NOT IN ${CLOSED_STATUSES_SQL}
          ORDER BY received_on, id`,
      [states],
    );
    return rows.map((r) => ({ id: r.id, stateIso3: r.state_iso3, kind: r.kind, topics: r.topics, status: r.status }));
  }

  /**
   * The history of each of these requests, oldest first, in one statement: plain SQL naming the entity's
   * properties, as a read path needs no hydration (a page's 50 histories were a fifth of its CPU in TypeORM's).
   */
  @SqlSnapshot([[SqlArg.UUID]])
  historyOf(ids: readonly string[]): Promise<RequestStatusChangeEntity[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT id, request_id AS "requestId", from_status AS "fromStatus", to_status AS "toStatus", at, by,
              by_id AS "byId", reason, merged_from_id AS "mergedFromId"
         FROM request_status_change
        WHERE request_id = ANY ($1::uuid[])
        ORDER BY at, id`,
      [valid],
    );
  }

  /**
   * Counts of requests grouped by the given dimensions, in one statement: counted first per State on the
   * requests alone (index-only), then joined to the States (reference's `state` table) for their region: one
   * join per State and group rather than per request.
   */
  @SqlSnapshot({ name: 'region × year, open', args: [['REGION', 'YEAR'], { open: true }] })
  async counts(dims: readonly RequestCountDimension[], filter: RequestCountFilter): Promise<RequestCountRow[]> {
    const inner: Record<RequestCountDimension, string> = {
      PRIORITY_AREA: 'r.priority_area_code',
      STATUS: 'r.status',
      KIND: 'r.kind',
      REGION: 'r.state_iso3',
      STATE: 'r.state_iso3',
      YEAR: 'extract(year FROM r.received_on)::int',
    };
    const innerDims = [
      ...new Set(dims.map((d) => (d === RequestCountDimension.REGION ? RequestCountDimension.STATE : d))),
    ];
    const innerSelect = innerDims.map((d) => `${inner[d]} AS "${d}"`);
    const outer = dims.map((d) => (d === RequestCountDimension.REGION ? `s.region AS "REGION"` : `c."${d}"`));
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.priorityAreaCode?.length) {
      params.push(filter.priorityAreaCode);
      where.push(`r.priority_area_code = ANY ($${params.length})`);
    }
    if (filter.status?.length) {
      params.push(filter.status);
      where.push(`r.status = ANY ($${params.length})`);
    }
    if (filter.open === true) where.push(`r.status NOT IN ${CLOSED_STATUSES_SQL}`);
    if (filter.open === false) where.push(`r.status IN ${CLOSED_STATUSES_SQL}`);
    where.push(
      ...treatyStatusConditions(filter, (_name, value) => {
        params.push(value);
        return `$${params.length}`;
      }),
    );
    const groupInner = innerDims.length ? `GROUP BY ${innerDims.map((_, i) => i + 1).join(', ')}` : '';
    const positions = dims.map((_, i) => i + 1).join(', ');
    const groupOuter = dims.length ? `GROUP BY ${positions} ORDER BY ${positions}` : '';
    const sql = `SELECT ${[...outer, 'sum(c.n)::int AS count'].join(', ')}
                   FROM (SELECT ${[...innerSelect, 'count(*) AS n'].join(', ')}
                           FROM assistance_request r
                          ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                          ${groupInner}) c
                   ${dims.includes(RequestCountDimension.REGION) ? `JOIN state s ON s.iso3 = c."STATE"` : ''}
                  ${groupOuter}`;
    const rows: CountSqlRow[] = await this.dataSource.query(sql, params);
    return rows.map((row) => ({
      count: Number(row.count),
      priorityAreaCode: row.PRIORITY_AREA ?? null,
      status: row.STATUS ?? null,
      kind: row.KIND ?? null,
      region: row.REGION ?? null,
      stateIso3: row.STATE ?? null,
      year: row.YEAR ?? null,
    }));
  }

  // ---------------------------------------------------------------- writes (inside the caller's transaction)

  /** Locks a request for the rest of the transaction; NOT_FOUND (on `field`) when there is none. */
  lock(tx: EntityManager, id: string, field: string): Promise<AssistanceRequestEntity> {
    return lockForUpdate(tx, AssistanceRequestEntity, id, () => RequestsException.notFound(id, field));
  }

  /** Writes the change only if the request is still at the version read, and moves it to the next version. */
  updateIfVersion(
    tx: EntityManager,
    request: AssistanceRequestEntity,
    changes: Partial<AssistanceRequestEntity>,
  ): Promise<void> {
    return updateIfVersion(tx, AssistanceRequestEntity, request.id, request.version, changes, () =>
      RequestsException.stale(request.id, request.version, request.version + 1),
    );
  }

  /** The request logged with this idempotency key, if any. */
  findByIdempotencyKey(key: string, tx?: EntityManager): Promise<AssistanceRequestEntity | null> {
    return this.manager(tx).findOneBy(AssistanceRequestEntity, { idempotencyKey: key });
  }

  /**
   * Inserts a request and answers it as stored; null when its idempotency key is taken (by a concurrent
   * submission: the insert waits for that one to commit, then does nothing).
   */
  async insertOnce(
    tx: EntityManager,
    values: Omit<AssistanceRequestEntity, 'id'>,
  ): Promise<AssistanceRequestEntity | null> {
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(AssistanceRequestEntity)
      .values(values)
      .orIgnore()
      .returning('id')
      .execute();
    const id = (result.raw as Array<{ id: string }>)[0]?.id;
    return id ? tx.findOneByOrFail(AssistanceRequestEntity, { id }) : null;
  }

  /** Inserts many requests in one statement; answers their ids in the order given. */
  /**
   * Logs many requests, each with the first entry of its history, in one statement whatever their number (a bulk
   * import's batch): the ids are the caller's, every column as given, `topics` and `instruments` sent as array
   * literals (`pgTextArray`) since a column of arrays of different lengths cannot go through `unnest`.
   */
  async insertManyWithHistory(
    tx: EntityManager,
    rows: ReadonlyArray<{
      id: string;
      request: Omit<AssistanceRequestEntity, 'id'>;
      history: Omit<NewStatusChange, 'requestId'>;
    }>,
  ): Promise<void> {
    if (rows.length === 0) return;
    const col = <T>(f: (row: (typeof rows)[number]) => T): T[] => rows.map(f);
    await tx.query(
      `WITH logged AS (
         INSERT INTO assistance_request
           (id, state_iso3, priority_area_code, kind, topics, instruments, channel, received_on, description, status,
            source_paragraph, illustrative_note, logged_by, logged_by_id, confidential, field_office_code,
            merged_into_id, workshop_id, external_ref, idempotency_key, idempotency_hash, version, created_at,
            updated_at)
         SELECT u.id, u.state_iso3, u.priority_area_code, u.kind, u.topics::text[], u.instruments::text[], u.channel,
                u.received_on::date, u.description, u.status, u.source_paragraph, u.illustrative_note, u.logged_by,
                u.logged_by_id, u.confidential, u.field_office_code, u.merged_into_id, u.workshop_id, u.external_ref,
                u.idempotency_key, u.idempotency_hash, u.version, u.created_at, u.updated_at
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                       $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::uuid[], $15::boolean[],
                       $16::text[], $17::uuid[], $18::uuid[], $19::text[], $20::text[], $21::text[], $22::int[],
                       $23::timestamptz[], $24::timestamptz[])
                AS u (id, state_iso3, priority_area_code, kind, topics, instruments, channel, received_on, description,
                      status, source_paragraph, illustrative_note, logged_by, logged_by_id, confidential,
                      field_office_code, merged_into_id, workshop_id, external_ref, idempotency_key, idempotency_hash,
                      version, created_at, updated_at)
         RETURNING id)
       INSERT INTO request_status_change (request_id, from_status, to_status, at, by, by_id, reason, merged_from_id)
       SELECT h.request_id, h.from_status, h.to_status, h.at, h.by, h.by_id, h.reason, h.merged_from_id
         FROM unnest($1::uuid[], $25::text[], $26::text[], $27::timestamptz[], $28::text[], $29::uuid[], $30::text[],
                     $31::uuid[])
              AS h (request_id, from_status, to_status, at, by, by_id, reason, merged_from_id)
        WHERE h.request_id IN (SELECT id FROM logged)`,
      [
        col((r) => r.id),
        col((r) => r.request.stateIso3),
        col((r) => r.request.priorityAreaCode),
        col((r) => r.request.kind),
        col((r) => pgTextArray(r.request.topics)),
        col((r) => pgTextArray(r.request.instruments)),
        col((r) => r.request.channel),
        col((r) => r.request.receivedOn),
        col((r) => r.request.description),
        col((r) => r.request.status),
        col((r) => r.request.sourceParagraph),
        col((r) => r.request.illustrativeNote),
        col((r) => r.request.loggedBy),
        col((r) => r.request.loggedById),
        col((r) => r.request.confidential),
        col((r) => r.request.fieldOfficeCode),
        col((r) => r.request.mergedIntoId),
        col((r) => r.request.workshopId),
        col((r) => r.request.externalRef),
        col((r) => r.request.idempotencyKey),
        col((r) => r.request.idempotencyHash),
        col((r) => r.request.version),
        col((r) => r.request.createdAt),
        col((r) => r.request.updatedAt),
        col((r) => r.history.fromStatus),
        col((r) => r.history.toStatus),
        col((r) => r.history.at),
        col((r) => r.history.by),
        col((r) => r.history.byId),
        col((r) => r.history.reason),
        col((r) => r.history.mergedFromId),
      ],
    );
  }

  async insertStatusChange(tx: EntityManager, change: NewStatusChange): Promise<void> {
    await tx.insert(RequestStatusChangeEntity, change);
  }

  /** Moves a merged request's history to the request kept, marking where each entry came from. */
  async moveHistory(tx: EntityManager, fromRequestId: string, toRequestId: string): Promise<void> {
    await tx.update(
      RequestStatusChangeEntity,
      { requestId: fromRequestId },
      { requestId: toRequestId, mergedFromId: fromRequestId },
    );
  }

  /** The request as stored now (after an update in the same transaction). */
  reload(tx: EntityManager, id: string): Promise<AssistanceRequestEntity> {
    return tx.findOneByOrFail(AssistanceRequestEntity, { id });
  }

  // ---------------------------------------------------------------- the counts the list's total sums

  /**
   * Sums each (State, status)'s several delta rows of `request_count` into one (migration 1764378100000 says why
   * this is safe beside writers and readers); how many rows it removed, 0 when another process was compacting.
   */
  @SqlSnapshot()
  async compactCounts(): Promise<number> {
    const [{ removed }] = await this.manager().query<Array<{ removed: number }>>(
      `SELECT request_count_compact() AS removed`,
    );
    return removed;
  }

  // ---------------------------------------------------------------- one State's profile

  /** A State's requests counted by status. */
  @SqlSnapshot([SqlArg.STATE])
  async countByStatusOfState(iso3: string): Promise<Array<{ status: RequestStatus; count: number }>> {
    return this.manager().query(
      `SELECT status, count(*)::int AS count FROM assistance_request WHERE state_iso3 = $1 GROUP BY status ORDER BY status`,
      [iso3],
    );
  }

  /** A State's requests, newest first. */
  @SqlSnapshot([SqlArg.STATE])
  ofState(iso3: string): Promise<AssistanceRequestEntity[]> {
    return this.manager()
      .getRepository(AssistanceRequestEntity)
      .createQueryBuilder('r')
      .where('r.state_iso3 = :iso3', { iso3 })
      .orderBy('r.received_on', 'DESC')
      .addOrderBy('r.id')
      .getMany();
  }

  /**
   * A State's open requests that no activity answers yet. One statement: it reads the programme's link
   * table `activity_request` (which request an activity answers) rather than asking for every link.
   */
  @SqlSnapshot([SqlArg.STATE])
  unansweredOfState(iso3: string): Promise<AssistanceRequestEntity[]> {
    return this.manager()
      .getRepository(AssistanceRequestEntity)
      .createQueryBuilder('r')
      .where('r.state_iso3 = :iso3', { iso3 })
      .andWhere(`r.status NOT IN ${CLOSED_STATUSES_SQL}`)
      .andWhere('NOT EXISTS (SELECT 1 FROM activity_request ar WHERE ar.request_id = r.id)')
      .orderBy('r.received_on', 'DESC')
      .getMany();
  }

  /** The ids of the demo data's requests (external_ref 'demo:…') from one paragraph of the source, of one kind. */
  async demoRequestIdsBySource(sourceParagraph: string, kind: string, tx?: EntityManager): Promise<string[]> {
    const rows = await this.manager(tx)
      .getRepository(AssistanceRequestEntity)
      .createQueryBuilder('r')
      .select('r.id', 'id')
      .where('r.source_paragraph = :sourceParagraph', { sourceParagraph })
      .andWhere('r.kind = :kind', { kind })
      .andWhere(`r.external_ref LIKE 'demo:%'`)
      .orderBy('r.id')
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }
}

interface CountSqlRow {
  count: number | string;
  PRIORITY_AREA?: string;
  STATUS?: RequestStatus;
  KIND?: RequestCountRow['kind'];
  REGION?: string;
  STATE?: string;
  YEAR?: number;
}

/** A PostgreSQL array literal of texts (every item quoted), to send arrays of arrays through `unnest` as text. */
export function pgTextArray(items: readonly string[]): string {
  return `{${items.map((i) => `"${i.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
