// PostgreSQL's own CPU per list statement, unnamed (parsed and planned every time) and prepared (issue 12):
// the server process's user + system time (/proc) over 2,000 runs, which a busy machine disturbs far less than
// wall time. Needs a loaded database on this machine's PostgreSQL (root, to read the server's /proc), e.g.
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres BENCH_KEEP_DATABASE=1 BENCH_PART=profile \
//     BENCH_ROWS=20000 BENCH_PROFILE_REQUESTS=10 node bench/run.mjs      (logs the kept database's name)
//   node bench/backend-cpu.mjs postgres://postgres@127.0.0.1:5432/<that name>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import 'reflect-metadata';
import { DataSource } from 'typeorm';

const url = process.argv[2];
if (!url) throw new Error('Usage: node bench/backend-cpu.mjs <url of a loaded database>');
// The statements as the built API makes them (npm run build first): its list query, with its total, as
// `runKeysetQueriesRaw` sends them (the total a scalar subquery of the page).
const root = fileURLToPath(new URL('..', import.meta.url));
const apiModule = (path) => import(pathToFileURL(join(root, 'dist/api/apps/api/src', path)).href);
const { requestListQueries } = await apiModule('modules/requests/requests.repository.js');
const { AssistanceRequestEntity } = await apiModule('modules/requests/entities/assistance-request.entity.js');
const builder = new DataSource({ type: 'postgres', url, entities: [AssistanceRequestEntity], poolSize: 1 });
await builder.initialize();
const statement = (filter) => {
  const order = { field: 'RECEIVED_ON', direction: 'DESC' };
  const { count, page } = requestListQueries(builder.manager, filter, order, 50, null, { sql: 'TRUE', params: {} });
  page.addSelect(`(${count.getQuery()})`, 'keyset_total').setParameters({ ...count.getParameters() });
  const [text, values] = page.getQueryAndParameters();
  return { text, values };
};
const first = statement({});
const oneState = statement({ stateIso3: ['KEN'] });
await builder.destroy();
const RUNS = Number(process.env.BENCH_RUNS ?? 2000);
const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, 10 ms ticks
};

const client = new pg.Client({ connectionString: url });
await client.connect();
const {
  rows: [{ pid }],
} = await client.query('SELECT pg_backend_pid() AS pid');
// BENCH_PLAN_CACHE_MODE=force_custom_plan: prepared statements planned every time (only the parsing saved).
if (process.env.BENCH_PLAN_CACHE_MODE) {
  await client.query(`SET plan_cache_mode = ${client.escapeIdentifier(process.env.BENCH_PLAN_CACHE_MODE)}`);
}
const rows = [];
async function measure(label, run) {
  for (let i = 0; i < 100; i++) await run();
  const before = cpuMs(pid);
  const t0 = performance.now();
  for (let i = 0; i < RUNS; i++) await run();
  rows.push([label, (cpuMs(pid) - before) / RUNS, (performance.now() - t0) / RUNS]);
}
for (let round = 1; round <= 2; round++) {
  await measure(`first page, unnamed (${round})`, () => client.query(first.text, first.values));
  await measure(`first page, prepared (${round})`, () => client.query({ name: 'first', ...first }));
  await measure(`one State, unnamed (${round})`, () => client.query(oneState.text, oneState.values));
  await measure(`one State, prepared (${round})`, () => client.query({ name: 'state', ...oneState }));
}
await client.end();
console.log('| statement | PostgreSQL CPU ms | wall ms |\n|---|---:|---:|');
for (const [label, cpu, wall] of rows) console.log(`| ${label} | ${cpu.toFixed(2)} | ${wall.toFixed(2)} |`);
