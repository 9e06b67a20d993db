// `npm run bench`: the speed of the requests list, measured on a realistic volume and printed as figures.
//
//   1. a scratch database `ta_bench_<random>`: on DATABASE_URL's server when it is set (local servers only),
//      otherwise on an embedded PostgreSQL under .data/bench (port 54349), started as `npm start` starts it;
//   2. the real built API on it (`node scripts/start.mjs`, PORT=0, SEED_DEMO=1, NODE_ENV=production);
//   3. 100,000 more requests (and one history entry each) loaded in SQL, then VACUUM ANALYZE;
//   4. GraphQL queries over HTTP (list pages, filters, cursors, a deep page, aggregates), each timed N times
//      after warm-ups: p50 / p95 / max;
//   5. EXPLAIN (ANALYZE, BUFFERS) of the main SQL shapes, flagging large sequential scans;
//   6. side by side (bench/side-by-side.mjs, issue 12): the API, the same answer as raw SQL, and PostGraphile
//      4.14.1 in-process on the same tables: p50/p95 and ratios, throughput at 10 and 50 clients (autocannon),
//      SQL statements per operation;
//   7. the programme at ten times its real size (bench/programme.mjs): activities, cost lines, donors,
//      contributions in several currencies, allocations and workshops loaded in SQL; the funding gap, a State
//      profile and both dashboards (the web's own documents, as the secretariat and as a donor) timed against
//      p95 < 100 ms with their SQL statements; the dashboard's throughput;
//   8. cold start (spawn to first answer, on the empty database and again on the loaded one) and the API server
//      process's memory (VmRSS at rest and its peak while the timed parts and throughput runs go on);
//   9. everything stopped and dropped again; figures also written to bench/results/latest.md.
//
// Settings (all optional): BENCH_RUNS (30), BENCH_WARMUPS (3), BENCH_ROWS (100000), BENCH_TIMEOUT_S (900),
// BENCH_PART (all | side: only the side-by-side part, for iterating | api: without it | import: only the import
// figure, on the demo data | programme: only the programme part, 7 and 8, written to programme.md), BENCH_IMPORT_ROWS (10000), BENCH_SIDE_RUNS (200),
// BENCH_CANNON_S (5, seconds per throughput cell), BENCH_CPU_REQUESTS (2000, requests per CPU-per-request cell), BENCH_OP_BUDGET_S (20, seconds per programme operation), BENCH_RESULTS (the results file's name),
// BENCH_EMAIL / BENCH_PASSWORD (the account used if the API asks to sign in), DATABASE_URL, EMBEDDED_PG_PORT (54349).
// Needs the built API (`npm run build`). Talks only to 127.0.0.1 / localhost.
import './production-mode.mjs';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
// The reference lists come from the rule kernel, built with the API (`npm run build` first).
import { ASSISTANCE_KINDS, CHANNELS, TOPICS } from '@ta/domain';
import {
  dashboardThroughput,
  loadProgramme,
  programmeMarkdown,
  rssMiB,
  rssSampler,
  serverPid,
  signIn,
  timeOperations,
} from './programme.mjs';
import { profileFirstPage, sideBySide, sideBySideMarkdown } from './side-by-side.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const apiMain = join(root, 'dist/api/apps/api/src/main.js');

const int = (value, fallback) => (value && /^\d+$/.test(value) ? Number(value) : fallback);
const RUNS = int(process.env.BENCH_RUNS, 30);
const WARMUPS = int(process.env.BENCH_WARMUPS, 3);
const ROWS = int(process.env.BENCH_ROWS, 100_000);
const TIMEOUT_S = int(process.env.BENCH_TIMEOUT_S, 900);
const PART = ['side', 'api', 'profile', 'import', 'programme'].includes(process.env.BENCH_PART)
  ? process.env.BENCH_PART
  : 'all';
const IMPORT_ROWS = int(process.env.BENCH_IMPORT_ROWS, 10_000);
const SIDE_RUNS = int(process.env.BENCH_SIDE_RUNS, 200);
// BENCH_RESULTS: the file's name under bench/results (latest.md; side-by-side.md for BENCH_PART=side).
const resultsFile = join(
  root,
  'bench/results',
  /^[\w.-]+\.md$/.test(process.env.BENCH_RESULTS ?? '')
    ? process.env.BENCH_RESULTS
    : PART === 'side'
      ? 'side-by-side.md'
      : PART === 'import'
        ? 'import.md'
        : PART === 'programme'
          ? 'programme.md'
          : 'latest.md',
);
const EMAIL = process.env.BENCH_EMAIL ?? 'admin@demo.local';
const PASSWORD = process.env.BENCH_PASSWORD ?? process.env.DEMO_PASSWORD ?? 'demo';
const EMBEDDED_DIR = join(root, '.data/bench');
// EMBEDDED_PG_PORT: another port for the embedded server, so two benchmarks (worktrees) can run at once.
const EMBEDDED_PORT = int(process.env.EMBEDDED_PG_PORT, 54349);
const PAGE = 50;
const WALK_PAGES = 20;
const SLOW_P95_MS = 100;
const SEQ_SCAN_FLAG_ROWS = 10_000;
const CANNON_S = int(process.env.BENCH_CANNON_S, 5);
// BENCH_OP_BUDGET_S: the most seconds the programme part spends timing one operation (at least one run).
const OP_BUDGET_S = int(process.env.BENCH_OP_BUDGET_S, 20);
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

const started = performance.now();
const loadAtStart = os.loadavg();
const uptime = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
const uptimeAtStart = uptime();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)}s`;
const log = (line) => console.log(`[bench ${elapsed()}] ${line}`);

// ------------------------------------------------------------------ cleanup, whatever happens

const cleanups = [];
let cleaning = null;
function cleanup() {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const { name, run } = cleanups.pop();
      try {
        await run();
      } catch (error) {
        console.error(`[bench] cleanup "${name}" failed: ${messageOf(error)}`);
      }
    }
  })();
  return cleaning;
}
function onCleanup(name, run) {
  cleanups.push({ name, run });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\n[bench] ${signal}: cleaning up...`);
    void cleanup().then(() => process.exit(130));
  });
}
const deadline = setTimeout(() => {
  console.error(`[bench] Over the time budget (${TIMEOUT_S}s, BENCH_TIMEOUT_S): stopping and cleaning up.`);
  void cleanup().then(() => process.exit(2));
}, TIMEOUT_S * 1000);
deadline.unref();

