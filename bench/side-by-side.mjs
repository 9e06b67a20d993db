// The side-by-side part of `npm run bench` (issue 12): the same answers from three servers on one database.
//
//   - the API, over HTTP, as a client sends it (signed in; `accept-encoding: identity`, see below);
//   - the floor: the same answer as one raw SQL statement through `pg`, rows turned into the same JSON;
//   - PostGraphile 4.14.1, started here in-process on the same tables over a read-only connection
//     (`default_transaction_read_only`, no mutations), also over HTTP;
//   - the same PostGraphile in a process of its own (this file run with `--serve <database url>`), as the API
//     runs: the in-process one answers a client of its own event loop, so a request to it never waits for
//     another process to be scheduled, where one to the API waits twice (there and back) — on a busy 2-core
//     machine that wait is part of every wall time. Both are timed; the ratio stays the in-process one;
//   - last, once all of the above is measured, the API started in this process too (`bothInThisProcess`), timed
//     against the in-process PostGraphile: with the own-process pair above, each server beside the other where it
//     runs alike (the "like for like" table).
//
// Every scenario runs interleaved (API, SQL, PostGraphile, API, …) so a busy moment of the machine falls on all
// three alike; p50 / p95 and the ratios go in one table. Then throughput at 10 and 50 concurrent clients
// (autocannon) for the API and PostGraphile, and the SQL statements each operation sends at a small and a
// large page (the API counts its own under SQL_STATEMENT_COUNT=1 and says so in `x-sql-statements`;
// PostGraphile's are counted on its pool's clients).
//
// Both HTTP servers are asked for uncompressed answers: PostGraphile compresses nothing, and the API's
// brotli for poor lines would otherwise be timed against nothing.
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import http from 'node:http';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

// PostGraphile 4 needs graphql 15 while the project uses 16, so npm nests graphql 15 twice (under postgraphile
// and under graphile-build-pg), and two copies of graphql refuse each other's types. Every `graphql` that
// PostGraphile's packages ask for is answered with postgraphile's own copy. (Its graphql-ws is nested under
// postgraphile/, so matched by that name: the API's own copies of graphql-ws, at the top and under @nestjs/graphql,
// must keep graphql 16 when the API runs in this process too.)
const requireHere = createRequire(import.meta.url);
const graphql15 = createRequire(requireHere.resolve('postgraphile')).resolve('graphql');
const graphql15Dir = graphql15.slice(0, graphql15.lastIndexOf('/graphql/') + '/graphql/'.length);
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolve(request, parent, ...rest) {
  if (
    (request === 'graphql' || request.startsWith('graphql/')) &&
    /[\\/](postgraphile|postgraphile-core|graphile-[\w-]+|graphql-parse-resolve-info|@graphile[\\/][\w-]+|subscriptions-transport-ws)[\\/]/.test(
      parent?.filename ?? '',
    )
  ) {
    return resolveFilename.call(
      this,
      request === 'graphql' ? graphql15Dir : graphql15Dir + request.slice('graphql/'.length),
      parent,
      ...rest,
    );
  }
  return resolveFilename.call(this, request, parent, ...rest);
};
// PostGraphile runs as the API does, in production mode (its graphql 15 reads NODE_ENV when first loaded: without
// it, every type check runs graphql's development-only instanceof test).
process.env.NODE_ENV ??= 'production';
const { postgraphile } = requireHere('postgraphile');

const PAGE = 50;
const DEEP_OFFSET = 5000;

const NAMES_API = 'id kind status receivedOn state { name } priorityArea { title }';
const NAMES_PG = 'id kind status receivedOn stateByStateIso3 { nameEn } priorityAreaByPriorityAreaCode { titleEn }';
const NAMES_SQL = `
  SELECT r.id, r.kind, r.status, r.received_on::text AS received_on, s.name_en, pa.title_en,
         r.received_on::text AS k_value, r.id::text AS k_id, (SELECT count(*)::int FROM assistance_request c %COUNT_WHERE%) AS total
    FROM assistance_request r
    JOIN state s ON s.iso3 = r.state_iso3
    JOIN priority_area pa ON pa.code = r.priority_area_code
   %WHERE%
   ORDER BY r.received_on DESC, r.id DESC
   LIMIT ${PAGE + 1}`;

