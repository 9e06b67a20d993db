// Creates database `perf` on machine PG, migrates+seeds via the built API, bulk loads 20k requests (bench SQL).
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import pg from 'pg';
const root = '/work/main';
const src = readFileSync(`${root}/bench/run.mjs`, 'utf8').split('\n');
const start = src.findIndex((l) => l.startsWith('const KINDS'));
const end = src.findIndex((l, i) => i > start && l.startsWith('async function bulkLoad'));
const { ASSISTANCE_KINDS, CHANNELS, TOPICS } = await import('@ta/domain');
const code = src.slice(start, end).join('\n') + '\nreturn { BULK_SQL, HISTORY_SQL };';
const { BULK_SQL, HISTORY_SQL } = new Function('ASSISTANCE_KINDS', 'CHANNELS', 'TOPICS', code)(ASSISTANCE_KINDS, CHANNELS, TOPICS);
const admin = new pg.Client('postgres://postgres@127.0.0.1:5432/postgres');
await admin.connect();
await admin.query('DROP DATABASE IF EXISTS perf WITH (FORCE)');
await admin.query('CREATE DATABASE perf');
await admin.end();
const url = 'postgres://postgres@127.0.0.1:5432/perf';
const child = spawn(process.execPath, [`${root}/dist/api/apps/api/src/main.js`], {
  cwd: root, env: { ...process.env, NODE_ENV: 'production', PORT: '3998', JWT_SECRET: 'x'.repeat(40), DATABASE_URL: url, SEED_DEMO: '1', WORKERS: '0' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((res) => child.stdout.on('data', (d) => { if (/Listening/.test(d.toString())) res(); }));
child.kill();
const c = new pg.Client(url);
await c.connect();
await c.query('SELECT setseed(0.2008)');
await c.query(BULK_SQL, [20000]);
await c.query(HISTORY_SQL);
await c.query('VACUUM (ANALYZE) assistance_request');
await c.query('VACUUM (ANALYZE) request_status_change');
console.log((await c.query('select count(*) from assistance_request')).rows);
await c.end();
