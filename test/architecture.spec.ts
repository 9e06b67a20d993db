import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { ROLES } from '@ta/domain';

/**
 * The rules of docs/architecture.md that a reviewer would otherwise have to remember. Each check lists every
 * offending file and line, so a failure says exactly what to move.
 */
const root = resolve(import.meta.dirname, '..');
const API = 'apps/api/src';
const WEB = 'apps/web/src';

/** Source files under a folder, relative to the repository root. */
function sources(dir: string, pattern = /\.(ts|tsx)$/): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(join(root, path)).isDirectory()) return sources(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

const isSpec = (file: string) => /[.-]spec\.tsx?$/.test(file);

/** Each line of a file without its `//` comment or block-comment lines (doc comments may name what they forbid). */
function codeLines(file: string): Array<{ line: number; text: string }> {
  return readFileSync(join(root, file), 'utf8')
    .split('\n')
    .map((text, i) => ({ line: i + 1, text }))
    .filter(({ text }) => !/^\s*(\*|\/\*|\/\/)/.test(text))
    .map(({ line, text }) => ({ line, text: text.replace(/\s\/\/.*$/, '') }));
}

/** `file:line: code` for every line of these files matching the pattern. */
function matching(files: string[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    codeLines(file)
      .filter(({ text }) => pattern.test(text))
      .map(({ line, text }) => `${file}:${line}: ${text.trim()}`),
  );
}

describe('architecture', () => {
  it('(a) keeps SQL in repositories: no .query( or createQueryBuilder( outside *.repository.ts and infra/database', () => {
    const files = sources(API).filter(
      (f) => !f.endsWith('.repository.ts') && !f.startsWith(`${API}/infra/database/`) && !isSpec(f),
    );
    expect(matching(files, /\.query\s*(<[^>]*>)?\s*\(|\bcreateQueryBuilder\s*\(/)).toEqual([]);
  });

  it('(b) keeps infra/ free of modules: nothing under apps/api/src/infra imports apps/api/src/modules', () => {
    const offending = sources(`${API}/infra`).flatMap((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
      return specifiers
        .filter(
          (spec) =>
            spec.startsWith('.') && relative(root, resolve(root, dirname(file), spec)).startsWith(`${API}/modules/`),
        )
        .map((spec) => `${file} imports ${spec}`);
    });
    expect(offending).toEqual([]);
  });

  it('(c) compares no roles outside modules/access and libs/domain: the access policy (API) and me.can (web) decide', () => {
    const role = `(?:${[...ROLES, 'SYSTEM'].join('|')})`;
    const patterns = [
      /(?<![A-Za-z])role\??\s*[!=]==?\s*['"`]/i, // role === 'ADMIN', actor.role !== 'DONOR', requested_role === '…'
      /['"`][A-Z_]+['"`]\s*[!=]==?\s*[\w.?]*role\b/i, // 'ADMIN' === role
      /(?<![A-Za-z])role\??\s*[!=]==?\s*Role\./i, // role === Role.Admin
      new RegExp(`['"\`]${role}['"\`]\\s*[|,]\\s*['"\`]${role}['"\`]`), // 'ADMIN' | 'SECRETARIAT', ['ADMIN', 'SECRETARIAT']
      /\.includes\(\s*[\w.?]*role\s*\)/i, // PROGRAMME_EDITORS.includes(actor.role)
      /\bswitch\s*\(\s*[\w.?]*role\s*\)/i, // switch (actor.role)
      /^\s*(?:ADMIN|SECRETARIAT|FIELD_OFFICE|VIEWER)\s*:\s*[[{'"`(]/, // a map keyed by role: { ADMIN: [...], … }
      /\bcase\s+['"`](?:ADMIN|SECRETARIAT|FIELD_OFFICE|VIEWER)['"`]/, // case 'ADMIN': (DONOR is also an audit entity type)
    ];
    const files = [...sources(API), ...sources(WEB)].filter(
      (f) => !isSpec(f) && !f.startsWith(`${API}/modules/access/`),
    );
    const offending = files.flatMap((file) =>
      codeLines(file)
        .filter(({ text }) => patterns.some((p) => p.test(text)))
        .map(({ line, text }) => `${file}:${line}: ${text.trim()}`),
    );
    expect(offending).toEqual([]);
  });

  /**
   * Every file says what it is: `<kebab-case-name>.<kind>.ts`. The kinds are those the API already uses. Plain
   * helpers (`keyset.ts`, `format-error.ts`) may go without a kind only in infra/, in a module's `rules/`, in tools/,
   * and as `main.ts`, `worker.ts` or a module's `index.ts`.
   */
  it('(d) names API files in kebab-case with their kind', () => {
    const KINDS = [
      'module',
      'resolver',
      'service',
      'repository',
      'entity',
      'model',
      'input',
      'args',
      'exception',
      'filter',
      'guard',
      'pipe',
      'decorator',
      'policy',
      'controller',
      'job',
      'export',
      'loaders',
      'query',
      'data',
      'expected',
      'config',
      'factory',
      'types',
      'builder',
    ];
    const kebab = '[a-z0-9]+(?:-[a-z0-9]+)*';
    // A test is named after what it tests: `keyset.spec.ts`, `validation.pipe.spec.ts`, `funding.integration-spec.ts`.
    const withKind = new RegExp(`^${kebab}(?:\\.(?:${KINDS.join('|')}))?(?:\\.(?:spec|integration-spec))?\\.ts$`);
    const plain = new RegExp(`^${kebab}\\.ts$`);
    const plainAllowed = (file: string) =>
      file.startsWith(`${API}/infra/`) ||
      file.startsWith(`${API}/tools/`) ||
      /\/modules\/[a-z0-9-]+\/rules\//.test(file) ||
      file === `${API}/main.ts` ||
      file === `${API}/worker.ts` ||
      /\/modules\/[a-z0-9-]+\/index\.ts$/.test(file);
    const offending = sources(API, /\.ts$/).flatMap((file) => {
      const folders = relative(API, dirname(file)).split('/').filter(Boolean);
      const badFolder = folders.find((f) => !new RegExp(`^${kebab}$`).test(f));
      if (badFolder) return [`${file}: folder ${badFolder} is not kebab-case`];
      const name = basename(file);
      if (plain.test(name) ? plainAllowed(file) : withKind.test(name)) return [];
      return [`${file}: expected <kebab-case>.<${KINDS.join('|')}>.ts`];
    });
    expect(offending).toEqual([]);
  });
});
