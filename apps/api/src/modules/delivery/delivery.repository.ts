import { Injectable } from '@nestjs/common';
import type { CostCategory } from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { SqlArg, SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import type { ExpenditureModel } from './models/expenditure.model.js';

export type ExpenditureRow = ExpenditureModel;

export interface NewExpenditure {
  activityId: string;
  year: number;
  category: CostCategory;
  spentOn: string;
  amount: string;
  currency: string;
  rateToUsd: string;
  rateDate: string;
  allocationId: string | null;
  beyondAllocationReason: string | null;
  paidToOrganisationId: string | null;
  description: string;
  illustrative: boolean;
  externalRef: string | null;
  recordedBy: string;
  recordedById: string | null;
}

const COLUMNS = `e.id, e.activity_id AS "activityId", e.year, e.category, e.spent_on::text AS "spentOn",
  e.amount::text AS amount, e.currency, e.rate_to_usd::text AS "rateToUsd", e.rate_date::text AS "rateDate",
  e.amount_usd::text AS "amountUsd", e.allocation_id AS "allocationId",
  e.beyond_allocation_reason AS "beyondAllocationReason", e.paid_to_organisation_id AS "paidToOrganisationId",
  e.description, e.illustrative`;

/** Expenditure lines: the expenditure table. */
@Injectable()
export class DeliveryRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  /** What each activity spent, in US dollars, summed in SQL (one query for a page of activities). */
  @SqlSnapshot([[SqlArg.UUID]])
  async spentOf(activityIds: readonly string[]): Promise<Array<{ activityId: string; spent: string }>> {
    return this.db().query(
      `SELECT activity_id AS "activityId", sum(amount_usd)::numeric(16,2)::text AS spent
         FROM expenditure WHERE activity_id = ANY ($1::uuid[]) GROUP BY activity_id`,
      [activityIds],
    );
  }

  /** What each activity spent per year, in US dollars (one query for a page of activities). */
  @SqlSnapshot([[SqlArg.UUID]])
  async spentByYearOf(
    activityIds: readonly string[],
  ): Promise<Array<{ activityId: string; year: number; amount: string }>> {
    return this.db().query(
      `SELECT activity_id AS "activityId", year, sum(amount_usd)::numeric(16,2)::text AS amount
         FROM expenditure WHERE activity_id = ANY ($1::uuid[]) GROUP BY activity_id, year ORDER BY activity_id, year`,
      [activityIds],
    );
  }

  /** The expenditure lines of a batch of activities, by date. */
  @SqlSnapshot([[SqlArg.UUID]])
  linesOf(activityIds: readonly string[]): Promise<ExpenditureRow[]> {
    return this.db().query(
      `SELECT ${COLUMNS} FROM expenditure e WHERE e.activity_id = ANY ($1::uuid[])
        ORDER BY e.activity_id, e.spent_on, e.recorded_at, e.id`,
      [activityIds],
    );
  }

  async byId(id: string, tx?: EntityManager): Promise<ExpenditureRow | null> {
    const [row]: ExpenditureRow[] = await this.db(tx).query(`SELECT ${COLUMNS} FROM expenditure e WHERE e.id = $1`, [
      id,
    ]);
    return row ?? null;
  }

  /** US dollars already spent on an activity in a year. */
  async spentIn(activityId: string, year: number, tx: EntityManager): Promise<string> {
    const [row]: Array<{ spent: string }> = await tx.query(
      `SELECT COALESCE(sum(amount_usd), 0)::numeric(16,2)::text AS spent FROM expenditure WHERE activity_id = $1 AND year = $2`,
      [activityId, year],
    );
    return row!.spent;
  }

  /** US dollars already spent against one allocation. */
  async spentAgainst(allocationId: string, tx: EntityManager): Promise<string> {
    const [row]: Array<{ spent: string }> = await tx.query(
      `SELECT COALESCE(sum(amount_usd), 0)::numeric(16,2)::text AS spent FROM expenditure WHERE allocation_id = $1`,
      [allocationId],
    );
    return row!.spent;
  }

  /** `amount` at `rate` in US dollars, rounded to the cent as the stored amount_usd is (not yet held to its size). */
  async toUsd(amount: string, rate: string, tx: EntityManager): Promise<string> {
    const [row]: Array<{ usd: string }> = await tx.query(`SELECT round($1::numeric * $2::numeric, 2)::text AS usd`, [
      amount,
      rate,
    ]);
    return row!.usd;
  }

  /** Inserts a line, its dollars rounded to the cent in SQL. */
  async insert(e: NewExpenditure, tx: EntityManager): Promise<string> {
    const [row]: Array<{ id: string }> = await tx.query(
      `INSERT INTO expenditure (activity_id, year, category, spent_on, amount, currency, rate_to_usd, rate_date,
                                amount_usd, allocation_id, beyond_allocation_reason, description, illustrative,
                                external_ref, recorded_by, recorded_by_id, paid_to_organisation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, round($5::numeric * $7::numeric, 2), $9, $10, $11, $12, $13, $14, $15,
               $16)
       RETURNING id`,
      [
        e.activityId,
        e.year,
        e.category,
        e.spentOn,
        e.amount,
        e.currency,
        e.rateToUsd,
        e.rateDate,
        e.allocationId,
        e.beyondAllocationReason,
        e.description,
        e.illustrative,
        e.externalRef,
        e.recordedBy,
        e.recordedById,
        e.paidToOrganisationId,
      ],
    );
    return row!.id;
  }

  /** Whether a line was already loaded with this stable key (demo data). */
  async externalRefTaken(externalRef: string, tx?: EntityManager): Promise<boolean> {
    const [row]: Array<{ taken: boolean }> = await this.db(tx).query(
      `SELECT EXISTS (SELECT 1 FROM expenditure WHERE external_ref = $1) AS taken`,
      [externalRef],
    );
    return Boolean(row?.taken);
  }
}