function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// ------------------------------------------------------------------ 1. a PostgreSQL and a scratch database

function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function getServer() {
  if (process.env.DATABASE_URL) {
    const host = new URL(process.env.DATABASE_URL).hostname;
    if (!LOCAL_HOSTS.has(host)) {
      throw new Error(`DATABASE_URL points at ${host}; the benchmark only runs against 127.0.0.1 / localhost.`);
    }
    return {
      kind: `DATABASE_URL (${host}:${new URL(process.env.DATABASE_URL).port || 5432})`,
      admin: process.env.DATABASE_URL,
    };
  }
  const { startEmbeddedDatabase } = await import('../scripts/lib/embedded-db.mjs');
  log(`No DATABASE_URL: starting the embedded PostgreSQL in .data/bench on port ${EMBEDDED_PORT}.`);
  const db = await startEmbeddedDatabase({ dataDir: EMBEDDED_DIR, port: EMBEDDED_PORT, log: (l) => log(l) });
  onCleanup('stop the embedded PostgreSQL', async () => {
    await db.stop();
    log('Embedded PostgreSQL stopped.');
  });
  return { kind: `embedded (127.0.0.1:${EMBEDDED_PORT})`, admin: db.url('postgres') };
}

async function createScratchDatabase(adminUrl) {
  const name = `ta_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  // BENCH_KEEP_DATABASE=1 (with DATABASE_URL): the loaded database stays, for EXPLAIN and profiling by hand.
  if (process.env.BENCH_KEEP_DATABASE === '1' && process.env.DATABASE_URL) {
    onCleanup(`keep database ${name}`, async () => log(`Kept ${name} (BENCH_KEEP_DATABASE=1): drop it when done.`));
    return { name, url: withDatabase(adminUrl, name) };
  }
  onCleanup(`drop database ${name}`, async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      log(`Dropped ${name}.`);
    } finally {
      await c.end();
    }
  });
  return { name, url: withDatabase(adminUrl, name) };
}

// ------------------------------------------------------------------ 2. the built API

/** Lines of the API's log that mark its start-up's steps (app.factory.ts, main.ts), for the cold-start figures. */
const STARTUP_PHASES = [
  ['migrations run', /Ran migrations/],
  ['demo data', /Demo data already loaded|Loaded the demo data/],
  ['listening', /Listening on http/],
];

async function startApi(databaseUrl) {
  let output = '';
  // Its own signing key for this run (the side-by-side part also starts the API in the bench's process, with this key).
  const jwtSecret = randomBytes(48).toString('base64url');
  const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      // BENCH_API_NODE_OPTIONS: e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile the API (BENCH_PART=profile).
      NODE_OPTIONS: process.env.BENCH_API_NODE_OPTIONS ?? '',
      DATABASE_URL: databaseUrl,
      PORT: '0',
      SEED_DEMO: '1',
      // As deployed: production mode (graphql-js without its development checks, JSON logs, one line per
      // request), with a signing key of its own for this run.
      NODE_ENV: 'production',
      JWT_SECRET: jwtSecret,
      // Each answer says how many SQL statements it took (x-sql-statements), for the side-by-side table.
      SQL_STATEMENT_COUNT: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // When the API's own log first says it migrated, loaded the demo data and listened (ms after spawning).
  const spawnedAt = performance.now();
  const phases = {};
  // Only the start's output is read: the API then logs one line per request, and scanning (or keeping) all of it
  // here would cost this process, which also runs PostGraphile and the load generator, CPU the timings need.
  // After the start, the last chunks are kept as they came (joined only if asked for), up to about 64 kB.
  const OUTPUT_KEPT = 64 * 1024;
  const tail = [];
  let tailLength = 0;
  const keep = (d) => {
    tail.push(d);
    tailLength += d.length;
    while (tailLength > OUTPUT_KEPT && tail.length > 1) tailLength -= tail.shift().length;
  };
  const readStart = (d) => {
    output += d.toString();
    for (const [phase, pattern] of STARTUP_PHASES) {
      if (!(phase in phases) && pattern.test(output)) phases[phase] = performance.now() - spawnedAt;
    }
    // Whatever the start logs comes before it listens.
    if ('listening' in phases) {
      child.stdout.off('data', readStart);
      child.stdout.on('data', keep);
      child.stderr.removeAllListeners('data');
      child.stderr.on('data', keep);
    }
  };
  child.stdout.on('data', readStart);
  child.stderr.on('data', (d) => (output += d.toString()));
  const exited = new Promise((r) => child.once('exit', (code, signal) => r(signal ?? code)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGINT');
    const result = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), 20_000))]);
    if (result === 'timeout') {
      console.error('[bench] The API did not stop within 20 s of SIGINT; killing it.');
      child.kill('SIGKILL');
      await exited;
    }
    log('API stopped.');
  };
  onCleanup('stop the API', stop);
  const port = await new Promise((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`The API did not start within 90 s:\n${output}`)), 90_000);
    const check = () => {
      const match = /Listening on http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout.off('data', check);
        resolvePort(Number(match[1]));
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The API stopped while starting (exit ${code}):\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    output: () => output + Buffer.concat(tail).toString(),
    pid: child.pid,
    stop,
    phases,
    jwtSecret,
  };
}

/**
 * Starts the API and waits for its first answer (a sign-in, which reads the accounts table): the API and the
 * milliseconds from spawning `node scripts/start.mjs` to that answer.
 */
async function startApiTimed(databaseUrl) {
  const t0 = performance.now();
  const api = await startApi(databaseUrl);
  for (let attempt = 1; ; attempt++) {
    try {
      await signIn(api.url, 'secretariat@demo.local', PASSWORD);
      return { api, ms: performance.now() - t0, phases: api.phases };
    } catch (error) {
      if (attempt >= 100) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

// ------------------------------------------------------------------ 3. bulk load, in SQL

const KINDS = ASSISTANCE_KINDS;
// Weighted: more closed requests than any one open status, as a programme running since 2003 would have.
const STATUSES = [
  'RECEIVED',
  'RECEIVED',
  'RECEIVED',
  'UNDER_REVIEW',
  'UNDER_REVIEW',
  'UNDER_REVIEW',
  'ACCEPTED',
  'ACCEPTED',
  'PLANNED',
  'PLANNED',
  'IN_DELIVERY',
  'IN_DELIVERY',
  'FULFILLED',
  'FULFILLED',
  'FULFILLED',
  'FULFILLED',
  'FULFILLED',
  'DECLINED',
  'DECLINED',
  'WITHDRAWN',
];
const WORDS = (
  'training prosecutors judges police investigators legislation drafting review national regional ' +
  'workshop assessment capacity central authority extradition mutual legal assistance cooperation border control ' +
  'evidence electronic financial intelligence unit witness protection victims trafficking smuggling migrants ' +
  'firearms marking record-keeping confiscation proceeds crime organized data collection reporting questionnaire ' +
  'software equipment translation printing laws ministry justice interior customs officers curriculum seminar ' +
  'expert advisory mission'
).split(' ');

const sqlArray = (values) => `ARRAY[${values.map((v) => `'${v}'`).join(',')}]::text[]`;

const BULK_SQL = `
WITH ref AS (
  SELECT (SELECT array_agg(iso3 ORDER BY iso3) FROM state) AS states,
         (SELECT array_agg(code ORDER BY code) FROM priority_area) AS areas,
         (SELECT array_agg(code ORDER BY sort_order) FROM instrument) AS instruments,
         ${sqlArray(KINDS)} AS kinds, ${sqlArray(STATUSES)} AS statuses, ${sqlArray(TOPICS)} AS topics,
         ${sqlArray(CHANNELS)} AS channels, ${sqlArray(WORDS)} AS words
),
office AS ( -- the office covering each State, by the rule ReferenceRepository.officeCoveringState uses
  SELECT s.iso3,
         (SELECT f.code FROM field_office f
           WHERE s.subregion = ANY (f.regions) OR s.intermediate_region = ANY (f.regions) OR s.iso3 = ANY (f.extra_states)
           ORDER BY f.code LIMIT 1) AS code
    FROM state s
),
gen AS (
  SELECT g,
         ref.states[1 + floor(random() * cardinality(ref.states))::int] AS iso3,
         ref.areas[1 + floor(random() * cardinality(ref.areas))::int] AS area,
         ref.kinds[1 + floor(random() * cardinality(ref.kinds))::int] AS kind,
         ref.statuses[1 + floor(random() * cardinality(ref.statuses))::int] AS status,
         ARRAY(SELECT DISTINCT ref.topics[1 + floor(random() * cardinality(ref.topics))::int]
                 FROM generate_series(1, 1 + g % 3)) AS topics,
         ARRAY(SELECT DISTINCT ref.instruments[1 + floor(random() * cardinality(ref.instruments))::int]
                 FROM generate_series(1, g % 3)) AS instruments,
         ref.channels[1 + floor(random() * cardinality(ref.channels))::int] AS channel,
         DATE '2003-01-01' + floor(random() * (DATE '2012-01-01' - DATE '2003-01-01'))::int AS received_on,
         array_to_string(ARRAY(SELECT ref.words[1 + floor(random() * cardinality(ref.words))::int]
                                 FROM generate_series(1, 6 + g % 9)), ' ') AS words,
         random() * interval '30 days' AS logged_after,
         random() * interval '400 days' AS updated_after
    FROM generate_series(1, $1::int) AS g CROSS JOIN ref
  OFFSET 0
)
INSERT INTO assistance_request
  (state_iso3, priority_area_code, kind, topics, instruments, channel, received_on, description, status,
   illustrative_note, logged_by, field_office_code, created_at, updated_at)
SELECT gen.iso3, gen.area, gen.kind,
       CASE WHEN gen.kind = 'REPORTING_OBLIGATIONS' AND gen.g % 4 = 0 THEN '{}'::text[] ELSE gen.topics END,
       gen.instruments, gen.channel, gen.received_on,
       'Request ' || gen.g || ': ' || gen.words, gen.status,
       'Synthetic benchmark data (bench/run.mjs)', 'bench', office.code,
       gen.received_on + gen.logged_after, gen.received_on + gen.logged_after + gen.updated_after
  FROM gen JOIN office ON office.iso3 = gen.iso3`;

const HISTORY_SQL = `
INSERT INTO request_status_change (request_id, from_status, to_status, at, by, reason)
SELECT id, NULL, status, created_at, 'bench', 'Synthetic benchmark data (bench/run.mjs)'
  FROM assistance_request WHERE logged_by = 'bench'`;

async function bulkLoad(client) {
  const t0 = performance.now();
  await client.query('SELECT setseed(0.2008)'); // the same data every run, so runs compare
  const inserted = await client.query(BULK_SQL, [ROWS]);
  const history = await client.query(HISTORY_SQL);
  const loadMs = performance.now() - t0;
  const t1 = performance.now();
  // VACUUM as well as ANALYZE: sets the visibility map and flushes the GIN pending lists, as autovacuum
  // would on a live database; without it the first queries measure the load, not the steady state.
  await client.query('VACUUM (ANALYZE) assistance_request');
  await client.query('VACUUM (ANALYZE) request_status_change');
  await client.query('ANALYZE state');
  const analyzeMs = performance.now() - t1;
  const {
    rows: [counts],
  } = await client.query(`
    SELECT (SELECT count(*) FROM assistance_request)::int AS requests,
           (SELECT count(*) FROM request_status_change)::int AS history,
           (SELECT count(*) FROM state)::int AS states,
           pg_size_pretty(pg_total_relation_size('assistance_request')) AS size`);
  return { inserted: inserted.rowCount, history: history.rowCount, loadMs, analyzeMs, ...counts };
}

// ------------------------------------------------------------------ 4. GraphQL over HTTP

function graphqlClient(url) {
  let token = null;
  let signedIn = false;
  let logins = 0;

  async function post(query, variables) {
    const headers = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    let body = null;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: reported below
    }
    return { status: res.status, body, text };
  }

  const unauthenticated = (r) =>
    r.status === 401 || (r.body?.errors ?? []).some((e) => e?.extensions?.code === 'UNAUTHENTICATED');

  async function login() {
    const r = await post(
      'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      {
        email: EMAIL,
        password: PASSWORD,
      },
    );
    const t = r.body?.data?.login?.token;
    if (!t) throw new Error(`The API asked to sign in, and signing in as ${EMAIL} failed: ${r.text.slice(0, 500)}`);
    token = t;
    if (!signedIn) log(`The API answered UNAUTHENTICATED: signed in as ${EMAIL}; queries now carry a Bearer token.`);
    signedIn = true;
  }

  async function query(q, variables) {
    let r = await post(q, variables);
    // Signs in when first asked to, and again if the token runs out mid-run (a few times at most).
    if (unauthenticated(r) && logins < 3) {
      logins++;
      await login();
      r = await post(q, variables);
    }
    if (!r.body) throw new Error(`HTTP ${r.status}, not JSON: ${r.text.slice(0, 300)}`);
    if (r.body.errors?.length) {
      const e = r.body.errors[0];
      throw new Error(`HTTP ${r.status}: ${e.message} (${e.extensions?.code ?? 'no code'})`);
    }
    return r.body.data;
  }

  return { query, signedIn: () => signedIn, token: () => token };
}

const LIST_QUERY = `query BenchList($filter: AssistanceRequestFilter, $orderBy: AssistanceRequestOrder, $first: Int, $after: String) {
  assistanceRequests(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id kind status receivedOn topics channel }
  }
}`;

const DEEP_QUERY = `query BenchDeep($first: Int) {
  assistanceRequests(first: $first) {
    totalCount
    nodes {
      id
      state { name }
      priorityArea { title }
      instruments { code }
      fieldOffice { code }
      history { to }
      duplicates { id }
    }
  }
}`;

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) };
}

async function timeRepeated(run) {
  for (let i = 0; i < WARMUPS; i++) await run();
  const samples = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    last = await run();
    samples.push(performance.now() - t0);
  }
  return { samples, last };
}

async function runScenarios(gql, stateIso3) {
  const list = (variables) => () => gql.query(LIST_QUERY, variables).then((d) => d.assistanceRequests);
  const scenarios = [
    { name: `first page of ${PAGE}, default order (received_on desc)`, variables: { first: PAGE } },
    { name: `one State (${stateIso3})`, variables: { first: PAGE, filter: { stateIso3: [stateIso3] } } },
    { name: 'region "Africa"', variables: { first: PAGE, filter: { region: ['Africa'] } } },
    {
      name: 'kind TRAINING + status RECEIVED, UNDER_REVIEW',
      variables: { first: PAGE, filter: { kind: ['TRAINING'], status: ['RECEIVED', 'UNDER_REVIEW'] } },
    },
    { name: 'topic ["firearms"]', variables: { first: PAGE, filter: { topic: ['firearms'] } } },
    { name: 'search "prosecutors"', variables: { first: PAGE, filter: { search: 'prosecutors' } } },
    {
      name: 'received in 2008 (one year)',
      variables: { first: PAGE, filter: { receivedFrom: '2008-01-01', receivedTo: '2008-12-31' } },
    },
    { name: 'order by STATE ASC', variables: { first: PAGE, orderBy: { field: 'STATE', direction: 'ASC' } } },
  ];
  const results = [];
  for (const s of scenarios) {
    try {
      const { samples, last } = await timeRepeated(list(s.variables));
      results.push({ name: s.name, rows: last.nodes.length, totalCount: last.totalCount, ...summarise(samples) });
    } catch (error) {
      results.push({ name: s.name, error: messageOf(error) });
    }
    log(`  ${s.name}: ${formatResult(results.at(-1))}`);
  }

  // Keyset paging: walk WALK_PAGES pages by cursor, timing every page; repeat until RUNS pages are timed.
  const walkName = `cursor walk: pages 1–${WALK_PAGES} of ${PAGE} (every page timed)`;
  try {
    const walk = async (pages, samples, byPage) => {
      let after = null;
      let page;
      for (let i = 1; i <= pages; i++) {
        const t0 = performance.now();
        page = await list({ first: PAGE, after })();
        const ms = performance.now() - t0;
        samples?.push(ms);
        byPage?.[i]?.push(ms);
        after = page.pageInfo.endCursor;
        if (!page.pageInfo.hasNextPage) break;
      }
      return page;
    };
    await walk(WARMUPS, null, null);
    const samples = [];
    const byPage = { 1: [], [WALK_PAGES]: [] };
    let last;
    for (let w = 0; w < Math.max(1, Math.ceil(RUNS / WALK_PAGES)); w++) last = await walk(WALK_PAGES, samples, byPage);
    const p1 = summarise(byPage[1]).p50;
    const pN = summarise(byPage[WALK_PAGES]).p50;
    results.push({
      name: walkName,
      rows: last.nodes.length,
      totalCount: last.totalCount,
      ...summarise(samples),
      note: `page 1 p50 ${fmt(p1)} ms, page ${WALK_PAGES} p50 ${fmt(pN)} ms`,
    });
  } catch (error) {
    results.push({ name: walkName, error: messageOf(error) });
  }
  log(`  ${walkName}: ${formatResult(results.at(-1))}`);

  // Aggregates (the requestCounts query): one SQL GROUP BY each. rows = groups, totalCount = their sum.
  const aggregates = [
    {
      name: 'requestCounts by REGION × YEAR',
      query: '{ requestCounts(groupBy: [REGION, YEAR]) { region year count } }',
    },
    {
      name: 'requestCounts by PRIORITY_AREA × STATUS, open only',
      query:
        '{ requestCounts(groupBy: [PRIORITY_AREA, STATUS], filter: { open: true }) { priorityArea { code } status count } }',
    },
  ];
  for (const a of aggregates) {
    try {
      const { samples, last } = await timeRepeated(() => gql.query(a.query).then((d) => d.requestCounts));
      results.push({
        name: a.name,
        rows: last.length,
        totalCount: last.reduce((sum, g) => sum + g.count, 0),
        ...summarise(samples),
      });
    } catch (error) {
      results.push({ name: a.name, error: messageOf(error) });
    }
    log(`  ${a.name}: ${formatResult(results.at(-1))}`);
  }

  const deepName = `deep page: ${PAGE} requests + state, area, instruments, office, history, duplicates`;
  let deepIds = [];
  try {
    const { samples, last } = await timeRepeated(() =>
      gql.query(DEEP_QUERY, { first: PAGE }).then((d) => d.assistanceRequests),
    );
    deepIds = last.nodes.map((n) => n.id);
    const dups = last.nodes.reduce((sum, n) => sum + n.duplicates.length, 0);
    const hist = last.nodes.reduce((sum, n) => sum + n.history.length, 0);
    results.push({
      name: deepName,
      rows: last.nodes.length,
      totalCount: last.totalCount,
      ...summarise(samples),
      note: `${dups} duplicates and ${hist} history entries in the answer`,
    });
  } catch (error) {
    results.push({ name: deepName, error: messageOf(error) });
  }
  log(`  ${deepName}: ${formatResult(results.at(-1))}`);
  return { results, deepIds };
}

const fmt = (ms) => (Number.isFinite(ms) ? ms.toFixed(1) : '–');
function formatResult(r) {
  return r.error
    ? `ERROR ${r.error}`
    : `${r.rows} rows, total ${r.totalCount}, p50 ${fmt(r.p50)} ms, p95 ${fmt(r.p95)} ms`;
}

// ------------------------------------------------------------------ 5. EXPLAIN the main SQL shapes

// The list's SQL is not mirrored: it is the built API's own (`requestListQueries` in
// apps/api/src/modules/requests/requests.repository.ts, through the keyset pager and the access policy's
// text condition), built by TypeORM on this database and EXPLAINed as sent, so the bench cannot drift from it.
// The duplicates rule is the API's DUPLICATE_SQL; history and counts are written here as the repository sends them.
const apiModule = (path) => import(pathToFileURL(join(root, 'dist/api/apps/api/src', path)).href);

/** The real list query builder and an administrator's access policy (the bench signs in as admin). */
async function listSql(scratchUrl) {
  await import('reflect-metadata');
  const { DataSource } = await import('typeorm');
  const { requestListQueries } = await apiModule('modules/requests/requests.repository.js');
  const { AssistanceRequestEntity } = await apiModule('modules/requests/entities/assistance-request.entity.js');
  const { AccessPolicy } = await apiModule('modules/access/access.policy.js');
  const { DUPLICATE_SQL } = await apiModule('modules/requests/rules/duplicates.js');
  const dataSource = new DataSource({
    type: 'postgres',
    url: scratchUrl,
    entities: [AssistanceRequestEntity],
    poolSize: 1,
  });
  await dataSource.initialize();
  onCleanup("close the query builder's connection", () => dataSource.destroy());
  const admin = { userId: null, label: 'bench', role: 'ADMIN', fieldOfficeCode: null, donorId: null, requestId: null };
  const text = await new AccessPolicy(admin, async () => new Set()).requestTextCondition('r');
  const RECEIVED_DESC = { field: 'RECEIVED_ON', direction: 'DESC' };
  const build = (filter, order = RECEIVED_DESC) => {
    const { count, page } = requestListQueries(dataSource.manager, filter, order, PAGE, null, text);
    const [countSql, countParams] = count.getQueryAndParameters();
    const [pageSql, pageParams] = page.getQueryAndParameters();
    return { count: { sql: countSql, params: countParams }, page: { sql: pageSql, params: pageParams } };
  };
  return { build, DUPLICATE_SQL };
}

function explainShapes({ build, DUPLICATE_SQL }, stateIso3, ids) {
  const one = build({ stateIso3: [stateIso3] });
  const topic = build({ topic: ['firearms'] });
  const none = build({});
  const region = build({ region: ['Africa'] });
  const search = build({ search: 'prosecutors' });
  const byState = build({}, { field: 'STATE', direction: 'ASC' });
  return [
    { name: `page: one State (${stateIso3}), received_on desc, limit ${PAGE + 1}`, ...one.page },
    { name: 'count: topic ["firearms"]', ...topic.count },
    {
      name: `duplicates of ${ids.length} requests (the deep page's)`,
      sql: `SELECT a.id AS source_id, b.* FROM assistance_request b INNER JOIN assistance_request a ON ${DUPLICATE_SQL}
             WHERE a.id = ANY (CAST($1 AS uuid[])) ORDER BY b.received_on ASC, b.id ASC`,
      params: [ids],
    },
    {
      name: `history of ${ids.length} requests`,
      sql: `SELECT h.* FROM request_status_change h WHERE h.request_id = ANY ($1::uuid[]) ORDER BY h.at, h.id`,
      params: [ids],
    },
    { name: "count: no filter (every list's totalCount)", ...none.count },
    { name: `page: no filter, received_on desc, limit ${PAGE + 1}`, ...none.page },
    { name: 'count: region "Africa"', ...region.count },
    { name: 'page: region "Africa"', ...region.page },
    { name: 'count: search "prosecutors"', ...search.count },
    { name: 'page: search "prosecutors"', ...search.page },
    { name: 'page: order by STATE ASC', ...byState.page },
    // RequestsRepository.counts: per State first, then the State's region
    {
      name: 'requestCounts by REGION × YEAR',
      params: [],
      sql: `SELECT s.region AS "REGION", c."YEAR", sum(c.n)::int AS count
              FROM (SELECT r.state_iso3 AS "STATE", extract(year FROM r.received_on)::int AS "YEAR", count(*) AS n
                      FROM assistance_request r GROUP BY 1, 2) c
              JOIN state s ON s.iso3 = c."STATE" GROUP BY 1, 2 ORDER BY 1, 2`,
    },
  ];
}

