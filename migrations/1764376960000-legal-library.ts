import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The legal library (issue 16 part 2, para. 10): legislation by State, with its title, date, the instrument and
 * articles it implements, topics, language and link; searchable in full text, each row in its own language's
 * dictionary (English, French or Spanish), through a GIN index. `legislation_link` ties a law to the requests
 * and activities that concern it (e.g. Bolivia's firearms law, para. 67).
 */
export class LegalLibrary1764376960000 implements MigrationInterface {
  name = 'LegalLibrary1764376960000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE legislation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        state_iso3 char(3) NOT NULL REFERENCES state (iso3),
        title text NOT NULL,
        summary text,
        enacted_on date,
        instruments text[] NOT NULL DEFAULT '{}',
        articles text[] NOT NULL DEFAULT '{}',
        topics text[] NOT NULL DEFAULT '{}',
        language text NOT NULL CHECK (language IN ('en', 'fr', 'es')),
        link text,
        illustrative boolean NOT NULL DEFAULT false,
        source_paragraph text,
        external_ref text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        search_vector tsvector GENERATED ALWAYS AS (
          to_tsvector(
            CASE language WHEN 'fr' THEN 'french'::regconfig WHEN 'es' THEN 'spanish'::regconfig ELSE 'english'::regconfig END,
            title || ' ' || coalesce(summary, '')
          )
        ) STORED
      )`);
    await q.query(`CREATE INDEX idx_legislation_search ON legislation USING gin (search_vector)`);
    await q.query(`CREATE INDEX idx_legislation_state ON legislation (state_iso3, title, id)`);
    await q.query(`CREATE INDEX idx_legislation_order ON legislation (title, id)`);
    await q.query(`
      CREATE TABLE legislation_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        legislation_id uuid NOT NULL REFERENCES legislation (id) ON DELETE CASCADE,
        request_id uuid REFERENCES assistance_request (id) ON DELETE CASCADE,
        activity_id uuid REFERENCES activity (id) ON DELETE CASCADE,
        CHECK ((request_id IS NULL) <> (activity_id IS NULL)),
        UNIQUE (legislation_id, request_id),
        UNIQUE (legislation_id, activity_id)
      )`);
    await q.query(
      `CREATE INDEX idx_legislation_link_request ON legislation_link (request_id) WHERE request_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE legislation_link`);
    await q.query(`DROP TABLE legislation`);
  }
}