/** Rows of NAMES_SQL as the API's answer (JSON text), so the floor pays for building and serialising it too. */
function namesAnswer(rows) {
  const nodes = rows.slice(0, PAGE).map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    receivedOn: r.received_on,
    state: { name: r.name_en },
    priorityArea: { title: r.title_en },
  }));
  const last = rows[Math.min(rows.length, PAGE) - 1];
  return JSON.stringify({
    data: {
      assistanceRequests: {
        totalCount: rows[0]?.total ?? 0,
        pageInfo: {
          hasNextPage: rows.length > PAGE,
          endCursor: last ? Buffer.from(JSON.stringify([last.k_value, last.k_id])).toString('base64url') : null,
        },
        nodes,
      },
    },
  });
}

function scenarios({ stateIso3, apiCursor, pgCursor, deepKey }) {
  const orderPg = 'orderBy: [RECEIVED_ON_DESC, ID_DESC]';
  return [
    {
      name: `first page of ${PAGE} (newest first) + totalCount, with State and area names`,
      api: {
        query: `{ assistanceRequests(first: ${PAGE}) { totalCount pageInfo { hasNextPage endCursor } nodes { ${NAMES_API} } } }`,
      },
      pg: {
        query: `{ allAssistanceRequests(first: ${PAGE}, ${orderPg}) { totalCount pageInfo { hasNextPage endCursor } nodes { ${NAMES_PG} } } }`,
      },
      sql: { text: NAMES_SQL.replace('%COUNT_WHERE%', '').replace('%WHERE%', ''), params: [], answer: namesAnswer },
    },
    {
      name: `one State (${stateIso3}), ${PAGE} + totalCount, with names`,
      api: {
        query: `query($s: [String!]) { assistanceRequests(first: ${PAGE}, filter: { stateIso3: $s }) { totalCount pageInfo { hasNextPage endCursor } nodes { ${NAMES_API} } } }`,
        variables: { s: [stateIso3] },
      },
      pg: {
        query: `query($s: String!) { allAssistanceRequests(first: ${PAGE}, ${orderPg}, condition: { stateIso3: $s }) { totalCount pageInfo { hasNextPage endCursor } nodes { ${NAMES_PG} } } }`,
        variables: { s: stateIso3 },
      },
      sql: {
        text: NAMES_SQL.replace('%COUNT_WHERE%', 'WHERE c.state_iso3 = $1').replace(
          '%WHERE%',
          'WHERE r.state_iso3 = $1',
        ),
        params: [stateIso3],
        answer: namesAnswer,
      },
    },
    {
      name: `${PAGE} requests with their history`,
      api: { query: `{ assistanceRequests(first: ${PAGE}) { nodes { id history { to at by } } } }` },
      pg: {
        query: `{ allAssistanceRequests(first: ${PAGE}, ${orderPg}) { nodes { id requestStatusChangesByRequestId(orderBy: [AT_ASC, ID_ASC]) { nodes { toStatus at by } } } } }`,
      },
      sql: {
        text: `SELECT r.id, COALESCE((SELECT json_agg(json_build_object('to', h.to_status, 'at', h.at, 'by', h.by) ORDER BY h.at, h.id)
                                       FROM request_status_change h WHERE h.request_id = r.id), '[]') AS history
                 FROM assistance_request r ORDER BY r.received_on DESC, r.id DESC LIMIT ${PAGE}`,
        params: [],
        answer: (rows) => JSON.stringify({ data: { assistanceRequests: { nodes: rows } } }),
      },
    },
    {
      name: `deep page: rows ${DEEP_OFFSET + 1}–${DEEP_OFFSET + PAGE} by cursor + totalCount, with names`,
      api: {
        query: `query($a: String) { assistanceRequests(first: ${PAGE}, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { ${NAMES_API} } } }`,
        variables: { a: apiCursor },
      },
      pg: {
        query: `query($a: Cursor) { allAssistanceRequests(first: ${PAGE}, after: $a, ${orderPg}) { totalCount pageInfo { hasNextPage endCursor } nodes { ${NAMES_PG} } } }`,
        variables: { a: pgCursor },
      },
      sql: {
        text: NAMES_SQL.replace('%COUNT_WHERE%', '').replace(
          '%WHERE%',
          'WHERE r.received_on <= $1::date AND (r.received_on, r.id) < ($1::date, $2::uuid)',
        ),
        params: [deepKey.value, deepKey.id],
        answer: namesAnswer,
      },
    },
  ];
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}
const summary = (samples) => {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 0.5), p95: percentile(s, 0.95) };
};
const fmt = (ms) => (Number.isFinite(ms) ? ms.toFixed(1) : '–');

