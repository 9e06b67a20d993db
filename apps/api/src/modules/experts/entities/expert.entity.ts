import type { Gender, LegalSystem } from '@ta/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A person on the roster who can serve as a resource person or adviser. */
@Entity({ name: 'expert' })
export class ExpertEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'nationality_iso3', type: 'char', length: 3, nullable: true })
  nationalityIso3!: string | null;

  @Column({ name: 'organisation', type: 'text', nullable: true })
  organisation!: string | null;

  @Column({ name: 'expertise', type: 'text', array: true })
  expertise!: string[];

  @Column({ name: 'languages', type: 'text', array: true })
  languages!: string[];

  @Column({ name: 'legal_system', type: 'text', nullable: true })
  legalSystem!: LegalSystem | null;

  @Column({ name: 'gender', type: 'text', nullable: true })
  gender!: Gender | null;

  @Column({ name: 'advisory_group', type: 'boolean' })
  advisoryGroup!: boolean;

  @Column({ name: 'available', type: 'boolean' })
  available!: boolean;

  @Column({ name: 'illustrative_note', type: 'text', nullable: true })
  illustrativeNote!: string | null;

  @Column({ name: 'source_paragraph', type: 'text', nullable: true })
  sourceParagraph!: string | null;

  @Column({ name: 'external_ref', type: 'text', nullable: true })
  externalRef!: string | null;

  @Column({ name: 'version', type: 'int' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
