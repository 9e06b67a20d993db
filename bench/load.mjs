// `npm run bench:load`: many people at once on the built system, then a check that nothing was lost or doubled.
//
//   1. a scratch database `ta_load_<random>`: on DATABASE_URL's server when it is set (local servers only),
//      otherwise on an embedded PostgreSQL under .data/load (port 54359);
//   2. the built API on it as `npm start` runs it (PORT=0, SEED_DEMO=1, NODE_ENV=test);
//   3. LOAD_USERS virtual users (50) for LOAD_SECONDS (300), each signed in as a demo role, each looping over a
//      mix of reads (request pages and filters, counts, funding gaps, workshops, activities, a request) and
//      writes (log a request, edit it with its version, move it along the workflow, record a contribution);
//   4. prints throughput, p50 / p95 / p99 per operation and overall, errors by code;
//   5. checks the invariants against the database: requests logged = successful creates, each request's
//      version = 1 + its successful edits and moves, one history row per successful move, contributions and
//      their sum (NUMERIC, in SQL) = what the clients were told was recorded;
//   6. writes the figures to bench/results/load-latest.md; stops and drops everything (also on Ctrl-C).
//
// Not part of CI. Needs `npm run build`. Exits 1 when an invariant fails or an answer was a 5xx / INTERNAL.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedDatabase } from '../scripts/lib/embedded-db.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const int = (value, fallback) => (value && /^\d+$/.test(value) ? Number(value) : fallback);
const USERS = int(process.env.LOAD_USERS, 50);
const SECONDS = int(process.env.LOAD_SECONDS, 300);
const RUN = randomBytes(3).toString('hex');
const started = performance.now();
const log = (line) => console.log(`[load ${((performance.now() - started) / 1000).toFixed(1)}s] ${line}`);

const cleanups = [];
async function cleanup() {
  while (cleanups.length)
    await cleanups
      .pop()()
      .catch(() => undefined);
}
process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));
async function fail(message) {
  console.error(message);
  await cleanup();
  process.exit(1);
}

// ------------------------------------------------------------------ database and API

let adminUrl = process.env.DATABASE_URL;
if (adminUrl) {
  if (!['localhost', '127.0.0.1', '::1', '[::1]'].includes(new URL(adminUrl).hostname)) {
    console.error('bench:load only talks to a local database server.');
    process.exit(1);
  }
} else {
  const db = await startEmbeddedDatabase({ dataDir: join(root, '.data/load'), port: 54359, log });
  cleanups.push(() => db.stop());
  adminUrl = db.url('postgres');
}
const dbName = `ta_load_${RUN}`;
const admin = new URL(adminUrl);
admin.pathname = '/postgres';
const adminClient = new pg.Client({ connectionString: admin.toString() });
await adminClient.connect();
await adminClient.query(`CREATE DATABASE "${dbName}"`);
cleanups.push(async () => {
  await adminClient.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await adminClient.end();
});
const dbUrl = new URL(admin.toString());
dbUrl.pathname = `/${dbName}`;

const api = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
  cwd: root,
  env: {
    ...process.env,
    DATABASE_URL: dbUrl.toString(),
    PORT: '0',
    SEED_DEMO: '1',
    NODE_ENV: 'test',
    JWT_SECRET: randomBytes(32).toString('hex'),
    MUTATIONS_PER_MINUTE: '1000000',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let apiLog = '';
api.stdout.on('data', (d) => (apiLog += d));
api.stderr.on('data', (d) => (apiLog += d));
cleanups.push(
  () =>
    new Promise((r) => {
      if (api.exitCode !== null) return r();
      api.once('exit', r);
      process.kill(-api.pid, 'SIGINT');
    }),
);
const url = await new Promise((resolveUrl, reject) => {
  const timer = setTimeout(() => reject(new Error(`The API did not start:\n${apiLog}`)), 120_000);
  api.stdout.on('data', () => {
    const m = /Listening on (http:\/\/localhost:\d+)/.exec(apiLog);
    if (m) {
      clearTimeout(timer);
      resolveUrl(m[1]);
    }
  });
}).catch((e) => fail(e.message));
log(`API at ${url} on ${dbName}`);
const sql = new pg.Client({ connectionString: dbUrl.toString() });
await sql.connect();
cleanups.push(() => sql.end());

// ------------------------------------------------------------------ clients

const timings = new Map(); // operation → ms[]
const errorsByCode = new Map();
async function gql(op, query, variables, token) {
  const t0 = performance.now();
  let status = 0;
  let body = null;
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    status = res.status;
    body = await res.json();
  } catch (error) {
    body = { errors: [{ message: String(error), extensions: { code: 'NETWORK' } }] };
  }
  const ms = performance.now() - t0;
  if (!timings.has(op)) timings.set(op, []);
  timings.get(op).push(ms);
  if (status >= 500) errorsByCode.set(`HTTP ${status}`, (errorsByCode.get(`HTTP ${status}`) ?? 0) + 1);
  for (const e of body?.errors ?? []) {
    const code = `${e.extensions?.code ?? 'NONE'}${e.extensions?.reason ? `/${e.extensions.reason}` : ''}`;
    errorsByCode.set(code, (errorsByCode.get(code) ?? 0) + 1);
  }
  return body;
}

