import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { createTestDatabase, withClient, type TestDatabase } from '../support/database.js';
import { gqlAt, signIn, startApi, stopProcess, until, type RunningServer } from '../support/server.js';
import { IMPORT, importCsv } from './crash-import.js';

const root = resolve(import.meta.dirname, '../..');
const RECORD = `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id } }`;
// The demo data's rates (funding-demo.data.ts): a contribution is converted at its date's rate.
const CURRENCIES = [
  { currency: 'USD', date: '2009-06-01' },
  { currency: 'EUR', date: '2008-11-03' },
  { currency: 'GBP', date: '2009-02-02' },
  { currency: 'JPY', date: '2009-01-15' },
];

interface Manifest {
  migrations: string[];
  tables: Array<{ name: string; rows: number }>;
}

/** Runs one of the project's scripts (`npm run backup` / `npm run restore`) and answers its exit code and output. */
function script(name: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'scripts', name), ...args], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => done({ code, output }));
  });
}

const sumsByCurrency = (c: pg.Client, ids?: string[]) =>
  c
    .query(
      `SELECT currency, count(*)::int AS n, sum(amount)::text AS amount, sum(amount_usd)::text AS usd FROM contribution
        ${ids ? 'WHERE id = ANY($1::uuid[])' : ''} GROUP BY currency ORDER BY currency`,
      ids ? [ids] : [],
    )
    .then((r) => r.rows);

/** Every table's content as one digest (rows in a fixed order), and the sequences' positions. */
async function fingerprint(c: pg.Client, tables: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of tables) {
    const ident = c.escapeIdentifier(t);
    const { rows } = await c.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(r, E'\\n' ORDER BY r), '')) AS digest
         FROM (SELECT row_to_json(x)::text AS r FROM public.${ident} x) s`,
    );
    out[t] = `${rows[0].n}:${rows[0].digest}`;
  }
  const { rows } = await c.query(
    `SELECT sequencename, last_value::text FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
  );
  for (const r of rows) out[`sequence ${r.sequencename}`] = String(r.last_value);
  return out;
}

/**
 * `npm run backup` while contributions are being recorded, then `npm run restore` into a fresh database: the
 * restore holds exactly the backup's snapshot (every table's count as in the manifest, each contribution as
 * recorded, so the per-currency sums match); a backup at rest restores to an identical database.
 */