function summarisePlan(plan) {
  const lines = [];
  const flags = [];
  const walk = (node, depth) => {
    const type = `${node['Parallel Aware'] ? 'Parallel ' : ''}${node['Node Type']}`;
    const index = node['Index Name'] ? ` using ${node['Index Name']}` : '';
    const rel = node['Relation Name'] ? ` on ${node['Relation Name']}` : '';
    const loops = node['Actual Loops'] ?? 1;
    const removed = node['Rows Removed by Filter'] ?? 0;
    lines.push(
      `${'  '.repeat(depth)}${type}${index}${rel}  (rows ${node['Actual Rows']}${loops > 1 ? ` × ${loops} loops` : ''}` +
        `${removed ? `, removed by filter ${removed}` : ''})`,
    );
    if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'assistance_request') {
      const scanned = Math.round((node['Actual Rows'] + removed) * loops);
      if (scanned > SEQ_SCAN_FLAG_ROWS) flags.push(`Seq Scan on assistance_request reading ~${scanned} rows`);
    }
    for (const child of node.Plans ?? []) walk(child, depth + 1);
  };
  walk(plan.Plan, 0);
  return {
    lines,
    flags,
    executionMs: plan['Execution Time'],
    planningMs: plan['Planning Time'],
    hit: plan.Plan['Shared Hit Blocks'] ?? 0,
    read: plan.Plan['Shared Read Blocks'] ?? 0,
  };
}

