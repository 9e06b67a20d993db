import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Treaty status (issue 15): a State's standing under each instrument becomes a record the secretariat keeps —
 * the signature date, the consent to be bound (its kind and date: `since` is renamed `consent_on`), reservations
 * or notifications, whether the row is illustrative (the demo's parties reproduce footnote 10's counts, but the
 * document does not say which States they are), and a version for optimistic locking. The index serves
 * `states(filter: { partyTo })` and the counts per instrument.
 */
export class TreatyStatus1764376800000 implements MigrationInterface {
  name = 'TreatyStatus1764376800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE state_party RENAME COLUMN since TO consent_on`);
    await q.query(`ALTER TABLE state_party ADD COLUMN signed_on date`);
    // A signatory's date was its signature, not a consent to be bound.
    await q.query(`UPDATE state_party SET signed_on = consent_on, consent_on = NULL WHERE status = 'SIGNATORY'`);
    await q.query(`
      ALTER TABLE state_party
        ADD COLUMN consent_kind text
          CHECK (consent_kind IN ('RATIFICATION','ACCESSION','ACCEPTANCE','APPROVAL','SUCCESSION')),
        ADD COLUMN reservations text,
        ADD COLUMN illustrative boolean NOT NULL DEFAULT false,
        ADD COLUMN version int NOT NULL DEFAULT 1,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT ck_state_party_signatory CHECK (status = 'PARTY' OR (consent_on IS NULL AND consent_kind IS NULL)),
        ADD CONSTRAINT ck_state_party_dates CHECK (consent_on IS NULL OR signed_on IS NULL OR consent_on >= signed_on)`);
    await q.query(`CREATE INDEX idx_state_party_instrument ON state_party (instrument_code, status, state_iso3)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX idx_state_party_instrument`);
    await q.query(
      `ALTER TABLE state_party DROP CONSTRAINT ck_state_party_dates, DROP CONSTRAINT ck_state_party_signatory`,
    );
    // \`since\` held either date: the consent of a party, the signature of a signatory.
    await q.query(`UPDATE state_party SET consent_on = COALESCE(consent_on, signed_on)`);
    await q.query(`
      ALTER TABLE state_party
        DROP COLUMN updated_at,
        DROP COLUMN version,
        DROP COLUMN illustrative,
        DROP COLUMN reservations,
        DROP COLUMN consent_kind,
        DROP COLUMN signed_on`);
    await q.query(`ALTER TABLE state_party RENAME COLUMN consent_on TO since`);
  }
}
