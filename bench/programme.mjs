// The programme part of `npm run bench` (issue 12, BENCH_PART=programme runs it alone): the screens other than
// the requests list, at ten times a real programme.
//
//   1. loaded in SQL after the demo data (and the requests of bench/run.mjs, BENCH_ROWS of them, with history):
//      2,000 activities (one status change each) with 20,000 cost lines over the plan years, 100 donors, monthly
//      exchange rates for eight currencies, 10,000 contributions in nine currencies (valued at their month's
//      rate, one stage change each, paid ones with their instalment), allocations of part of about half of
//      them, and 500 workshops with their participating States; every row respects the tables' keys and CHECKs;
//   2. the web's own query documents (the operations libs/graphql-types generated from apps/web), timed over
//      HTTP signed in as the secretariat (funding gap overview and drill-down, the gap by priority area × year
//      and by region and by sub-region × donor, a State profile, the dashboard and its map) and as a donor (the dashboard as a donor
//      sees it): p50 / p95 / max against the goal p95 < 100 ms, and the SQL statements of each (x-sql-statements);
//   3. throughput of the secretariat's dashboard at 10 concurrent clients (autocannon);
//   4. the API's memory: VmRSS of the server process (scripts/start.mjs spawns it as a child) at rest and its
//      peak while the timed parts and the throughput runs go on; cold start figures come from bench/run.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { print } from 'graphql';
import { DEFAULT_PLAN_YEARS } from '@ta/domain';
import { DERIVED_TABLES } from '../scripts/lib/derived-tables.mjs';

export const PROGRAMME = {
  activities: 2000,
  costLinesPerActivity: 10,
  donors: 100,
  contributions: 10_000,
  workshops: 500,
};
export const GOAL_P95_MS = 100;
const NOTE = 'Synthetic benchmark data (bench/programme.mjs)';
const SECRETARIAT = 'secretariat@demo.local';
const DONOR = 'donor@demo.local';

// ------------------------------------------------------------------ 1. data, in SQL

/** Currencies other than USD and a dollar value around which their monthly rates move. */
const CURRENCIES = [
  ['EUR', 1.35],
  ['GBP', 1.6],
  ['JPY', 0.0105],
  ['CHF', 0.95],
  ['SEK', 0.14],
  ['NOK', 0.16],
  ['CAD', 0.92],
  ['AUD', 0.85],
];

const pick = (array, index = `floor(random() * cardinality(${array}))::int`) => `${array}[1 + ${index}]`;

