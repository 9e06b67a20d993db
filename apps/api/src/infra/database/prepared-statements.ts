import pg from 'pg';

/** A pg client as far as this module uses it: `connection` is pg's own, not in its types. */
interface Tracked {
  parsedStatements: Record<string, string>;
  submittedNamedStatements?: Record<string, string>;
}

/** SQLSTATEs where the statement itself is at fault (its plan no longer fits its tables; it is gone): prepared anew. */
const STALE_STATEMENT = new Set(['0A000', '26000']);

/**
 * The pg client class for the pool (`extra.Client`): statements asked again run as named prepared statements, the
 * last `size` of them kept per connection (issue 12). PostgreSQL then parses and plans a statement once per
 * connection instead of on every request — a list page's planning alone is 0.25–0.35 ms of its ~2 ms (EXPLAIN at
 * 20,000 requests) — and PostGraphile, which the benchmark compares with, does the same (100 per connection).
 *
 * - Only `query(text, values)` with `values` an array (TypeORM's query builders and repositories; an empty one too:
 *   the unfiltered first page has no parameter), no callback, and a text without `;` (several statements in one
 *   string cannot be prepared). Calls without values (TypeORM's transaction statements, migrations, DDL), with a
 *   callback, config objects and streams go as before.
 * - Prepared from a text's second use on the connection: a text asked once (an `IN (…)` list of a size seen once,
 *   a report's one-off query) runs unnamed, so one-offs never push the pages' statements out.
 * - Each text gets a name of its own on the connection (`ta_<n>`), never reused. An evicted statement is dropped
 *   (DEALLOCATE) once the statement that evicted it has answered and before its caller goes on, so the drop never
 *   runs beside another query of the connection; in a failed transaction it waits for the next statement that
 *   answers. A drop that still fails (the connection is lost) leaves a statement nobody names again.
 * - A statement refused because of itself (`0A000` "cached plan must not change result type" after a migration
 *   changed a table under a running process; `26000` it is gone) is dropped and prepared afresh on its next use;
 *   any other error (a unique violation, a deadlock) leaves it as it is. A `SELECT *` statement thus fails once per
 *   connection after a migration adds a column to its table: statements name their columns (test/sql-columns.spec.ts
 *   refuses a `*` over a table).
 * - PostgreSQL chooses per statement between a generic and a custom plan (`plan_cache_mode = auto`): a statement
 *   whose best plan depends on its values keeps custom plans, and still skips the parsing.
 *
 * `size` 0 (DATABASE_PREPARED_STATEMENTS=0) turns it off: e.g. behind PgBouncer in transaction mode, where
 * consecutive statements may reach different server connections.
 */
export function preparingClient(size: number): typeof pg.Client {
  if (!(size > 0)) return pg.Client;
  return class PreparingClient extends pg.Client {
    /** Text → name, oldest first (a Map keeps insertion order: a use moves the entry to the end). */
    private readonly prepared = new Map<string, string>();
    /** Texts asked once, prepared at their second use (at most `4 × size` remembered, then forgotten together). */
    private readonly seen = new Set<string>();
    /** Names evicted or refused, to be dropped on the server. */
    private readonly dropping: string[] = [];
    private next = 0;

    // pg's query has many overloads; only (text, values) is changed.
    override query(...args: unknown[]): never {
      const [text, values, callback] = args;
      const plain = () => (super.query as (...a: unknown[]) => never)(...args);
      if (typeof text !== 'string' || !Array.isArray(values) || callback !== undefined || text.includes(';')) {
        return plain();
      }
      let name = this.prepared.get(text);
      if (name !== undefined) {
        this.prepared.delete(text);
      } else if (!this.seen.has(text)) {
        if (this.seen.size >= 4 * size) this.seen.clear();
        this.seen.add(text);
        return plain();
      } else {
        this.seen.delete(text);
        name = `ta_${(this.next += 1)}`;
        if (this.prepared.size >= size) {
          const [oldText, oldName] = this.prepared.entries().next().value!;
          this.prepared.delete(oldText);
          this.dropping.push(oldName);
        }
      }
      this.prepared.set(text, name);
      const answer = (super.query as (config: object) => Promise<unknown>)({ name, text, values });
      return answer.then(
        async (result) => {
          await this.drop();
          return result;
        },
        async (error: unknown) => {
          if (STALE_STATEMENT.has((error as { code?: string })?.code ?? '') && this.prepared.get(text) === name) {
            this.prepared.delete(text);
            this.dropping.push(name);
          }
          await this.drop();
          throw error;
        },
      ) as never;
    }

    /** DEALLOCATE of the names to drop, one after the other, unless the transaction has failed (then later). */
    private async drop(): Promise<void> {
      const connection = (this as unknown as { connection: Tracked }).connection;
      while (
        this.dropping.length > 0 &&
        (this as unknown as pg.Client & { getTransactionStatus(): string | null }).getTransactionStatus() !== 'E'
      ) {
        const name = this.dropping.shift()!;
        if (connection.parsedStatements[name] === undefined) continue; // its Parse failed: nothing on the server
        try {
          await (super.query as (text: string) => Promise<unknown>)(`DEALLOCATE ${name}`);
        } catch {
          // The connection is lost (it goes with its statements), or a statement raced it: nothing to keep.
        }
        delete connection.parsedStatements[name];
        delete connection.submittedNamedStatements?.[name];
      }
    }
  };
}

/** DATABASE_PREPARED_STATEMENTS: named statements kept per connection (default 100; 0 turns them off). */
export function preparedStatementsPerConnection(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DATABASE_PREPARED_STATEMENTS;
  if (raw === undefined || raw === '') return 100;
  if (!/^\d{1,5}$/.test(raw)) {
    throw new Error(`DATABASE_PREPARED_STATEMENTS must be a whole number (0 turns them off), not "${raw}".`);
  }
  return Number(raw);
}
