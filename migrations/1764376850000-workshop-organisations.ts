import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A workshop's organisers become organisations of the registry (issue 15), as activities' partners did: each
 * name an organisation (type OTHER until classified), linked to the workshop in order (`workshop_organisation`,
 * IATI roles); the free-text column goes.
 */
export class WorkshopOrganisations1764376850000 implements MigrationInterface {
  name = 'WorkshopOrganisations1764376850000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE workshop_organisation (
        workshop_id uuid NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        role text NOT NULL CHECK (role IN ('FUNDING','ACCOUNTABLE','EXTENDING','IMPLEMENTING')),
        position int NOT NULL DEFAULT 0,
        PRIMARY KEY (workshop_id, organisation_id, role)
      )`);
    await q.query(`CREATE INDEX idx_workshop_organisation_org ON workshop_organisation (organisation_id)`);
    await q.query(`
      INSERT INTO organisation (name)
      SELECT DISTINCT ON (lower(o.name)) o.name FROM workshop w, unnest(w.organisers) AS o(name)
      ON CONFLICT DO NOTHING`);
    await q.query(`
      INSERT INTO workshop_organisation (workshop_id, organisation_id, role, position)
      SELECT w.id, o.id, 'IMPLEMENTING', n.ord - 1
        FROM workshop w, unnest(w.organisers) WITH ORDINALITY AS n(name, ord)
        JOIN organisation o ON lower(o.name) = lower(n.name)
      ON CONFLICT DO NOTHING`);
    await q.query(`ALTER TABLE workshop DROP COLUMN organisers`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workshop ADD COLUMN organisers text[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      UPDATE workshop w SET organisers = l.names
        FROM (SELECT wo.workshop_id, array_agg(o.name ORDER BY wo.position, o.name) AS names
                FROM workshop_organisation wo JOIN organisation o ON o.id = wo.organisation_id
               WHERE wo.role = 'IMPLEMENTING' GROUP BY wo.workshop_id) l
       WHERE l.workshop_id = w.id`);
    await q.query(`DROP TABLE workshop_organisation`);
  }
}
