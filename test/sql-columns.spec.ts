import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * No statement the API sends takes a table's columns by `*` (`SELECT *`, `SELECT DISTINCT ON (…) *`, `RETURNING id, *`,
 * `alias.*`, `public.table.*`).
 *
 * Statements asked again run as named prepared statements (apps/api/src/infra/database/prepared-statements.ts). When
 * a migration adds a column to a table, every prepared statement whose result expands that table's columns by `*`
 * fails once per connection of a running process ("cached plan must not change result type", 0A000) before it is
 * prepared afresh — one failed request per connection and statement after each deploy. Naming the columns keeps the
 * result's shape fixed by the statement's text.
 *
 * `*` over what the statement itself defines keeps its shape: a CTE or a derived table (its own columns are checked
 * where it is written), `unnest(…)`, `jsonb_to_recordset(…) AS x (…)`. So a `*` is refused only where it expands a
 * table or view that a migration creates. Checked: the repositories' SQL snapshots (apps/api/src/queries/*.sql, one
 * statement per line, as sent) and the API's source (for statements no snapshot covers), where an alias counts as a
 * table's if the file binds it to a table anywhere (stricter than needed, never looser).
 */
const root = resolve(import.meta.dirname, '..');

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return files(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** The tables and views the migrations create (or rename to). */
function relations(): Set<string> {
  const names = new Set<string>();
  for (const file of files('migrations', /\.ts$/)) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const m of text.matchAll(
      /CREATE\s+(?:OR\s+REPLACE\s+)?(?:UNLOGGED\s+|MATERIALIZED\s+)?(?:TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:"?public"?\.)?"?(\w+)"?\s*(?:\(|AS\b)/gi,
    ))
      names.add(m[1]!.toLowerCase());
    for (const m of text.matchAll(/RENAME\s+TO\s+"?(\w+)"?/gi)) names.add(m[1]!.toLowerCase());
  }
  return names;
}

/** A schema before a table's name (`public.expert`, `"public"."expert"`): optional, and not the table's name. */
const SCHEMA = '(?:"?\\w+"?\\s*\\.\\s*)?';

const KEYWORDS = new Set(['lateral', 'only', 'unnest', 'rows', 'jsonb_to_recordset', 'json_to_recordset']);

/** The names after FROM / JOIN at the top level of the select that starts at `from` (until its closing parenthesis). */
function fromItems(sql: string, from: number): string[] {
  let depth = 0;
  let end = sql.length;
  for (let i = from; i < sql.length; i++) {
    const c = sql[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) {
      end = i;
      break;
    } else if (c === ';' && depth === 0) {
      end = i;
      break;
    }
  }
  const top = sql.slice(from, end);
  // Blank out nested parentheses so only this select's own FROM items are read.
  let flat = '';
  depth = 0;
  for (const c of top) {
    if (c === '(') depth++;
    flat += depth > 0 ? ' ' : c;
    if (c === ')') depth--;
  }
  // A set operation's next select has a * of its own (or none).
  flat = flat.split(/\b(?:UNION|INTERSECT|EXCEPT)\b/i)[0]!;
  return [...flat.matchAll(new RegExp(`\\b(?:FROM|JOIN)\\s+(?:ONLY\\s+)?${SCHEMA}"?(\\w+)(?!\\w)"?(?!\\s*[.(])`, 'gi'))]
    .map((m) => m[1]!.toLowerCase())
    .filter((n) => !KEYWORDS.has(n));
}

/**
 * Where a RETURNING list has a `*` of its own (`RETURNING *`, `RETURNING id, *`): the list's items at its top level
 * (what is in parentheses blanked out, so `RETURNING (SELECT count(*) …)` is none), until the statement or the
 * parentheses around it end (or the template literal that holds it, in source).
 */
function returningStars(sql: string): number[] {
  const at: number[] = [];
  for (const m of sql.matchAll(/\bRETURNING\b/gi)) {
    let depth = 0;
    let list = '';
    for (let i = m.index + m[0].length; i < sql.length; i++) {
      const c = sql[i]!;
      if (c === '(') depth++;
      else if (c === ')' && --depth < 0) break;
      if (depth === 0 && (c === ';' || c === '`')) break;
      list += depth > 0 || c === ')' ? ' ' : c;
    }
    if (/(?:^|,)\s*\*/.test(list)) at.push(m.index);
  }
  return at;
}

