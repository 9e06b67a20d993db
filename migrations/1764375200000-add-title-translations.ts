import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Activity and workshop titles (and a workshop's city) in French and Spanish, beside the English. Null where no
 * translation exists yet: the API then answers the English. `translations_official` says whether the French and
 * Spanish are the UN's own text; false marks them as translations made for this tool (shown so on screen).
 */
export class AddTitleTranslations1764375200000 implements MigrationInterface {
  name = 'AddTitleTranslations1764375200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE activity
        ADD COLUMN title_fr text,
        ADD COLUMN title_es text,
        ADD COLUMN translations_official boolean NOT NULL DEFAULT false`);
    await q.query(`
      ALTER TABLE workshop
        ADD COLUMN title_fr text,
        ADD COLUMN title_es text,
        ADD COLUMN city_fr text,
        ADD COLUMN city_es text,
        ADD COLUMN translations_official boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE workshop
        DROP COLUMN translations_official,
        DROP COLUMN city_es,
        DROP COLUMN city_fr,
        DROP COLUMN title_es,
        DROP COLUMN title_fr`);
    await q.query(`ALTER TABLE activity DROP COLUMN translations_official, DROP COLUMN title_es, DROP COLUMN title_fr`);
  }
}
