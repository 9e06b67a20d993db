import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One question of a cycle's questionnaire (one version of it), under an instrument and article. */
@Entity({ name: 'checklist_question' })
export class ChecklistQuestionEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId!: string;

  @Column({ name: 'questionnaire_version', type: 'int' })
  questionnaireVersion!: number;

  @Column({ name: 'code', type: 'text' })
  code!: string;

  @Column({ name: 'position', type: 'int' })
  position!: number;

  @Column({ name: 'section_en', type: 'text' })
  sectionEn!: string;

  @Column({ name: 'section_fr', type: 'text' })
  sectionFr!: string;

  @Column({ name: 'section_es', type: 'text' })
  sectionEs!: string;

  @Column({ name: 'instrument_code', type: 'text' })
  instrumentCode!: string;

  @Column({ name: 'article', type: 'text' })
  article!: string;

  @Column({ name: 'text_en', type: 'text' })
  textEn!: string;

  @Column({ name: 'text_fr', type: 'text' })
  textFr!: string;

  @Column({ name: 'text_es', type: 'text' })
  textEs!: string;

  @Column({ name: 'illustrative', type: 'boolean', default: false })
  illustrative!: boolean;
}