async function explainAll(client, sql, stateIso3, ids) {
  const out = [];
  for (const shape of explainShapes(sql, stateIso3, ids)) {
    try {
      const sql = `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${shape.sql}`;
      await client.query(sql, shape.params); // once to warm the cache, as the timed queries were
      const { rows } = await client.query(sql, shape.params);
      out.push({ ...shape, ...summarisePlan(rows[0]['QUERY PLAN'][0]) });
    } catch (error) {
      out.push({ ...shape, error: messageOf(error) });
    }
  }
  return out;
}

// ------------------------------------------------------------------ 6/7. report

// ------------------------------------------------------------------ the request import (issue 16)

const IMPORT_MUTATION = `mutation BenchImport($fileName: String!, $csv: String!, $dryRun: Boolean) {
  importAssistanceRequests(fileName: $fileName, csv: $csv, dryRun: $dryRun) { id status totalRows rows { outcome } }
}`;
const IMPORT_XLSX_MUTATION = `mutation BenchImportXlsx($fileName: String!, $content: String!, $dryRun: Boolean) {
  importAssistanceRequests(fileName: $fileName, content: $content, dryRun: $dryRun) { id status totalRows rows { outcome } }
}`;
const IMPORT_STATUS = `query BenchImportStatus($id: ID!) { requestImport(id: $id) { status importedRows totalRows failure } }`;

