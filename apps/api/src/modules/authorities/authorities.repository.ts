import { Injectable } from '@nestjs/common';
import type { ProposalStatus } from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../../infra/database/ids.js';
import { keysetPage } from '../../infra/database/keyset.js';
import { escapeLike } from '../../infra/database/like.js';
import { lockForUpdate, updateIfVersion } from '../../infra/database/rows.js';
import { SqlArg, SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import type { DomainError } from '../../infra/errors/domain-error.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import type { AuthorityFilter } from './dto/authority.input.js';
import { CompetentAuthorityEntity } from './entities/competent-authority.entity.js';
import { AuthorityProposalEntity } from './entities/authority-proposal.entity.js';

/** An entry's fields as written (what an input or a confirmed proposal sets). */
export type AuthorityValues = Omit<CompetentAuthorityEntity, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

/** The only place the directory's SQL lives (tables `competent_authority` and `authority_proposal`). */
@Injectable()
export class AuthoritiesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  /** A page of the directory, filtered and paged in SQL, by State. */
  @SqlSnapshot([{ instrumentCode: 'UNTOC', kind: 'MUTUAL_LEGAL_ASSISTANCE', language: 'fr' }, 20, null])
  list(filter: AuthorityFilter, first: number | null | undefined, after: string | null | undefined) {
    const q = this.dataSource.getRepository(CompetentAuthorityEntity).createQueryBuilder('a');
    if (filter.stateIso3) q.andWhere('a.state_iso3 = upper(:state)', { state: filter.stateIso3 });
    if (filter.instrumentCode) q.andWhere('a.instrument_code = :instrument', { instrument: filter.instrumentCode });
    if (filter.kind) q.andWhere('a.kind = :kind', { kind: filter.kind });
    if (filter.language) q.andWhere('a.languages @> ARRAY[CAST(:lang AS text)]', { lang: filter.language });
    if (filter.search?.trim()) {
      q.andWhere('a.name ILIKE :like', { like: `%${escapeLike(filter.search.trim())}%` });
    }
    return keysetPage(
      q,
      { expr: 'a.state_iso3', cast: 'text', direction: 'ASC', idExpr: 'a.id', idCast: 'uuid' },
      first,
      after,
    ) as Promise<Connection<CompetentAuthorityEntity>>;
  }

  /** The entries of a batch of States (a State profile, a page of States), in one statement. */
  @SqlSnapshot([[SqlArg.STATE, 'MLI']])
  ofStates(iso3s: readonly string[]): Promise<CompetentAuthorityEntity[]> {
    return this.dataSource
      .getRepository(CompetentAuthorityEntity)
      .createQueryBuilder('a')
      .where('a.state_iso3 IN (:...iso3s)', { iso3s: [...iso3s] })
      .orderBy('a.instrument_code')
      .addOrderBy('a.kind')
      .addOrderBy('a.name')
      .getMany();
  }

  async findById(id: string, tx?: EntityManager): Promise<CompetentAuthorityEntity | null> {
    if (!isUuid(id)) return null;
    return this.db(tx).findOneBy(CompetentAuthorityEntity, { id });
  }

  lock(id: string, tx: EntityManager, notFound: () => DomainError): Promise<CompetentAuthorityEntity> {
    return lockForUpdate(tx, CompetentAuthorityEntity, id, notFound);
  }

  insert(values: AuthorityValues, tx: EntityManager): Promise<CompetentAuthorityEntity> {
    return tx.save(tx.create(CompetentAuthorityEntity, values));
  }

  update(id: string, version: number, values: Partial<AuthorityValues>, tx: EntityManager, stale: () => DomainError) {
    return updateIfVersion(tx, CompetentAuthorityEntity, id, version, values, stale);
  }

  /** Inserts the entries whose external reference is not there yet (the demo data); how many it inserted. */
  async insertMissing(rows: readonly AuthorityValues[]): Promise<number> {
    let inserted = 0;
    await this.dataSource.transaction(async (tx) => {
      for (const row of rows) {
        const done = await tx
          .createQueryBuilder()
          .insert()
          .into(CompetentAuthorityEntity)
          .values(row)
          .orIgnore()
          .execute();
        inserted += done.identifiers.filter(Boolean).length;
      }
    });
    return inserted;
  }

  // ---------------------------------------------------------------- proposals

  insertProposal(
    p: Pick<
      AuthorityProposalEntity,
      'authorityId' | 'authorityVersion' | 'stateIso3' | 'proposed' | 'note' | 'proposedById'
    >,
    tx: EntityManager,
  ): Promise<AuthorityProposalEntity> {
    return tx.save(tx.create(AuthorityProposalEntity, p));
  }

  lockProposal(id: string, tx: EntityManager, notFound: () => DomainError): Promise<AuthorityProposalEntity> {
    if (!isUuid(id)) return Promise.reject(notFound());
    return lockForUpdate(tx, AuthorityProposalEntity, id, notFound);
  }

  updateProposal(
    id: string,
    version: number,
    values: Partial<AuthorityProposalEntity>,
    tx: EntityManager,
    stale: () => DomainError,
  ) {
    return updateIfVersion(tx, AuthorityProposalEntity, id, version, values, stale);
  }

  findProposal(id: string, tx?: EntityManager): Promise<AuthorityProposalEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.db(tx).findOneBy(AuthorityProposalEntity, { id });
  }

  /** Proposals newest first, paged in SQL; `states` limits them to a field office's States (null: every State). */
  @SqlSnapshot([{ status: 'PENDING' }, ['SEN', 'MLI'], 20, null])
  proposals(
    filter: { status?: ProposalStatus; authorityId?: string },
    states: readonly string[] | null,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<AuthorityProposalEntity>> {
    const q = this.dataSource.getRepository(AuthorityProposalEntity).createQueryBuilder('p');
    if (filter.status) q.andWhere('p.status = :status', { status: filter.status });
    if (filter.authorityId) q.andWhere('p.authority_id = :authorityId', { authorityId: filter.authorityId });
    if (states) q.andWhere('p.state_iso3 = ANY (CAST(:states AS text[]))', { states: [...states] });
    return keysetPage(
      q,
      { expr: 'p.proposed_at', cast: 'timestamptz', direction: 'DESC', idExpr: 'p.id', idCast: 'uuid' },
      first,
      after,
    );
  }
}
