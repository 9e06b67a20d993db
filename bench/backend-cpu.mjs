// PostgreSQL's own CPU per list statement, unnamed (parsed and planned every time) and prepared (issue 12):
// the server process's user + system time (/proc) over 2,000 runs, which a busy machine disturbs far less than
// wall time. Needs a loaded database on this machine's PostgreSQL (root, to read the server's /proc), e.g.
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres BENCH_KEEP_DATABASE=1 BENCH_PART=profile \
//     BENCH_ROWS=20000 BENCH_PROFILE_REQUESTS=10 node bench/run.mjs      (logs the kept database's name)
//   node bench/backend-cpu.mjs postgres://postgres@127.0.0.1:5432/<that name>
// The statements are the requests page's own, as apps/api/src/queries/requests.repository.sql records them.
import { readFileSync } from 'node:fs';
import pg from 'pg';

const url = process.argv[2];
if (!url) throw new Error('Usage: node bench/backend-cpu.mjs <url of a loaded database>');
const snapshots = readFileSync(new URL('../apps/api/src/queries/requests.repository.sql', import.meta.url), 'utf8');
const first = snapshots.split('\n').find((l) => l.startsWith('SELECT') && l.includes('"rp"."title_en"'));
if (!first) throw new Error('The first page with its total, States and areas is not in the SQL snapshots.');
// One State: the same statement with the list's State condition, in the page and in its total.
const oneState = first
  .replace('ORDER BY "r"."received_on" DESC', 'WHERE "r"."state_iso3" IN ($1) ORDER BY "r"."received_on" DESC')
  .replace(
    'FROM "assistance_request" "r") AS "keyset_total"',
    'FROM "assistance_request" "r" WHERE "r"."state_iso3" IN ($1)) AS "keyset_total"',
  );
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
const rows = [];
async function measure(label, run) {
  for (let i = 0; i < 100; i++) await run();
  const before = cpuMs(pid);
  const t0 = performance.now();
  for (let i = 0; i < RUNS; i++) await run();
  rows.push([label, (cpuMs(pid) - before) / RUNS, (performance.now() - t0) / RUNS]);
}
for (let round = 1; round <= 2; round++) {
  await measure(`first page, unnamed (${round})`, () => client.query(first, []));
  await measure(`first page, prepared (${round})`, () => client.query({ name: 'first', text: first }));
  await measure(`one State, unnamed (${round})`, () => client.query(oneState, ['KEN']));
  await measure(`one State, prepared (${round})`, () =>
    client.query({ name: 'state', text: oneState, values: ['KEN'] }),
  );
}
await client.end();
console.log('| statement | PostgreSQL CPU ms | wall ms |\n|---|---:|---:|');
for (const [label, cpu, wall] of rows) console.log(`| ${label} | ${cpu.toFixed(2)} | ${wall.toFixed(2)} |`);