/** PostGraphile 4 in this process, read-only, over HTTP on 127.0.0.1; counts the statements its pool sends. */
async function startPostGraphile(databaseUrl, onCleanup) {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    options: '-c default_transaction_read_only=on',
    application_name: 'bench-postgraphile',
  });
  const counter = { statements: 0 };
  pool.on('connect', (client) => {
    const query = client.query.bind(client);
    client.query = (...args) => {
      counter.statements += 1;
      return query(...args);
    };
  });
  const middleware = postgraphile(pool, 'public', {
    disableDefaultMutations: true,
    disableQueryLog: true,
    graphiql: false,
    retryOnInitFail: false,
    enableQueryBatching: false,
    ignoreRBAC: true,
    setofFunctionsContainNulls: false,
  });
  const server = http.createServer(middleware);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  onCleanup('stop PostGraphile', async () => {
    await new Promise((resolve) => server.close(resolve));
    await middleware.release?.();
    await pool.end();
  });
  return { url: `http://127.0.0.1:${server.address().port}/graphql`, counter };
}

/**
 * The same PostGraphile in a process of its own (this file with `--serve`), for the process hop the in-process one
 * never pays; its CPU is then read from /proc as the API's is.
 */
async function startPostGraphileProcess(databaseUrl, onCleanup) {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--serve', databaseUrl], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  onCleanup('stop the PostGraphile process', async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
  const port = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const found = /LISTENING (\d+)/.exec(out);
      if (found) resolve(Number(found[1]));
    });
    child.once('exit', (code) =>
      reject(new Error(`The PostGraphile process stopped (exit ${code}) before listening.`)),
    );
  });
  return { url: `http://127.0.0.1:${port}/graphql`, pid: child.pid };
}

/**
 * The built API started in this process too (`createApp`, as main.ts does, on a free port), beside the in-process
 * PostGraphile: the like-for-like of that column. Each in-process server answers a client of the event loop it runs
 * on, so neither waits for another process to be scheduled; the spawned API and the own-process PostGraphile are the
 * other like-for-like pair. It signs tokens with the spawned API's secret (the same token works on both) and runs no
 * job workers; its log lines (one JSON line per request, as deployed) are written to the null device instead of this
 * process's output, so it still pays for them. Off with BENCH_API_IN_PROCESS=0.
 */
async function startApiInProcess({ databaseUrl, jwtSecret, onCleanup }) {
  const dist = join(dirname(fileURLToPath(import.meta.url)), '../dist/api/apps/api/src');
  await import('reflect-metadata');
  const { loadConfig } = await import(pathToFileURL(join(dist, 'infra/config/app-config.js')).href);
  const { createApp } = await import(pathToFileURL(join(dist, 'app.factory.js')).href);
  const devNull = createWriteStream(os.devNull);
  const write = process.stdout.write;
  process.stdout.write = function logsApart(chunk, ...rest) {
    return typeof chunk === 'string' && chunk.startsWith('{"')
      ? devNull.write(chunk, ...rest)
      : write.call(process.stdout, chunk, ...rest);
  };
  let app = null;
  // Registered first: a start that fails (migrations, listen) still gives this process's output back.
  onCleanup('stop the API in this process', async () => {
    await app?.close();
    process.stdout.write = write;
    devNull.end();
  });
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: '0',
    NODE_ENV: 'production',
    JWT_SECRET: jwtSecret,
    SQL_STATEMENT_COUNT: '1',
    SEED_DEMO: 'false',
    WORKERS: 'false',
    LOG_FORMAT: 'json',
  });
  app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  return { url: `http://127.0.0.1:${app.getHttpServer().address().port}/graphql` };
}

/**
 * One keep-alive connection per server, through Node's own `http` (as autocannon's clients are plain sockets too):
 * the timed client costs every server the same, and as little as it can. `fetch` (undici's WHATWG layer: Headers,
 * Request, Response and body streams, an AbortSignal timer per request) cost the client ~0.3–0.5 ms of CPU more a
 * request on 2 cores (session 17, bench/results/issue-12.md), which the raw-SQL column (`pg` alone) never paid.
 */
const agents = new Map();