describe('backup under write load, and restore', () => {
  let db: TestDatabase;
  let api: RunningServer;
  const folder = mkdtempSync(join(tmpdir(), 'ta-backup-'));
  const restoredUrl = (suffix: string) => {
    const url = new URL(db.url);
    url.pathname = `/ta_test_${process.env.TEST_RUN_ID ?? 'adhoc'}_restored_${suffix}`;
    return url.toString();
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi({
      DATABASE_URL: db.url,
      SEED_DEMO: '1',
      JWT_SECRET: 'b'.repeat(40),
      MUTATIONS_PER_MINUTE: '100000',
    });
  });
  afterAll(async () => {
    if (api) await stopProcess(api);
    rmSync(folder, { recursive: true, force: true });
    await db?.drop();
  });

  it('restores the snapshot it took while writes went on, and an identical database at rest', async () => {
    const token = await signIn(api.url);
    const donors = await gqlAt(api.url, `{ donors { id } }`, {}, token);
    const donorId = donors.data!.donors[0].id as string;
    const before = await withClient(db.url, (c) => sumsByCurrency(c));

    let writing = true;
    let written = 0;
    const writer = async (n: number) => {
      for (let i = 0; writing; i++) {
        const res = await gqlAt(
          api.url,
          RECORD,
          {
            input: {
              donorId,
              amount: `${1 + ((n * 7919 + i * 104729) % 99_999)}.${String((n + i) % 100).padStart(2, '0')}`,
              ...CURRENCIES[(n + i) % CURRENCIES.length],
            },
          },
          token,
        );
        if (res.errors) {
          writing = false;
          throw new Error(JSON.stringify(res.errors));
        }
        written += 1;
      }
    };
    const writers = Array.from({ length: 6 }, (_, n) => writer(n));
    const failed = Promise.all(writers).then(() => 'stopped');
    while (written < 20) {
      const state = await Promise.race([failed, new Promise((r) => setTimeout(() => r('writing'), 50))]);
      expect(state).toBe('writing');
    }

    const underLoad = join(folder, 'under-load');
    const backup = await script('backup.mjs', ['--database-url', db.url, '--out', underLoad]);
    const writtenDuringBackup = written;
    await new Promise((r) => setTimeout(r, 500));
    writing = false;
    await Promise.all(writers);
    expect(backup.output).toMatch(/Backed up/);
    expect(backup.code).toBe(0);
    expect(written).toBeGreaterThan(writtenDuringBackup);

    const restoredA = restoredUrl('a');
    const restore = await script('restore.mjs', [underLoad, '--database-url', restoredA]);
    expect(restore.output).toMatch(/Restored \d+ rows/);
    expect(restore.code).toBe(0);

    const manifest = JSON.parse(readFileSync(join(underLoad, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.migrations.length).toBeGreaterThan(5);
    await withClient(restoredA, async (restored) => {
      for (const table of manifest.tables) {
        const { rows } = await restored.query(
          `SELECT count(*)::int AS n FROM public.${restored.escapeIdentifier(table.name)}`,
        );
        expect({ table: table.name, rows: rows[0].n }).toEqual({ table: table.name, rows: table.rows });
      }
      // The contributions of the snapshot, each as recorded: same count and sums per currency as the source's
      // same rows; the snapshot fell between the state before the load and the state after it.
      const ids = (await restored.query(`SELECT id FROM contribution`)).rows.map((r) => r.id as string);
      const restoredSums = await sumsByCurrency(restored);
      const sourceSums = await withClient(db.url, (c) => sumsByCurrency(c, ids));
      expect(restoredSums).toEqual(sourceSums);
      const beforeCount = before.reduce((n, r) => n + r.n, 0);
      const afterCount = await withClient(db.url, (c) =>
        c.query(`SELECT count(*)::int AS n FROM contribution`).then((r) => r.rows[0].n as number),
      );
      expect(ids.length).toBeGreaterThan(beforeCount);
      expect(ids.length).toBeLessThan(afterCount);
    });

    // At rest: a backup restores to the same database, table by table and sequence by sequence.
    const atRest = join(folder, 'at-rest');
    expect((await script('backup.mjs', ['--database-url', db.url, '--out', atRest])).code).toBe(0);
    const restoredB = restoredUrl('b');
    expect((await script('restore.mjs', [atRest, '--database-url', restoredB])).code).toBe(0);
    const tables = (JSON.parse(readFileSync(join(atRest, 'manifest.json'), 'utf8')) as Manifest).tables.map(
      (t) => t.name,
    );
    const [source, copy] = await Promise.all([
      withClient(db.url, (c) => fingerprint(c, tables)),
      withClient(restoredB, (c) => fingerprint(c, tables)),
    ]);
    expect(copy).toEqual(source);
    expect(await withClient(restoredB, (c) => sumsByCurrency(c))).toEqual(
      await withClient(db.url, (c) => sumsByCurrency(c)),
    );
    // The tables triggers keep (scripts/lib/derived-tables.mjs) are not in the backup: the restore rebuilt them
    // from the rows, to the same content (funding_activity_year's rows whose facts all went, present = false, are
    // only kept for writers to lock, and a rebuild makes none; request_count's deltas, split as the writes went,
    // to the same sums).
    expect(tables).not.toContain('beneficiary_share');
    expect(tables).not.toContain('funding_activity_year');
    expect(tables).not.toContain('request_count');
    expect(tables).not.toContain('funding_unallocated');
    expect(tables).not.toContain('funding_share_fact');
    const derived = (c: pg.Client) =>
      c
        .query(
          `SELECT (SELECT count(*)::int FROM beneficiary_share) AS shares,
                  (SELECT md5(string_agg(row_to_json(s)::text, ',' ORDER BY s.activity_id, s.key)) FROM beneficiary_share s) AS share_digest,
                  (SELECT md5(string_agg(row_to_json(f)::text, ',' ORDER BY f.activity_id, f.year))
                     FROM funding_activity_year f WHERE f.present) AS fact_digest,
                  (SELECT string_agg(c.state_iso3 || ' ' || c.status || ' ' || c.n, ', ' ORDER BY c.state_iso3, c.status)
                     FROM (SELECT state_iso3, status, sum(n) AS n FROM request_count GROUP BY 1, 2 HAVING sum(n) <> 0) c
                  ) AS request_counts,
                  (SELECT md5(string_agg(row_to_json(u)::text, ',' ORDER BY u.contribution_id))
                     FROM funding_unallocated u WHERE u.amount > 0) AS unallocated_digest,
                  (SELECT count(*)::int FROM funding_share_fact) AS split_rows,
                  (SELECT md5(string_agg(row_to_json(sf)::text, ',' ORDER BY row_to_json(sf)::text))
                     FROM funding_share_fact sf) AS split_digest`,
        )
        .then(
          (r) =>
            r.rows[0] as {
              shares: number;
              share_digest: string;
              fact_digest: string;
              request_counts: string | null;
              unallocated_digest: string | null;
              split_rows: number;
              split_digest: string | null;
            },
        );
    const [sourceDerived, copyDerived] = await Promise.all([
      withClient(db.url, derived),
      withClient(restoredB, derived),
    ]);
    expect(sourceDerived.shares).toBeGreaterThan(0);
    expect(sourceDerived.request_counts).toBeTruthy();
    expect(sourceDerived.unallocated_digest).toBeTruthy();
    expect(sourceDerived.split_rows).toBeGreaterThan(0);
    expect(copyDerived).toEqual(sourceDerived);

    // A database that holds data is not overwritten unless asked.
    const again = await script('restore.mjs', [atRest, '--database-url', restoredB]);
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/already has tables\. Add --replace/);
  });
});