const LOAD_SQL = [
  [
    'donors',
    `INSERT INTO donor (name, donor_type, country_iso3, named_publicly, illustrative, external_ref)
     SELECT 'Bench donor ' || g, (ARRAY['MEMBER_STATE','INTERGOVERNMENTAL','FOUNDATION','PRIVATE'])[1 + g % 4],
            CASE WHEN g % 4 = 1 THEN ${pick('s.states', 'g * 7 % cardinality(s.states)')} END, g % 3 = 0, true,
            'bench-donor-' || g
       FROM generate_series(1, $1::int) g, (SELECT array_agg(iso3 ORDER BY iso3) AS states FROM state) s`,
    (p) => [p.donors],
  ],
  [
    'exchange rates',
    `INSERT INTO exchange_rate (currency, rate_date, rate_to_usd, set_by)
     SELECT c.code, d::date, round((c.usd * (0.9 + random() * 0.2))::numeric, 8), 'bench'
       FROM unnest($1::text[], $2::numeric[]) AS c(code, usd),
            generate_series(DATE '2008-01-01', DATE '2011-12-01', interval '1 month') d
     ON CONFLICT DO NOTHING`,
    () => [CURRENCIES.map((c) => c[0]), CURRENCIES.map((c) => c[1])],
  ],
  [
    'activities',
    `WITH ref AS (
       SELECT (SELECT array_agg(iso3 ORDER BY iso3) FROM state) AS states,
              (SELECT array_agg(code ORDER BY code) FROM priority_area) AS areas,
              (SELECT array_agg(code ORDER BY code) FROM field_office) AS offices,
              ARRAY['WORKSHOP','EXPERT_GROUP_MEETING','LEGAL_ADVISORY_SERVICE','MODEL_LEGISLATION','TRAINING_MATERIAL',
                    'TOOL_OR_SOFTWARE','RESEARCH','EQUIPMENT','NETWORK','STAFFING'] AS types,
              ARRAY['PROPOSED','ENDORSED','FUNDED','FUNDED','UNDER_WAY','UNDER_WAY','COMPLETED','CANCELLED'] AS statuses
     ), gen AS (
       SELECT g, ${pick('ref.areas')} AS area, ${pick('ref.types')} AS type, ${pick('ref.statuses')} AS status,
              ARRAY(SELECT DISTINCT ${pick('ref.states')} FROM generate_series(1, 1 + g % 3)) AS states,
              CASE WHEN g % 2 = 0 THEN ${pick('ref.offices')} END AS office,
              DATE '2009-01-01' + floor(random() * 900)::int AS starts_on, 30 + floor(random() * 400)::int AS days
         FROM generate_series(1, $1::int) g CROSS JOIN ref
       OFFSET 0
     )
     INSERT INTO activity (code, title, priority_area_code, activity_type, status, phase, beneficiary_states,
                           lead_office_code, starts_on, ends_on, illustrative_note, external_ref)
     SELECT 'BENCH-' || lpad(g::text, 5, '0'), 'Bench activity ' || g || ' (' || lower(type) || ')', area, type,
            status, CASE WHEN g % 3 = 0 THEN 'CURRENT' ELSE 'PROPOSED' END, states, office, starts_on,
            starts_on + days, '${NOTE}', 'bench-activity-' || g
       FROM gen`,
    (p) => [p.activities],
  ],
  [
    'activity history',
    `INSERT INTO activity_status_change (activity_id, from_status, to_status, at, by, reason)
     SELECT id, NULL, status, created_at, 'bench', '${NOTE}' FROM activity WHERE external_ref LIKE 'bench-activity-%'`,
    () => [],
  ],
  [
    'cost lines',
    // k = 0 … n-1: a plan year (k mod years) and a category (k div years), so (activity, year, category) is unique.
    `INSERT INTO cost_line (activity_id, year, category, basis, amount, currency, rate_date, illustrative)
     SELECT a.id, ($2::int[])[1 + k % cardinality($2::int[])],
            (ARRAY['STAFF','CONSULTANTS','TRAVEL','MEETINGS','EQUIPMENT','PUBLICATIONS','OTHER'])[1 + k / cardinality($2::int[])],
            'ORIGINAL', round((1000 + random() * 49000)::numeric, 2), 'USD', make_date(($2::int[])[1], 1, 1), true
       FROM activity a CROSS JOIN generate_series(0, $1::int - 1) k
      WHERE a.external_ref LIKE 'bench-activity-%'`,
    (p) => [p.costLinesPerActivity, [...DEFAULT_PLAN_YEARS]],
  ],
  [
    'contributions',
    // Each valued at the first-of-month rate of its currency (USD at 1), its dollar amount rounded from it; the
    // earmarking target as ck_earmark_target asks, an agreement once committed (ck_committed_has_agreement).
    `WITH ref AS (
       SELECT (SELECT array_agg(id ORDER BY external_ref) FROM donor WHERE external_ref LIKE 'bench-donor-%') AS donors,
              (SELECT array_agg(id ORDER BY code) FROM activity WHERE external_ref LIKE 'bench-activity-%') AS acts,
              (SELECT array_agg(code ORDER BY code) FROM priority_area) AS areas,
              ARRAY['USD','USD','USD'] || $2::text[] AS currencies, $3::int[] AS years,
              ARRAY['INTENDED','PLEDGED','PLEDGED','COMMITTED','PAID','PAID'] AS stages
     ), gen AS (
       SELECT g, ${pick('ref.donors')} AS donor, ${pick('ref.currencies')} AS currency,
              DATE '2008-01-01' + floor(random() * 1450)::int AS contributed_on, 1 + g % 4 AS category,
              ${pick('ref.stages')} AS stage, ${pick('ref.acts')} AS act, ${pick('ref.areas')} AS area,
              round((5000 + random() * 495000)::numeric, 2) AS usd,
              CASE WHEN g % 3 = 0 THEN '{}'::int[] ELSE ARRAY[${pick('ref.years', 'g % cardinality(ref.years)')}] END AS years
         FROM generate_series(1, $1::int) g CROSS JOIN ref
       OFFSET 0
     ), rated AS (
       SELECT gen.*, COALESCE(er.rate_to_usd, 1) AS rate, COALESCE(er.rate_date, gen.contributed_on) AS rate_date,
              round(gen.usd / COALESCE(er.rate_to_usd, 1), 2) AS amount
         FROM gen LEFT JOIN exchange_rate er
           ON er.currency = gen.currency AND er.rate_date = date_trunc('month', gen.contributed_on)::date
     )
     INSERT INTO contribution (donor_id, amount, currency, contributed_on, rate_to_usd, rate_date, amount_usd,
                               years_covered, earmarking_category, priority_area_code, activity_id, stage,
                               agreement_ref, illustrative, external_ref)
     SELECT donor, amount, currency, contributed_on, rate, rate_date, round(amount * rate, 2), years, category,
            CASE WHEN category = 2 THEN area END, CASE WHEN category >= 3 THEN act END, stage,
            CASE WHEN stage IN ('COMMITTED','PAID') THEN 'BENCH/' || g END, true, 'bench-contribution-' || g
       FROM rated`,
    (p) => [p.contributions, CURRENCIES.map((c) => c[0]), [...DEFAULT_PLAN_YEARS]],
  ],
  [
    'contribution history',
    `INSERT INTO contribution_stage_change (contribution_id, from_stage, to_stage, at, by, note)
     SELECT id, NULL, stage, created_at, 'bench', '${NOTE}' FROM contribution WHERE external_ref LIKE 'bench-contribution-%'`,
    () => [],
  ],
  [
    'payments',
    `INSERT INTO contribution_payment (contribution_id, paid_on, amount, amount_usd, rate_to_usd, rate_date, value_usd,
                                       recorded_by)
     SELECT id, contributed_on + 30, amount, amount_usd, rate_to_usd, rate_date, amount_usd, 'bench'
       FROM contribution WHERE external_ref LIKE 'bench-contribution-%' AND stage = 'PAID'`,
    () => [],
  ],
  [
    'allocations',
    // About half the firm contributions, 40 % of each, to an activity its earmarking allows, in a year it covers.
    `WITH by_area AS MATERIALIZED (
       SELECT priority_area_code AS area, array_agg(id ORDER BY code) AS acts
         FROM activity WHERE external_ref LIKE 'bench-activity-%' GROUP BY 1
     ), everything AS MATERIALIZED (SELECT array_agg(id ORDER BY code) AS acts FROM activity WHERE external_ref LIKE 'bench-activity-%')
     INSERT INTO allocation (contribution_id, activity_id, year, amount_usd, note, created_by)
     SELECT c.id,
            COALESCE(c.activity_id, ${pick('(COALESCE(ba.acts, e.acts))', 'abs(hashtext(c.id::text)) % cardinality(COALESCE(ba.acts, e.acts))')}),
            COALESCE(c.years_covered[1], ($1::int[])[1 + abs(hashtext(c.id::text)) % cardinality($1::int[])]),
            round(c.amount_usd * 0.4, 2), '${NOTE}', 'bench'
       FROM contribution c CROSS JOIN everything e LEFT JOIN by_area ba ON ba.area = c.priority_area_code
      WHERE c.external_ref LIKE 'bench-contribution-%' AND c.stage <> 'INTENDED' AND hashtext(c.external_ref) % 2 = 0`,
    () => [[...DEFAULT_PLAN_YEARS]],
  ],
  [
    'workshops',
    `WITH ref AS (
       SELECT (SELECT array_agg(iso3 ORDER BY iso3) FROM state) AS states,
              (SELECT array_agg(id ORDER BY code) FROM activity WHERE external_ref LIKE 'bench-activity-%') AS acts,
              ARRAY['REGIONAL_WORKSHOP','NATIONAL_TRAINING','EXPERT_GROUP_MEETING','STUDY_TOUR'] AS kinds,
              ARRAY['PLANNED','HELD','HELD','CANCELLED'] AS statuses
     ), gen AS (
       SELECT g, ${pick('ref.acts')} AS act, ${pick('ref.kinds')} AS kind, ${pick('ref.statuses')} AS status,
              ${pick('ref.states')} AS iso3, DATE '2009-01-01' + floor(random() * 1000)::int AS starts_on
         FROM generate_series(1, $1::int) g CROSS JOIN ref
       OFFSET 0
     )
     INSERT INTO workshop (activity_id, title, kind, starts_on, ends_on, city, country_iso3, region, status,
                           illustrative_note, external_ref)
     SELECT gen.act, 'Bench workshop ' || g, gen.kind, gen.starts_on, gen.starts_on + g % 5, 'City ' || g, gen.iso3,
            s.region, gen.status, '${NOTE}', 'bench-workshop-' || g
       FROM gen JOIN state s ON s.iso3 = gen.iso3`,
    (p) => [p.workshops],
  ],
  [
    'workshop participants',
    `INSERT INTO workshop_participant (workshop_id, state_iso3, participants, women)
     SELECT w.id, p.iso3, 10 + n, n / 2
       FROM workshop w
       CROSS JOIN LATERAL ((SELECT w.country_iso3 AS iso3, 12 AS n)
                           UNION ALL (SELECT s.iso3, floor(random() * 30)::int FROM state s
                                       WHERE w.external_ref IS NOT NULL ORDER BY random() LIMIT 2)) p
      WHERE w.external_ref LIKE 'bench-workshop-%'
     ON CONFLICT DO NOTHING`,
    () => [],
  ],
];

