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
import {
  bindStatement,
  compileStatement,
  parameterShape,
  runStatement,
  type CompiledStatement,
} from '../../infra/database/statements.js';
import {
  builtSql,
  keysetConnection,
  keysetQueries,
  runKeysetQueriesRaw,
  withKeysetTotal,
  type KeysetQueries,
  type KeysetRaw,
  type MaybeCounted,
} from '../../infra/database/keyset.js';
import { CLOSED_STATUSES_SQL, lockForUpdate, rawMapper, updateIfVersion } from '../../infra/database/rows.js';
import type { SqlCondition } from '../../infra/database/sql-condition.js';
import { PriorityAreaEntity } from '../reference/entities/priority-area.entity.js';
import { StateEntity } from '../reference/entities/state.entity.js';
import {
  AssistanceRequestOrderField,
  OrderDirection,
  type AssistanceRequestFilter,
  type AssistanceRequestOrder,
} from './dto/assistance-request.filter.js';
import { AssistanceRequestEntity } from './entities/assistance-request.entity.js';
import { RequestStatusChangeEntity } from './entities/request-status-change.entity.js';
import { RequestCountDimension, type RequestCountFilter, type RequestCountRow } from './models/request-count.model.js';
import { RequestsException } from './requests.exception.js';
import { DUPLICATE_SQL, type DuplicateCandidate } from './rules/duplicates.js';
import {
  applyFilter,
  countable,
  countedConditions,
  historyJson,
  keysetOrderOf,
  listPlan,
  treatyStatusConditions,
  type PageStatusChange,
  type RequestPageIncludes,
  wantsCursors,
} from './request-list.query.js';

export const DEFAULT_REQUEST_ORDER: AssistanceRequestOrder = {
  field: AssistanceRequestOrderField.RECEIVED_ON,
  direction: OrderDirection.DESC,
};

/** A request's open duplicate, with the request it duplicates. */
export interface DuplicateRow {
  sourceId: string;
  request: AssistanceRequestEntity;
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
  cursors = true,
): KeysetQueries<AssistanceRequestEntity> {
  const q = manager.getRepository(AssistanceRequestEntity).createQueryBuilder('r').select(selection('r', columns));
  if (filter.region?.length || order.field === AssistanceRequestOrderField.STATE) {
    q.innerJoin('state', 's', 's.iso3 = r.state_iso3');
  }
  applyFilter(q, filter, text);
  const queries = keysetQueries(q, keysetOrderOf(order), first, after, cursors);
  const counted = withTotal ? countedTotal(manager, filter) : null;
  if (!counted) return queries;
  // The total rides in the page's statement (runKeysetQueriesRaw) and is bound with the page's parameters: its
  // own, under names of its own, so it never reads one of the page's by a shared name.
  queries.page.setParameters(counted.getParameters());
  return { ...queries, count: counted };
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

/** Shapes of the list kept at most (filters × orders × inclusions seen; forgotten together beyond). */
const LIST_STATEMENTS_LIMIT = 500;

/** A raw row of a page: the request's, State's and area's columns, the keyset's, and the history when asked for. */
type PageRow = KeysetRaw & {
  r_id: string;
  /** Selected whenever the State or the area is joined (what `state` and `priorityArea` read). */
  r_state_iso3?: string;
  r_priority_area_code?: string;
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
      const emptyTotal = async () => {
        const { count } = this.listQueries(filter, order, first, after, text, include);
        return (await count.getRawOne<{ n: number }>())?.n ?? 0;
      };
      const { connection, rows } = await keysetConnection(
        raw,
        plan.limit,
        include.totalCount,
        mapper,
        emptyTotal,
        wantsCursors(include),
      );
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
      wantsCursors(include),
    );
    // The joined State's and area's keys are the request's own columns (`pageOf`): not fetched a second time.
    if (include.state) {
      queries.page.leftJoin(StateEntity, 'rs', 'rs.iso3 = r.state_iso3').addSelect(
        selection(
          'rs',
          columns?.state?.filter((c) => c !== 'iso3'),
        ),
      );
    }
    if (include.priorityArea) {
      queries.page.leftJoin(PriorityAreaEntity, 'rp', 'rp.code = r.priority_area_code').addSelect(
        selection(
          'rp',
          columns?.priorityArea?.filter((c) => c !== 'code'),
        ),
      );
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
    // Its key is the request's own column (`reference`: NOT NULL, a foreign key, so the join always finds it).
    const distinct = <T>(entity: EntityTarget<T>, alias: string, key: string, reference: keyof PageRow): T[] => {
      const make = rawMapper<T>(this.dataSource.getMetadata(entity), alias);
      const found = new Map<unknown, T>();
      for (const row of rows) {
        const value = row[reference];
        if (value !== null && value !== undefined && !found.has(value)) {
          found.set(value, Object.assign(make(row) as object, { [key]: value }) as T);
        }
      }
      return [...found.values()];
    };
    return {
      page: connection,
      states: include.state ? distinct(StateEntity, 'rs', 'iso3', 'r_state_iso3') : [],
      priorityAreas: include.priorityArea ? distinct(PriorityAreaEntity, 'rp', 'code', 'r_priority_area_code') : [],
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
