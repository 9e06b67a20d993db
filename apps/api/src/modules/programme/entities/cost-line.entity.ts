import type { CostBasis, CostCategory } from '@ta/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What an activity costs in one year and category, exact to the cent, in US dollars. */
@Entity({ name: 'cost_line' })
export class CostLineEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @Column({ name: 'year', type: 'int' })
  year!: number;

  @Column({ name: 'category', type: 'text' })
  category!: CostCategory;

  @Column({ name: 'basis', type: 'text' })
  basis!: CostBasis;

  /** NUMERIC(14,2), read and written as a decimal string: never a floating point number. */
  @Column({ name: 'amount', type: 'numeric', precision: 14, scale: 2 })
  amount!: string;

  @Column({ name: 'currency', type: 'char', length: 3 })
  currency!: string;

  @Column({ name: 'rate_date', type: 'date' })
  rateDate!: string;

  @Column({ name: 'illustrative', type: 'boolean' })
  illustrative!: boolean;
}