const TABLES = [
  'donor',
  'exchange_rate',
  'activity',
  'activity_status_change',
  'cost_line',
  'contribution',
  'contribution_stage_change',
  'contribution_payment',
  'allocation',
  'workshop',
  'workshop_participant',
];

/** Loads the programme (PROGRAMME's sizes) in SQL, then VACUUM ANALYZE: answers the row counts and the seconds. */
export async function loadProgramme(client, log, sizes = PROGRAMME) {
  const t0 = performance.now();
  await client.query('SELECT setseed(0.2009)');
  const inserted = {};
  for (const [name, sql, params] of LOAD_SQL) {
    const result = await client.query(sql, params(sizes));
    inserted[name] = result.rowCount;
    log(`  ${name}: ${result.rowCount} rows`);
  }
  const loadMs = performance.now() - t0;
  // The tables triggers kept through the load too, as autovacuum would after a load this size: without their
  // statistics the planner guessed the beneficiary shares at half their number (h17, session 12).
  for (const table of [...TABLES, ...Object.keys(DERIVED_TABLES)]) await client.query(`VACUUM (ANALYZE) ${table}`);
  const { rows } = await client.query(
    `SELECT ${TABLES.map((t) => `(SELECT count(*) FROM ${t})::int AS ${t}`).join(', ')},
            (SELECT count(*) FROM state)::int AS state, (SELECT count(*) FROM assistance_request)::int AS requests,
            (SELECT count(*) FROM request_status_change)::int AS request_history,
            (SELECT count(DISTINCT currency) FROM contribution)::int AS currencies`,
  );
  return { inserted, totals: rows[0], loadMs, analyzeMs: performance.now() - t0 - loadMs };
}

