import type { LegalSystem } from '@ta/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type UnStatus = 'MEMBER' | 'OBSERVER';

/** A UN Member State or observer State, with its names and UN M49 geography. */
@Entity({ name: 'state' })
@Index('idx_state_region', ['region'])
export class StateEntity {
  @PrimaryColumn({ name: 'iso3', type: 'char', length: 3 })
  iso3!: string;

  @Column({ name: 'm49', type: 'char', length: 3 })
  m49!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column({ name: 'name_fr', type: 'text' })
  nameFr!: string;

  @Column({ name: 'name_es', type: 'text' })
  nameEs!: string;

  @Column({ name: 'region', type: 'text' })
  region!: string;

  @Column({ name: 'subregion', type: 'text', nullable: true })
  subregion!: string | null;

  @Column({ name: 'intermediate_region', type: 'text', nullable: true })
  intermediateRegion!: string | null;

  @Column({ name: 'un_status', type: 'text' })
  unStatus!: UnStatus;

  /** Null until classified (the demo sets every State's; see modules/demo/legal-systems-demo.data.ts). */
  @Column({ name: 'legal_system', type: 'text', nullable: true })
  legalSystem!: LegalSystem | null;
}
