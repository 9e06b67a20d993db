import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, made on first use. Field resolvers ask for a loader by name with the batch
 * function that fills it, so related rows of a whole page come in one query, never one per row.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => batch(keys), { maxBatchSize: 500 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

export interface GraphQLContext {
  req: import('express').Request;
  res: import('express').Response;
  loaders: LoaderRegistry;
  auth: import('../auth/actor.js').RequestAuth;
  requestId: string;
  /** Only on a WebSocket (subscriptions): whether the socket's session still stands (it ends the socket if not). */
  socket?: { stillSignedIn(): Promise<boolean> };
}

/** Orders rows to match the keys DataLoader asked for; missing keys give `fallback`. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, fallback: V | null = null): V[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => (map.get(key) ?? fallback) as V);
}

/** Groups rows under the keys DataLoader asked for; a key with no row gets an empty list. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return keys.map((key) => map.get(key) ?? []);
}
