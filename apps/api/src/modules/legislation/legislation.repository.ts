import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../../infra/database/ids.js';
import { keysetPage } from '../../infra/database/keyset.js';
import { SqlArg, SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import type { LegislationFilter } from './dto/legislation.filter.js';
import { LegislationEntity } from './entities/legislation.entity.js';

/** A law as the demo data writes it, and the requests and activities it is linked to (by their stable keys). */
export type LegislationValues = Omit<LegislationEntity, 'id'>;

/** The only place the legal library's SQL lives (tables `legislation` and `legislation_link`). */
@Injectable()
export class LegislationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A page of laws, by title, filtered in SQL. The search matches a row's text (its own language's dictionary,
   * a generated tsvector under a GIN index) against the words as English, French and Spanish stem them.
   */
  @SqlSnapshot([{ search: 'armas de fuego', stateIso3: 'BOL', instrumentCode: 'FIREARMS', language: 'es' }, 20, null])
  list(
    filter: LegislationFilter,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<LegislationEntity>> {
    const q = this.dataSource.getRepository(LegislationEntity).createQueryBuilder('l');
    if (filter.stateIso3) q.andWhere('l.state_iso3 = upper(:state)', { state: filter.stateIso3 });
    if (filter.instrumentCode) q.andWhere(':instrument = ANY (l.instruments)', { instrument: filter.instrumentCode });
    if (filter.language) q.andWhere('l.language = :language', { language: filter.language });
    if (filter.search?.trim()) {
      q.andWhere(
        `(l.search_vector @@ websearch_to_tsquery('english', :search)
          OR l.search_vector @@ websearch_to_tsquery('french', :search)
          OR l.search_vector @@ websearch_to_tsquery('spanish', :search))`,
        { search: filter.search.trim() },
      );
    }
    return keysetPage(
      q,
      { expr: 'l.title', cast: 'text', direction: 'ASC', idExpr: 'l.id', idCast: 'uuid' },
      first,
      after,
    ) as Promise<Connection<LegislationEntity>>;
  }

  /** The laws of a batch of States (their profiles), in one statement. */
  @SqlSnapshot([[SqlArg.STATE, 'BOL']])
  ofStates(iso3s: readonly string[]): Promise<LegislationEntity[]> {
    if (iso3s.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(LegislationEntity)
      .createQueryBuilder('l')
      .where('l.state_iso3 IN (:...iso3s)', { iso3s: [...iso3s] })
      .orderBy('l.enacted_on', 'DESC', 'NULLS LAST')
      .addOrderBy('l.title')
      .getMany();
  }

  /** The laws linked to a batch of requests, with the request each is linked to. */
  @SqlSnapshot([[SqlArg.UUID]])
  async ofRequests(requestIds: readonly string[]): Promise<Array<{ requestId: string; law: LegislationEntity }>> {
    const ids = requestIds.filter(isUuid);
    if (ids.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(LegislationEntity)
      .createQueryBuilder('l')
      .innerJoin('legislation_link', 'k', 'k.legislation_id = l.id')
      .addSelect('k.request_id', 'link_request_id')
      .where('k.request_id IN (:...ids)', { ids })
      .orderBy('l.title')
      .getRawAndEntities();
    return rows.entities.map((law, i) => ({
      requestId: (rows.raw[i] as { link_request_id: string }).link_request_id,
      law,
    }));
  }

  async findById(id: string, tx?: EntityManager): Promise<LegislationEntity | null> {
    if (!isUuid(id)) return null;
    return (tx ?? this.dataSource.manager).findOneBy(LegislationEntity, { id });
  }

  /** Links a law to a request or an activity; answers whether the link is new. */
  async insertLink(
    tx: EntityManager,
    legislationId: string,
    target: { requestId: string | null; activityId: string | null },
  ): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO legislation_link (legislation_id, request_id, activity_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING id`,
      [legislationId, target.requestId, target.activityId],
    );
    return rows.length === 1;
  }

  /** Inserts the laws whose key is not there yet (the demo data) and links each to the requests given; answers how many laws it inserted. */
  async insertMissing(laws: ReadonlyArray<{ law: LegislationValues; requestIds: readonly string[] }>): Promise<number> {
    let inserted = 0;
    await this.dataSource.transaction(async (tx) => {
      for (const { law, requestIds } of laws) {
        const done = await tx.createQueryBuilder().insert().into(LegislationEntity).values(law).orIgnore().execute();
        inserted += done.identifiers.filter(Boolean).length;
        await tx.query(
          `INSERT INTO legislation_link (legislation_id, request_id)
           SELECT l.id, r FROM legislation l, unnest($2::uuid[]) AS r WHERE l.external_ref = $1
           ON CONFLICT DO NOTHING`,
          [law.externalRef, [...requestIds]],
        );
      }
    });
    return inserted;
  }
}
