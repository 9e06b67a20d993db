import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The projects' boundaries (their Nx tags: scope:api, scope:web, scope:shared): the web client never
 * imports the API's code, shared libraries import neither app, and the API never imports the web client.
 */
const root = resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

function offending(dir: string, forbidden: RegExp): string[] {
  return sources(join(root, dir)).flatMap((file) =>
    importsOf(file)
      .filter((spec) => {
        const target = spec.startsWith('.') ? relative(root, resolve(file, '..', spec)) : spec;
        return forbidden.test(target);
      })
      .map((spec) => `${relative(root, file)} imports ${spec}`),
  );
}

describe('project boundaries', () => {
  it('keeps the web client away from the API code', () => {
    expect(offending('apps/web/src', /^apps\/api\//)).toEqual([]);
  });

  it('keeps the API away from the web client', () => {
    expect(offending('apps/api/src', /^apps\/web\//)).toEqual([]);
  });

  it('sees relative imports for what they are (the API does import the migrations)', () => {
    expect(offending('apps/api/src', /^migrations\//).length).toBeGreaterThan(0);
  });

  it('keeps the shared libraries free of both apps', () => {
    expect(offending('libs/domain/src', /^apps\//)).toEqual([]);
  });
});
