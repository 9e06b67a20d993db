import type { CooperationKind, CooperationOutcome, LegalBasis, RefusalGround } from '@ta/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One international cooperation request between two States, reported by one of them or both. */
@Entity({ name: 'cooperation_case' })
export class CooperationCaseEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'match_key', type: 'text' })
  matchKey!: string;

  @Column({ name: 'requesting_state_iso3', type: 'char', length: 3 })
  requestingStateIso3!: string;

  @Column({ name: 'requested_state_iso3', type: 'char', length: 3 })
  requestedStateIso3!: string;

  @Column({ name: 'reported_by_state_iso3', type: 'char', length: 3 })
  reportedByStateIso3!: string;

  @Column({ name: 'reported_by_both', type: 'boolean', default: false })
  reportedByBoth!: boolean;

  @Column({ name: 'kind', type: 'text' })
  kind!: CooperationKind;

  @Column({ name: 'offence', type: 'text' })
  offence!: string;

  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis!: LegalBasis;

  @Column({ name: 'outcome', type: 'text' })
  outcome!: CooperationOutcome;

  @Column({ name: 'sent_on', type: 'date' })
  sentOn!: string;

  @Column({ name: 'executed_on', type: 'date', nullable: true })
  executedOn!: string | null;

  @Column({ name: 'refusal_ground', type: 'text', nullable: true })
  refusalGround!: RefusalGround | null;

  @Column({ name: 'case_ref', type: 'text' })
  caseRef!: string;

  @Column({ name: 'illustrative', type: 'boolean', default: false })
  illustrative!: boolean;

  @Column({ name: 'version', type: 'int', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
