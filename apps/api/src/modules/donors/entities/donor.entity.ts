import type { DonorType } from '@ta/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type { DonorType };

/** A Member State or organisation that funds the programme. */
@Entity({ name: 'donor' })
export class DonorEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'donor_type', type: 'text' })
  donorType!: DonorType;

  @Column({ name: 'country_iso3', type: 'char', length: 3, nullable: true })
  countryIso3!: string | null;

  @Column({ name: 'contact', type: 'text', nullable: true })
  contact!: string | null;

  /** For the secretariat only. */
  @Column({ name: 'confidential_notes', type: 'text', nullable: true })
  confidentialNotes!: string | null;

  /** Whether the donor agreed to be named to other donors. */
  @Column({ name: 'named_publicly', type: 'boolean' })
  namedPublicly!: boolean;

  @Column({ name: 'illustrative', type: 'boolean' })
  illustrative!: boolean;

  @Column({ name: 'external_ref', type: 'text', nullable: true })
  externalRef!: string | null;

  /** Stated priorities (empty: any): priority area codes, M49 area codes, instrument codes. */
  @Column({ name: 'priority_area_codes', type: 'text', array: true, default: () => "'{}'" })
  priorityAreaCodes!: string[];

  @Column({ name: 'priority_m49_areas', type: 'text', array: true, default: () => "'{}'" })
  priorityM49Areas!: string[];

  @Column({ name: 'priority_instruments', type: 'text', array: true, default: () => "'{}'" })
  priorityInstruments!: string[];

  @Column({ name: 'version', type: 'int' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
