import type { AuthorityChannel, AuthorityKind } from '@ta/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One entry of the directory of competent national authorities. */
@Entity({ name: 'competent_authority' })
export class CompetentAuthorityEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'state_iso3', type: 'char', length: 3 })
  stateIso3!: string;

  @Column({ name: 'instrument_code', type: 'text' })
  instrumentCode!: string;

  @Column({ name: 'kind', type: 'text' })
  kind!: AuthorityKind;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'address', type: 'text', nullable: true })
  address!: string | null;

  @Column({ name: 'phone', type: 'text', nullable: true })
  phone!: string | null;

  @Column({ name: 'email', type: 'text', nullable: true })
  email!: string | null;

  @Column({ name: 'languages', type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  @Column({ name: 'channels', type: 'text', array: true, default: () => "'{}'" })
  channels!: AuthorityChannel[];

  @Column({ name: 'legal_requirements', type: 'text', nullable: true })
  legalRequirements!: string | null;

  @Column({ name: 'time_limits', type: 'text', nullable: true })
  timeLimits!: string | null;

  @Column({ name: 'last_confirmed_on', type: 'date', nullable: true })
  lastConfirmedOn!: string | null;

  @Column({ name: 'illustrative', type: 'boolean', default: false })
  illustrative!: boolean;

  @Column({ name: 'external_ref', type: 'text', nullable: true })
  externalRef!: string | null;

  @Column({ name: 'version', type: 'int', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