// ------------------------------------------------------------------ 2. the web's documents, timed

/** The web's operations as codegen wrote them (libs/graphql-types/src/graphql.ts), printed back to text. */
export function webDocuments(root, names) {
  const source = readFileSync(join(root, 'libs/graphql-types/src/graphql.ts'), 'utf8');
  return Object.fromEntries(
    names.map((name) => {
      const match = new RegExp(`^export const ${name}Document = (\\{.*\\}) as unknown as DocumentNode`, 'm').exec(
        source,
      );
      if (!match) throw new Error(`No ${name}Document in libs/graphql-types (run \`npm run codegen\`).`);
      return [name, print(JSON.parse(match[1]))];
    }),
  );
}

const GAP_FIELDS = 'cost pledged committed paid gap available';

/** The operations timed, for each reader; `doc` names a web document, `query` an operation written here. */
function operations(docs, { stateIso3, areaCode }) {
  return [
    {
      who: 'secretariat',
      name: 'funding gap: overview by priority area and by year (FundingOverview)',
      query: docs.FundingOverview,
      variables: { lang: 'EN' },
    },
    {
      who: 'secretariat',
      name: `funding gap: one area's activities (FundingByActivity, ${areaCode})`,
      query: docs.FundingByActivity,
      variables: { areas: [areaCode], lang: 'EN' },
    },
    {
      who: 'secretariat',
      name: 'funding gap by priority area × year',
      query: `query BenchGapsAreaYear { fundingGaps(groupBy: [PRIORITY_AREA, YEAR]) { year priorityArea { code } ${GAP_FIELDS} } }`,
      variables: {},
    },
    {
      who: 'secretariat',
      name: 'funding gap by region',
      query: `query BenchGapsRegion { fundingGaps(groupBy: [REGION]) { region ${GAP_FIELDS} } }`,
      variables: {},
    },
    {
      who: 'secretariat',
      name: 'funding gap by sub-region × donor',
      query: `query BenchGapsSubregionDonor { fundingGaps(groupBy: [SUBREGION, DONOR]) { region subregion otherDonors donor { id } ${GAP_FIELDS} } }`,
      variables: {},
    },
    {
      who: 'secretariat',
      name: `State profile (StateProfile, ${stateIso3})`,
      query: docs.StateProfile,
      variables: { iso3: stateIso3, lang: 'EN', withRequests: true },
    },
    {
      who: 'secretariat',
      name: 'dashboard (Dashboard, by State)',
      query: docs.Dashboard,
      variables: { lang: 'EN', byState: true },
    },
    { who: 'secretariat', name: 'dashboard map (NeedsMap)', query: docs.NeedsMap, variables: { lang: 'EN' } },
    {
      who: 'donor',
      name: "donor's dashboard (Dashboard, by region)",
      query: docs.Dashboard,
      variables: { lang: 'EN', byState: false },
    },
  ];
}

