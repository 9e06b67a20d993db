// `npm run bench:web`: what the web client costs on the wire, printed as figures (no pass/fail on time).
//
//   1. a scratch database `ta_benchweb_<random>` on DATABASE_URL's server (local servers only);
//   2. the real built system on it (`node scripts/start.mjs`, PORT=0, SEED_DEMO=1, NODE_ENV=test), as
//      test/support/server.ts starts it — build first: `npm run build`;
//   3. Chromium (/usr/bin/chromium), a fresh profile each time (cold cache), the service worker kept out so the
//      figures are the page's own: signed in (the session cookie), it loads the dashboard and prints the bytes
//      transferred (compressed, with headers) and the bytes the browser decoded, by kind;
//   4. the same with Chrome's network emulation of a 400 ms / 50 kbit/s line (CDP Network.emulateNetworkConditions):
//      the time until the requests page shows its first rows, and until the dashboard shows its figures;
//   5. what the service worker downloads in the background to keep every page's code for offline use;
//   6. everything stopped and dropped.
//
// Each figure is printed beside issue 9's target (dashboard's first load ≤ 250 kB; requests page's first rows
// ≤ 20 s on the slow line) with whether this run met it: a figure to read, not a test (exit status 0 either way).
//
// Settings (optional): BENCH_WEB_EMAIL (secretariat@demo.local), BENCH_PASSWORD / DEMO_PASSWORD (demo),
// BENCH_WEB_LATENCY_MS (400), BENCH_WEB_KBPS (50), BENCH_WEB_TIMEOUT_S (240), BENCH_WEB_VERBOSE=1 (each response).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const int = (value, fallback) => (value && /^\d+$/.test(value) ? Number(value) : fallback);
const EMAIL = process.env.BENCH_WEB_EMAIL ?? 'secretariat@demo.local';
const PASSWORD = process.env.BENCH_PASSWORD ?? process.env.DEMO_PASSWORD ?? 'demo';
const LATENCY_MS = int(process.env.BENCH_WEB_LATENCY_MS, 400);
const KBPS = int(process.env.BENCH_WEB_KBPS, 50);
const TIMEOUT_MS = int(process.env.BENCH_WEB_TIMEOUT_S, 240) * 1000;
/** Issue 9's targets. */
const TARGET_FIRST_LOAD_BYTES = 250_000;
const TARGET_REQUESTS_PAGE_MS = 20_000;
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const cleanups = [];

async function cleanup() {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch (error) {
      console.error(`[bench:web] cleanup failed: ${error instanceof Error ? error.message : error}`);
    }
  }
}

