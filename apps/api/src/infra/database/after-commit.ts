import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';

/** Work waiting for its transaction's commit, by the transaction's query runner. */
const waiting = new WeakMap<QueryRunner, Array<() => void>>();
/** The data sources whose transactions run the waiting work (the subscriber below, added once). */
const hooked = new WeakSet<DataSource>();

/** Runs a transaction's waiting work once it has committed (not a savepoint's release), drops it on rollback. */
const RUN_AFTER_COMMIT: EntitySubscriberInterface = {
  afterTransactionCommit({ queryRunner }: { queryRunner: QueryRunner }): void {
    if (queryRunner.isTransactionActive) return;
    const work = waiting.get(queryRunner);
    if (!work) return;
    waiting.delete(queryRunner);
    // The transaction has committed: nothing thrown here may make it look failed.
    for (const run of work) {
      try {
        run();
      } catch {
        // Each piece of work is the caller's own upkeep (forgetting a cached answer); one failing stops no other.
      }
    }
  },
  afterTransactionRollback({ queryRunner }: { queryRunner: QueryRunner }): void {
    if (!queryRunner.isTransactionActive) waiting.delete(queryRunner);
  },
};

/**
 * Runs `work` once the transaction of `tx` has committed — before the caller of `dataSource.transaction` is answered
 * — and never if it rolls back; at once when `tx` is in no transaction. For a process's own upkeep that must follow
 * what is committed (a cache forgetting an answer a request may have read meanwhile), not for anything the change
 * itself needs.
 */
export function afterCommit(tx: EntityManager, work: () => void): void {
  const runner = tx.queryRunner;
  if (!runner?.isTransactionActive) {
    work();
    return;
  }
  if (!hooked.has(tx.connection)) {
    hooked.add(tx.connection);
    tx.connection.subscribers.push(RUN_AFTER_COMMIT);
  }
  const queued = waiting.get(runner) ?? [];
  queued.push(work);
  waiting.set(runner, queued);
}
