import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A UNODC field office and the part of the world it covers. */
@Entity({ name: 'field_office' })
export class FieldOfficeEntity {
  @PrimaryColumn({ name: 'code', type: 'text' })
  code!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'city', type: 'text' })
  city!: string;

  @Column({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3!: string;

  /** Whether a legal adviser of the Treaty and Legislative Assistance Branch is posted there (footnote 11). */
  @Column({ name: 'has_legal_adviser', type: 'boolean' })
  hasLegalAdviser!: boolean;

  /** UN M49 sub-regions or intermediate regions the office covers. */
  @Column({ name: 'regions', type: 'text', array: true })
  regions!: string[];

  /** States covered beyond those regions. */
  @Column({ name: 'extra_states', type: 'text', array: true })
  extraStates!: string[];

  @Column({ name: 'source_paragraph', type: 'text', nullable: true })
  sourceParagraph!: string | null;
}
