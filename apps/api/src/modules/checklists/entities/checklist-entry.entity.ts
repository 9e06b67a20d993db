import type { ChecklistStatus } from '@ta/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One State's checklist in one cycle (NOT_STARTED is the absence of a row). */
@Entity({ name: 'checklist_entry' })
export class ChecklistEntryEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId!: string;

  @Column({ name: 'state_iso3', type: 'char', length: 3 })
  stateIso3!: string;

  @Column({ name: 'questionnaire_version', type: 'int' })
  questionnaireVersion!: number;

  @Column({ name: 'focal_point', type: 'text', nullable: true })
  focalPoint!: string | null;

  @Column({ name: 'status', type: 'text' })
  status!: Exclude<ChecklistStatus, 'NOT_STARTED'>;

  @Column({ name: 'submitted_on', type: 'date', nullable: true })
  submittedOn!: string | null;

  @Column({ name: 'entered_by_id', type: 'uuid', nullable: true })
  enteredById!: string | null;

  /** The workshop at which the State's representatives filled it in (Dakar, para. 9), when there was one. */
  @Column({ name: 'workshop_id', type: 'uuid', nullable: true })
  workshopId!: string | null;

  @Column({ name: 'illustrative', type: 'boolean', default: false })
  illustrative!: boolean;

  @Column({ name: 'version', type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
