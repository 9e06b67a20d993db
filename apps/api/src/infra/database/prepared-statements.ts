import pg from 'pg';

/** A pg client as far as this module uses it: `connection` is pg's own, not in its types. */
interface Tracked {
  parsedStatements: Record<string, string>;
  submittedNamedStatements?: Record<string, string>;
}

type QueryCallback = (...args: unknown[]) => void;

/**
 * The pg client class for the pool (`extra.Client`): statements with parameters run as named prepared statements,
 * the last `size` of them kept per connection (issue 12). PostgreSQL then parses and plans a statement once per
 * connection instead of on every request — a list page's planning alone is 0.25–0.35 ms of its ~2 ms (EXPLAIN at
 * 20,000 requests) — and PostGraphile, which the benchmark compares with, does the same (100 per connection).
 *
 * - Only `query(text, values)` with `values` an array (TypeORM's query builders and repositories; an empty one too:
 *   the unfiltered first page has no parameter) and a text without `;` (several statements in one string cannot be
 *   prepared). Calls without values (TypeORM's transaction statements, migrations, DDL), config objects and streams
 *   go as before.
 * - Each text gets a name of its own on this connection (`ta_<n>`), never reused: a statement evicted while its
 *   DEALLOCATE cannot run (an aborted transaction) stays on the server under a name nobody asks for again, and a
 *   text asked again after its eviction is prepared afresh under a new name.
 * - A statement that fails is forgotten (deallocated), so the next use prepares it again: e.g. "cached plan must
 *   not change result type" after a migration changed a table under a running process.
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
    private next = 0;

    // pg's query has many overloads; only (text, values[, callback]) is changed.
    override query(...args: unknown[]): never {
      const [text, values, callback] = args;
      if (typeof text !== 'string' || !Array.isArray(values) || text.includes(';')) {
        return (super.query as (...a: unknown[]) => never)(...args);
      }
      let name = this.prepared.get(text);
      if (name !== undefined) {
        this.prepared.delete(text);
      } else {
        name = `ta_${(this.next += 1)}`;
        if (this.prepared.size >= size) this.forget(this.prepared.keys().next().value!);
      }
      this.prepared.set(text, name);
      const config = { name, text, values };
      const run = super.query.bind(this) as (...a: unknown[]) => never;
      if (typeof callback === 'function') {
        return run(config, (error: unknown, ...rest: unknown[]) => {
          if (error) this.forget(text);
          (callback as QueryCallback)(error, ...rest);
        });
      }
      return (run(config) as Promise<unknown>).catch((error: unknown) => {
        this.forget(text);
        throw error;
      }) as never;
    }

    /** Drops a text's statement here at once and on the server in turn (queued behind what is already asked). */
    private forget(text: string): void {
      const name = this.prepared.get(text);
      if (name === undefined) return;
      this.prepared.delete(text);
      const connection = (this as unknown as { connection: Tracked }).connection;
      const wasParsed = connection.parsedStatements[name] !== undefined;
      delete connection.parsedStatements[name];
      delete connection.submittedNamedStatements?.[name];
      if (!wasParsed) return;
      // Not awaited: a connection that is ending or in an aborted transaction keeps the statement, harmlessly.
      (super.query as (...a: unknown[]) => Promise<unknown>)(`DEALLOCATE ${name}`).catch(() => undefined);
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
