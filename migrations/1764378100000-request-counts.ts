import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The number of requests per State and status, kept by triggers (issue 12: the requests list's `totalCount`
 * counted every request, an index-only scan of the whole table, on every first page — about half of the page's
 * statement at 20,000 requests, and growing with them). RequestsRepository.list sums these instead of counting
 * when its filter is only of what they are kept by (State, region through the State, status, open).
 *
 * Append-only deltas, not one counter per key: each statement that writes requests INSERTs, per (State, status)
 * it changed, how many requests it added there (negative: removed). Readers `sum(n)`. No writer ever updates or
 * locks a row another writer wrote, so writers never wait on each other here, whatever order they touch States
 * in and however long an import's transaction is (a counter per key, `UPDATE … SET n = n + d`, would make every
 * writer of a key wait for the first one's commit, and two transactions touching the same keys in opposite
 * orders would deadlock). Because a statement's deltas commit or roll back with its rows, the deltas a snapshot
 * sees are exactly those of the request rows it sees: in any snapshot, the sum of a key's deltas is the
 * `count(*)` of its requests.
 *
 * Compaction (`request_count_compact`) replaces a key's several rows by their sum, in one statement:
 * `WITH gone AS (DELETE … RETURNING *) INSERT … SELECT key, sum(n) FROM gone GROUP BY key`. Why it is right
 * under READ COMMITTED, with writers and other compactions running:
 * - it inserts exactly the sum of the rows it deleted (RETURNING gives only the rows this DELETE removed), and
 *   both commit together: a snapshot sees either the old rows or their sum, never both, never neither;
 * - a delta not yet committed, or committed after the statement's snapshot, is invisible to it, so it is not
 *   deleted: it stays, and counts once;
 * - a row another compaction deleted meanwhile makes this DELETE wait for that one, then skip the row (it is
 *   gone); its value is in the other's sum, which this statement does not see and does not touch.
 * A transaction-level advisory lock (tried, never waited for) lets one compaction run at a time anyway, so they
 * do not queue behind each other. Only keys with several rows (or a zero sum) are rewritten, so a compaction with
 * nothing to do writes nothing. RequestCountsService runs it every minute in processes that run jobs.
 *
 * A TRUNCATE of the requests rebuilds (under an EXCLUSIVE lock, which readers pass and writers of deltas wait
 * for; a TRUNCATE already holds the requests table against every writer). Moves (an UPDATE of the State or the
 * status) are a delta out of the old key and one into the new; an UPDATE that changes neither writes nothing.
 * The UPDATE trigger fires for every UPDATE statement on the requests, whatever columns it sets: a trigger with
 * transition tables cannot have a column list (`UPDATE OF state_iso3, status`), so do not try to narrow it there;
 * its `HAVING sum(d) <> 0` is what keeps other updates from writing.
 * Cascaded deletes and updates run as statements on the table, so the triggers see them too.
 *
 * The table is derived: backups leave it out and a restore rebuilds it (scripts/lib/derived-tables.mjs).
 */
export class RequestCounts1764378100000 implements MigrationInterface {
  name = 'RequestCounts1764378100000';

  async up(q: QueryRunner): Promise<void> {
    // No key: rows are deltas, several per (State, status) until compacted; a few thousand keys at most.
    await q.query(`
      CREATE TABLE request_count (
        state_iso3 char(3) NOT NULL,
        status text NOT NULL,
        n integer NOT NULL
      )`);
    // Compaction deletes and re-inserts rows all day: autovacuum would often truncate the table's empty tail,
    // which takes an ACCESS EXCLUSIVE lock, brief but one every list's total would wait behind.
    await q.query(`ALTER TABLE request_count SET (vacuum_truncate = off)`);
    // A State's (or a region's few States') rows without reading the others'; the sums read n from the index.
    await q.query(`CREATE INDEX request_count_key ON request_count (state_iso3, status) INCLUDE (n)`);
    // From the requests themselves: the one row per key a compaction would leave.
    await q.query(`
      CREATE FUNCTION request_count_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE request_count IN EXCLUSIVE MODE;
        DELETE FROM request_count;
        INSERT INTO request_count (state_iso3, status, n)
          SELECT state_iso3, status, count(*) FROM assistance_request GROUP BY state_iso3, status;
      END $$`);
    await q.query(`
      CREATE FUNCTION request_count_delta() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          PERFORM request_count_rebuild();
        ELSIF TG_OP = 'INSERT' THEN
          INSERT INTO request_count (state_iso3, status, n)
            SELECT state_iso3, status, count(*) FROM new_rows GROUP BY state_iso3, status;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO request_count (state_iso3, status, n)
            SELECT state_iso3, status, -count(*) FROM old_rows GROUP BY state_iso3, status;
        ELSE
          INSERT INTO request_count (state_iso3, status, n)
            SELECT state_iso3, status, sum(d) FROM (
                SELECT state_iso3, status, 1 AS d FROM new_rows
                UNION ALL SELECT state_iso3, status, -1 FROM old_rows) moved
             GROUP BY state_iso3, status HAVING sum(d) <> 0;
        END IF;
        RETURN NULL;
      END $$`);
    // Answers how many rows it removed (0 when another compaction was running).
    await q.query(`
      CREATE FUNCTION request_count_compact() RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE removed integer;
      BEGIN
        IF NOT pg_try_advisory_xact_lock(hashtext('request_count_compact')) THEN RETURN 0; END IF;
        WITH crowded AS (
          SELECT state_iso3, status FROM request_count GROUP BY state_iso3, status HAVING count(*) > 1 OR sum(n) = 0),
        gone AS (
          DELETE FROM request_count c USING crowded k
           WHERE c.state_iso3 = k.state_iso3 AND c.status = k.status
          RETURNING c.state_iso3, c.status, c.n),
        kept AS (
          INSERT INTO request_count (state_iso3, status, n)
            SELECT state_iso3, status, sum(n) FROM gone GROUP BY state_iso3, status HAVING sum(n) <> 0
          RETURNING 1)
        SELECT (SELECT count(*) FROM gone) - (SELECT count(*) FROM kept) INTO removed;
        RETURN removed;
      END $$`);
    await q.query(`
      CREATE TRIGGER request_count_insert AFTER INSERT ON assistance_request REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION request_count_delta()`);
    await q.query(`
      CREATE TRIGGER request_count_update AFTER UPDATE ON assistance_request
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION request_count_delta()`);
    await q.query(`
      CREATE TRIGGER request_count_delete AFTER DELETE ON assistance_request REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION request_count_delta()`);
    await q.query(`
      CREATE TRIGGER request_count_truncate AFTER TRUNCATE ON assistance_request
        FOR EACH STATEMENT EXECUTE FUNCTION request_count_delta()`);
    await q.query(`SELECT request_count_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete', 'truncate']) {
      await q.query(`DROP TRIGGER request_count_${event} ON assistance_request`);
    }
    await q.query(`DROP FUNCTION request_count_compact()`);
    await q.query(`DROP FUNCTION request_count_delta()`);
    await q.query(`DROP FUNCTION request_count_rebuild()`);
    await q.query(`DROP TABLE request_count`);
  }
}
