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

/** A law linked to a request or an activity (`targetId`). */
export interface LinkedLaw {
  targetId: string;
  law: LegislationEntity;
}

/** What is known of a law's stored file without reading its bytes. */
export interface LegislationFileFacts {
  legislationId: string;
  stateIso3: string;
  fileName: string;
  sizeBytes: number;
  confidential: boolean;
  uploadedAt: Date;
}

/** A law's file to store: its bytes, already checked to be a PDF within the limit. */
export interface LegislationFileValues {
  fileName: string;
  content: Buffer;
  sha256: string;
  confidential: boolean;
  uploadedBy: string | null;
}

/** The only place the legal library's SQL lives (tables `legislation`, `legislation_link` and `legislation_file`). */
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
  ofRequests(requestIds: readonly string[]): Promise<LinkedLaw[]> {
    return this.linkedTo('request_id', requestIds);
  }

  /** The laws linked to a batch of activities, with the activity each is linked to. */
  @SqlSnapshot([[SqlArg.UUID]])
  ofActivities(activityIds: readonly string[]): Promise<LinkedLaw[]> {
    return this.linkedTo('activity_id', activityIds);
  }

  private async linkedTo(column: 'request_id' | 'activity_id', targetIds: readonly string[]): Promise<LinkedLaw[]> {
    const ids = targetIds.filter(isUuid);
    if (ids.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(LegislationEntity)
      .createQueryBuilder('l')
      .innerJoin('legislation_link', 'k', 'k.legislation_id = l.id')
      .addSelect(`k.${column}`, 'link_target_id')
      .where(`k.${column} IN (:...ids)`, { ids })
      .orderBy('l.title')
      .getRawAndEntities();
    return rows.entities.map((law, i) => ({
      targetId: (rows.raw[i] as { link_target_id: string }).link_target_id,
      law,
    }));
  }

  /** What is known of the files of a batch of laws (never their bytes), in one statement. */
  @SqlSnapshot([[SqlArg.UUID]])
  async filesOf(legislationIds: readonly string[]): Promise<LegislationFileFacts[]> {
    const ids = legislationIds.filter(isUuid);
    if (ids.length === 0) return [];
    return this.dataSource.query(
      `SELECT f.legislation_id AS "legislationId", l.state_iso3 AS "stateIso3", f.file_name AS "fileName",
              f.size_bytes AS "sizeBytes", f.confidential, f.uploaded_at AS "uploadedAt"
         FROM legislation_file f JOIN legislation l ON l.id = f.legislation_id
        WHERE f.legislation_id = ANY ($1::uuid[])`,
      [ids],
    );
  }

  /** A law's file with its bytes (a download), or null. */
  @SqlSnapshot([SqlArg.UUID])
  async fileContent(legislationId: string): Promise<(LegislationFileFacts & { content: Buffer }) | null> {
    if (!isUuid(legislationId)) return null;
    const rows: Array<LegislationFileFacts & { content: Buffer }> = await this.dataSource.query(
      `SELECT f.legislation_id AS "legislationId", l.state_iso3 AS "stateIso3", f.file_name AS "fileName",
              f.size_bytes AS "sizeBytes", f.confidential, f.uploaded_at AS "uploadedAt", f.content
         FROM legislation_file f JOIN legislation l ON l.id = f.legislation_id
        WHERE f.legislation_id = $1`,
      [legislationId],
    );
    return rows[0] ?? null;
  }

  /** Stores a law's file, replacing the one before; answers the replaced file's name and digest, if any. */
  async saveFile(
    tx: EntityManager,
    legislationId: string,
    file: LegislationFileValues,
  ): Promise<{ fileName: string; sha256: string } | null> {
    const before: Array<{ fileName: string; sha256: string }> = await tx.query(
      `SELECT file_name AS "fileName", sha256 FROM legislation_file WHERE legislation_id = $1 FOR UPDATE`,
      [legislationId],
    );
    await tx.query(
      `INSERT INTO legislation_file (legislation_id, file_name, content, size_bytes, sha256, confidential, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (legislation_id) DO UPDATE SET file_name = EXCLUDED.file_name, content = EXCLUDED.content,
         size_bytes = EXCLUDED.size_bytes, sha256 = EXCLUDED.sha256, confidential = EXCLUDED.confidential,
         uploaded_by = EXCLUDED.uploaded_by, uploaded_at = now()`,
      [
        legislationId,
        file.fileName,
        file.content,
        file.content.length,
        file.sha256,
        file.confidential,
        file.uploadedBy,
      ],
    );
    return before[0] ?? null;
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