async function scratchDatabase() {
  const admin = process.env.DATABASE_URL;
  if (!admin) throw new Error('Set DATABASE_URL to a local PostgreSQL server (a scratch database is made there).');
  const url = new URL(admin);
  if (!LOCAL_HOSTS.has(url.hostname)) throw new Error(`DATABASE_URL must be a local server, not ${url.hostname}.`);
  const name = `ta_benchweb_${randomBytes(5).toString('hex')}`;
  const run = async (sql) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE "${name}"`);
  cleanups.push(() => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  url.pathname = `/${name}`;
  return url.toString();
}

async function startSystem(databaseUrl) {
  if (!existsSync(join(root, 'dist/web/index.html')) || !existsSync(join(root, 'dist/api/apps/api/src/main.js'))) {
    throw new Error('No built system in dist/: run `npm run build` first.');
  }
  let log = '';
  const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', SEED_DEMO: '1', NODE_ENV: 'test', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  cleanups.push(
    () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        process.kill(-child.pid, 'SIGINT');
      }),
  );
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`The system did not start in time:\n${log}`)), 90_000);
    child.stdout.on('data', () => {
      const match = /Listening on (http:\/\/localhost:\d+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        done(match[1]);
      }
    });
    child.once('exit', (code) => fail(new Error(`The system stopped while starting (exit ${code}):\n${log}`)));
  });
}

/** A cold browser profile, signed in through the API (the session cookie), the service worker kept out. */
async function coldContext(browser, url) {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    locale: 'en-GB',
    timezoneId: 'UTC',
    viewport: { width: 1400, height: 1000 },
  });
  const res = await context.request.post(`${url}/graphql`, {
    headers: { 'content-type': 'application/json' },
    data: {
      query: 'mutation Login($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: EMAIL, p: PASSWORD },
    },
  });
  const body = await res.json();
  if (!body.data?.login) throw new Error(`Could not sign in as ${EMAIL}: ${JSON.stringify(body.errors)}`);
  return context;
}

/** Every response of the page, as the network saw it: bytes on the wire (with headers) and decoded. */
async function recordTraffic(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map();
  const sentAt = new Map();
  cdp.on('Network.requestWillBeSent', ({ requestId, timestamp }) => sentAt.set(requestId, timestamp));
  cdp.on('Network.responseReceived', ({ requestId, response, type }) => {
    requests.set(requestId, {
      sentAt: sentAt.get(requestId),
      url: response.url,
      type,
      encoding: response.headers['content-encoding'] ?? response.headers['Content-Encoding'] ?? '',
      transferred: 0,
      decoded: 0,
    });
  });
  cdp.on('Network.dataReceived', ({ requestId, dataLength }) => {
    const r = requests.get(requestId);
    if (r) r.decoded += dataLength;
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength, timestamp }) => {
    const r = requests.get(requestId);
    if (r) {
      r.transferred = encodedDataLength;
      r.finishedAt = timestamp;
    }
  });
  return { cdp, requests };
}

function summarize(requests) {
  const byKind = new Map();
  let transferred = 0;
  let decoded = 0;
  for (const r of requests.values()) {
    const kind = r.url.includes('/graphql') ? 'GraphQL' : r.type === 'Script' ? 'JavaScript' : r.type;
    const k = byKind.get(kind) ?? { count: 0, transferred: 0, decoded: 0, encodings: new Set() };
    k.count++;
    k.transferred += r.transferred;
    k.decoded += r.decoded;
    if (r.encoding) k.encodings.add(r.encoding);
    byKind.set(kind, k);
    transferred += r.transferred;
    decoded += r.decoded;
  }
  return { byKind, transferred, decoded, count: requests.size };
}

async function dashboardFirstLoad(browser, url) {
  const context = await coldContext(browser, url);
  try {
    const page = await context.newPage();
    const { requests } = await recordTraffic(page);
    const t0 = performance.now();
    await page.goto(`${url}/dashboard`);
    await page.getByTestId('key-figures').waitFor({ timeout: TIMEOUT_MS });
    // The whole page, not a moment of quiet between two of its chunks: the map drawn and every chart there.
    await page.getByTestId('map-state').first().waitFor({ timeout: TIMEOUT_MS });
    await page.locator('[data-testid="chart-cost-by-year"] canvas').waitFor({ timeout: TIMEOUT_MS });
    await page.waitForLoadState('networkidle');
    const ms = performance.now() - t0;
    return { ...summarize(requests), ms };
  } finally {
    await context.close();
  }
}

async function onSlowLine(browser, url, path, ready) {
  const context = await coldContext(browser, url);
  try {
    const page = await context.newPage();
    const { cdp, requests } = await recordTraffic(page);
    const bytesPerSecond = (KBPS * 1000) / 8;
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: LATENCY_MS,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
    const t0 = performance.now();
    await page.goto(`${url}${path}`, { timeout: TIMEOUT_MS, waitUntil: 'commit' });
    await page.locator(ready).first().waitFor({ timeout: TIMEOUT_MS });
    const ms = performance.now() - t0;
    if (process.env.BENCH_WEB_VERBOSE) {
      // When each response was asked for and done, in seconds from the first request (CDP's monotonic clock).
      const start = Math.min(...[...requests.values()].map((r) => r.sentAt ?? Infinity));
      const at = (t) => (t === undefined ? '   …' : (t - start).toFixed(1).padStart(5));
      for (const r of requests.values()) {
        if (r.url.startsWith('data:')) continue;
        console.log(
          `    ${kB(r.transferred).padStart(9)}  ${at(r.sentAt)} → ${at(r.finishedAt)} s  ${r.url.replace(url, '')}`,
        );
      }
    }
    return { ms, ...summarize(requests) };
  } finally {
    await context.close();
  }
}

/** What the service worker fetches after the first page, compressed (brotli), to keep every page's code. */
function serviceWorkerPrecache() {
  const sw = readFileSync(join(root, 'dist/web/sw.js'), 'utf8');
  const files = JSON.parse(/const PRECACHE = (\[.*\]);/.exec(sw)[1]);
  let br = 0;
  let raw = 0;
  for (const file of files) {
    const path = join(root, 'dist/web', file);
    const size = statSync(path).size;
    raw += size;
    br += existsSync(`${path}.br`) ? statSync(`${path}.br`).size : size;
  }
  return { files: files.length, br, raw };
}

const verdict = (met) => (met ? 'MET     ' : 'NOT MET ');

function printTable(summary) {
  console.log('  kind          requests  transferred   decoded   encodings');
  for (const [kind, k] of [...summary.byKind].sort((a, b) => b[1].transferred - a[1].transferred)) {
    console.log(
      `  ${kind.padEnd(12)} ${String(k.count).padStart(9)} ${kB(k.transferred).padStart(12)} ${kB(k.decoded).padStart(
        9,
      )}   ${[...k.encodings].join(', ') || '—'}`,
    );
  }
  console.log(
    `  ${'total'.padEnd(12)} ${String(summary.count).padStart(9)} ${kB(summary.transferred).padStart(12)} ${kB(
      summary.decoded,
    ).padStart(9)}`,
  );
}

async function main() {
  const databaseUrl = await scratchDatabase();
  const url = await startSystem(databaseUrl);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  cleanups.push(() => browser.close());
  console.log(`bench:web — ${url}, Chromium ${browser.version()}, signed in as ${EMAIL}, cold cache each run\n`);

  const first = await dashboardFirstLoad(browser, url);
  console.log(`Dashboard, first load (fast local line, ${seconds(first.ms)} to network idle):`);
  printTable(first);
  console.log(`  → ${kB(first.transferred)} transferred (compressed, with headers); ${kB(first.decoded)} once decoded`);
  console.log(`  ${verdict(first.transferred <= TARGET_FIRST_LOAD_BYTES)} target ≤ ${kB(TARGET_FIRST_LOAD_BYTES)}\n`);

  const sw = serviceWorkerPrecache();
  console.log(
    `Service worker, after the first page (background, for offline use): ${sw.files} files, ${kB(sw.br)} brotli (${kB(
      sw.raw,
    )} raw)\n`,
  );

  console.log(`Slow line: ${LATENCY_MS} ms latency, ${KBPS} kbit/s each way (CDP Network.emulateNetworkConditions)`);
  const requestsPage = await onSlowLine(browser, url, '/requests', '[data-testid="request-row"]');
  console.log(
    `  requests page, first rows shown: ${seconds(requestsPage.ms)} (${requestsPage.count} requests, ${kB(
      requestsPage.transferred,
    )} transferred by then)`,
  );
  console.log(`  ${verdict(requestsPage.ms <= TARGET_REQUESTS_PAGE_MS)} target ≤ ${seconds(TARGET_REQUESTS_PAGE_MS)}`);
  const dashboard = await onSlowLine(browser, url, '/dashboard', '[data-testid="key-figures"]');
  console.log(
    `  dashboard, key figures shown:    ${seconds(dashboard.ms)} (${dashboard.count} requests, ${kB(
      dashboard.transferred,
    )} transferred by then)`,
  );
}

main()
  .catch((error) => {
    console.error(`[bench:web] ${error instanceof Error ? error.stack : error}`);
    process.exitCode = 1;
  })
  .finally(cleanup);