function post(url, headers, query, variables) {
  let agent = agents.get(url);
  if (!agent) agents.set(url, (agent = new http.Agent({ keepAlive: true, maxSockets: 1 })));
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'accept-encoding': 'identity',
          'content-length': Buffer.byteLength(payload),
          ...headers,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          try {
            const text = Buffer.concat(chunks).toString('utf8');
            const body = JSON.parse(text);
            if (body.errors?.length) throw new Error(`${url}: ${body.errors[0].message}`);
            resolve({ body, text, statements: Number(res.headers['x-sql-statements'] ?? NaN) });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error(`${url}: no answer within 30 s`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * Each server's wall times (ms) over `runs` rounds after `warmups`: one request to each per round, and the order
 * turns each round, so no server always follows the same one and a busy moment falls on all alike.
 */
async function interleaved(servers, { runs, warmups }) {
  const samples = Object.fromEntries(servers.map(([name]) => [name, []]));
  for (let i = 0; i < warmups; i++) for (const [, run] of servers) await run();
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < servers.length; k++) {
      const [name, run] = servers[(i + k) % servers.length];
      const t0 = performance.now();
      await run();
      samples[name].push(performance.now() - t0);
    }
  }
  return samples;
}

/** One throughput cell: `q` sent by `connections` concurrent clients for `seconds` (autocannon), uncompressed. */
async function throughputCell({ name, url, headers, q, connections, seconds, log }) {
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', 'accept-encoding': 'identity', ...headers },
    body: JSON.stringify({ query: q.query, variables: q.variables }),
  });
  log(`  throughput ${name}, ${connections} clients: ${result.requests.average.toFixed(0)} req/s`);
  return {
    name,
    connections,
    rps: result.requests.average,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

/**
 * Runs the side-by-side comparison. `api.url` / `api.token` the API (started with SQL_STATEMENT_COUNT=1),
 * `databaseUrl` the scratch database it serves.
 */
export async function sideBySide({ databaseUrl, api, stateIso3, runs, warmups, log, onCleanup }) {
  const pgServer = await startPostGraphile(databaseUrl, onCleanup);
  log(`PostGraphile 4.14.1 up at ${pgServer.url} (in-process, read-only connection).`);
  const pgOwn = await startPostGraphileProcess(databaseUrl, onCleanup);
  log(`PostGraphile 4.14.1 up at ${pgOwn.url} (a process of its own, pid ${pgOwn.pid}).`);
  const sql = new pg.Client({ connectionString: databaseUrl, application_name: 'bench-raw-sql' });
  await sql.connect();
  onCleanup('close the raw SQL connection', () => sql.end());
  // Run first (the cleanups go last in, first out): a server closes once no kept-alive connection is left open.
  onCleanup('close the client connections', () => {
    for (const agent of agents.values()) agent.destroy();
    agents.clear();
  });

  const apiHeaders = { authorization: `Bearer ${api.token}` };
  const callApi = (q) => post(api.url, apiHeaders, q.query, q.variables);
  const callPg = (q) => post(pgServer.url, {}, q.query, q.variables);
  const callPgOwn = (q) => post(pgOwn.url, {}, q.query, q.variables);
  const callSql = async (q) => q.answer((await sql.query(q.text, q.params)).rows);

  // The cursors of the deep page: the API's is its own keyset (sort key, id); PostGraphile's is asked of it.
  const {
    rows: [deepKey],
  } = await sql.query(
    `SELECT received_on::text AS value, id::text AS id FROM assistance_request ORDER BY received_on DESC, id DESC OFFSET ${DEEP_OFFSET - 1} LIMIT 1`,
  );
  if (!deepKey) {
    throw new Error(
      `The deep page starts after request ${DEEP_OFFSET.toLocaleString('en')}; this database has fewer. ` +
        'Run the side-by-side part with BENCH_ROWS=5000 or more.',
    );
  }
  const apiCursor = Buffer.from(JSON.stringify([deepKey.value, deepKey.id])).toString('base64url');
  const pgCursor = (
    await callPg({
      query: `{ allAssistanceRequests(first: ${DEEP_OFFSET}, orderBy: [RECEIVED_ON_DESC, ID_DESC]) { pageInfo { endCursor } } }`,
    })
  ).body.data.allAssistanceRequests.pageInfo.endCursor;

  const list = scenarios({ stateIso3, apiCursor, pgCursor, deepKey });
  const timings = [];
  for (const s of list) {
    // The three answers must agree before they are timed.
    const [a, p, q] = [await callApi(s.api), await callPg(s.pg), JSON.parse(await callSql(s.sql))];
    const nodesA = a.body.data.assistanceRequests.nodes;
    const nodesP = p.body.data.allAssistanceRequests.nodes;
    const nodesS = q.data.assistanceRequests.nodes;
    const agree =
      nodesA.length === nodesP.length &&
      nodesA.length === nodesS.length &&
      nodesA.every((n, i) => n.id === nodesP[i].id && n.id === nodesS[i].id) &&
      a.body.data.assistanceRequests.totalCount === p.body.data.allAssistanceRequests.totalCount;
    const own = await callPgOwn(s.pg);
    const agreeOwn = own.text === p.text;
    const samples = await interleaved(
      [
        ['api', () => callApi(s.api)],
        ['sql', () => callSql(s.sql)],
        ['pg', () => callPg(s.pg)],
        ['pgOwn', () => callPgOwn(s.pg)],
      ],
      { runs, warmups },
    );
    const t = {
      name: s.name,
      rows: nodesA.length,
      agree: agree && agreeOwn,
      api: summary(samples.api),
      sql: summary(samples.sql),
      pg: summary(samples.pg),
      pgOwn: summary(samples.pgOwn),
    };
    timings.push(t);
    log(
      `  ${s.name}: API ${fmt(t.api.p50)} ms, SQL ${fmt(t.sql.p50)} ms, PostGraphile ${fmt(t.pg.p50)} ms, ` +
        `its own process ${fmt(t.pgOwn.p50)} ms (p50)${t.agree ? '' : ' — ANSWERS DIFFER'}`,
    );
  }

  // Statements per operation, at a small and a large page.
  const DEEP_API = (n) =>
    `{ assistanceRequests(first: ${n}) { totalCount nodes { id state { name } priorityArea { title } instruments { code } fieldOffice { code } history { to } duplicates { id } } } }`;
  const DEEP_PG = (n) =>
    `{ allAssistanceRequests(first: ${n}, orderBy: [RECEIVED_ON_DESC, ID_DESC]) { totalCount nodes { id stateByStateIso3 { nameEn } priorityAreaByPriorityAreaCode { titleEn } fieldOfficeByFieldOfficeCode { code } requestStatusChangesByRequestId { nodes { toStatus } } } } }`;
  const statements = [];
  // Counted warm, three times, the least kept: the API's session check is reused for 2 s, so one count in a row may
  // fall where the window ends and carry the check (one statement more); it never makes a count lower.
  const countApi = async (query) => {
    await callApi({ query });
    const counts = [];
    for (let i = 0; i < 3; i += 1) counts.push((await callApi({ query })).statements);
    return Math.min(...counts);
  };
  const countPg = async (query) => {
    await callPg({ query });
    const before = pgServer.counter.statements;
    await callPg({ query });
    return pgServer.counter.statements - before;
  };
  for (const [name, apiQuery, pgQuery, small, large] of [
    [
      'first page + totalCount, with names',
      (n) => `{ assistanceRequests(first: ${n}) { totalCount nodes { ${NAMES_API} } } }`,
      (n) =>
        `{ allAssistanceRequests(first: ${n}, orderBy: [RECEIVED_ON_DESC, ID_DESC]) { totalCount nodes { ${NAMES_PG} } } }`,
      10,
      200,
    ],
    ['page with every relation (API: + instruments, duplicates)', DEEP_API, DEEP_PG, 10, 200],
  ]) {
    statements.push({
      name,
      small,
      large,
      api: [await countApi(apiQuery(small)), await countApi(apiQuery(large))],
      pg: [await countPg(pgQuery(small)), await countPg(pgQuery(1000))],
    });
  }
  // Throughput: the first page, 10 and 50 clients, a few seconds each.
  const first = list[0];
  const seconds = Number(process.env.BENCH_CANNON_S ?? 5);
  const throughput = [];
  for (const connections of [10, 50]) {
    for (const [name, url, headers, q] of [
      ['API', api.url, apiHeaders, first.api],
      ['PostGraphile', pgServer.url, {}, first.pg],
      [OWN_PROCESS, pgOwn.url, {}, first.pg],
    ]) {
      throughput.push(await throughputCell({ name, url, headers, q, connections, seconds, log }));
    }
  }

  // CPU per request: what each server spends answering, which a busy machine does not change as much as the
  // time a client waits. The API's from its own process (/proc); PostGraphile runs in this process, so its share
  // is this process's CPU while it is asked, less this process's CPU while the API is asked the same way (the
  // client's own part, the same for both).
  const cpu = [];
  if (api.pid) {
    const n = Number(process.env.BENCH_CPU_REQUESTS ?? 2000);
    for (const s of list) {
      const apiCall = () => callApi(s.api);
      const pgCall = () => callPg(s.pg);
      for (let i = 0; i < Math.min(n, 500); i++) {
        await apiCall();
        await pgCall();
      }
      const clientApi = processCpu();
      const serverApi = processTicksMs(api.pid);
      for (let i = 0; i < n; i++) await apiCall();
      const apiMs = (processTicksMs(api.pid) - serverApi) / n;
      const clientOnly = (processCpu() - clientApi) / n;
      const clientPg = processCpu();
      for (let i = 0; i < n; i++) await pgCall();
      const pgMs = (processCpu() - clientPg) / n - clientOnly;
      for (let i = 0; i < Math.min(n, 500); i++) await callPgOwn(s.pg);
      const serverOwn = processTicksMs(pgOwn.pid);
      for (let i = 0; i < n; i++) await callPgOwn(s.pg);
      const ownMs = (processTicksMs(pgOwn.pid) - serverOwn) / n;
      cpu.push({ name: s.name, n, api: apiMs, pg: pgMs, pgOwn: ownMs });
      log(
        `  CPU per request, ${s.name}: API ${apiMs.toFixed(2)} ms, PostGraphile ${pgMs.toFixed(2)} ms, ` +
          `its own process ${ownMs.toFixed(2)} ms`,
      );
    }
  }

  // Last, both in this process: the API started here only now, so that nothing above ran beside it (the in-process
  // PostGraphile above shares this process with the client alone, as it always did).
  const here =
    api.jwtSecret && process.env.BENCH_API_IN_PROCESS !== '0'
      ? await bothInThisProcess({
          databaseUrl,
          api,
          pgUrl: pgServer.url,
          list,
          runs,
          warmups,
          seconds,
          callApi,
          callPg,
          log,
          onCleanup,
        })
      : null;
  return { timings, throughput, statements, cpu, here, seconds, runs, warmups };
}

/**
 * The like-for-like pair in this process: the API started here (`startApiInProcess`) and timed against the
 * in-process PostGraphile in interleaved runs of their own, then their throughput and CPU per request, measured as
 * the pass above measures the in-process PostGraphile's.
 */
async function bothInThisProcess({
  databaseUrl,
  api,
  pgUrl,
  list,
  runs,
  warmups,
  seconds,
  callApi,
  callPg,
  log,
  onCleanup,
}) {
  const apiHere = await startApiInProcess({ databaseUrl, jwtSecret: api.jwtSecret, onCleanup });
  log(`The API up at ${apiHere.url} too (in this process, beside the in-process PostGraphile)...`);
  const headers = { authorization: `Bearer ${api.token}` };
  const callHere = (q) => post(apiHere.url, headers, q.query, q.variables);
  const timings = [];
  for (const s of list) {
    // The same answer, byte for byte, as the API in its own process.
    const agree = (await callHere(s.api)).text === (await callApi(s.api)).text;
    const samples = await interleaved(
      [
        ['api', () => callHere(s.api)],
        ['pg', () => callPg(s.pg)],
      ],
      { runs, warmups },
    );
    const t = { name: s.name, agree, api: summary(samples.api), pg: summary(samples.pg) };
    timings.push(t);
    log(
      `  both in this process, ${s.name}: API ${fmt(t.api.p50)} ms, PostGraphile ${fmt(t.pg.p50)} ms (p50)` +
        (agree ? '' : ' — ANSWERS DIFFER'),
    );
  }
  const first = list[0];
  const throughput = [];
  for (const connections of [10, 50]) {
    for (const [name, url, h, q] of [
      [API_HERE, apiHere.url, headers, first.api],
      [PG_BESIDE, pgUrl, {}, first.pg],
    ]) {
      throughput.push(await throughputCell({ name, url, headers: h, q, connections, seconds, log }));
    }
  }
  const cpu = [];
  const n = Number(process.env.BENCH_CPU_REQUESTS ?? 2000);
  for (const s of list) {
    for (let i = 0; i < Math.min(n, 500); i++) {
      await callHere(s.api);
      await callPg(s.pg);
      await callApi(s.api);
    }
    // The client's own part, as above: this process's CPU while the API in its own process is asked.
    const client = processCpu();
    for (let i = 0; i < n; i++) await callApi(s.api);
    const clientOnly = (processCpu() - client) / n;
    const atApi = processCpu();
    for (let i = 0; i < n; i++) await callHere(s.api);
    const apiMs = (processCpu() - atApi) / n - clientOnly;
    const atPg = processCpu();
    for (let i = 0; i < n; i++) await callPg(s.pg);
    const pgMs = (processCpu() - atPg) / n - clientOnly;
    cpu.push({ name: s.name, n, api: apiMs, pg: pgMs });
    log(
      `  CPU per request, both in this process, ${s.name}: API ${apiMs.toFixed(2)} ms, PostGraphile ${pgMs.toFixed(2)} ms`,
    );
  }
  return { timings, throughput, cpu };
}

const OWN_PROCESS = 'PostGraphile, own process';
const API_HERE = 'API, in this process';
const PG_BESIDE = 'PostGraphile, beside the API in this process';

/** This process's CPU time so far (user + system), ms. */
const processCpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Another process's CPU time so far (user + system, from /proc/<pid>/stat), ms. */
function processTicksMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime, fields 14 and 15 of stat (11 and 12 after the name), in clock ticks (100 a second).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The first-page scenario against the API only, `n` times one after the other (for a CPU profile). */
export async function profileFirstPage(api, n, scenario = 0) {
  // 0: the first page, 1: one State, 2: with history (the deep page needs a cursor of the run: not offered).
  const chosen = scenarios({ stateIso3: 'KEN', apiCursor: null, pgCursor: null, deepKey: {} })[scenario];
  if (!chosen || scenario > 2) throw new Error(`BENCH_PROFILE_SCENARIO must be 0, 1 or 2, not ${scenario}.`);
  const { query, variables } = chosen.api;
  for (let i = 0; i < n; i++) await post(api.url, { authorization: `Bearer ${api.token}` }, query, variables);
}

export function sideBySideMarkdown({ timings, throughput, statements, cpu = [], here = null, seconds, runs, warmups }) {
  const md = [];
  md.push('## Side by side: the API, raw SQL and PostGraphile 4.14.1 on one database', '');
  md.push(
    `Wall time per request over HTTP (raw SQL: one statement through \`pg\` and the answer built as JSON), ` +
      `${warmups} warm-ups then ${runs} interleaved runs per scenario. Goals (issue 12): API p50 ≤ 1.3 × SQL + 3 ms, and ≤ PostGraphile.`,
    '',
  );
  md.push(
    '| scenario | rows | API p50 | API p95 | SQL p50 | SQL p95 | PostGraphile p50 | PostGraphile p95 | API ÷ SQL | API − SQL ms | goal 1.3×SQL+3 | API ÷ PostGraphile | PostGraphile, own process p50 / p95 | API ÷ it |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const t of timings) {
    const goal = 1.3 * t.sql.p50 + 3;
    md.push(
      `| ${t.name}${t.agree ? '' : ' (answers differ!)'} | ${t.rows} | ${fmt(t.api.p50)} | ${fmt(t.api.p95)} | ${fmt(t.sql.p50)} | ${fmt(t.sql.p95)} | ` +
        `${fmt(t.pg.p50)} | ${fmt(t.pg.p95)} | ${(t.api.p50 / t.sql.p50).toFixed(2)}× | ${fmt(t.api.p50 - t.sql.p50)} | ` +
        `${fmt(goal)} ${t.api.p50 <= goal ? '✓' : '✗'} | ${(t.api.p50 / t.pg.p50).toFixed(2)}× ${t.api.p50 <= t.pg.p50 ? '✓' : '✗'} | ` +
        (t.pgOwn
          ? `${fmt(t.pgOwn.p50)} / ${fmt(t.pgOwn.p95)} | ${(t.api.p50 / t.pgOwn.p50).toFixed(2)}× |`
          : '– | – |'),
    );
  }
  if (here) {
    md.push(
      '',
      '### Like for like: each server where the other is',
      '',
      "The table above times the API in its own process against PostGraphile in the timing client's process, as the " +
        'issue asked; a request to the API then waits for a second process to be scheduled (there and back) and ' +
        'one to the in-process PostGraphile does not. Here each pair runs alike: both in a process of their own ' +
        "(from the runs above), and both in this process: the API's `createApp` started here once everything above " +
        `was measured, then it and the in-process PostGraphile timed in ${runs} interleaved runs of their own. ` +
        '✓ when the API is at or ahead of PostGraphile.',
      '',
      '| scenario | API, own process p50 / p95 | PostGraphile, own process p50 / p95 | API ÷ it | API, in this process p50 / p95 | PostGraphile, in this process p50 / p95 | API ÷ it |',
      '|---|---:|---:|---:|---:|---:|---:|',
    );
    const mark = (a, b) => `${(a / b).toFixed(2)}× ${a <= b ? '✓' : '✗'}`;
    for (const t of timings) {
      const h = here.timings.find((x) => x.name === t.name);
      if (!h) continue;
      md.push(
        `| ${t.name}${h.agree ? '' : ' (answers differ!)'} | ${fmt(t.api.p50)} / ${fmt(t.api.p95)} | ` +
          `${fmt(t.pgOwn.p50)} / ${fmt(t.pgOwn.p95)} | ${mark(t.api.p50, t.pgOwn.p50)} | ` +
          `${fmt(h.api.p50)} / ${fmt(h.api.p95)} | ${fmt(h.pg.p50)} / ${fmt(h.pg.p95)} | ${mark(h.api.p50, h.pg.p50)} |`,
      );
    }
  }
  md.push('', `### Throughput: first page, autocannon, ${seconds} s per cell`, '');
  md.push('| server | clients | req/s | p50 ms | p97.5 ms | errors |', '|---|---:|---:|---:|---:|---:|');
  const cells = [...throughput, ...(here?.throughput ?? [])];
  for (const r of cells) {
    md.push(`| ${r.name} | ${r.connections} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p97_5} | ${r.errors} |`);
  }
  const ratio = (c, other = 'PostGraphile', mine = 'API') => {
    const a = cells.find((r) => r.name === mine && r.connections === c);
    const p = cells.find((r) => r.name === other && r.connections === c);
    return a && p ? (a.rps / p.rps).toFixed(2) : '–';
  };
  md.push(
    '',
    `API ÷ PostGraphile throughput: ${ratio(10)} at 10 clients, ${ratio(50)} at 50 (PostGraphile in its own process: ` +
      `${ratio(10, OWN_PROCESS)} and ${ratio(50, OWN_PROCESS)}).` +
      (here ? ` Both in this process: ${ratio(10, PG_BESIDE, API_HERE)} and ${ratio(50, PG_BESIDE, API_HERE)}.` : ''),
    '',
  );
  if (cpu.length) {
    md.push(`### CPU per request (${cpu[0].n} requests one after the other, after warm-up)`, '');
    md.push(
      "The API's server process's user + system time (/proc), and PostGraphile's: in-process, this process's time while " +
        'it is asked, less its time while the API is asked the same way (the client); in its own process, that ' +
        "process's time (/proc) as for the API; both in this process, each one's share of this process's time the same " +
        "way as the in-process PostGraphile's. Compare in-process with in-process and /proc with /proc (the two " +
        'methods differ by about 0.15 ms for one server). Less sensitive to a busy machine than wall time; 10 ms ' +
        'clock ticks over the whole run.',
      '',
    );
    md.push(
      '| scenario | API ms | PostGraphile ms | API ÷ PostGraphile | PostGraphile, own process ms | API ÷ it | both in this process: API ms | PostGraphile ms | API ÷ it |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const c of cpu) {
      const own = c.pgOwn === undefined ? '– | –' : `${c.pgOwn.toFixed(2)} | ${(c.api / c.pgOwn).toFixed(2)}×`;
      const h = here?.cpu.find((x) => x.name === c.name);
      const pair = h ? `${h.api.toFixed(2)} | ${h.pg.toFixed(2)} | ${(h.api / h.pg).toFixed(2)}×` : '– | – | –';
      md.push(
        `| ${c.name} | ${c.api.toFixed(2)} | ${c.pg.toFixed(2)} | ${(c.api / c.pg).toFixed(2)}× | ${own} | ${pair} |`,
      );
    }
    md.push('');
  }
  md.push('### SQL statements per operation', '');
  md.push(
    'API: counted by the API itself (SQL_STATEMENT_COUNT=1, header `x-sql-statements`), each operation sent once, ' +
      'then counted three times and the least kept (its session check is reused for 2 s: one count may carry it); ' +
      'its pages stop at 200 rows (MAX_PAGE_SIZE). PostGraphile: statements its pool sent, at 10 and 1,000 rows.',
    '',
  );
  md.push(
    '| operation | API, small page | API, large page | PostGraphile, 10 | PostGraphile, 1,000 |',
    '|---|---:|---:|---:|---:|',
  );
  for (const s of statements) {
    md.push(`| ${s.name} | ${s.api[0]} (${s.small} rows) | ${s.api[1]} (${s.large} rows) | ${s.pg[0]} | ${s.pg[1]} |`);
  }
  md.push('');
  return md.join('\n');
}

// `node bench/side-by-side.mjs --serve <database url>`: PostGraphile alone in this process (startPostGraphileProcess),
// on a free port it prints as `LISTENING <port>`; SIGTERM stops it.
if (process.argv[2] === '--serve' && process.argv[1] === fileURLToPath(import.meta.url)) {
  const cleanups = [];
  const served = await startPostGraphile(process.argv[3], (_name, cleanup) => cleanups.push(cleanup));
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.stdout.write(`LISTENING ${new URL(served.url).port}\n`);
}
