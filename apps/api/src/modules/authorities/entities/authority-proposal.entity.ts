import type { ProposalStatus } from '@ta/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuthorityDraftModel } from '../models/authority.model.js';

/** A change to the directory proposed by a field office, waiting for (or decided by) the secretariat. */
@Entity({ name: 'authority_proposal' })
export class AuthorityProposalEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'authority_id', type: 'uuid', nullable: true })
  authorityId!: string | null;

  /** The entry's version the proposal was made against: confirming it over a later edit is a conflict. */
  @Column({ name: 'authority_version', type: 'int', nullable: true })
  authorityVersion!: number | null;

  @Column({ name: 'state_iso3', type: 'char', length: 3 })
  stateIso3!: string;

  @Column({ name: 'proposed', type: 'jsonb' })
  proposed!: AuthorityDraftModel;

  @Column({ name: 'note', type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'status', type: 'text', default: 'PENDING' })
  status!: ProposalStatus;

  @Column({ name: 'proposed_by_id', type: 'uuid', nullable: true })
  proposedById!: string | null;

  @Column({ name: 'proposed_at', type: 'timestamptz', default: () => 'now()' })
  proposedAt!: Date;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ name: 'version', type: 'int', default: 1 })
  version!: number;
}
