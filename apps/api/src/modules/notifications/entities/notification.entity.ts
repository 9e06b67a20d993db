import type { NotificationEvent } from '@ta/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One entry of a person's inbox: what happened to which record, in their language, read or not. */
@Entity({ name: 'notification' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'event', type: 'text' })
  event!: NotificationEvent;

  @Column({ name: 'entity_type', type: 'text' })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId!: string;

  @Column({ name: 'message', type: 'text' })
  message!: string;

  @Column({ name: 'params', type: 'jsonb' })
  params!: Record<string, string>;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Column({ name: 'emailed', type: 'boolean' })
  emailed!: boolean;
}
