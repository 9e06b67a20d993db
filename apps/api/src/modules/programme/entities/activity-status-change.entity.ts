import type { ActivityStatus } from '@ta/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'activity_status_change' })
export class ActivityStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: ActivityStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: ActivityStatus;

  @Column({ name: 'at', type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'by', type: 'text' })
  by!: string;

  @Column({ name: 'by_id', type: 'uuid', nullable: true })
  byId!: string | null;

  @Column({ name: 'reason', type: 'text', nullable: true })
  reason!: string | null;
}
