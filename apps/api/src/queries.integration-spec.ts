import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bootApp, type TestApp } from '../../../test/support/app.js';
import type { Actor } from './infra/auth/actor.js';
import { PolicyArg, SQL_SNAPSHOTS } from './infra/database/sql-snapshot.js';
import { AccessPolicies } from './modules/access/access-policies.service.js';

const DIR = join(import.meta.dirname, 'queries');
const EMAILS: Record<string, string> = {
  ADMIN: 'admin@demo.local',
  SECRETARIAT: 'secretariat@demo.local',
  FIELD_OFFICE: 'dakar@demo.local',
  DONOR: 'donor@demo.local',
  VIEWER: 'viewer@demo.local',
};

/** `RequestsRepository` → `requests.repository`, as the file it lives in is named. */
function kebab(name: string): string {
  return name
    .replace(/Repository$/, '.repository')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}

/** One statement per line, spaces collapsed, so a snapshot's diff shows what changed. */
function normalise(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim();
}

describe('the SQL each repository sends (apps/api/src/queries/*.sql)', () => {
  let t: TestApp;
  const sent: string[] = [];

  beforeAll(async () => {
    t = await bootApp({ demo: true });
    const logger = t.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (query: string, ...rest) => {
      sent.push(query);
      return original(query, ...rest);
    };
    // Booting with the whole demo data is the slow part; on a busy 2-core machine it has taken over two minutes.
  }, 300_000);
  afterAll(() => t?.close());

  async function actorOf(role: string): Promise<Actor> {
    const [user] = await t.dataSource.query(
      `SELECT id, email, role, field_office_code, donor_id FROM app_user WHERE email = $1`,
      [EMAILS[role]],
    );
    return {
      userId: user.id,
      label: user.email,
      role: user.role,
      fieldOfficeCode: user.field_office_code,
      donorId: user.donor_id,
      requestId: null,
    };
  }

  it('matches the snapshots (UPDATE_SQL=1 rewrites them)', async () => {
    const policies = t.app.get(AccessPolicies);
    const written = new Map<string, string>();
    for (const [ctor, entries] of SQL_SNAPSHOTS) {
      const repository = t.app.get(ctor as new (...args: never[]) => unknown, { strict: false }) as Record<
        string,
        (...args: unknown[]) => Promise<unknown>
      >;
      const parts: string[] = [];
      for (const entry of entries) {
        for (const c of entry.cases) {
          const args = await Promise.all(
            c.args.map(async (a) => (a instanceof PolicyArg ? policies.forActor(await actorOf(a.role)) : a)),
          );
          // Warm what the policy loads once per request (an office's States), so only the method's SQL is kept.
          for (const a of args) {
            if (a && typeof a === 'object' && 'officeStates' in a)
              await (a as { officeStates(): Promise<unknown> }).officeStates();
          }
          sent.length = 0;
          await repository[entry.method](...args);
          const statements = sent.map((q) => `${normalise(q)};`);
          parts.push(`-- ${ctor.name}.${entry.method}${c.name ? ` (${c.name})` : ''}\n${statements.join('\n')}\n`);
        }
      }
      written.set(`${kebab(ctor.name)}.sql`, parts.join('\n'));
    }
    expect(written.size).toBeGreaterThan(0);

    if (process.env.UPDATE_SQL === '1') {
      mkdirSync(DIR, { recursive: true });
      for (const file of existsSync(DIR) ? readdirSync(DIR) : []) if (!written.has(file)) unlinkSync(join(DIR, file));
      for (const [file, text] of written) writeFileSync(join(DIR, file), text);
    }
    const stale: string[] = [];
    for (const [file, text] of written) {
      const path = join(DIR, file);
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(file);
    }
    const orphans = existsSync(DIR) ? readdirSync(DIR).filter((f) => !written.has(f)) : [];
    expect({ stale, orphans }).toEqual({ stale: [], orphans: [] });
  });
});
