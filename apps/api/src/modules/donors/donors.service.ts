import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createOnce, idempotencyClaim } from '../../infra/database/idempotency.js';
import type { Actor } from '../../infra/auth/actor.js';
import { notFound } from '../../infra/errors/common-errors.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import type { AccessPolicy } from '../access/access.policy.js';
import { AuditService } from '../audit/audit.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { DonorsRepository } from './donors.repository.js';
import type { DonorPrioritiesInput } from './dto/donor-priorities.input.js';
import type { UpdateDonorProfileInput } from './dto/update-donor-profile.input.js';
import type { DonorEntity } from './entities/donor.entity.js';

/** Donors' profiles. A donor sees itself and the donors that agreed to be named; nobody else. */
@Injectable()
export class DonorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DonorsRepository,
    private readonly audit: AuditService,
    private readonly reference: ReferenceService,
  ) {}

  /** The donors the reader sees: all of them, or (a donor) itself and those that agreed to be named. */
  list(policy: AccessPolicy): Promise<DonorEntity[]> {
    return this.repository.list(policy.moneyDonorScope());
  }

  findByIds(ids: readonly string[]): Promise<DonorEntity[]> {
    return this.repository.findByIds(ids);
  }

  create(
    input: { name: string; donorType: string; countryIso3?: string; contact?: string; idempotencyKey?: string },
    actor: Actor,
  ): Promise<DonorEntity> {
    return createOnce(
      this.dataSource,
      idempotencyClaim(actor, 'createDonor', input),
      async (tx) => {
        const name = input.name.trim();
        if (await this.repository.nameTaken(name, tx)) {
          throw new DomainError(ErrorCode.CONFLICT, `There is already a donor named ${name}.`, 'name', {
            reason: 'CONFLICT',
            name,
          });
        }
        if (input.countryIso3) {
          const [state] = await this.reference.statesByIso3([input.countryIso3]);
          if (!state) {
            throw new DomainError(
              ErrorCode.BAD_USER_INPUT,
              `No State has the code "${input.countryIso3}".`,
              'countryIso3',
              {
                reason: 'UNKNOWN_REFERENCE',
                countryIso3: input.countryIso3,
              },
            );
          }
        }
        const donor = await this.repository.insert(
          {
            name,
            donorType: input.donorType as DonorEntity['donorType'],
            countryIso3: input.countryIso3 ?? null,
            contact: input.contact ?? null,
            confidentialNotes: null,
            namedPublicly: false,
            illustrative: false,
            externalRef: null,
            priorityAreaCodes: [],
            priorityM49Areas: [],
            priorityInstruments: [],
            version: 1,
          },
          tx,
        );
        await this.audit.record(tx, actor, {
          action: 'CREATED',
          entityType: 'donor',
          entityId: donor.id,
          after: { name: donor.name, donorType: donor.donorType },
        });
        return donor;
      },
      (donor) => donor.id,
      (id) => this.repository.findById(id),
    );
  }

  /** Edits a profile: the secretariat any, a donor its own; only the secretariat writes confidential notes. */
  updateProfile(
    id: string,
    expectedVersion: number,
    input: UpdateDonorProfileInput,
    policy: AccessPolicy,
  ): Promise<DonorEntity> {
    const actor = policy.actorOrFail;
    return this.dataSource.transaction(async (tx) => {
      if (!policy.mayEditDonorProfile(id)) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'A donor may edit only its own profile.', 'id', {
          reason: 'FORBIDDEN',
        });
      }
      if (input.confidentialNotes !== undefined && !policy.mayReadDonorNotes()) {
        throw new DomainError(
          ErrorCode.FORBIDDEN,
          'Only the secretariat may write confidential notes.',
          'confidentialNotes',
          { reason: 'FORBIDDEN' },
        );
      }
      const donor = await this.repository.lock(id, tx, () => notFound('donor', id));
      const stale = (current: number) => staleDonor(current, expectedVersion);
      if (donor.version !== expectedVersion) throw stale(donor.version);
      const changes = {
        name: input.name?.trim() ?? donor.name,
        contact: input.contact ?? donor.contact,
        namedPublicly: input.namedPublicly ?? donor.namedPublicly,
        confidentialNotes: input.confidentialNotes ?? donor.confidentialNotes,
      };
      await this.repository.updateIfVersion(id, donor.version, changes, tx, () => stale(donor.version + 1));
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'donor',
        entityId: id,
        before: {
          name: donor.name,
          contact: donor.contact,
          namedPublicly: donor.namedPublicly,
          confidentialNotesChanged: false,
        },
        after: {
          ...changes,
          confidentialNotes: undefined,
          confidentialNotesChanged: changes.confidentialNotes !== donor.confidentialNotes,
        },
      });
      return (await this.repository.findById(id, tx))!;
    });
  }

  /**
   * Replaces a donor's stated priorities (the secretariat any donor's, a donor its own), every code checked
   * against its reference table, at the version the editor saw; audited with before and after.
   */
  setPriorities(
    id: string,
    expectedVersion: number,
    input: DonorPrioritiesInput,
    policy: AccessPolicy,
  ): Promise<DonorEntity> {
    const actor = policy.actorOrFail;
    return this.dataSource.transaction(async (tx) => {
      if (!policy.mayEditDonorPriorities(id)) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'A donor may state only its own priorities.', 'id', {
          reason: 'FORBIDDEN',
        });
      }
      const areas = [...new Set(input.priorityAreaCodes)];
      const m49 = [...new Set(input.m49Areas)];
      const instruments = [...new Set(input.instrumentCodes)];
      await this.checkPriorityCodes(areas, m49, instruments);
      const donor = await this.repository.lock(id, tx, () => notFound('donor', id));
      const stale = (current: number) => staleDonor(current, expectedVersion);
      if (donor.version !== expectedVersion) throw stale(donor.version);
      const changes = { priorityAreaCodes: areas, priorityM49Areas: m49, priorityInstruments: instruments };
      await this.repository.updateIfVersion(id, donor.version, changes, tx, () => stale(donor.version + 1));
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'donor',
        entityId: id,
        before: {
          priorityAreaCodes: donor.priorityAreaCodes,
          m49Areas: donor.priorityM49Areas,
          instrumentCodes: donor.priorityInstruments,
        },
        after: { priorityAreaCodes: areas, m49Areas: m49, instrumentCodes: instruments },
      });
      return (await this.repository.findById(id, tx))!;
    });
  }

  /** Every code names a row of its reference table, or UNKNOWN_REFERENCE on the first list that has a stranger. */
  private async checkPriorityCodes(areas: string[], m49: string[], instruments: string[]): Promise<void> {
    const unknown = (field: string, codes: string[]) =>
      new DomainError(ErrorCode.BAD_USER_INPUT, `Unknown codes in ${field}: ${codes.join(', ')}.`, field, {
        reason: 'UNKNOWN_REFERENCE',
        codes: codes.join(', '),
      });
    const knownAreas = new Set(
      areas.length ? (await this.reference.priorityAreasByCode(areas)).map((a) => a.code) : [],
    );
    const badAreas = areas.filter((c) => !knownAreas.has(c));
    if (badAreas.length) throw unknown('priorityAreaCodes', badAreas);
    const knownM49 = await this.reference.m49Areas();
    const badM49 = m49.filter((c) => !knownM49.has(c));
    if (badM49.length) throw unknown('m49Areas', badM49);
    const knownInstruments = new Set(
      instruments.length ? (await this.reference.instrumentsByCode(instruments)).map((i) => i.code) : [],
    );
    const badInstruments = instruments.filter((c) => !knownInstruments.has(c));
    if (badInstruments.length) throw unknown('instrumentCodes', badInstruments);
  }
}

/** The donor changed since the editor read it (its profile or its priorities): CONFLICT, STALE_VERSION. */
function staleDonor(current: number, expected: number): DomainError {
  return new DomainError(
    ErrorCode.CONFLICT,
    `This donor was changed by someone else (version ${current}; you had ${expected}). Reload and try again.`,
    'expectedVersion',
    { reason: 'STALE_VERSION', currentVersion: current },
  );
}
