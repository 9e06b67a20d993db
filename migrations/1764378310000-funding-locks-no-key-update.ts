import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The funding triggers lock the contributions they recompute FOR NO KEY UPDATE instead of FOR SHARE (review of
 * migration 1764378300000). Two writers of allocations of one contribution that had not locked it themselves both
 * got a share lock and queued on each other's derived rows; the first then updating the contribution (any column)
 * waited on the second's share lock, and the second on the first: a deadlock. With an exclusive (no key) lock the
 * second writer waits at the contribution for the first to commit. It does not conflict with the FOR KEY SHARE a
 * foreign key check takes, and the API's writers already hold their contributions FOR UPDATE, so they wait
 * nowhere new.
 *
 * Both functions are read from the database and changed at that one place, so their bodies keep one home (the
 * migrations that made them): funding_activity_year_touched (1764377700000) takes the lock first on a new
 * allocation (its trigger fires before funding_unallocated's, so it must not take a weaker lock that the second
 * then upgrades), and funding_unallocated_refresh (1764378300000).
 */
export class FundingLocksNoKeyUpdate1764378310000 implements MigrationInterface {
  name = 'FundingLocksNoKeyUpdate1764378310000';

  async up(q: QueryRunner): Promise<void> {
    for (const fn of FUNCTIONS) await replaceLock(q, fn, 'ORDER BY id FOR SHARE;', 'ORDER BY id FOR NO KEY UPDATE;');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const fn of FUNCTIONS) await replaceLock(q, fn, 'ORDER BY id FOR NO KEY UPDATE;', 'ORDER BY id FOR SHARE;');
  }
}

const FUNCTIONS = ['funding_activity_year_touched()', 'funding_unallocated_refresh(uuid[])'];

/** Redefines a function with its one lock clause `from` written `to`; refuses if the clause is not there once. */
async function replaceLock(q: QueryRunner, fn: string, from: string, to: string): Promise<void> {
  const [{ definition }] = (await q.query(`SELECT pg_get_functiondef($1::regprocedure) AS definition`, [fn])) as Array<{
    definition: string;
  }>;
  const found = definition.split(from).length - 1;
  if (found !== 1) throw new Error(`${fn}: expected its lock "${from}" once, found it ${found} times.`);
  // pg_get_functiondef writes CREATE OR REPLACE FUNCTION …: run as it is, with the one clause changed.
  await q.query(definition.replace(from, to));
}
