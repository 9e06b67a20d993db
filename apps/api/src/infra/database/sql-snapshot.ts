import type { Role } from '@ta/domain';

/**
 * `@SqlSnapshot(...)` marks a repository method whose SQL is written to `apps/api/src/queries/<name>.repository.sql`
 * by `queries.integration-spec.ts` (as Immich snapshots its queries): a reviewer sees every change to the SQL
 * a repository sends, and the test fails while a snapshot is stale (`npm run sql` rewrites them).
 *
 * Arguments are example values; an access policy is named by role (`SqlArg.policy('FIELD_OFFICE')`) and built
 * by the test for a demo user of that role.
 */
export type SnapshotRole = Role;

export class PolicyArg {
  constructor(readonly role: SnapshotRole) {}
}

export const SqlArg = {
  policy: (role: SnapshotRole) => new PolicyArg(role),
  UUID: '00000000-0000-4000-8000-000000000000',
  DATE: '2008-06-10',
  STATE: 'SEN',
  OFFICE: 'DKR',
};

export interface SqlSnapshotCase {
  /** Shown in the snapshot's heading; defaults to the method name. */
  name?: string;
  args: unknown[];
}

export interface SnapshotEntry {
  method: string;
  cases: SqlSnapshotCase[];
}

/** Every class with snapshot methods, in the order they were declared. */
// Keyed by the repository class (any constructor).
export const SQL_SNAPSHOTS = new Map<abstract new (...args: never[]) => unknown, SnapshotEntry[]>();

export function SqlSnapshot(...cases: Array<SqlSnapshotCase | unknown[]>) {
  return (target: object, method: string) => {
    const ctor = target.constructor as abstract new (...args: never[]) => unknown;
    const list = SQL_SNAPSHOTS.get(ctor) ?? [];
    list.push({ method, cases: (cases.length ? cases : [[]]).map((c) => (Array.isArray(c) ? { args: c } : c)) });
    SQL_SNAPSHOTS.set(ctor, list);
  };
}
