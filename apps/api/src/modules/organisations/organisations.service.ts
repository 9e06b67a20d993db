import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { badInput, notFound, stale } from '../../infra/errors/common-errors.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { createOnce, idempotencyClaim } from '../../infra/database/idempotency.js';
import type { OrganisationFilter, OrganisationInput } from './dto/organisation.input.js';
import type { OrganisationModel } from './models/organisation.model.js';
import { OrganisationsRepository } from './organisations.repository.js';

const valuesOf = (input: OrganisationInput) => ({
  name: input.name.trim(),
  acronym: input.acronym?.trim() || null,
  type: input.type,
  iatiRef: input.iatiRef?.trim() || null,
});

/** The registry of partner organisations, kept by the secretariat (planners), audited. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: OrganisationsRepository,
    private readonly audit: AuditService,
  ) {}

  list(filter: OrganisationFilter): Promise<OrganisationModel[]> {
    return this.repository.list(filter);
  }

  /**
   * Adds an organisation; with an idempotency key, once: the same submission sent again (a lost answer, a retry)
   * answers the organisation first created rather than "name taken".
   */
  create(input: OrganisationInput, actor: Actor): Promise<OrganisationModel> {
    return createOnce(
      this.dataSource,
      idempotencyClaim(actor, 'createOrganisation', input),
      async (tx) => {
        const v = valuesOf(input);
        if (await this.repository.nameTaken(v.name, null, tx)) throw nameTaken(v.name);
        const created = await this.repository.insert(v, tx);
        await this.audit.record(tx, actor, {
          action: 'CREATED',
          entityType: 'organisation',
          entityId: created.id,
          after: { ...v },
        });
        return created;
      },
      (created) => created.id,
      (id) => this.repository.findById(id),
    );
  }

  /** Changes an organisation at its version; an idempotency key (meant for create) is refused, not ignored. */
  update(id: string, expectedVersion: number, input: OrganisationInput, actor: Actor): Promise<OrganisationModel> {
    if (input.idempotencyKey != null) throw keyOnEdit();
    return this.dataSource.transaction(async (tx) => {
      const before = await this.repository.lock(id, tx);
      if (!before) throw notFound('organisation', id);
      if (before.version !== expectedVersion) throw stale('organisation', expectedVersion, before.version);
      const v = valuesOf(input);
      if (await this.repository.nameTaken(v.name, id, tx)) throw nameTaken(v.name);
      const after = (await this.repository.update(id, before.version, v, tx))!;
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'organisation',
        entityId: id,
        before: { name: before.name, acronym: before.acronym, type: before.type, iatiRef: before.iatiRef },
        after: { ...v },
      });
      return after;
    });
  }
}

function keyOnEdit(): DomainError {
  return badInput(
    'updateOrganisation takes no idempotencyKey: the expectedVersion guards an edit. Send the change without the key.',
    'input.idempotencyKey',
    'IDEMPOTENCY_KEY_ON_EDIT',
  );
}

function nameTaken(name: string): DomainError {
  return new DomainError(ErrorCode.CONFLICT, `There is already an organisation named ${name}.`, 'input.name', {
    reason: 'DUPLICATE',
  });
}
