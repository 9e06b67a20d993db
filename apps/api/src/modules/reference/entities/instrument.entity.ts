import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The Convention, its Protocols and the Convention against Corruption. */
@Entity({ name: 'instrument' })
export class InstrumentEntity {
  @PrimaryColumn({ name: 'code', type: 'text' })
  code!: string;

  @Column({ name: 'title', type: 'text' })
  title!: string;

  @Column({ name: 'short_title', type: 'text' })
  shortTitle!: string;

  @Column({ name: 'entry_into_force', type: 'date', nullable: true })
  entryIntoForce!: string | null;

  @Column({ name: 'source_paragraph', type: 'text', nullable: true })
  sourceParagraph!: string | null;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder!: number;
}