/**
 * IMPORT_ROWS requests as CSV files of at most 2,000 rows (the API's limit per file), each row new (a run tag in
 * its description), spread over States, kinds and topics as a real file's are.
 */
function importFiles(states, tag) {
  const header = 'state,kind,topics,priority_area,received_on,channel,description';
  const files = [];
  let lines = [];
  for (let i = 1; i <= IMPORT_ROWS; i++) {
    const state = states[i % states.length];
    const topic = TOPICS[Math.floor(i / states.length) % TOPICS.length];
    const kind = ASSISTANCE_KINDS[Math.floor(i / (states.length * TOPICS.length)) % ASSISTANCE_KINDS.length];
    lines.push(`${state},${kind.toLowerCase()},${topic},B,2009-02-01,letter,Bench import ${tag} row ${i}`);
    if (lines.length === 2000 || i === IMPORT_ROWS) {
      files.push([header, ...lines].join('\n'));
      lines = [];
    }
  }
  return files;
}

/** The same files as XLSX workbooks (every cell text, as the CSV's), in base64. */
async function xlsxFiles(files) {
  const { default: ExcelJS } = await import('exceljs');
  return Promise.all(
    files.map(async (csv) => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Requests');
      for (const line of csv.split('\n')) sheet.addRow(line.split(','));
      return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    }),
  );
}

