import { Injectable } from '@nestjs/common';
import { ORGANISATION_TYPES, type OrganisationType, type ParticipationRole } from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../../infra/database/ids.js';
import { escapeLike } from '../../infra/database/like.js';
import { SqlArg, SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import type { OrganisationFilter } from './dto/organisation.input.js';
import type { OrganisationModel, ParticipatingOrganisationModel } from './models/organisation.model.js';

interface OrganisationRow {
  id: string;
  name: string;
  acronym: string | null;
  org_type: OrganisationType;
  iati_ref: string | null;
  version: number;
}

const COLUMNS = 'o.id, o.name, o.acronym, o.org_type, o.iati_ref, o.version';

const toModel = (r: OrganisationRow): OrganisationModel => ({
  id: r.id,
  name: r.name,
  acronym: r.acronym,
  type: r.org_type,
  typeCode: ORGANISATION_TYPES[r.org_type],
  iatiRef: r.iati_ref,
  version: r.version,
});

/** The only place the partner organisations' SQL lives (`organisation`, `activity_organisation`). */
@Injectable()
export class OrganisationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  /** Organisations by name (a reference list of dozens, as States are). */
  @SqlSnapshot([{ search: 'un', type: 'MULTILATERAL' }])
  async list(filter: OrganisationFilter): Promise<OrganisationModel[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.search?.trim()) {
      params.push(`%${escapeLike(filter.search.trim())}%`);
      where.push(`(o.name ILIKE $${params.length} OR o.acronym ILIKE $${params.length})`);
    }
    if (filter.type) {
      params.push(filter.type);
      where.push(`o.org_type = $${params.length}`);
    }
    const rows: OrganisationRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM organisation o ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY o.name`,
      params,
    );
    return rows.map(toModel);
  }

  async findById(id: string, tx?: EntityManager): Promise<OrganisationModel | null> {
    if (!isUuid(id)) return null;
    const rows: OrganisationRow[] = await this.db(tx).query(`SELECT ${COLUMNS} FROM organisation o WHERE o.id = $1`, [
      id,
    ]);
    return rows[0] ? toModel(rows[0]) : null;
  }

  async findByIds(ids: readonly string[], tx?: EntityManager): Promise<OrganisationModel[]> {
    const rows: OrganisationRow[] = await this.db(tx).query(
      `SELECT ${COLUMNS} FROM organisation o WHERE o.id = ANY ($1::uuid[])`,
      [ids.filter(isUuid)],
    );
    return rows.map(toModel);
  }

  async lock(id: string, tx: EntityManager): Promise<OrganisationModel | null> {
    if (!isUuid(id)) return null;
    const rows: OrganisationRow[] = await tx.query(`SELECT ${COLUMNS} FROM organisation o WHERE o.id = $1 FOR UPDATE`, [
      id,
    ]);
    return rows[0] ? toModel(rows[0]) : null;
  }

  async nameTaken(name: string, exceptId: string | null, tx: EntityManager): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM organisation WHERE lower(name) = lower($1) AND ($2::uuid IS NULL OR id <> $2)`,
      [name, exceptId],
    );
    return rows.length > 0;
  }

  async insert(
    v: { name: string; acronym: string | null; type: OrganisationType; iatiRef: string | null },
    tx: EntityManager,
  ): Promise<OrganisationModel> {
    const rows: OrganisationRow[] = await tx.query(
      `INSERT INTO organisation AS o (name, acronym, org_type, iati_ref) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
      [v.name, v.acronym, v.type, v.iatiRef],
    );
    return toModel(rows[0]);
  }

  /** Changes an organisation if still at `version`; the row, or null when someone else changed it first. */
  async update(
    id: string,
    version: number,
    v: { name: string; acronym: string | null; type: OrganisationType; iatiRef: string | null },
    tx: EntityManager,
  ): Promise<OrganisationModel | null> {
    const [rows]: [OrganisationRow[], number] = await tx.query(
      `UPDATE organisation o SET name = $3, acronym = $4, org_type = $5, iati_ref = $6, version = o.version + 1,
              updated_at = now()
        WHERE o.id = $1 AND o.version = $2 RETURNING ${COLUMNS}`,
      [id, version, v.name, v.acronym, v.type, v.iatiRef],
    );
    return rows[0] ? toModel(rows[0]) : null;
  }

  /** Every role of every organisation on a batch of activities, in each activity's order. */
  @SqlSnapshot([[SqlArg.UUID]])
  async participationsOf(
    activityIds: readonly string[],
    tx?: EntityManager,
  ): Promise<ParticipatingOrganisationModel[]> {
    const rows: Array<OrganisationRow & { activity_id: string; role: ParticipationRole }> = await this.db(tx).query(
      `SELECT ao.activity_id, ao.role, ${COLUMNS}
         FROM activity_organisation ao JOIN organisation o ON o.id = ao.organisation_id
        WHERE ao.activity_id = ANY ($1::uuid[])
        ORDER BY ao.activity_id, ao.position, o.name`,
      [activityIds.filter(isUuid)],
    );
    return rows.map((r) => ({ activityId: r.activity_id, role: r.role, organisation: toModel(r) }));
  }

  /**
   * Makes the named organisations the activity's implementing partners, in the order given: a name not yet in
   * the registry becomes an organisation (type OTHER, to classify). Other roles are kept.
   */
  async setImplementingByNames(activityId: string, names: readonly string[], tx: EntityManager): Promise<void> {
    const clean = [
      ...new Map(
        names
          .map((n) => n.trim())
          .filter(Boolean)
          .map((n) => [n.toLowerCase(), n]),
      ).values(),
    ];
    await tx.query(`INSERT INTO organisation (name) SELECT unnest($1::text[]) ON CONFLICT ((lower(name))) DO NOTHING`, [
      clean,
    ]);
    await tx.query(`DELETE FROM activity_organisation WHERE activity_id = $1 AND role = 'IMPLEMENTING'`, [activityId]);
    await tx.query(
      `INSERT INTO activity_organisation (activity_id, organisation_id, role, position)
       SELECT $1, o.id, 'IMPLEMENTING', n.ord - 1
         FROM unnest($2::text[]) WITH ORDINALITY AS n(name, ord) JOIN organisation o ON lower(o.name) = lower(n.name)`,
      [activityId, clean],
    );
  }

  /** Replaces every role on the activity with the given ones, in order. */
  async setParticipations(
    activityId: string,
    links: ReadonlyArray<{ organisationId: string; role: ParticipationRole }>,
    tx: EntityManager,
  ): Promise<void> {
    await tx.query(`DELETE FROM activity_organisation WHERE activity_id = $1`, [activityId]);
    if (!links.length) return;
    await tx.query(
      `INSERT INTO activity_organisation (activity_id, organisation_id, role, position)
       SELECT $1, l.organisation_id, l.role, l.ord - 1
         FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS l(organisation_id, role, ord)
       ON CONFLICT DO NOTHING`,
      [activityId, links.map((l) => l.organisationId), links.map((l) => l.role)],
    );
  }

  /**
   * Adds the organisations not there yet, and classifies those still unclassified (type OTHER, as a partner's
   * name first makes them): the demo data. An organisation a planner classified is left as it is.
   */
  async upsertKnown(
    rows: ReadonlyArray<{ name: string; acronym: string | null; type: OrganisationType; iatiRef: string | null }>,
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO organisation AS o (name, acronym, org_type, iati_ref, illustrative)
       SELECT x.name, x.acronym, x.org_type, x.iati_ref, false
         FROM jsonb_to_recordset($1::jsonb) AS x(name text, acronym text, org_type text, iati_ref text)
       ON CONFLICT ((lower(name))) DO UPDATE
          SET acronym = excluded.acronym, org_type = excluded.org_type, iati_ref = excluded.iati_ref
        WHERE o.org_type = 'OTHER'`,
      [JSON.stringify(rows.map((r) => ({ name: r.name, acronym: r.acronym, org_type: r.type, iati_ref: r.iatiRef })))],
    );
  }

  // ---------------------------------------------------------------- workshops

  /** Every role of every organisation on a batch of workshops, in each workshop's order. */
  @SqlSnapshot([[SqlArg.UUID]])
  async workshopParticipationsOf(
    workshopIds: readonly string[],
  ): Promise<Array<ParticipatingOrganisationModel & { workshopId: string }>> {
    const rows: Array<OrganisationRow & { workshop_id: string; role: ParticipationRole }> = await this.dataSource.query(
      `SELECT wo.workshop_id, wo.role, ${COLUMNS}
         FROM workshop_organisation wo JOIN organisation o ON o.id = wo.organisation_id
        WHERE wo.workshop_id = ANY ($1::uuid[])
        ORDER BY wo.workshop_id, wo.position, o.name`,
      [workshopIds.filter(isUuid)],
    );
    return rows.map((r) => ({ activityId: '', workshopId: r.workshop_id, role: r.role, organisation: toModel(r) }));
  }

  /** The named organisations organise the workshop, in order (new names become organisations to classify). */
  async setWorkshopOrganisersByNames(workshopId: string, names: readonly string[], tx: EntityManager): Promise<void> {
    const clean = [
      ...new Map(
        names
          .map((n) => n.trim())
          .filter(Boolean)
          .map((n) => [n.toLowerCase(), n]),
      ).values(),
    ];
    await tx.query(`INSERT INTO organisation (name) SELECT unnest($1::text[]) ON CONFLICT ((lower(name))) DO NOTHING`, [
      clean,
    ]);
    await tx.query(`DELETE FROM workshop_organisation WHERE workshop_id = $1 AND role = 'IMPLEMENTING'`, [workshopId]);
    await tx.query(
      `INSERT INTO workshop_organisation (workshop_id, organisation_id, role, position)
       SELECT $1, o.id, 'IMPLEMENTING', n.ord - 1
         FROM unnest($2::text[]) WITH ORDINALITY AS n(name, ord) JOIN organisation o ON lower(o.name) = lower(n.name)`,
      [workshopId, clean],
    );
  }
}
