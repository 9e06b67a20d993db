import type { DatePrecision, WorkshopKind, WorkshopStatus } from '@ta/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An event: a workshop that delivers an activity, or a meeting or session the source dates. */
@Entity({ name: 'workshop' })
export class WorkshopEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'activity_id', type: 'uuid', nullable: true })
  activityId!: string | null;

  @Column({ name: 'title', type: 'text' })
  title!: string;

  /** Null until translated: the API then answers the English title. */
  @Column({ name: 'title_fr', type: 'text', nullable: true })
  titleFr!: string | null;

  @Column({ name: 'title_es', type: 'text', nullable: true })
  titleEs!: string | null;

  /** Whether the French and Spanish are the UN's own text (false: translations made for this tool). */
  @Column({ name: 'translations_official', type: 'boolean', default: false })
  translationsOfficial!: boolean;

  @Column({ name: 'kind', type: 'text' })
  kind!: WorkshopKind;

  /** DAY, or a MONTH, QUARTER or YEAR that starts_on opens and ends_on closes. */
  @Column({ name: 'date_precision', type: 'text', default: 'DAY' })
  datePrecision!: DatePrecision;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ name: 'city', type: 'text' })
  city!: string;

  /** The city as French and Spanish write it (Le Caire, El Cairo); null when the same as in English. */
  @Column({ name: 'city_fr', type: 'text', nullable: true })
  cityFr!: string | null;

  @Column({ name: 'city_es', type: 'text', nullable: true })
  cityEs!: string | null;

  @Column({ name: 'country_iso3', type: 'char', length: 3, nullable: true })
  countryIso3!: string | null;

  @Column({ name: 'region', type: 'text', nullable: true })
  region!: string | null;

  @Column({ name: 'languages', type: 'text', array: true })
  languages!: string[];

  @Column({ name: 'status', type: 'text' })
  status!: WorkshopStatus;

  @Column({ name: 'source_paragraph', type: 'text', nullable: true })
  sourceParagraph!: string | null;

  @Column({ name: 'illustrative_note', type: 'text', nullable: true })
  illustrativeNote!: string | null;

  @Column({ name: 'field_office_code', type: 'text', nullable: true })
  fieldOfficeCode!: string | null;

  @Column({ name: 'external_ref', type: 'text', nullable: true })
  externalRef!: string | null;

  @Column({ name: 'version', type: 'int' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