/** Each `*` of this text that expands a table's columns: where (an index into the text) and over what. */
function starsOverTables(sql: string, tables: ReadonlySet<string>): Array<{ at: number; what: string }> {
  const found: Array<{ at: number; what: string }> = [];
  for (const at of returningStars(sql)) found.push({ at, what: 'RETURNING *' });
  // `SELECT *`, `SELECT DISTINCT *`, `SELECT DISTINCT ON (…) *`, `SELECT ALL *`, and a `, *` among the columns.
  for (const m of sql.matchAll(
    /\bSELECT\s+(?:ALL\s+|DISTINCT\s+(?:ON\s*\((?:[^()]|\([^()]*\))*\)\s*)?)?\*|,\s*\*(?=\s*(?:,|FROM\b))/gi,
  )) {
    const over = fromItems(sql, m.index + m[0].length).filter((n) => tables.has(n));
    if (over.length) found.push({ at: m.index, what: `${m[0].replace(/\s+/g, ' ')} over ${over.join(', ')}` });
  }
  // `alias.*`, `table.*`, `schema.table.*`; the alias is bound where the statement reads or writes a table (FROM, JOIN,
  // UPDATE, INSERT INTO: `RETURNING e.*` of `UPDATE expert e` expands the table too).
  for (const m of sql.matchAll(/(?<![\w."])(?:"?\w+"?\s*\.\s*)?"?(\w+)"?\.\*/g)) {
    const alias = m[1]!;
    const bound = new Set<string>();
    const binding = new RegExp(
      `\\b(?:FROM|JOIN|UPDATE|INTO)\\s+(?:ONLY\\s+)?${SCHEMA}"?(\\w+)"?(?:\\s+AS)?\\s+"?${alias}"?(?![\\w.(])`,
      'gi',
    );
    for (const b of sql.matchAll(binding)) bound.add(b[1]!.toLowerCase());
    const named = new RegExp(`\\b(?:FROM|JOIN|UPDATE|INTO)\\s+(?:ONLY\\s+)?${SCHEMA}"?${alias}"?(?![\\w.(])`, 'i');
    if (tables.has(alias.toLowerCase()) && named.test(sql)) bound.add(alias.toLowerCase());
    const over = [...bound].filter((n) => tables.has(n));
    if (over.length) found.push({ at: m.index, what: `${m[0]} over ${over.join(', ')}` });
  }
  return found;
}

describe('statements name their columns instead of taking a table by *', () => {
  const tables = relations();

  it('reads the tables from the migrations', () => {
    for (const t of ['assistance_request', 'expert', 'state', 'login_throttle', 'contribution_stage_change'])
      expect(tables).toContain(t);
  });

  it('recognises a * over a table, and leaves a * over what the statement defines', () => {
    const t = new Set(['expert', 'state', 'login_throttle']);
    expect(starsOverTables('SELECT * FROM expert WHERE advisory_group', t)).toHaveLength(1);
    expect(starsOverTables('SELECT e.* FROM expert e WHERE true', t)).toHaveLength(1);
    expect(starsOverTables('SELECT f.code, s.* FROM field_office f JOIN state s ON true', t)).toHaveLength(1);
    expect(starsOverTables('INSERT INTO login_throttle (key) VALUES ($1) RETURNING *', t)).toHaveLength(1);
    expect(starsOverTables('SELECT x.* FROM (SELECT * FROM pool) x JOIN expert e ON e.id = x.id', t)).toEqual([]);
    expect(starsOverTables('INSERT INTO expert (id) SELECT * FROM unnest($1::uuid[])', t)).toEqual([]);
    expect(starsOverTables('SELECT x.* FROM jsonb_to_recordset($1) AS x (code text)', t)).toEqual([]);
    expect(starsOverTables('WITH g AS (SELECT id FROM expert) SELECT g.* FROM g', t)).toEqual([]);
    expect(starsOverTables('SELECT count(*) FROM expert', t)).toEqual([]);
    expect(starsOverTables('SELECT * FROM pool UNION SELECT e.id FROM expert e', t)).toEqual([]);
    expect(starsOverTables('SELECT * FROM pool UNION SELECT * FROM expert', t)).toHaveLength(1);
  });

  it('recognises it after DISTINCT ON, among RETURNING’s columns and over a schema’s table', () => {
    const t = new Set(['expert', 'state', 'login_throttle']);
    expect(starsOverTables('SELECT DISTINCT ON (e.code) * FROM expert e ORDER BY e.code', t)).toHaveLength(1);
    expect(starsOverTables('SELECT DISTINCT ON (lower(code), id)* FROM expert', t)).toHaveLength(1);
    expect(starsOverTables('SELECT DISTINCT * FROM expert', t)).toHaveLength(1);
    expect(starsOverTables('SELECT ALL * FROM expert', t)).toHaveLength(1);
    expect(starsOverTables('SELECT DISTINCT ON (code) id, * FROM expert', t)).toHaveLength(1);
    expect(starsOverTables('UPDATE expert SET code = $1 RETURNING id, *', t)).toHaveLength(1);
    expect(starsOverTables('DELETE FROM login_throttle WHERE key = $1 RETURNING key,\n  *;', t)).toHaveLength(1);
    expect(starsOverTables('WITH d AS (DELETE FROM expert RETURNING id, *) SELECT d.id FROM d', t)).toHaveLength(1);
    expect(starsOverTables('UPDATE expert e SET code = $1 RETURNING e.*', t)).toHaveLength(1);
    expect(starsOverTables('INSERT INTO expert AS e (id) VALUES ($1) RETURNING e.*', t)).toHaveLength(1);
    expect(starsOverTables('SELECT * FROM public.expert WHERE true', t)).toHaveLength(1);
    expect(starsOverTables('SELECT * FROM "public"."expert"', t)).toHaveLength(1);
    expect(starsOverTables('SELECT public.expert.* FROM public.expert', t)).toHaveLength(1);
    expect(starsOverTables('SELECT e.* FROM public.expert e', t)).toHaveLength(1);
    expect(starsOverTables('SELECT "public"."state".* FROM state', t)).toHaveLength(1);
    expect(starsOverTables('SELECT DISTINCT ON (s.iso3) s.* FROM public.state AS s', t)).toHaveLength(1);
  });

  it('leaves count(*), multiplication and a * over what the statement defines, however it is written', () => {
    const t = new Set(['expert', 'state', 'login_throttle']);
    expect(starsOverTables('SELECT count(*) FROM public.expert', t)).toEqual([]);
    expect(starsOverTables('SELECT DISTINCT ON (code) code, count(*) OVER () FROM expert', t)).toEqual([]);
    expect(starsOverTables('SELECT code, rate * 2 FROM expert', t)).toEqual([]);
    expect(starsOverTables('UPDATE expert SET rate = rate * 2 RETURNING id, rate * 2 AS twice', t)).toEqual([]);
    expect(starsOverTables('UPDATE expert SET n = 1 RETURNING id, (SELECT count(*) FROM state) AS states', t)).toEqual(
      [],
    );
    expect(starsOverTables('INSERT INTO expert (id) VALUES ($1) RETURNING id', t)).toEqual([]);
    expect(starsOverTables('SELECT DISTINCT ON (x.id) * FROM (SELECT id FROM expert) x', t)).toEqual([]);
    expect(starsOverTables('SELECT * FROM public.unnest($1::uuid[])', t)).toEqual([]);
    expect(starsOverTables('SELECT * FROM state_of($1)', t)).toEqual([]);
    expect(starsOverTables('SELECT x.* FROM public.pool x', t)).toEqual([]);
  });

  it('in the SQL snapshots of the repositories', () => {
    const offending = files('apps/api/src/queries', /\.sql$/).flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          line.startsWith('--') ? [] : starsOverTables(line, tables).map((s) => `${file}:${i + 1}: ${s.what}`),
        ),
    );
    expect(offending).toEqual([]);
  });

  it('in the API source', () => {
    const offending = files('apps/api/src', /(?<![.-]spec)\.ts$/).flatMap((file) => {
      const text = readFileSync(join(root, file), 'utf8')
        .split('\n')
        // Comments may name what is refused.
        .map((line) => (/^\s*(\*|\/\*|\/\/)/.test(line) ? '' : line))
        .join('\n');
      return starsOverTables(text, tables).map((s) => `${file}:${text.slice(0, s.at).split('\n').length}: ${s.what}`);
    });
    expect(offending).toEqual([]);
  });
});
