import { isUuid } from '../../infra/database/ids.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../infra/graphql/pagination.js';
import { isCalendarDate } from '../../infra/graphql/scalars.js';
import { escapeLike } from '../reference/reference.service.js';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { AssistanceRequestOrderField, OrderDirection, type AssistanceRequestFilter, type AssistanceRequestOrder } from './dto/assistance-request.filter.js';
import { AssistanceRequestEntity } from './entities/assistance-request.entity.js';
import { ORDER_EXPRESSIONS } from './rules/order.js';

/**
 * A page of requests, all in SQL: the filter, the order (with the id to break ties), a keyset cursor and
 * the total. `readableConfidential` lists the States whose confidential descriptions the reader may
 * search (null: all of them).
 */
export async function queryRequests(
  dataSource: DataSource,
  filter: AssistanceRequestFilter,
  order: AssistanceRequestOrder,
  first: number | null | undefined,
  after: string | null | undefined,
  readableConfidential: string[] | null,
): Promise<Connection<AssistanceRequestEntity>> {
  const limit = pageSize(first);
  const { expr, cast } = ORDER_EXPRESSIONS[order.field];
  const dir = order.direction === OrderDirection.ASC ? 'ASC' : 'DESC';

  const q = dataSource.getRepository(AssistanceRequestEntity).createQueryBuilder('r');
  // The State is joined only when the filter or the order needs it; the join follows a foreign key,
  // so it never changes which requests match.
  if (needsStateJoin(filter) || order.field === AssistanceRequestOrderField.STATE) {
    q.innerJoin('state', 's', 's.iso3 = r.state_iso3');
  }
  applyFilter(q, filter, readableConfidential);
  // COUNT(*) rather than TypeORM's getCount(), which counts DISTINCT ids and sorts the whole table.
  const counted = await q.clone().select('count(*)::int', 'n').orderBy().getRawOne<{ n: number }>();
  const totalCount = counted?.n ?? 0;

  if (after) {
    const [value, id] = decodeCursor(after, 2);
    if (!cursorValueFits(value, cast) || typeof id !== 'string' || !isUuid(id)) {
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        'The "after" cursor does not belong to this ordering; start again from the first page.',
        'after',
      );
    }
    const op = dir === 'ASC' ? '>' : '<';
    // The first, redundant, comparison lets PostgreSQL use the sort key's index to skip ahead.
    q.andWhere(
      `${expr} ${op}= CAST(:cursorValue AS ${cast}) AND (${expr}, r.id) ${op} (CAST(:cursorValue AS ${cast}), CAST(:cursorId AS uuid))`,
      { cursorValue: value, cursorId: id },
    );
  }
  q.addSelect(`(${expr})::text`, 'sort_key')
    .orderBy(expr, dir)
    .addOrderBy('r.id', dir)
    .limit(limit + 1);
  const { entities, raw } = await q.getRawAndEntities<{ sort_key: string }>();
  const hasNextPage = entities.length > limit;
  const nodes = entities.slice(0, limit);
  const last = nodes.length > 0 ? nodes.length - 1 : -1;
  return {
    totalCount,
    nodes,
    pageInfo: {
      hasNextPage,
      endCursor: last >= 0 ? encodeCursor([raw[last].sort_key, nodes[last].id]) : null,
    },
  };
}

/** Whether the filter reads the State's own columns (its region). */
function needsStateJoin(f: AssistanceRequestFilter): boolean {
  return Boolean(f.region?.length);
}

function applyFilter(
  q: SelectQueryBuilder<AssistanceRequestEntity>,
  f: AssistanceRequestFilter,
  confidentialStates: string[] | null,
): void {
  if (f.stateIso3?.length) q.andWhere('r.state_iso3 IN (:...states)', { states: f.stateIso3.map((s) => s.toUpperCase()) });
  if (f.region?.length) {
    q.andWhere('(s.region IN (:...regions) OR s.subregion IN (:...regions) OR s.intermediate_region IN (:...regions))', {
      regions: f.region,
    });
  }
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
  if (f.open === true) q.andWhere(`r.status NOT IN ('FULFILLED', 'DECLINED', 'WITHDRAWN')`);
  if (f.open === false) q.andWhere(`r.status IN ('FULFILLED', 'DECLINED', 'WITHDRAWN')`);
  const search = f.search?.trim();
  if (search) {
    // Written so each side can use its index: trigrams on the description, the State code on requests.
    const description =
      confidentialStates === null
        ? 'r.description ILIKE :like'
        : '(r.description ILIKE :like AND (NOT r.confidential OR r.state_iso3 = ANY (CAST(:readable AS text[]))))';
    q.andWhere(
      `(${description} OR r.state_iso3 = ANY (ARRAY(
         SELECT iso3 FROM state WHERE name_en ILIKE :like OR name_fr ILIKE :like OR name_es ILIKE :like)))`,
      { like: `%${escapeLike(search)}%`, readable: confidentialStates ?? [] },
    );
  }
}

function cursorValueFits(value: unknown, cast: string): boolean {
  if (typeof value !== 'string') return false;
  switch (cast) {
    case 'date':
      return isCalendarDate(value);
    case 'timestamptz':
      return !Number.isNaN(Date.parse(value));
    case 'int':
      return /^-?\d{1,9}$/.test(value);
    default:
      return true;
  }
}


