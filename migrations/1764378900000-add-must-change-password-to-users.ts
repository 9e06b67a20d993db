import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a person must choose their own password before going on: set when an administrator chose it (a new
 * account's first password, or `resetUserPassword` for someone who forgot theirs), cleared when the person changes
 * it (`changePassword`). The web client takes such a person to "Change password" first. Existing accounts (the demo
 * accounts among them) are not asked.
 */
export class AddMustChangePasswordToUsers1764378900000 implements MigrationInterface {
  name = 'AddMustChangePasswordToUsers1764378900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN must_change_password boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP COLUMN must_change_password`);
  }
}