async function post(url, token, query, variables) {
  const headers = { 'content-type': 'application/json', accept: 'application/json', 'accept-encoding': 'identity' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(180_000), // the slowest operations took over 20 s on the loaded 2-core machine
  });
  const body = await res.json().catch(() => null);
  if (!body || body.errors?.length) {
    const e = body?.errors?.[0];
    throw new Error(`HTTP ${res.status}: ${e ? `${e.message} (${e.extensions?.code ?? 'no code'})` : 'not JSON'}`);
  }
  const statements = res.headers.get('x-sql-statements');
  return { data: body.data, statements: statements === null ? null : Number(statements) };
}

/** Signs in as one of the demo accounts: answers its Bearer token. */
export async function signIn(url, email, password) {
  const { data } = await post(
    url,
    null,
    'mutation BenchLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password },
  );
  return data.login.token;
}

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) };
}

/**
 * Each operation, as its reader: warm-ups, then up to `runs` timed requests one after the other — fewer when
 * an operation is so slow that its runs would take over `budgetMs` (at least one is timed; `n` says how many).
 */
export async function timeOperations({ url, root, password, stateIso3, areaCode, runs, warmups, budgetMs, log }) {
  const docs = webDocuments(root, ['FundingOverview', 'FundingByActivity', 'StateProfile', 'Dashboard', 'NeedsMap']);
  const tokens = {
    secretariat: await signIn(url, SECRETARIAT, password),
    donor: await signIn(url, DONOR, password),
  };
  const results = [];
  for (const op of operations(docs, { stateIso3, areaCode })) {
    const send = () => post(url, tokens[op.who], op.query, op.variables);
    try {
      const started = performance.now();
      let { statements } = await send();
      for (let i = 1; i < warmups && performance.now() - started < budgetMs / 4; i++) ({ statements } = await send());
      const samples = [];
      const timed = performance.now();
      while (samples.length < runs && (samples.length === 0 || performance.now() - timed < budgetMs)) {
        const t0 = performance.now();
        await send();
        samples.push(performance.now() - t0);
      }
      const s = summary(samples);
      results.push({ ...op, ...s, statements });
      log(`  ${op.name} as ${op.who}: p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms (n ${s.n})`);
    } catch (error) {
      results.push({ ...op, error: error instanceof Error ? error.message : String(error) });
      log(`  ${op.name} as ${op.who}: ERROR ${results.at(-1).error}`);
    }
  }
  return { results, tokens, docs };
}

/** The secretariat's dashboard at `connections` concurrent clients for `seconds`: requests per second. */
export async function dashboardThroughput({ url, token, query, connections, seconds }) {
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: {
      'content-type': 'application/json',
      'accept-encoding': 'identity',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query, variables: { lang: 'EN', byState: true } }),
  });
  return {
    connections,
    seconds,
    rps: result.requests.average,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    errors: result.errors + result.non2xx,
  };
}

// ------------------------------------------------------------------ 4. memory

function childrenOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/**
 * The server's pid: scripts/start.mjs spawns the built API (dist/api/…/main.js) as its child; the process whose
 * command line runs main.js, among `pid` and its descendants.
 */
export function serverPid(pid) {
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift();
    try {
      if (readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('apps/api/src/main.js')) return p;
    } catch {
      // gone meanwhile
    }
    queue.push(...childrenOf(p));
  }
  return null;
}

