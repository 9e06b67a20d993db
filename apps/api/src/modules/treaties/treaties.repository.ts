import { Injectable } from '@nestjs/common';
import type { ConsentKind, TreatyParticipation } from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { SqlArg, SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import type { TreatyCountModel, TreatyStatusModel } from './models/treaty-status.model.js';

interface StatusRow {
  state_iso3: string;
  instrument_code: string;
  status: TreatyParticipation;
  signed_on: string | null;
  consent_on: string | null;
  consent_kind: ConsentKind | null;
  reservations: string | null;
  source: string | null;
  illustrative: boolean;
  version: number;
}

const COLUMNS = `sp.state_iso3, sp.instrument_code, sp.status, sp.signed_on::text, sp.consent_on::text, sp.consent_kind,
                 sp.reservations, sp.source, sp.illustrative, sp.version`;

function toModel(r: StatusRow): TreatyStatusModel {
  return {
    stateIso3: r.state_iso3.trim(),
    instrumentCode: r.instrument_code,
    status: r.status,
    signedOn: r.signed_on,
    consentOn: r.consent_on,
    consentKind: r.consent_kind,
    reservations: r.reservations,
    source: r.source,
    illustrative: r.illustrative,
    version: r.version,
  };
}

/** What a treaty status row holds besides its key. */
export type TreatyStatusValues = Omit<TreatyStatusModel, 'stateIso3' | 'instrumentCode' | 'version'>;

/** The only place the treaty statuses' SQL lives (table `state_party`). */
@Injectable()
export class TreatiesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  /** Every status of a batch of States, in the instruments' order (one statement for a page of States). */
  @SqlSnapshot([[SqlArg.STATE, 'MEX']])
  async ofStates(iso3s: readonly string[]): Promise<TreatyStatusModel[]> {
    const rows: StatusRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS}
         FROM state_party sp JOIN instrument i ON i.code = sp.instrument_code
        WHERE sp.state_iso3 = ANY ($1::text[])
        ORDER BY sp.state_iso3, i.sort_order`,
      [[...iso3s]],
    );
    return rows.map(toModel);
  }

  /** Parties and signatories per instrument, counted in SQL, in the instruments' order. */
  @SqlSnapshot([])
  async counts(): Promise<TreatyCountModel[]> {
    const rows: Array<{ code: string; parties: number; signatories: number }> = await this.dataSource.query(
      `SELECT i.code,
              count(sp.state_iso3) FILTER (WHERE sp.status = 'PARTY')::int AS parties,
              count(sp.state_iso3) FILTER (WHERE sp.status = 'SIGNATORY')::int AS signatories
         FROM instrument i LEFT JOIN state_party sp ON sp.instrument_code = i.code
        GROUP BY i.code, i.sort_order
        ORDER BY i.sort_order`,
    );
    return rows.map((r) => ({ instrumentCode: r.code, parties: r.parties, signatories: r.signatories }));
  }

  /** The status, locked for the rest of the transaction; null when the State has none under the instrument. */
  async lock(iso3: string, instrumentCode: string, tx: EntityManager): Promise<TreatyStatusModel | null> {
    const rows: StatusRow[] = await tx.query(
      `SELECT ${COLUMNS} FROM state_party sp WHERE sp.state_iso3 = $1 AND sp.instrument_code = $2 FOR UPDATE`,
      [iso3, instrumentCode],
    );
    return rows[0] ? toModel(rows[0]) : null;
  }

  /**
   * Writes the status: inserted when `version` is null (none yet; a concurrent insert loses on the primary key),
   * else updated only if still at `version`. The row written, or null when someone else changed it first.
   */
  async save(
    iso3: string,
    instrumentCode: string,
    version: number | null,
    v: TreatyStatusValues,
    tx: EntityManager,
  ): Promise<TreatyStatusModel | null> {
    const values = [iso3, instrumentCode, v.status, v.signedOn, v.consentOn, v.consentKind, v.reservations, v.source];
    const rows: StatusRow[] =
      version === null
        ? await tx.query(
            `INSERT INTO state_party AS sp (state_iso3, instrument_code, status, signed_on, consent_on, consent_kind,
                                            reservations, source, illustrative)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
             ON CONFLICT (state_iso3, instrument_code) DO NOTHING
             RETURNING ${COLUMNS}`,
            [...values, v.illustrative],
          )
        : await tx.query(
            `UPDATE state_party sp
                SET status = $3, signed_on = $4, consent_on = $5, consent_kind = $6, reservations = $7, source = $8,
                    illustrative = $9, version = sp.version + 1, updated_at = now()
              WHERE sp.state_iso3 = $1 AND sp.instrument_code = $2 AND sp.version = $10
              RETURNING ${COLUMNS}`,
            [...values, v.illustrative, version],
          );
    // node-postgres answers an UPDATE … RETURNING as [rows, count] through TypeORM.
    const written = (Array.isArray(rows[0]) ? (rows[0] as unknown as StatusRow[]) : rows)[0];
    return written ? toModel(written) : null;
  }

  /** Removes the status if still at `version`; whether it did. */
  async remove(iso3: string, instrumentCode: string, version: number, tx: EntityManager): Promise<boolean> {
    const [, count]: [unknown, number] = await tx.query(
      `DELETE FROM state_party WHERE state_iso3 = $1 AND instrument_code = $2 AND version = $3`,
      [iso3, instrumentCode, version],
    );
    return count === 1;
  }

  /** Loads statuses as given where a State has none yet under the instrument (the demo data; never overwrites). */
  async insertMissing(rows: ReadonlyArray<TreatyStatusValues & { stateIso3: string; instrumentCode: string }>) {
    if (!rows.length) return 0;
    const inserted: unknown[] = await this.db().query(
      `INSERT INTO state_party (state_iso3, instrument_code, status, signed_on, consent_on, consent_kind, reservations,
                                source, illustrative)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
         "stateIso3" char(3), "instrumentCode" text, status text, "signedOn" date, "consentOn" date,
         "consentKind" text, reservations text, source text, illustrative boolean)
       ON CONFLICT (state_iso3, instrument_code) DO NOTHING
       RETURNING 1`,
      [JSON.stringify(rows)],
    );
    return inserted.length;
  }
}
