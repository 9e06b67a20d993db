import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A law of a State in the legal library (its full-text vector is a generated column, never written). */
@Entity({ name: 'legislation' })
export class LegislationEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'state_iso3', type: 'char', length: 3 })
  stateIso3!: string;

  @Column({ name: 'title', type: 'text' })
  title!: string;

  @Column({ name: 'summary', type: 'text', nullable: true })
  summary!: string | null;

  @Column({ name: 'enacted_on', type: 'date', nullable: true })
  enactedOn!: string | null;

  @Column({ name: 'instruments', type: 'text', array: true, default: () => "'{}'" })
  instruments!: string[];

  @Column({ name: 'articles', type: 'text', array: true, default: () => "'{}'" })
  articles!: string[];

  @Column({ name: 'topics', type: 'text', array: true, default: () => "'{}'" })
  topics!: string[];

  @Column({ name: 'language', type: 'text' })
  language!: string;

  @Column({ name: 'link', type: 'text', nullable: true })
  link!: string | null;

  @Column({ name: 'illustrative', type: 'boolean', default: false })
  illustrative!: boolean;

  @Column({ name: 'source_paragraph', type: 'text', nullable: true })
  sourceParagraph!: string | null;

  @Column({ name: 'external_ref', type: 'text', nullable: true })
  externalRef!: string | null;
}
