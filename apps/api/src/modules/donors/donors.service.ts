import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { isProgrammeEditor } from '../../infra/auth/actor.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { UpdateDonorProfileInput } from './dto/update-donor-profile.input.js';
import { DonorEntity } from './entities/donor.entity.js';
import { isUuid } from '../../infra/database/ids.js';

/** Donors' profiles. A donor sees itself and the donors that agreed to be named; nobody else. */
@Injectable()
export class DonorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor): Promise<DonorEntity[]> {
    const q = this.dataSource.getRepository(DonorEntity).createQueryBuilder('d').orderBy('d.name', 'ASC');
    if (actor.role === 'DONOR') q.where('(d.id = :own OR d.named_publicly)', { own: actor.donorId });
    return q.getMany();
  }

  findByIds(ids: readonly string[]): Promise<DonorEntity[]> {
    const valid = ids.filter((id) => isUuid(id));
    if (!valid.length) return Promise.resolve([]);
    return this.dataSource.getRepository(DonorEntity).createQueryBuilder('d').where('d.id IN (:...ids)', { ids: valid }).getMany();
  }

  create(input: { name: string; donorType: string; countryIso3?: string; contact?: string }, actor: Actor): Promise<DonorEntity> {
    return this.dataSource.transaction(async (tx) => {
      const [taken] = await tx.query(`SELECT 1 FROM donor WHERE lower(name) = lower($1)`, [input.name.trim()]);
      if (taken) throw new DomainError(ErrorCode.CONFLICT, `There is already a donor named ${input.name.trim()}.`, 'name');
      if (input.countryIso3) {
        const [state] = await tx.query(`SELECT 1 FROM state WHERE iso3 = $1`, [input.countryIso3]);
        if (!state) throw new DomainError(ErrorCode.BAD_USER_INPUT, `No State has the code "${input.countryIso3}".`, 'countryIso3');
      }
      const donor = await tx.save(
        tx.create(DonorEntity, {
          name: input.name.trim(),
          donorType: input.donorType as DonorEntity['donorType'],
          countryIso3: input.countryIso3 ?? null,
          contact: input.contact ?? null,
          confidentialNotes: null,
          namedPublicly: false,
          illustrative: false,
          externalRef: null,
          version: 1,
        }),
      );
      await this.audit.record(tx, actor, { action: 'CREATED', entityType: 'donor', entityId: donor.id, after: { name: donor.name, donorType: donor.donorType } });
      return donor;
    });
  }

  /** Whether the actor may read the donor's contact (its own people and the secretariat). */
  static mayReadContact(actor: Actor, donorId: string): boolean {
    return isProgrammeEditor(actor) || (actor.role === 'DONOR' && actor.donorId === donorId);
  }

  updateProfile(id: string, expectedVersion: number, input: UpdateDonorProfileInput, actor: Actor): Promise<DonorEntity> {
    return this.dataSource.transaction(async (tx) => {
      if (actor.role === 'DONOR' && actor.donorId !== id) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'A donor may edit only its own profile.', 'id');
      }
      if (input.confidentialNotes !== undefined && !isProgrammeEditor(actor)) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'Only the secretariat may write confidential notes.', 'confidentialNotes');
      }
      const donor = isUuid(id)
        ? await tx.getRepository(DonorEntity).createQueryBuilder('d').setLock('pessimistic_write').where('d.id = :id', { id }).getOne()
        : null;
      if (!donor) throw new DomainError(ErrorCode.NOT_FOUND, `There is no donor with id ${id}.`, 'id');
      if (donor.version !== expectedVersion) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          `This donor profile was changed by someone else (version ${donor.version}; you had ${expectedVersion}). Reload and try again.`,
          'expectedVersion',
          { currentVersion: donor.version },
        );
      }
      const changes = {
        name: input.name?.trim() ?? donor.name,
        contact: input.contact ?? donor.contact,
        namedPublicly: input.namedPublicly ?? donor.namedPublicly,
        confidentialNotes: input.confidentialNotes ?? donor.confidentialNotes,
      };
      await tx.update(DonorEntity, { id }, { ...changes, version: donor.version + 1 });
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'donor',
        entityId: id,
        before: { name: donor.name, contact: donor.contact, namedPublicly: donor.namedPublicly, confidentialNotesChanged: false },
        after: { ...changes, confidentialNotes: undefined, confidentialNotesChanged: changes.confidentialNotes !== donor.confidentialNotes },
      });
      return tx.findOneByOrFail(DonorEntity, { id });
    });
  }
}
