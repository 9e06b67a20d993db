import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Priority sub-areas' titles in French and Spanish, beside the English, as the priority areas have them: the New
 * activity form offers them in the interface's language. The reference sync at every start (ReferenceService.sync)
 * writes the translations from `reference/data/programme.data.ts`; until then a row answers its English, so the
 * columns can be NOT NULL from the start on a database that already has sub-areas.
 */
export class AddTitleTranslationsToPrioritySubAreas1764379100000 implements MigrationInterface {
  name = 'AddTitleTranslationsToPrioritySubAreas1764379100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE priority_sub_area ADD COLUMN title_fr text, ADD COLUMN title_es text`);
    await q.query(`UPDATE priority_sub_area SET title_fr = title_en, title_es = title_en`);
    await q.query(
      `ALTER TABLE priority_sub_area ALTER COLUMN title_fr SET NOT NULL, ALTER COLUMN title_es SET NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE priority_sub_area DROP COLUMN title_es, DROP COLUMN title_fr`);
  }
}
