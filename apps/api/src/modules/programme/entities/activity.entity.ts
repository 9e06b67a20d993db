import type { ActivityPhase, ActivityStatus, ActivityType, DeliveryStatus } from '@ta/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A figure the source document gives about an activity, with the paragraph or footnote that gives it. */
export interface ActivityFigure {
  /** What is counted, e.g. "firearms destroyed in Colombia". */
  label: string;
  value: number;
  /** For a range ("8 to 10 countries"): its upper end. */
  upTo?: number | null;
  sourceParagraph: string;
}

/**
 * A piece of the programme: a proposal of 2009–2011 (sections II.B to VI.B of the source, costed) or an activity
 * under way in 2008 (II.A to VI.A, phase CURRENT, never costed here).
 */
@Entity({ name: 'activity' })
export class ActivityEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'code', type: 'text' })
  code!: string;

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

  @Column({ name: 'description', type: 'text' })
  description!: string;

  @Column({ name: 'priority_area_code', type: 'text' })
  priorityAreaCode!: string;

  @Column({ name: 'sub_area_code', type: 'text', nullable: true })
  subAreaCode!: string | null;

  @Column({ name: 'activity_type', type: 'text' })
  activityType!: ActivityType;

  @Column({ name: 'phase', type: 'text', default: 'PROPOSED' })
  phase!: ActivityPhase;

  @Column({ name: 'figures', type: 'jsonb', default: () => "'[]'::jsonb" })
  figures!: ActivityFigure[];

  @Column({ name: 'status', type: 'text' })
  status!: ActivityStatus;

  @Column({ name: 'beneficiary_states', type: 'text', array: true })
  beneficiaryStates!: string[];

  @Column({ name: 'beneficiary_regions', type: 'text', array: true })
  beneficiaryRegions!: string[];

  /** M49 codes of the areas it benefits (regions, sub-regions, intermediate regions; 001 = global). */
  @Column({ name: 'beneficiary_areas', type: 'text', array: true })
  beneficiaryAreas!: string[];

  @Column({ name: 'lead_office_code', type: 'text', nullable: true })
  leadOfficeCode!: string | null;

  @Column({ name: 'source_paragraph', type: 'text', nullable: true })
  sourceParagraph!: string | null;

  @Column({ name: 'section', type: 'text', nullable: true })
  section!: string | null;

  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn!: string | null;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  /** Where its delivery stands (PLANNED, IN_DELIVERY, COMPLETED, CANCELLED), changed by setDeliveryStatus. */
  @Column({ name: 'delivery_status', type: 'text', default: 'PLANNED' })
  deliveryStatus!: DeliveryStatus;

  @Column({ name: 'delivery_started_on', type: 'date', nullable: true })
  deliveryStartedOn!: string | null;

  @Column({ name: 'delivery_completed_on', type: 'date', nullable: true })
  deliveryCompletedOn!: string | null;

  @Column({ name: 'illustrative_note', type: 'text', nullable: true })
  illustrativeNote!: string | null;

  @Column({ name: 'external_ref', type: 'text', nullable: true })
  externalRef!: string | null;

  @Column({ name: 'version', type: 'int' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
