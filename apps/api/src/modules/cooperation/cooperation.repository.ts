import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { keysetPage } from '../../infra/database/keyset.js';
import { SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import type { CooperationFilter } from './dto/cooperation.input.js';
import { StateEntity } from '../reference/entities/state.entity.js';
import { CooperationCaseEntity } from './entities/cooperation-case.entity.js';
import { CooperationDimension, type CooperationStatisticsRowModel } from './models/cooperation.model.js';

/** Each dimension's key expression (`rd`: the requested State). */
const DIMENSION_SQL: Readonly<
  Record<CooperationDimension, { expr: string; field: keyof CooperationStatisticsRowModel }>
> = {
  YEAR: { expr: 'extract(year FROM c.sent_on)::int', field: 'year' },
  REGION: { expr: 'rd.region', field: 'region' },
  REQUESTING_STATE: { expr: 'trim(c.requesting_state_iso3)', field: 'requestingStateIso3' },
  REQUESTED_STATE: { expr: 'trim(c.requested_state_iso3)', field: 'requestedStateIso3' },
  OFFENCE: { expr: 'c.offence', field: 'offence' },
  LEGAL_BASIS: { expr: 'c.legal_basis', field: 'legalBasis' },
  OUTCOME: { expr: 'c.outcome', field: 'outcome' },
  KIND: { expr: 'c.kind', field: 'kind' },
  REFUSAL_GROUND: { expr: 'c.refusal_ground', field: 'refusalGround' },
};

/** A filter as SQL conditions over `c` (the case) and `rd` (the requested State), with its parameters. */
function whereOf(filter: CooperationFilter, params: unknown[]): string[] {
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where: string[] = [];
  if (filter.years?.length) where.push(`extract(year FROM c.sent_on)::int = ANY (${p(filter.years)}::int[])`);
  if (filter.stateIso3) {
    const s = p(filter.stateIso3.toUpperCase());
    where.push(`(c.requesting_state_iso3 = ${s} OR c.requested_state_iso3 = ${s})`);
  }
  if (filter.region) where.push(`rd.region = ${p(filter.region)}`);
  if (filter.kind) where.push(`c.kind = ${p(filter.kind)}`);
  if (filter.offence) where.push(`c.offence = ${p(filter.offence)}`);
  if (filter.legalBasis) where.push(`c.legal_basis = ${p(filter.legalBasis)}`);
  if (filter.outcome) where.push(`c.outcome = ${p(filter.outcome)}`);
  return where;
}

/** The only place the cooperation statistics' SQL lives (table `cooperation_case`). */
@Injectable()
export class CooperationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Requests grouped by the dimensions, in one statement: count, refusals and the median days to execute (over
   * the executed requests). `minGroup` drops the groups smaller than it (1: every group), and the median of fewer
   * executed requests than it (one case's days).
   */
  @SqlSnapshot([[CooperationDimension.YEAR, CooperationDimension.OUTCOME], { years: [2007, 2008] }, 3])
  async statistics(
    dims: readonly CooperationDimension[],
    filter: CooperationFilter,
    minGroup: number,
  ): Promise<CooperationStatisticsRowModel[]> {
    const params: unknown[] = [];
    const where = whereOf(filter, params);
    const keys = [...new Set(dims)].map((d) => DIMENSION_SQL[d]);
    params.push(minGroup);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT ${[...keys.map((k, i) => `${k.expr} AS k${i}`), ''].join(', ')}
              count(*)::int AS requests,
              count(*) FILTER (WHERE c.outcome = 'REFUSED')::int AS refusals,
              CASE WHEN count(*) FILTER (WHERE c.executed_on IS NOT NULL) >= $${params.length}
                   THEN percentile_cont(0.5) WITHIN GROUP (ORDER BY c.executed_on - c.sent_on)
                          FILTER (WHERE c.executed_on IS NOT NULL) END AS median_days
         FROM cooperation_case c
         JOIN state rd ON rd.iso3 = c.requested_state_iso3
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ${keys.length ? `GROUP BY ${keys.map((_, i) => i + 1).join(', ')}` : ''}
       HAVING count(*) >= $${params.length}
        ${keys.length ? `ORDER BY ${keys.map((_, i) => `${i + 1} NULLS LAST`).join(', ')}` : ''}`,
      params,
    );
    return rows.map((r) => {
      const row: CooperationStatisticsRowModel = {
        year: null,
        region: null,
        requestingStateIso3: null,
        requestedStateIso3: null,
        offence: null,
        legalBasis: null,
        outcome: null,
        kind: null,
        refusalGround: null,
        requests: Number(r.requests),
        refusals: Number(r.refusals),
        medianDaysToExecute: r.median_days == null ? null : Number(r.median_days),
      };
      keys.forEach((k, i) => Object.assign(row, { [k.field]: r[`k${i}`] ?? null }));
      return row;
    });
  }

  /** Cases one by one, oldest first, paged in SQL; `states` limits them to those a field office's States touch. */
  @SqlSnapshot([{ years: [2008] }, ['SEN', 'MLI'], 20, null])
  cases(
    filter: CooperationFilter,
    states: readonly string[] | null,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<CooperationCaseEntity>> {
    const q = this.dataSource
      .getRepository(CooperationCaseEntity)
      .createQueryBuilder('c')
      .innerJoin(StateEntity, 'rd', 'rd.iso3 = c.requested_state_iso3');
    const params: unknown[] = [];
    const where = whereOf(filter, params);
    // The filter's $n placeholders become TypeORM's named parameters.
    where.forEach((w) => {
      const named = w.replace(/\$(\d+)/g, (_, n: string) => `:f${n}`);
      q.andWhere(named, Object.fromEntries(params.map((v, i) => [`f${i + 1}`, v])));
    });
    if (states) {
      q.andWhere(
        `(c.requesting_state_iso3 = ANY (CAST(:scope AS text[])) OR c.requested_state_iso3 = ANY (CAST(:scope AS text[]))
          OR c.reported_by_state_iso3 = ANY (CAST(:scope AS text[])))`,
        { scope: [...states] },
      );
    }
    return keysetPage(
      q,
      { expr: 'c.sent_on', cast: 'date', direction: 'ASC', idExpr: 'c.id', idCast: 'uuid' },
      first,
      after,
    );
  }

  /** The case with this match key, locked for the rest of the transaction. */
  async lockByMatchKey(matchKey: string, tx: EntityManager): Promise<CooperationCaseEntity | null> {
    return tx
      .getRepository(CooperationCaseEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.match_key = :matchKey', { matchKey })
      .getOne();
  }

  /**
   * Inserts a case unless its match key is there (a concurrent report of the same request waits on the unique
   * index, then finds it): the new row, or null.
   */
  async insertIfNew(
    values: Omit<CooperationCaseEntity, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'reportedByBoth'>,
    tx: EntityManager,
  ): Promise<CooperationCaseEntity | null> {
    const done = await tx.createQueryBuilder().insert().into(CooperationCaseEntity).values(values).orIgnore().execute();
    const id = (done.identifiers[0] as { id?: string } | undefined)?.id;
    return id ? tx.findOneBy(CooperationCaseEntity, { id }) : null;
  }

  async update(id: string, version: number, values: Partial<CooperationCaseEntity>, tx: EntityManager) {
    await tx
      .createQueryBuilder()
      .update(CooperationCaseEntity)
      .set({ ...values, version: version + 1 } as never)
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return tx.findOneByOrFail(CooperationCaseEntity, { id });
  }

  /** How many cases there are in all (the property test's check). */
  async count(): Promise<number> {
    const [row]: Array<{ n: number }> = await this.dataSource.query(`SELECT count(*)::int AS n FROM cooperation_case`);
    return row.n;
  }
}
