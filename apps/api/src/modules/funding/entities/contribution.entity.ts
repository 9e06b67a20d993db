import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type ContributionStage = 'INTENDED' | 'PLEDGED' | 'COMMITTED' | 'PAID';

/** Money a donor gives: as given (amount, currency), and in US dollars at a stated rate and date. */
@Entity({ name: 'contribution' })
export class ContributionEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'donor_id', type: 'uuid' })
  donorId!: string;

  @Column({ name: 'amount', type: 'numeric', precision: 16, scale: 2 })
  amount!: string;

  @Column({ name: 'currency', type: 'char', length: 3 })
  currency!: string;

  @Column({ name: 'contributed_on', type: 'date' })
  contributedOn!: string;

  @Column({ name: 'rate_to_usd', type: 'numeric', precision: 18, scale: 8 })
  rateToUsd!: string;

  @Column({ name: 'rate_date', type: 'date' })
  rateDate!: string;

  @Column({ name: 'amount_usd', type: 'numeric', precision: 16, scale: 2 })
  amountUsd!: string;

  @Column({ name: 'years_covered', type: 'int', array: true })
  yearsCovered!: number[];

  /** IATI earmarking category: 1 unearmarked, 2 softly earmarked (a priority area), 3–4 earmarked (an activity). */
  @Column({ name: 'earmarking_category', type: 'int' })
  earmarkingCategory!: number;

  @Column({ name: 'priority_area_code', type: 'text', nullable: true })
  priorityAreaCode!: string | null;

  @Column({ name: 'activity_id', type: 'uuid', nullable: true })
  activityId!: string | null;

  @Column({ name: 'stage', type: 'text' })
  stage!: ContributionStage;

  @Column({ name: 'agreement_ref', type: 'text', nullable: true })
  agreementRef!: string | null;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  @Column({ name: 'request_hash', type: 'text', nullable: true })
  requestHash!: string | null;

  @Column({ name: 'illustrative', type: 'boolean' })
  illustrative!: boolean;

  @Column({ name: 'external_ref', type: 'text', nullable: true })
  externalRef!: string | null;

  @Column({ name: 'version', type: 'int' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
