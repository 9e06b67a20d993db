import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One of the five priority areas the Working Group set (para. 2). */
@Entity({ name: 'priority_area' })
export class PriorityAreaEntity {
  /** The letter of para. 2: A to E. */
  @PrimaryColumn({ name: 'code', type: 'text' })
  code!: string;

  @Column({ name: 'title_en', type: 'text' })
  titleEn!: string;

  @Column({ name: 'title_fr', type: 'text' })
  titleFr!: string;

  @Column({ name: 'title_es', type: 'text' })
  titleEs!: string;

  /** The chapter of the source document that deals with the area (e.g. "II"). */
  @Column({ name: 'chapter', type: 'text' })
  chapter!: string;

  @Column({ name: 'source_paragraph', type: 'text' })
  sourceParagraph!: string;
}
