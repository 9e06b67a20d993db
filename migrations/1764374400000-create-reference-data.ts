import type { MigrationInterface, QueryRunner } from 'typeorm';

/** States, instruments, priority areas and their sub-areas, field offices. */
export class CreateReferenceData1764374400000 implements MigrationInterface {
  name = 'CreateReferenceData1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE state (
        iso3 char(3) PRIMARY KEY CHECK (iso3 ~ '^[A-Z]{3}$'),
        m49 char(3) NOT NULL UNIQUE,
        name_en text NOT NULL,
        name_fr text NOT NULL,
        name_es text NOT NULL,
        region text NOT NULL,
        subregion text,
        intermediate_region text,
        un_status text NOT NULL CHECK (un_status IN ('MEMBER', 'OBSERVER'))
      )`);
    await q.query(`CREATE INDEX idx_state_region ON state (region)`);
    await q.query(`
      CREATE TABLE instrument (
        code text PRIMARY KEY,
        title text NOT NULL,
        short_title text NOT NULL,
        entry_into_force date,
        source_paragraph text,
        sort_order int NOT NULL
      )`);
    await q.query(`
      CREATE TABLE priority_area (
        code text PRIMARY KEY CHECK (code ~ '^[A-E]$'),
        title_en text NOT NULL,
        title_fr text NOT NULL,
        title_es text NOT NULL,
        chapter text NOT NULL,
        source_paragraph text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE priority_sub_area (
        code text PRIMARY KEY,
        priority_area_code text NOT NULL REFERENCES priority_area (code),
        title_en text NOT NULL,
        source_paragraph text NOT NULL
      )`);
    await q.query(`CREATE INDEX idx_priority_sub_area_area ON priority_sub_area (priority_area_code)`);
    await q.query(`
      CREATE TABLE field_office (
        code text PRIMARY KEY,
        name text NOT NULL,
        city text NOT NULL,
        country_iso3 char(3) NOT NULL REFERENCES state (iso3),
        has_legal_adviser boolean NOT NULL,
        regions text[] NOT NULL DEFAULT '{}',
        extra_states text[] NOT NULL DEFAULT '{}',
        source_paragraph text
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE field_office`);
    await q.query(`DROP TABLE priority_sub_area`);
    await q.query(`DROP TABLE priority_area`);
    await q.query(`DROP TABLE instrument`);
    await q.query(`DROP TABLE state`);
  }
}
