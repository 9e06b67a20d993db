import { Injectable } from '@nestjs/common';
import { authorityProblems } from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { badInput, notFound, stale } from '../../infra/errors/common-errors.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import type { AccessPolicy } from '../access/access.policy.js';
import { PDF } from '../../infra/pdf/pdf.js';
import type { DownloadFile } from '../accounts/file-downloads.service.js';
import { requestSheetPdf, type SheetLanguage } from './exports/request-sheet.export.js';
import { AuditService } from '../audit/audit.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { AuthoritiesRepository, type AuthorityValues } from './authorities.repository.js';
import type { AuthorityFilter, AuthorityInput, AuthorityProposalFilter } from './dto/authority.input.js';
import type { AuthorityProposalEntity } from './entities/authority-proposal.entity.js';
import type { CompetentAuthorityEntity } from './entities/competent-authority.entity.js';
import type { AuthorityDraftModel } from './models/authority.model.js';

const trimmed = (v: string | null | undefined): string | null => v?.trim() || null;

/** An input as the entry it writes: trimmed, de-duplicated, the State's code in capitals. */
export function draftOf(input: AuthorityInput): AuthorityDraftModel {
  return {
    stateIso3: input.stateIso3.trim().toUpperCase(),
    instrumentCode: input.instrumentCode.trim(),
    kind: input.kind,
    name: input.name.trim(),
    address: trimmed(input.address),
    phone: trimmed(input.phone),
    email: trimmed(input.email),
    languages: [...new Set(input.languages.map((l) => l.toLowerCase()))],
    channels: [...new Set(input.channels)],
    legalRequirements: trimmed(input.legalRequirements),
    timeLimits: trimmed(input.timeLimits),
    lastConfirmedOn: input.lastConfirmedOn ?? null,
  };
}

const auditView = (a: CompetentAuthorityEntity | AuthorityDraftModel) => ({ ...a });

/**
 * The directory of competent authorities: the secretariat keeps it; a field office proposes changes for its
 * States, which the secretariat confirms (applied then) or rejects. Every step in one transaction, audited.
 */
