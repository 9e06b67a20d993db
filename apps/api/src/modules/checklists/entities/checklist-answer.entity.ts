import type { AssistanceKind, ChecklistAnswerValue } from '@ta/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A State's answer to one question; its need, once accepted, points at the request it raised or joined. */
@Entity({ name: 'checklist_answer' })
export class ChecklistAnswerEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'entry_id', type: 'uuid' })
  entryId!: string;

  @Column({ name: 'question_id', type: 'uuid' })
  questionId!: string;

  @Column({ name: 'answer', type: 'text', nullable: true })
  answer!: ChecklistAnswerValue | null;

  @Column({ name: 'comment', type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'needs_assistance', type: 'boolean', default: false })
  needsAssistance!: boolean;

  @Column({ name: 'assistance_kind', type: 'text', nullable: true })
  assistanceKind!: AssistanceKind | null;

  @Column({ name: 'assistance_topics', type: 'text', array: true, default: () => "'{}'" })
  assistanceTopics!: string[];

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId!: string | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'accepted_by_id', type: 'uuid', nullable: true })
  acceptedById!: string | null;

  @Column({ name: 'version', type: 'int', default: 1 })
  version!: number;
}
