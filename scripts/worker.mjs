// `npm run worker`: runs the background jobs (reports, imports) in a process of its own. Start the API with
// WORKERS=off beside it (or several APIs); they enqueue, this runs each job once. Uses DATABASE_URL (and
// REDIS_URL when set); without DATABASE_URL, the embedded PostgreSQL that `npm start` runs (it must be running).
// SIGTERM: the running jobs finish (at most SHUTDOWN_TIMEOUT_MS, 10 s), then it exits.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { embeddedUrl } from './lib/embedded-db.mjs';

const root = resolve(import.meta.dirname, '..');
const workerMain = join(root, 'dist/api/apps/api/src/worker.js');
if (!existsSync(workerMain)) {
  console.error('The API is not built. Run `npm run worker` (it builds first) or `npm run build`.');
  process.exit(1);
}
if (!process.env.DATABASE_URL) {
  process.env.DATABASE_URL = embeddedUrl(root, 'ta_tracker');
  console.log('No DATABASE_URL: using the embedded PostgreSQL of `npm start`.');
}
await import(workerMain);