async function signIn(email) {
  const res = await gql('login', `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
    e: email,
    p: 'demo',
  });
  if (!res.data?.login) await fail(`Could not sign in as ${email}: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}

const ROLES = ['secretariat', 'admin', 'secretariat', 'bangkok', 'dakar', 'donor', 'viewer', 'secretariat'];
const tokens = {};
for (const role of new Set(ROLES)) tokens[role] = await signIn(`${role}@demo.local`);
const writer = tokens.secretariat;
const donor = await gql(
  'createDonor',
  `mutation($n: String!) { createDonor(input: { name: $n, donorType: "FOUNDATION" }) { id } }`,
  { n: `Load donor ${RUN}` },
  writer,
);
const donorId = donor.data?.createDonor?.id;
if (!donorId) await fail(`Could not create the load donor: ${JSON.stringify(donor.errors)}`);
const states = (await sql.query(`SELECT iso3 FROM state ORDER BY iso3`)).rows.map((r) => r.iso3);

// What the clients were told succeeded: the invariants compare the database with these.
const told = { created: new Map(), moves: 0, contributions: 0, contributionCents: 0n };
const pick = (list) => list[Math.floor(Math.random() * list.length)];
const NEXT = { RECEIVED: 'UNDER_REVIEW', UNDER_REVIEW: 'ACCEPTED' };

const READS = [
  ['requestsPage', `{ assistanceRequests(first: 50) { totalCount nodes { id status state { iso3 } } } }`, () => ({})],
  [
    'requestsFiltered',
    `query($s: [RequestStatus!]) { assistanceRequests(first: 50, filter: { status: $s }) { totalCount nodes { id } } }`,
    () => ({ s: [pick(['RECEIVED', 'UNDER_REVIEW', 'ACCEPTED'])] }),
  ],
  ['requestCounts', `{ requestCounts(groupBy: [PRIORITY_AREA]) { count } }`, () => ({})],
  ['fundingGaps', `{ fundingGaps(groupBy: [PRIORITY_AREA]) { gap cost } }`, () => ({})],
  ['workshops', `{ workshops(first: 20) { totalCount nodes { id title } } }`, () => ({})],
  ['activities', `{ activities(first: 20) { totalCount nodes { id code } } }`, () => ({})],
  ['me', `{ me { email role } }`, () => ({})],
];

async function writeStep(mine) {
  const roll = Math.random();
  if (roll < 0.4 || mine.length === 0) {
    const res = await gql(
      'logAssistanceRequest',
      `mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id version } }`,
      {
        input: {
          stateIso3: pick(states),
          kind: 'TRAINING',
          topics: [pick(['cybercrime', 'extradition', 'firearms'])],
          priorityAreaCode: pick(['A', 'B', 'C', 'D', 'E']),
          receivedOn: '2009-03-01',
          channel: 'letter',
          description: `Load ${RUN} request ${randomBytes(4).toString('hex')}`,
        },
      },
      writer,
    );
    const r = res.data?.logAssistanceRequest;
    if (r) {
      told.created.set(r.id, { version: r.version, status: 'RECEIVED' });
      mine.push(r.id);
    }
  } else if (roll < 0.6) {
    const id = pick(mine);
    const known = told.created.get(id);
    const res = await gql(
      'updateAssistanceRequest',
      `mutation($id: ID!, $v: Int!, $d: String!) { updateAssistanceRequest(id: $id, expectedVersion: $v, input: { description: $d }) { version } }`,
      { id, v: known.version, d: `Load ${RUN} edited ${randomBytes(4).toString('hex')}` },
      writer,
    );
    if (res.data) known.version = res.data.updateAssistanceRequest.version;
  } else if (roll < 0.8) {
    const id = pick(mine);
    const known = told.created.get(id);
    const to = NEXT[known.status];
    if (!to) return;
    const res = await gql(
      'transitionAssistanceRequest',
      `mutation($id: ID!, $v: Int!, $to: RequestStatus!) { transitionAssistanceRequest(id: $id, expectedVersion: $v, to: $to) { version status } }`,
      { id, v: known.version, to },
      writer,
    );
    if (res.data) {
      known.version = res.data.transitionAssistanceRequest.version;
      known.status = res.data.transitionAssistanceRequest.status;
      told.moves += 1;
    }
  } else {
    const cents = BigInt(100 + Math.floor(Math.random() * 10_000_000));
    const amount = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
    const res = await gql(
      'recordContribution',
      `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id amount } }`,
      { input: { donorId, currency: 'USD', date: '2009-01-10', stage: 'PLEDGED', amount } },
      writer,
    );
    if (res.data?.recordContribution) {
      told.contributions += 1;
      told.contributionCents += cents;
    }
  }
}

async function virtualUser(i, until) {
  const role = ROLES[i % ROLES.length];
  const writes = role === 'secretariat';
  const mine = [];
  while (performance.now() < until) {
    if (writes && Math.random() < 0.5) await writeStep(mine);
    else {
      const [op, query, vars] = pick(READS);
      await gql(op, query, vars(), tokens[role]);
    }
  }
}

log(`${USERS} virtual users for ${SECONDS} s (roles: ${[...new Set(ROLES)].join(', ')}; secretariat users also write)`);
const loadStart = performance.now();
await Promise.all(Array.from({ length: USERS }, (_, i) => virtualUser(i, loadStart + SECONDS * 1000)));
const wall = (performance.now() - loadStart) / 1000;

// ------------------------------------------------------------------ figures and invariants

const q = (list, p) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const all = [...timings.entries()].filter(([op]) => op !== 'login' && op !== 'createDonor').flatMap(([, v]) => v);
const rows = [...timings.entries()]
  .filter(([op]) => op !== 'login' && op !== 'createDonor')
  .sort((a, b) => b[1].length - a[1].length)
  .map(
    ([op, v]) => `| ${op} | ${v.length} | ${q(v, 50).toFixed(0)} | ${q(v, 95).toFixed(0)} | ${q(v, 99).toFixed(0)} |`,
  );

const ids = [...told.created.keys()];
const db = (
  await sql.query(
    `SELECT
       (SELECT count(*) FROM assistance_request WHERE description LIKE $1)::int AS requests,
       (SELECT count(*) FROM assistance_request WHERE id = ANY($2::uuid[]))::int AS found,
       (SELECT count(*) FROM request_status_change WHERE request_id = ANY($2::uuid[]) AND from_status IS NOT NULL)::int AS moves,
       (SELECT count(*) FROM contribution WHERE donor_id = $3)::int AS contributions,
       (SELECT coalesce(sum(amount), 0)::text FROM contribution WHERE donor_id = $3) AS amount`,
    [`Load ${RUN} %`, ids, donorId],
  )
).rows[0];
const versions = (await sql.query(`SELECT id, version FROM assistance_request WHERE id = ANY($1::uuid[])`, [ids])).rows;
const versionMismatches = versions.filter((r) => told.created.get(r.id).version !== r.version).length;
const toldAmount = `${told.contributionCents / 100n}.${String(told.contributionCents % 100n).padStart(2, '0')}`;
const invariants = [
  [
    'requests logged = successful creates',
    db.found === ids.length && db.requests >= ids.length,
    `${db.found} / ${ids.length}`,
  ],
  [
    'each request’s version = 1 + its successful edits and moves',
    versionMismatches === 0,
    `${versionMismatches} differ`,
  ],
  ['history rows = successful moves', db.moves === told.moves, `${db.moves} / ${told.moves}`],
  [
    'contributions = successful records',
    db.contributions === told.contributions,
    `${db.contributions} / ${told.contributions}`,
  ],
  [
    'sum of contributions (SQL NUMERIC) = sum told',
    db.amount === toldAmount || Number(db.amount) === Number(toldAmount),
    `${db.amount} / ${toldAmount}`,
  ],
];
const internal = [...errorsByCode.entries()].filter(([code]) => /^HTTP 5|^INTERNAL|^NETWORK|^NONE/.test(code));

const report = [
  `# bench:load — ${new Date().toISOString()}`,
  '',
  `${USERS} virtual users, ${SECONDS} s; ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node.js ${process.version}; load average at the end ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}.`,
  '',
  `**${all.length} requests in ${wall.toFixed(1)} s: ${(all.length / wall).toFixed(1)} requests/s; p50 ${q(all, 50).toFixed(0)} ms, p95 ${q(all, 95).toFixed(0)} ms, p99 ${q(all, 99).toFixed(0)} ms.**`,
  '',
  '| operation | count | p50 ms | p95 ms | p99 ms |',
  '|---|---|---|---|---|',
  ...rows,
  '',
  `Errors by code: ${[...errorsByCode.entries()].map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}.`,
  '',
  '| invariant | holds | database / clients |',
  '|---|---|---|',
  ...invariants.map(([name, ok, detail]) => `| ${name} | ${ok ? 'yes' : '**NO**'} | ${detail} |`),
  '',
];
console.log(`\n${report.join('\n')}`);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/load-latest.md'), report.join('\n'));
await cleanup();
const failed = invariants.some(([, ok]) => !ok) || internal.length > 0;
process.exit(failed ? 1 : 0);