/** Sends one file (CSV text, or an XLSX in base64) as a dry run or an import. */
function sendImport(gql, file, name, xlsx, dryRun) {
  return xlsx
    ? gql.query(IMPORT_XLSX_MUTATION, { fileName: `${name}.xlsx`, content: file, dryRun })
    : gql.query(IMPORT_MUTATION, { fileName: `${name}.csv`, csv: file, dryRun });
}

/** Starts each file's import and waits for all of them: answers the seconds from the first start to the last end. */
async function importAll(gql, files, tag, xlsx = false) {
  const t0 = performance.now();
  const ids = [];
  for (const [i, file] of files.entries()) {
    const data = await sendImport(gql, file, `bench-${tag}-${i + 1}`, xlsx, false);
    ids.push(data.importAssistanceRequests.id);
  }
  let imported = 0;
  for (const id of ids) {
    for (;;) {
      const job = (await gql.query(IMPORT_STATUS, { id })).requestImport;
      if (job.status === 'FAILED') throw new Error(`The bench import ${id} failed: ${job.failure}`);
      if (job.status === 'DONE') {
        imported += job.importedRows;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { seconds: (performance.now() - t0) / 1000, imported };
}

/**
 * IMPORT_ROWS rows checked (a dry run of each file), imported (the background job, one worker), then the same
 * files imported again (every row ALREADY_IMPORTED, nothing logged): seconds for each, and the outcomes.
 */
async function benchImport(gql, client) {
  const { rows } = await client.query(`SELECT iso3 FROM state ORDER BY iso3 LIMIT 60`);
  const tag = randomBytes(4).toString('hex');
  const files = importFiles(
    rows.map((r) => r.iso3),
    tag,
  );
  const dryRun = async (sent, xlsx) => {
    const outcomes = {};
    const t0 = performance.now();
    for (const [i, file] of sent.entries()) {
      const data = await sendImport(gql, file, `bench-${tag}-${i + 1}`, xlsx, true);
      for (const r of data.importAssistanceRequests.rows) outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
    }
    return { seconds: (performance.now() - t0) / 1000, outcomes };
  };
  const checked = await dryRun(files, false);
  const first = await importAll(gql, files, tag);
  const again = await importAll(gql, files, `${tag}-again`);
  // The same rows as XLSX workbooks, new rows (another tag): checked, then imported.
  const xlsxTag = `${tag}x`;
  const workbooks = await xlsxFiles(
    importFiles(
      rows.map((r) => r.iso3),
      xlsxTag,
    ),
  );
  const xlsxChecked = await dryRun(workbooks, true);
  const xlsxFirst = await importAll(gql, workbooks, xlsxTag, true);
  const count = async (t) =>
    (
      await client.query(`SELECT count(*)::int AS n FROM assistance_request WHERE description LIKE $1`, [
        `Bench import ${t} row %`,
      ])
    ).rows[0].n;
  return {
    rows: IMPORT_ROWS,
    files: files.length,
    dryRunS: checked.seconds,
    outcomes: checked.outcomes,
    importS: first.seconds,
    imported: first.imported,
    againS: again.seconds,
    importedAgain: again.imported,
    logged: await count(tag),
    xlsxKb: Math.max(...workbooks.map((w) => Buffer.from(w, 'base64').length)) / 1000,
    xlsxDryRunS: xlsxChecked.seconds,
    xlsxOutcomes: xlsxChecked.outcomes,
    xlsxImportS: xlsxFirst.seconds,
    xlsxImported: xlsxFirst.imported,
    xlsxLogged: await count(xlsxTag),
  };
}

const outcomesOf = (outcomes) =>
  Object.entries(outcomes)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

function importMarkdown(r) {
  const fmtS = (s) => `${s.toFixed(1)} s (${Math.round(r.rows / s)} rows/s)`;
  return [
    '## The request import (issue 16: 10,000 rows checked and imported; target under 10 s, printed, not asserted)',
    '',
    `${r.rows} rows in ${r.files} CSV files of at most 2,000 rows (the API's limit per file), sent over GraphQL by one client; imports run by the API's one job worker.`,
    '',
    '| step | time | outcome |',
    '|---|---:|---|',
    `| dry run (every row checked, nothing written) | ${fmtS(r.dryRunS)} | ${outcomesOf(r.outcomes)} |`,
    `| import (rows logged in batches of 500, each batch one transaction of a fixed number of statements with its import lines; the next batch checked meanwhile) | ${fmtS(r.importS)} | ${r.imported} logged |`,
    `| the same files again | ${fmtS(r.againS)} | ${r.importedAgain} logged (every row ALREADY_IMPORTED) |`,
    `| XLSX: other rows as workbooks (at most ${r.xlsxKb.toFixed(0)} kB), dry run | ${fmtS(r.xlsxDryRunS)} | ${outcomesOf(r.xlsxOutcomes)} |`,
    `| XLSX: those workbooks imported | ${fmtS(r.xlsxImportS)} | ${r.xlsxImported} logged |`,
    '',
    `Requests of the run in the database afterwards: ${r.logged} from the CSV files, ${r.xlsxLogged} from the workbooks.`,
    '',
  ].join('\n');
}

function report({ facts, load, results, plans }) {
  const md = [];
  md.push(
    PART === 'import'
      ? '# Benchmark: the request import'
      : PART === 'programme'
        ? '# Benchmark: the programme at ten times its real size'
        : '# Benchmark: the requests list',
    '',
  );
  md.push(`Run ${facts.date} by \`npm run bench\` (bench/run.mjs).`, '');
  md.push('| machine | |', '|---|---|');
  md.push(`| nproc | ${facts.nproc} |`);
  md.push(`| CPU | ${facts.cpu} |`);
  md.push(`| memory | ${facts.memory} |`);
  md.push(`| load average (1 min) | ${facts.load} |`);
  md.push(`| Node.js | ${facts.node} |`);
  md.push(`| PostgreSQL | ${facts.postgres} — ${facts.server} |`);
  if (PART !== 'import') {
    md.push(
      `| data | ${load.requests} requests (${load.inserted} synthetic + demo) over ${load.states} States, ` +
        `${load.history} history entries, table + indexes ${load.size}; loaded in ${(load.loadMs / 1000).toFixed(1)} s, ` +
        `VACUUM ANALYZE ${(load.analyzeMs / 1000).toFixed(1)} s |`,
    );
  }
  md.push(
    `| method | GraphQL over HTTP to the built API, one client, sequential; ${WARMUPS} warm-ups then ${RUNS} timed runs ` +
      `per scenario${facts.signedIn ? '; signed in (Bearer token)' : ''} |`,
  );
  md.push('');
  md.push(
    '**The machine is shared and noisy**: 2 cores, and other engineers run tests on them this afternoon. ' +
      `Load average (1, 5, 15 min) before: ${facts.uptimeBefore}; after: ${facts.uptimeAfter}. ` +
      'Compare figures of one run with each other (the side-by-side runs are interleaved for that reason), ' +
      'and runs with each other only with care.',
    '',
  );
  if (facts.side) md.push(sideBySideMarkdown(facts.side));
  if (facts.imports) md.push(importMarkdown(facts.imports));
  md.push(programmeMarkdown(facts.programme));
  if (!results.length) return md.join('\n');
  md.push('## GraphQL over HTTP (ms, wall time per request)', '');
  md.push('| scenario | rows | totalCount | p50 ms | p95 ms | max ms | n |', '|---|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    if (r.error) md.push(`| ${r.name} | ERROR: ${r.error.replaceAll('|', '\\|')} | | | | | |`);
    else {
      const slow = r.p95 > SLOW_P95_MS ? ' ⚠' : '';
      md.push(
        `| ${r.name} | ${r.rows} | ${r.totalCount} | ${fmt(r.p50)} | ${fmt(r.p95)}${slow} | ${fmt(r.max)} | ${r.n} |`,
      );
    }
  }
  const notes = results.filter((r) => r.note);
  if (notes.length) {
    md.push('');
    for (const r of notes) md.push(`- ${r.name}: ${r.note}`);
  }
  const slow = results.filter((r) => !r.error && r.p95 > SLOW_P95_MS);
  md.push('');
  md.push(
    slow.length
      ? `⚠ p95 over ${SLOW_P95_MS} ms: ${slow.map((r) => r.name).join('; ')}`
      : `Every p95 is under ${SLOW_P95_MS} ms.`,
  );
  md.push('');
  md.push('## SQL plans (EXPLAIN (ANALYZE, BUFFERS), second run)', '');
  md.push(
    "The list's SQL as the built API builds it (requestListQueries); duplicates, history and counts as RequestsRepository sends them. ⚠ marks a Seq Scan on assistance_request reading over " +
      `${SEQ_SCAN_FLAG_ROWS} rows.`,
    '',
  );
  for (const p of plans) {
    md.push(`### ${p.name}${p.flags?.length ? ' ⚠' : ''}`, '');
    if (p.error) {
      md.push(`ERROR: ${p.error}`, '');
      continue;
    }
    md.push(
      `execution ${p.executionMs.toFixed(2)} ms, planning ${p.planningMs.toFixed(2)} ms, buffers hit ${p.hit} read ${p.read}` +
        `${p.flags.length ? ` — ⚠ ${p.flags.join('; ')}` : ''}`,
      '',
    );
    md.push('```', ...p.lines, '```', '');
  }
  return md.join('\n');
}

// ------------------------------------------------------------------ main

async function main() {
  if (!existsSync(apiMain)) {
    console.error(`The API is not built (${apiMain} is missing). Run \`npm run build\` first, then \`npm run bench\`.`);
    process.exit(1);
  }
  const server = await getServer();
  const scratch = await createScratchDatabase(server.admin);
  log(`Scratch database ${scratch.name} on ${server.kind}.`);

  const { api, ms: coldMs, phases } = await startApiTimed(scratch.url);
  log(
    `API up at ${api.url} (migrations run, demo data loaded), first answer ${(coldMs / 1000).toFixed(1)} s after spawning.`,
  );
  const cold = [{ what: 'first start: empty database (every migration, then the demo data)', ms: coldMs, phases }];
  const pid = serverPid(api.pid);

  const client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  onCleanup('close the SQL connection', () => client.end());

  // BENCH_PART=import: the import figure alone, on the demo data (no bulk load).
  const load =
    PART === 'import'
      ? { requests: 0, inserted: 0, states: 0, history: 0, size: '-', loadMs: 0, analyzeMs: 0 }
      : (log(`Loading ${ROWS} requests and their history in SQL...`), await bulkLoad(client));
  log(
    `Loaded ${load.inserted} requests + ${load.history} history entries in ${(load.loadMs / 1000).toFixed(1)} s; ` +
      `VACUUM ANALYZE ${(load.analyzeMs / 1000).toFixed(1)} s; ${load.requests} requests in all (${load.size}).`,
  );

  const withProgramme = PART === 'all' || PART === 'programme';
  let programmeLoad = null;
  if (withProgramme) {
    log('Loading the programme at ten times its real size in SQL...');
    programmeLoad = await loadProgramme(client, log);
  }
  // The server's memory from here on: at rest now, then its peak while everything below runs.
  const atRest = pid ? rssMiB(pid) : null;
  const sampler = pid ? rssSampler(pid) : null;

  const {
    rows: [pick],
  } = await client.query(
    `SELECT COALESCE((SELECT iso3 FROM state WHERE iso3 = 'KEN'), (SELECT min(iso3) FROM state)) AS iso3`,
  );
  const {
    rows: [ver],
  } = await client.query(`SELECT current_setting('server_version') AS v`);

  const gql = graphqlClient(api.url);
  let results = [];
  let plans = [];
  if (PART === 'all' || PART === 'api') {
    log(`Timing GraphQL queries (${WARMUPS} warm-ups + ${RUNS} runs each)...`);
    const run = await runScenarios(gql, pick.iso3);
    results = run.results;
    let ids = run.deepIds;
    if (ids.length < PAGE) {
      const { rows } = await client.query(
        `SELECT id FROM assistance_request ORDER BY received_on DESC, id DESC LIMIT ${PAGE}`,
      );
      ids = rows.map((r) => r.id);
    }
    log('EXPLAIN (ANALYZE, BUFFERS) of the main SQL shapes...');
    plans = await explainAll(client, await listSql(scratch.url), pick.iso3, ids);
  }
  if (PART === 'profile') {
    // Only the side-by-side's first page, sequentially, for a CPU profile of the API (BENCH_API_NODE_OPTIONS).
    await gql.query('{ assistanceRequests(first: 1) { totalCount } }');
    const n = int(process.env.BENCH_PROFILE_REQUESTS, 500);
    const t0 = performance.now();
    // BENCH_PROFILE_SCENARIO: 0 the first page (default), 1 one State, 2 with history.
    await profileFirstPage({ url: api.url, token: gql.token() }, n, int(process.env.BENCH_PROFILE_SCENARIO, 0));
    log(`${n} requests in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
    return 0;
  }
  let imports = null;
  if (PART === 'all' || PART === 'api' || PART === 'import') {
    log(`The request import: ${IMPORT_ROWS} rows checked (dry run), imported, and imported again...`);
    imports = await benchImport(gql, client);
    log(
      `Import: dry run ${imports.dryRunS.toFixed(1)} s, import ${imports.importS.toFixed(1)} s, ` +
        `again ${imports.againS.toFixed(1)} s (${imports.imported} logged, then ${imports.importedAgain}); XLSX: dry run ` +
        `${imports.xlsxDryRunS.toFixed(1)} s, import ${imports.xlsxImportS.toFixed(1)} s (${imports.xlsxImported} logged).`,
    );
  }
  let side = null;
  if (PART === 'all' || PART === 'side') {
    if (!gql.signedIn()) await gql.query('{ assistanceRequests(first: 1) { totalCount } }');
    log(`Side by side: API, raw SQL, PostGraphile (${WARMUPS} warm-ups + ${SIDE_RUNS} interleaved runs each)...`);
    side = await sideBySide({
      databaseUrl: scratch.url,
      api: { url: api.url, token: gql.token(), pid: serverPid(api.pid), jwtSecret: api.jwtSecret },
      stateIso3: pick.iso3,
      runs: SIDE_RUNS,
      warmups: WARMUPS,
      log,
      onCleanup,
    });
  }

  let timings = null;
  let throughput = null;
  if (withProgramme) {
    log(`The programme: funding gap, State profile, dashboards (${WARMUPS} warm-ups + ${RUNS} runs each)...`);
    const {
      rows: [area],
    } = await client.query(
      `SELECT priority_area_code AS code FROM activity GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    );
    const timed = await timeOperations({
      url: api.url,
      root,
      password: PASSWORD,
      stateIso3: pick.iso3,
      areaCode: area.code,
      runs: RUNS,
      warmups: WARMUPS,
      budgetMs: OP_BUDGET_S * 1000,
      log,
    });
    timings = { results: timed.results, runs: RUNS, warmups: WARMUPS, budgetS: OP_BUDGET_S };
    log(`The dashboard's throughput at 10 clients (${CANNON_S} s)...`);
    throughput = await dashboardThroughput({
      url: api.url,
      token: timed.tokens.secretariat,
      query: timed.docs.Dashboard,
      connections: 10,
      seconds: CANNON_S,
    });
    log('Cold start again: a second API on the loaded database...');
    const again = await startApiTimed(scratch.url);
    await again.api.stop();
    cold.push({
      what: 'restart: the loaded database (nothing to migrate, demo data already there)',
      ms: again.ms,
      phases: again.phases,
    });
  }
  sampler?.stop();
  const memory =
    sampler && atRest !== null
      ? {
          pid,
          atRest,
          peak: sampler.peak(),
          during: `${withProgramme ? "the programme's timings and the dashboard's throughput run" : 'the timed parts'}${
            side ? ' and the side-by-side throughput runs (10 and 50 clients)' : ''
          } went on`,
        }
      : null;

  const facts = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    // Other work on the machine shows up in the figures: the 1-minute load average before and after.
    load: `${loadAtStart[0].toFixed(2)} before, ${os.loadavg()[0].toFixed(2)} after`,
    node: process.version,
    postgres: ver.v,
    server: server.kind,
    signedIn: gql.signedIn(),
    uptimeBefore: uptimeAtStart,
    uptimeAfter: uptime(),
    side,
    imports,
    programme: { load: programmeLoad, timings, throughput, memory, cold },
  };
  const md = report({ facts, load, results, plans });
  mkdirSync(dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, `${md}\n`);
  console.log(`\n${md}\n`);
  log(`Written to ${resultsFile.slice(root.length + 1)}.`);
  return results.some((r) => r.error) ||
    side?.timings.some((t) => !t.agree) ||
    side?.here?.timings.some((t) => !t.agree) ||
    timings?.results.some((r) => r.error)
    ? 1
    : 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(`[bench] ${messageOf(error)}`);
  code = 1;
} finally {
  await cleanup();
}
log(`Done (exit ${code}).`);
process.exit(code);