@Injectable()
export class AuthoritiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AuthoritiesRepository,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
  ) {}

  list(filter: AuthorityFilter, first: number | null | undefined, after: string | null | undefined) {
    return this.repository.list(filter, first, after);
  }

  /** An entry's "how to send us a request" sheet as a PDF file in the language asked; null when there is no such entry. */
  async requestSheet(id: string, language: SheetLanguage): Promise<DownloadFile | null> {
    const entry = await this.repository.findById(id);
    if (!entry) return null;
    const [state] = await this.reference.statesByIso3([entry.stateIso3.trim()]);
    const stateName = state ? { EN: state.nameEn, FR: state.nameFr, ES: state.nameEs }[language] : entry.stateIso3;
    const content = await requestSheetPdf({ ...entry, stateName }, language);
    const slug = `${entry.stateIso3.trim()}-${entry.kind}`.toLowerCase().replace(/_/g, '-');
    return { fileName: `request-sheet-${slug}-${language.toLowerCase()}.pdf`, content, contentType: PDF };
  }

  ofStates(iso3s: readonly string[]): Promise<CompetentAuthorityEntity[]> {
    return this.repository.ofStates(iso3s);
  }

  create(input: AuthorityInput, policy: AccessPolicy): Promise<CompetentAuthorityEntity> {
    const actor = policy.actorOrFail;
    return this.dataSource.transaction(async (tx) => {
      const draft = await this.checked(input);
      const created = await this.repository.insert({ ...draft, illustrative: false, externalRef: null }, tx);
      await this.audit.record(tx, actor, {
        action: 'CREATED',
        entityType: 'competent_authority',
        entityId: created.id,
        after: auditView(draft),
      });
      return created;
    });
  }

  update(id: string, expectedVersion: number, input: AuthorityInput, policy: AccessPolicy) {
    const actor = policy.actorOrFail;
    return this.dataSource.transaction(async (tx) => {
      const draft = await this.checked(input);
      const updated = await this.apply(tx, id, expectedVersion, draft);
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'competent_authority',
        entityId: id,
        before: auditView(updated.before),
        after: auditView(draft),
      });
      return updated.after;
    });
  }

  /** A field office's proposed change (a new entry when `authorityId` is null) for one of its States. */
  propose(authorityId: string | null, input: AuthorityInput, note: string | null, policy: AccessPolicy) {
    const actor = policy.actorOrFail;
    return this.dataSource.transaction(async (tx) => {
      const draft = await this.checked(input);
      await policy.assertMayActOnState(draft.stateIso3, 'input.stateIso3');
      let authorityVersion: number | null = null;
      if (authorityId) {
        const current = await this.repository.findById(authorityId, tx);
        if (!current) throw notFound('authority', authorityId, 'authorityId');
        authorityVersion = current.version;
        await policy.assertMayActOnState(current.stateIso3.trim(), 'authorityId');
        if (current.stateIso3.trim() !== draft.stateIso3) {
          throw badInput('A proposal cannot move an authority to another State.', 'input.stateIso3');
        }
      }
      const proposal = await this.repository.insertProposal(
        {
          authorityId,
          authorityVersion,
          stateIso3: draft.stateIso3,
          proposed: draft,
          note: trimmed(note),
          proposedById: actor.userId,
        },
        tx,
      );
      await this.audit.record(tx, actor, {
        action: 'CREATED',
        entityType: 'authority_proposal',
        entityId: proposal.id,
        after: { authorityId, proposed: auditView(draft), note: proposal.note },
      });
      return proposal;
    });
  }

  proposals(
    filter: AuthorityProposalFilter,
    first: number | null | undefined,
    after: string | null | undefined,
    policy: AccessPolicy,
  ): Promise<Connection<AuthorityProposalEntity>> {
    return policy.actableStates().then((states) => this.repository.proposals(filter, states, first, after));
  }

  /** Confirms (applies the proposed entry, at the version it finds) or rejects a pending proposal. */
  decide(id: string, expectedVersion: number, confirm: boolean, reason: string | null, policy: AccessPolicy) {
    const actor = policy.actorOrFail;
    return this.dataSource.transaction(async (tx) => {
      const proposal = await this.repository.lockProposal(id, tx, () => notFound('proposal', id));
      if (proposal.version !== expectedVersion) throw stale('proposal', expectedVersion, proposal.version);
      if (proposal.status !== 'PENDING') {
        throw new DomainError(ErrorCode.CONFLICT, `This proposal was already ${proposal.status.toLowerCase()}.`, 'id', {
          reason: 'PROPOSAL_DECIDED',
          status: proposal.status,
        });
      }
      let authorityId = proposal.authorityId;
      if (confirm) {
        const draft = proposal.proposed;
        if (authorityId) {
          const current = await this.repository.lock(authorityId, tx, () => notFound('authority', authorityId!));
          // Someone changed the entry after the proposal was made: confirming would overwrite that change.
          if (proposal.authorityVersion !== null && current.version !== proposal.authorityVersion) {
            throw new DomainError(
              ErrorCode.CONFLICT,
              'The entry was changed after this proposal was made; reject it, or edit the entry with what it proposes.',
              'id',
              { reason: 'STALE_VERSION', currentVersion: current.version, expectedVersion: proposal.authorityVersion },
            );
          }
          await this.apply(tx, authorityId, current.version, draft);
          await this.audit.record(tx, actor, {
            action: 'UPDATED',
            entityType: 'competent_authority',
            entityId: authorityId,
            before: auditView(current),
            after: { ...auditView(draft), fromProposal: id },
          });
        } else {
          const created = await this.repository.insert({ ...draft, illustrative: false, externalRef: null }, tx);
          authorityId = created.id;
          await this.audit.record(tx, actor, {
            action: 'CREATED',
            entityType: 'competent_authority',
            entityId: created.id,
            after: { ...auditView(draft), fromProposal: id },
          });
        }
      } else if (!trimmed(reason)) {
        throw badInput('Say why the proposal is rejected: the field office reads it.', 'reason', 'REASON_REQUIRED');
      }
      const status = confirm ? 'CONFIRMED' : 'REJECTED';
      await this.repository.updateProposal(
        id,
        proposal.version,
        { status, authorityId, decisionReason: trimmed(reason), decidedById: actor.userId, decidedAt: new Date() },
        tx,
        () => stale('proposal', expectedVersion, proposal.version + 1),
      );
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'authority_proposal',
        entityId: id,
        before: { status: proposal.status },
        after: { status, authorityId, reason: trimmed(reason) },
      });
      return (await this.repository.findProposal(id, tx))!;
    });
  }

  // ---------------------------------------------------------------- helpers

  /** The input as an entry, its State and instrument known and its kind designated under the instrument. */
  private async checked(input: AuthorityInput): Promise<AuthorityDraftModel> {
    const draft = draftOf(input);
    if (!(await this.reference.statesByIso3([draft.stateIso3])).length) {
      throw badInput(
        `There is no State with the ISO code ${draft.stateIso3}.`,
        'input.stateIso3',
        'UNKNOWN_REFERENCE',
        {
          codes: draft.stateIso3,
        },
      );
    }
    if (!(await this.reference.instrumentsByCode([draft.instrumentCode])).length) {
      throw badInput(
        `There is no instrument with the code ${draft.instrumentCode}.`,
        'input.instrumentCode',
        'UNKNOWN_REFERENCE',
        { codes: draft.instrumentCode },
      );
    }
    const problem = authorityProblems(draft)[0];
    if (problem) throw badInput(problem.message, `input.${problem.field}`, problem.reason);
    return draft;
  }

  private async apply(tx: EntityManager, id: string, expectedVersion: number, draft: AuthorityDraftModel) {
    const before = await this.repository.lock(id, tx, () => notFound('authority', id));
    if (before.version !== expectedVersion) throw stale('authority', expectedVersion, before.version);
    // A person who writes the entry states it: it is no longer the demo's invention.
    const values: Partial<AuthorityValues> = { ...draft, illustrative: false };
    await this.repository.update(id, before.version, values, tx, () =>
      stale('authority', expectedVersion, before.version + 1),
    );
    return { before, after: (await this.repository.findById(id, tx))! };
  }
}
