import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A type of assistance the Working Group listed within a priority area (paras 4, 14, 37, 51, 61). */
@Entity({ name: 'priority_sub_area' })
@Index('idx_priority_sub_area_area', ['priorityAreaCode'])
export class PrioritySubAreaEntity {
  /** Area letter and item letter, e.g. "B.c". */
  @PrimaryColumn({ name: 'code', type: 'text' })
  code!: string;

  @Column({ name: 'priority_area_code', type: 'text' })
  priorityAreaCode!: string;

  @Column({ name: 'title_en', type: 'text' })
  titleEn!: string;

  /** Translated for this tool from the English of the source document (which is in English only). */
  @Column({ name: 'title_fr', type: 'text' })
  titleFr!: string;

  @Column({ name: 'title_es', type: 'text' })
  titleEs!: string;

  @Column({ name: 'source_paragraph', type: 'text' })
  sourceParagraph!: string;
}
