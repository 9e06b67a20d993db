import { SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../../infra/database/ids.js';
import { lockForUpdate, updateIfVersion } from '../../infra/database/rows.js';
import type { DomainError } from '../../infra/errors/domain-error.js';
import { DonorEntity } from './entities/donor.entity.js';

/** The only place the donors' SQL lives. */
@Injectable()
export class DonorsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  /** Donors by name; with `ownDonorId` (a donor's own money scope), that donor and those that agreed to be named. */
  @SqlSnapshot([null])
  list(scope: { donorId: string } | null): Promise<DonorEntity[]> {
    const q = this.dataSource.getRepository(DonorEntity).createQueryBuilder('d').orderBy('d.name', 'ASC');
    if (scope) q.where('(d.id = :own OR d.named_publicly)', { own: scope.donorId });
    return q.getMany();
  }

  findByIds(ids: readonly string[], tx?: EntityManager): Promise<DonorEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    return this.db(tx)
      .getRepository(DonorEntity)
      .createQueryBuilder('d')
      .where('d.id IN (:...ids)', { ids: valid })
      .getMany();
  }

  async findById(id: string, tx?: EntityManager): Promise<DonorEntity | null> {
    if (!isUuid(id)) return null;
    return this.db(tx).findOneBy(DonorEntity, { id });
  }

  /** Whether a donor already has this name, whatever its case. */
  async nameTaken(name: string, tx?: EntityManager): Promise<boolean> {
    const [taken] = await this.db(tx).query(`SELECT 1 FROM donor WHERE lower(name) = lower($1)`, [name]);
    return Boolean(taken);
  }

  insert(values: Omit<DonorEntity, 'id' | 'createdAt' | 'updatedAt'>, tx: EntityManager): Promise<DonorEntity> {
    return tx.save(tx.create(DonorEntity, values));
  }

  lock(id: string, tx: EntityManager, notFound: () => DomainError): Promise<DonorEntity> {
    return lockForUpdate(tx, DonorEntity, id, notFound);
  }

  updateIfVersion(
    id: string,
    version: number,
    changes: Partial<
      Pick<
        DonorEntity,
        | 'name'
        | 'contact'
        | 'namedPublicly'
        | 'confidentialNotes'
        | 'priorityAreaCodes'
        | 'priorityM49Areas'
        | 'priorityInstruments'
      >
    >,
    tx: EntityManager,
    stale: () => DomainError,
  ): Promise<void> {
    return updateIfVersion(tx, DonorEntity, id, version, changes, stale);
  }

  /**
   * Inserts a donor unless one already has its `externalRef` (the stable key of loaded data, e.g. the demo
   * data); answers the new donor's id, or null when it was already there.
   */
  async insertIfAbsent(
    values: Pick<DonorEntity, 'name' | 'donorType' | 'countryIso3' | 'contact' | 'namedPublicly' | 'illustrative'> & {
      externalRef: string;
    },
    tx?: EntityManager,
  ): Promise<string | null> {
    const inserted: Array<{ id: string }> = await this.db(tx).query(
      `INSERT INTO donor (name, donor_type, country_iso3, contact, named_publicly, illustrative, external_ref)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (external_ref) DO NOTHING RETURNING id`,
      [
        values.name,
        values.donorType,
        values.countryIso3,
        values.contact,
        values.namedPublicly,
        values.illustrative,
        values.externalRef,
      ],
    );
    return inserted[0]?.id ?? null;
  }

  /** Sets the priorities of loaded data (the demo donors) where none are stated yet; a donor's own stay. */
  async setPrioritiesIfUnset(
    id: string,
    priorities: Pick<DonorEntity, 'priorityAreaCodes' | 'priorityM49Areas' | 'priorityInstruments'>,
    tx?: EntityManager,
  ): Promise<void> {
    await this.db(tx).query(
      `UPDATE donor SET priority_area_codes = $2, priority_m49_areas = $3, priority_instruments = $4
        WHERE id = $1 AND cardinality(priority_area_codes) + cardinality(priority_m49_areas) + cardinality(priority_instruments) = 0`,
      [id, priorities.priorityAreaCodes, priorities.priorityM49Areas, priorities.priorityInstruments],
    );
  }

  /** The id of the donor loaded with this stable key, or null. */
  async idByExternalRef(externalRef: string, tx?: EntityManager): Promise<string | null> {
    const row = await this.db(tx).findOne(DonorEntity, { select: { id: true }, where: { externalRef } });
    return row?.id ?? null;
  }
}
