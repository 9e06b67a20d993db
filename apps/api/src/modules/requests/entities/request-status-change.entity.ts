import type { RequestStatus } from '@ta/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One move of a request's status: from, to, when, by whom and why. Written once, never edited. */
@Entity({ name: 'request_status_change' })
export class RequestStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  /** Null for the entry that records the request being logged. */
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: RequestStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: RequestStatus;

  @Column({ name: 'at', type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'by', type: 'text' })
  by!: string;

  @Column({ name: 'by_id', type: 'uuid', nullable: true })
  byId!: string | null;

  @Column({ name: 'reason', type: 'text', nullable: true })
  reason!: string | null;

  /** Set when the entry was moved here from a request merged into this one. */
  @Column({ name: 'merged_from_id', type: 'uuid', nullable: true })
  mergedFromId!: string | null;
}