/** VmRSS of a process, in MiB (null when /proc does not have it). */
export function rssMiB(pid) {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS every 100 ms until stopped: answers the peak. */
export function rssSampler(pid) {
  let peak = rssMiB(pid) ?? 0;
  const timer = setInterval(() => (peak = Math.max(peak, rssMiB(pid) ?? 0)), 100);
  return {
    peak: () => peak,
    stop: () => clearInterval(timer),
  };
}

// ------------------------------------------------------------------ report

const ms = (n) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

export function programmeMarkdown({ load, timings, throughput, memory, cold }) {
  const md = ['## The programme at ten times its real size (funding gap, State profile, dashboards)', ''];
  if (load) {
    const t = load.totals;
    md.push(
      `Loaded in SQL after the demo data and the requests (${(load.loadMs / 1000).toFixed(1)} s, VACUUM ANALYZE ` +
        `${(load.analyzeMs / 1000).toFixed(1)} s): ${t.state} States, ${t.requests} requests with ` +
        `${t.request_history} history entries, ${t.activity} activities (${t.activity_status_change} status changes) ` +
        `with ${t.cost_line} cost lines over the plan years ${DEFAULT_PLAN_YEARS.join(', ')}, ${t.donor} donors, ` +
        `${t.contribution} contributions in ${t.currencies} currencies (${t.exchange_rate} exchange rates, ` +
        `${t.contribution_payment} payments, ${t.allocation} allocations), ${t.workshop} workshops ` +
        `(${t.workshop_participant} participating States). Totals include the demo data.`,
      '',
    );
  }
  if (timings) {
    md.push(
      `The web's own query documents (libs/graphql-types), over HTTP, one client, sequential; ${timings.warmups} ` +
        `warm-ups then ${timings.runs} timed runs each (fewer, n, when they would take over ${timings.budgetS} s). Goal: p95 < ${GOAL_P95_MS} ms. SQL statements: the API's ` +
        'own count of one request (`x-sql-statements`).',
      '',
      '| operation | signed in as | p50 ms | p95 ms | max ms | n | SQL statements | p95 < 100 ms |',
      '|---|---|---:|---:|---:|---:|---:|:---:|',
    );
    for (const r of timings.results) {
      if (r.error) md.push(`| ${r.name} | ${r.who} | ERROR: ${r.error.replaceAll('|', '\\|')} | | | | | ✗ |`);
      else
        md.push(
          `| ${r.name} | ${r.who} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${r.n} | ${r.statements ?? '—'} | ` +
            `${r.p95 < GOAL_P95_MS ? '✓' : '✗'} |`,
        );
    }
    md.push('');
  }
  if (throughput) {
    md.push(
      `Throughput of the secretariat's dashboard (autocannon, ${throughput.seconds} s): ` +
        `${throughput.rps.toFixed(1)} req/s at ${throughput.connections} clients, latency p50 ${throughput.p50} ms, ` +
        `p97.5 ${throughput.p97_5} ms, ${throughput.errors} errors.`,
      '',
    );
  }
  if (cold) {
    md.push(
      '| cold start | to first answer | goal < 15 s after the build | the API logged (s after spawning) |',
      '|---|---:|:---:|---|',
      ...cold.map(
        (c) =>
          `| ${c.what} | ${(c.ms / 1000).toFixed(1)} s | ${c.ms < 15_000 ? '✓' : '✗'} | ` +
          `${Object.entries(c.phases ?? {})
            .map(([phase, t]) => `${phase} ${(t / 1000).toFixed(1)}`)
            .join(', ')} |`,
      ),
      '',
      'Timed from spawning `node scripts/start.mjs` (NODE_ENV=production, SEED_DEMO=1, PORT=0) to the first ' +
        "answered GraphQL request (a sign-in, which reads the accounts table). The first start's time includes " +
        'every migration on an empty database and loading the demo data; the restart, on the loaded database, ' +
        'finds nothing to migrate and the demo data already there.',
      '',
    );
  }
  if (memory) {
    md.push(
      `Memory of the API's server process (VmRSS of pid ${memory.pid}, the child scripts/start.mjs spawns): ` +
        `${memory.atRest.toFixed(0)} MiB at rest before the timed parts, peak ${memory.peak.toFixed(0)} MiB while ` +
        `${memory.during}.`,
      '',
    );
  }
  return md.join('\n');
}
