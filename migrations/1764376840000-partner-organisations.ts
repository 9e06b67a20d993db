import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner organisations as entities (issue 15): `organisation` (IATI organisation type, identifier where one is
 * known) and `activity_organisation` (its role on each activity, IATI participating-org roles). An activity's
 * partners were free text (`activity.partners`); each name becomes an organisation, linked as IMPLEMENTING in the
 * same order, and the column goes: the links are now the one home of who takes part.
 */
export class PartnerOrganisations1764376840000 implements MigrationInterface {
  name = 'PartnerOrganisations1764376840000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        acronym text,
        org_type text NOT NULL DEFAULT 'OTHER',
        iati_ref text,
        illustrative boolean NOT NULL DEFAULT false,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_organisation_name ON organisation (lower(name))`);
    await q.query(`
      CREATE TABLE activity_organisation (
        activity_id uuid NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        role text NOT NULL CHECK (role IN ('FUNDING','ACCOUNTABLE','EXTENDING','IMPLEMENTING')),
        position int NOT NULL DEFAULT 0,
        PRIMARY KEY (activity_id, organisation_id, role)
      )`);
    await q.query(`CREATE INDEX idx_activity_organisation_org ON activity_organisation (organisation_id)`);
    // Each name becomes an organisation of type OTHER (the demo data classifies the document's; planners the rest).
    await q.query(`
      INSERT INTO organisation (name, org_type)
      SELECT DISTINCT ON (lower(p.name)) p.name, 'OTHER' FROM activity a, unnest(a.partners) AS p(name)
      ON CONFLICT DO NOTHING`);
    await q.query(`
      INSERT INTO activity_organisation (activity_id, organisation_id, role, position)
      SELECT a.id, o.id, 'IMPLEMENTING', p.ord - 1
        FROM activity a, unnest(a.partners) WITH ORDINALITY AS p(name, ord)
        JOIN organisation o ON lower(o.name) = lower(p.name)
      ON CONFLICT DO NOTHING`);
    await q.query(`ALTER TABLE activity DROP COLUMN partners`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE activity ADD COLUMN partners text[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      UPDATE activity a SET partners = l.names
        FROM (SELECT ao.activity_id, array_agg(o.name ORDER BY ao.position, o.name) AS names
                FROM activity_organisation ao JOIN organisation o ON o.id = ao.organisation_id
               WHERE ao.role = 'IMPLEMENTING' GROUP BY ao.activity_id) l
       WHERE l.activity_id = a.id`);
    await q.query(`DROP TABLE activity_organisation`);
    await q.query(`DROP TABLE organisation`);
  }
}
