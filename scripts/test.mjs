// `npm test`: builds what the end-to-end tests serve, then runs every Jest suite (unit, integration on a
// real PostgreSQL, end to end with a real browser) and ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

if (run('npx', ['nx', 'run-many', '-t', 'build', '--output-style=static']) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

mkdirSync(resolve(root, '.data'), { recursive: true });
const results = resolve(root, process.env.JEST_RESULTS ?? '.data/jest-results.json');
const args = [
  '--experimental-vm-modules',
  'node_modules/jest/bin/jest.js',
  '--json',
  `--outputFile=${results}`,
  ...process.argv.slice(2),
];
const status = run(process.execPath, args, {
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-warnings=ExperimentalWarning`.trim(),
});

let passed = 0;
let failed = 0;
if (existsSync(results)) {
  const json = JSON.parse(readFileSync(results, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0);
} else {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(status !== 0 || failed > 0 || passed === 0 ? 1 : 0);
