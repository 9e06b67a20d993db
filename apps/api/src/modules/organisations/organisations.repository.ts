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

/** The tables linking organisations to what they take part in: one shape, two owners. */
const LINKS = {
  activity: { table: 'activity_organisation', key: 'activity_id' },
  workshop: { table: 'workshop_organisation', key: 'workshop_id' },
} as const;

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
    const rows = await this.linksOf('activity', activityIds, tx);
    return rows.map((r) => ({ activityId: r.owner_id, role: r.role, organisation: toModel(r) }));
  }

  /**
   * Makes the named organisations the activity's implementing partners, in the order given: a name not yet in
   * the registry becomes an organisation (type OTHER, to classify). Other roles are kept.
   */
  setImplementingByNames(activityId: string, names: readonly string[], tx: EntityManager): Promise<void> {
    return this.setImplementing('activity', activityId, names, tx);
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
    const rows = await this.linksOf('workshop', workshopIds);
    return rows.map((r) => ({ activityId: '', workshopId: r.owner_id, role: r.role, organisation: toModel(r) }));
  }

  /** The named organisations organise the workshop, in order (new names become organisations to classify). */
  setWorkshopOrganisersByNames(workshopId: string, names: readonly string[], tx: EntityManager): Promise<void> {
    return this.setImplementing('workshop', workshopId, names, tx);
  }

  /** What a batch of organisations take part in, by kind (activities or workshops), with their roles. */
  @SqlSnapshot(['activity', [SqlArg.UUID]])
  async rolesOf(
    owner: keyof typeof LINKS,
    organisationIds: readonly string[],
  ): Promise<Array<{ organisationId: string; ownerId: string; role: ParticipationRole }>> {
    const { table, key } = LINKS[owner];
    const rows: Array<{ organisation_id: string; owner_id: string; role: ParticipationRole }> =
      await this.dataSource.query(
        `SELECT l.organisation_id, l.${key} AS owner_id, l.role
           FROM ${table} l
          WHERE l.organisation_id = ANY ($1::uuid[])
          ORDER BY l.organisation_id, l.${key}, l.role`,
        [organisationIds.filter(isUuid)],
      );
    return rows.map((r) => ({ organisationId: r.organisation_id, ownerId: r.owner_id, role: r.role }));
  }

  // ---------------------------------------------------------------- the two link tables, one way

  private async linksOf(
    owner: keyof typeof LINKS,
    ids: readonly string[],
    tx?: EntityManager,
  ): Promise<Array<OrganisationRow & { owner_id: string; role: ParticipationRole }>> {
    const { table, key } = LINKS[owner];
    return this.db(tx).query(
      `SELECT l.${key} AS owner_id, l.role, ${COLUMNS}
         FROM ${table} l JOIN organisation o ON o.id = l.organisation_id
        WHERE l.${key} = ANY ($1::uuid[])
        ORDER BY l.${key}, l.position, o.name`,
      [ids.filter(isUuid)],
    );
  }

  /** Names → organisations (new ones to classify) → the owner's IMPLEMENTING links, in order; other roles kept. */
  private async setImplementing(
    owner: keyof typeof LINKS,
    ownerId: string,
    names: readonly string[],
    tx: EntityManager,
  ): Promise<void> {
    const { table, key } = LINKS[owner];
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
    await tx.query(`DELETE FROM ${table} WHERE ${key} = $1 AND role = 'IMPLEMENTING'`, [ownerId]);
    await tx.query(
      `INSERT INTO ${table} (${key}, organisation_id, role, position)
       SELECT $1, o.id, 'IMPLEMENTING', n.ord - 1
         FROM unnest($2::text[]) WITH ORDINALITY AS n(name, ord) JOIN organisation o ON lower(o.name) = lower(n.name)`,
      [ownerId, clean],
    );
  }
}
