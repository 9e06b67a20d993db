import type { AssistanceKind, RequestStatus } from '@ta/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A State's need for assistance, as logged and as it moves through the workflow. */
@Entity({ name: 'assistance_request' })
export class AssistanceRequestEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'state_iso3', type: 'char', length: 3 })
  stateIso3!: string;

  @Column({ name: 'priority_area_code', type: 'text' })
  priorityAreaCode!: string;

  @Column({ name: 'kind', type: 'text' })
  kind!: AssistanceKind;

  @Column({ name: 'topics', type: 'text', array: true })
  topics!: string[];

  @Column({ name: 'instruments', type: 'text', array: true })
  instruments!: string[];

  @Column({ name: 'channel', type: 'text' })
  channel!: string;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn!: string;

  @Column({ name: 'description', type: 'text' })
  description!: string;

  @Column({ name: 'status', type: 'text' })
  status!: RequestStatus;

  @Column({ name: 'source_paragraph', type: 'text', nullable: true })
  sourceParagraph!: string | null;

  /** What in this record the source document does not give (e.g. the date and status), when it comes from the demo data. */
  @Column({ name: 'illustrative_note', type: 'text', nullable: true })
  illustrativeNote!: string | null;

  /** Who logged it: a person's name or a system (e.g. the demo data loader). */
  @Column({ name: 'logged_by', type: 'text' })
  loggedBy!: string;

  @Column({ name: 'logged_by_id', type: 'uuid', nullable: true })
  loggedById!: string | null;

  /** Hidden field by field from those outside its scope (e.g. witness protection). */
  @Column({ name: 'confidential', type: 'boolean' })
  confidential!: boolean;

  @Column({ name: 'field_office_code', type: 'text', nullable: true })
  fieldOfficeCode!: string | null;

  /** The workshop whose outcome raised this request as a follow-up need. */
  @Column({ name: 'workshop_id', type: 'uuid', nullable: true })
  workshopId!: string | null;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  /** Stable key of a record loaded from the demo data, so loading twice changes nothing. */
  @Column({ name: 'external_ref', type: 'text', nullable: true })
  externalRef!: string | null;

  /** The key a client sent with the request it logged: the same key again answers this request, logging nothing. */
  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  /** What was sent with that key (everything but the key), to tell a retry from the key reused for other content. */
  @Column({ name: 'idempotency_hash', type: 'text', nullable: true })
  idempotencyHash!: string | null;

  @Column({ name: 'version', type: 'int' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