/**
 * The same, as a real installation often runs it: the app, the backup and the restore all connect as an ordinary
 * role (LOGIN, CREATEDB, owner of its databases, not a superuser). Then the restore cannot set
 * session_replication_role = replica: every trigger fires while the rows go in and each foreign key is checked
 * as they do. The restored database must still be the backup's, exactly.
 */
describe('backup and restore as a role that is not a superuser', () => {
  const run = process.env.TEST_RUN_ID ?? 'adhoc';
  const role = `ta_test_${run}_owner_${randomBytes(3).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  const admin = () => process.env.TEST_PG_ADMIN_URL!;
  /** A database of the server, connected to as the ordinary role. */
  const asRole = (database: string) => {
    const url = new URL(admin());
    url.username = role;
    url.password = password;
    url.pathname = `/${database}`;
    return url.toString();
  };
  const sourceName = `ta_test_${run}_ordinary_${randomBytes(4).toString('hex')}`;
  const source = asRole(sourceName);
  const restored = asRole(`ta_test_${run}_ordinary_restored`);
  let api: RunningServer | undefined;
  const folder = mkdtempSync(join(tmpdir(), 'ta-backup-role-'));

  beforeAll(async () => {
    await withClient(admin(), (c) =>
      c.query(`CREATE ROLE ${c.escapeIdentifier(role)} LOGIN CREATEDB NOSUPERUSER PASSWORD '${password}'`),
    );
    // Made by the role itself, so it owns it (as `createdb` run by the app's account would).
    await withClient(asRole('postgres'), (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(sourceName)}`));
    api = await startApi({
      DATABASE_URL: source,
      SEED_DEMO: '1',
      JWT_SECRET: 'c'.repeat(40),
      MUTATIONS_PER_MINUTE: '100000',
    });
  });
  afterAll(async () => {
    if (api) await stopProcess(api);
    rmSync(folder, { recursive: true, force: true });
    // Every database the role owns (the source, the restores, any kept aside), then the role.
    await withClient(admin(), async (c) => {
      const { rows } = await c.query(
        `SELECT datname FROM pg_database WHERE datdba = (SELECT oid FROM pg_roles WHERE rolname = $1)`,
        [role],
      );
      for (const { datname } of rows)
        await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(datname)} WITH (FORCE)`);
      await c.query(`DROP ROLE IF EXISTS ${c.escapeIdentifier(role)}`);
    });
  });

  it('restores an identical database, triggers and foreign key checks firing on the way', async () => {
    await withClient(source, async (c) => {
      const { rows } = await c.query(
        `SELECT rolsuper, rolcreatedb, pg_get_userbyid(d.datdba) AS owner FROM pg_roles, pg_database d
          WHERE rolname = current_user AND d.datname = current_database()`,
      );
      expect(rows[0]).toEqual({ rolsuper: false, rolcreatedb: true, owner: role });
    });
    const token = await signIn(api!.url);
    const call = async (query: string, variables: Record<string, unknown>) => {
      const res = await gqlAt(api!.url, query, variables, token);
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    const donorId = (await call(`{ donors { id } }`, {})).donors[0].id as string;
    const activity = (
      await call(
        // One still to be done or under way: a finished one is no longer edited (ACTIVITY_CLOSED).
        `{ activities(first: 1, filter: { status: [PROPOSED, ENDORSED, FUNDED, UNDER_WAY] }) { nodes { id version startsOn } } }`,
        {},
      )
    ).activities.nodes[0] as { id: string; version: number; startsOn: string | null };

    // Writes of each kind that feeds a trigger: contributions, a stage change, an allocation (the funding gap's
    // facts), an activity's beneficiaries (its shares); each also writes its audit entry.
    const contributions: string[] = [];
    for (let i = 0; i < 12; i++) {
      const data = await call(RECORD, {
        input: { donorId, amount: `${1000 + i * 137}.${String(i * 7).padStart(2, '0')}`, ...CURRENCIES[i % 4] },
      });
      contributions.push(data.recordContribution.id as string);
    }
    await call(
      `mutation($id: ID!) { commitContribution(id: $id, agreementRef: "AGR-ROLE-1", expectedVersion: 1) { stage } }`,
      { id: contributions[0] },
    );
    const year = activity.startsOn ? Number(activity.startsOn.slice(0, 4)) : 2009;
    await call(`mutation($input: AllocateContributionInput!) { allocateContribution(input: $input) { id } }`, {
      input: {
        contributionId: contributions[0],
        activityId: activity.id,
        amountUsd: '250.00',
        year,
        overFundingReason: 'Bridge funding until the second tranche',
      },
    });
    await call(
      `mutation($id: ID!, $v: Int!, $input: UpdateActivityInput!) { updateActivity(id: $id, expectedVersion: $v, input: $input) { version } }`,
      { id: activity.id, v: activity.version, input: { beneficiaryStates: ['KEN', 'PER', 'VNM'] } },
    );

    // A merged request points at the one it went into (assistance_request references itself). Rows go in 500 at
    // a time, each statement's foreign keys checked at its end: a merged request 500 rows or more before the one
    // it names would be refused on the way in. Enough requests for that (a bulk import), a merge of the first
    // into the last of one State's, and the table rewritten in id order (CLUSTER, as its owner may; the rows'
    // order on disk is whatever updates and VACUUM left, and the backup keeps it), so the merged row comes first.
    const imported = await call(IMPORT, { csv: importCsv(1200, 'role drill'), f: 'role-drill.csv' });
    const importId = imported.importAssistanceRequests.id as string;
    await until('the import', async () => {
      const { status } = (await call(`query($id: ID!) { requestImport(id: $id) { status } }`, { id: importId }))
        .requestImport as { status: string };
      expect(status).not.toBe('FAILED');
      return status === 'DONE';
    });
    const [merged, kept] = await withClient(source, async (c) => {
      const { rows } = await c.query(
        `(SELECT id, version FROM assistance_request WHERE state_iso3 = 'KEN' AND status = 'RECEIVED' ORDER BY id LIMIT 1)
         UNION ALL
         (SELECT id, version FROM assistance_request WHERE state_iso3 = 'KEN' AND status = 'RECEIVED' ORDER BY id DESC LIMIT 1)`,
      );
      return rows as Array<{ id: string; version: number }>;
    });
    await call(`mutation($input: MergeAssistanceRequestsInput!) { mergeAssistanceRequests(input: $input) { id } }`, {
      input: {
        keepId: kept.id,
        keepVersion: kept.version,
        mergeId: merged.id,
        mergeVersion: merged.version,
        reason: 'The same request, logged twice',
      },
    });
    await withClient(source, (c) => c.query(`CLUSTER assistance_request USING assistance_request_pkey`));

    const backup = await script('backup.mjs', ['--database-url', source, '--out', folder]);
    expect(backup.output).toMatch(/Backed up/);
    expect(backup.code).toBe(0);
    const tables = (JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as Manifest).tables.map(
      (t) => t.name,
    );
    const requestOrder = gunzipSync(readFileSync(join(folder, 'tables/assistance_request.jsonl.gz')))
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(requestOrder.indexOf(kept.id) - requestOrder.indexOf(merged.id)).toBeGreaterThanOrEqual(500);

    // Into a new database the role creates, then again in place of it (--replace keeps the first one aside).
    const first = await script('restore.mjs', [folder, '--database-url', restored]);
    expect(first.output).toMatch(/Restored \d+ rows/);
    expect(first.code).toBe(0);
    // Not in replica mode: the self-reference was dropped for the load and added back, checking every row.
    expect(first.output).toMatch(
      /not a superuser: triggers fired .* \(assistance_request_merged_into_id_fkey once every row was in\)/,
    );
    const again = await script('restore.mjs', [folder, '--database-url', restored, '--replace']);
    expect(again.output).toMatch(/Restored \d+ rows.*\n.*kept as/s);
    expect(again.code).toBe(0);

    const [original, copy] = await Promise.all([
      withClient(source, (c) => fingerprint(c, tables)),
      withClient(restored, (c) => fingerprint(c, tables)),
    ]);
    expect(copy).toEqual(original);
    expect(await withClient(restored, (c) => sumsByCurrency(c))).toEqual(
      await withClient(source, (c) => sumsByCurrency(c)),
    );
    const derived = (c: pg.Client) =>
      c
        .query(
          `SELECT (SELECT count(*)::int FROM beneficiary_share) AS shares,
                  (SELECT md5(string_agg(row_to_json(s)::text, ',' ORDER BY s.activity_id, s.key)) FROM beneficiary_share s) AS share_digest,
                  (SELECT count(*)::int FROM funding_activity_year f WHERE f.present) AS facts,
                  (SELECT md5(string_agg(row_to_json(f)::text, ',' ORDER BY f.activity_id, f.year))
                     FROM funding_activity_year f WHERE f.present) AS fact_digest,
                  (SELECT md5(string_agg(row_to_json(u)::text, ',' ORDER BY u.contribution_id))
                     FROM funding_unallocated u WHERE u.amount > 0) AS unallocated_digest,
                  (SELECT count(*)::int FROM funding_share_fact) AS split_rows,
                  (SELECT md5(string_agg(row_to_json(sf)::text, ',' ORDER BY row_to_json(sf)::text))
                     FROM funding_share_fact sf) AS split_digest`,
        )
        .then(
          (r) =>
            r.rows[0] as {
              shares: number;
              share_digest: string;
              facts: number;
              fact_digest: string;
              unallocated_digest: string | null;
              split_rows: number;
              split_digest: string | null;
            },
        );
    const [sourceDerived, copyDerived] = await Promise.all([
      withClient(source, derived),
      withClient(restored, derived),
    ]);
    expect(sourceDerived.shares).toBeGreaterThan(0);
    expect(sourceDerived.facts).toBeGreaterThan(0);
    expect(sourceDerived.unallocated_digest).toBeTruthy();
    expect(sourceDerived.split_rows).toBeGreaterThan(0);
    expect(copyDerived).toEqual(sourceDerived);
    // The same schema as the migrations made: every constraint (the one dropped for the load is back as it was)
    // and every trigger.
    const schema = (c: pg.Client) =>
      c
        .query(
          `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace
           UNION ALL
           SELECT tgrelid::regclass::text, tgname, pg_get_triggerdef(oid) FROM pg_trigger
            WHERE NOT tgisinternal AND tgrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace)
           ORDER BY 1, 2`,
        )
        .then((r) => r.rows);
    const [sourceSchema, copySchema] = await Promise.all([withClient(source, schema), withClient(restored, schema)]);
    expect(sourceSchema.length).toBeGreaterThan(100);
    expect(copySchema).toEqual(sourceSchema);
    // The restored database is the role's own, like the one it replaced.
    await withClient(restored, async (c) => {
      const { rows } = await c.query(
        `SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = current_database()`,
      );
      expect(rows[0].owner).toBe(role);
    });
  });
});
