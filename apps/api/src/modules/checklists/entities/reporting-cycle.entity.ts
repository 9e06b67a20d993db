import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A reporting cycle the Conference opened, with the instruments its questionnaire covers. */
@Entity({ name: 'reporting_cycle' })
export class ReportingCycleEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'opened_by', type: 'text' })
  openedBy!: string;

  @Column({ name: 'opened_year', type: 'int' })
  openedYear!: number;

  @Column({ name: 'instruments', type: 'text', array: true, default: () => "'{}'" })
  instruments!: string[];

  /** The questionnaire's version new entries answer. */
  @Column({ name: 'questionnaire_version', type: 'int', default: 1 })
  questionnaireVersion!: number;

  @Column({ name: 'source_paragraph', type: 'text', nullable: true })
  sourceParagraph!: string | null;

  @Column({ name: 'external_ref', type: 'text', nullable: true })
  externalRef!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
