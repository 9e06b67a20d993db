import { bootApp, type TestApp } from '../../../../../test/support/app.js';
import { FILTERS, OPEN, ORDERS, SCOPED } from '../../../../../test/support/request-list-shapes.js';
import { builtSql, runKeysetQueriesRaw, type KeysetRaw } from '../../infra/database/keyset.js';
import type { AssistanceRequestFilter, AssistanceRequestOrder } from './dto/assistance-request.filter.js';
import { requestListQueries } from './requests.repository.js';

/**
 * A list's SQL is built once per shape and kept (`builtSql`, issue 12): whatever filters, order, cursor and page
 * size come, the kept text must be exactly what TypeORM builds for that query, and two shapes never share one.
 * Each shape is first built with other values (so the text comes from the cache), then compared with a fresh
 * build; on real PostgreSQL, the answers of a page read through the cache are those TypeORM's own `getRawMany`
 * reads.
 */

describe('the requests list SQL kept by its shape', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp({ demo: true });
  });
  afterAll(() => t.close());

  const queries = (filter: AssistanceRequestFilter, order: AssistanceRequestOrder, first: number, text = OPEN) =>
    requestListQueries(t.dataSource.manager, filter, order, first, null, text);

  it('is, for every filter, order and page size, the very text TypeORM builds', () => {
    let compared = 0;
    for (const [warm, asked] of FILTERS)
      for (const order of ORDERS)
        for (const first of [10, 50])
          for (const text of [OPEN, SCOPED]) {
            builtSql(queries(warm, order, first, text).page);
            const { page, count } = queries(asked, order, first, text);
            expect(builtSql(page)).toBe(queries(asked, order, first, text).page.getQuery());
            expect(builtSql(count)).toBe(queries(asked, order, first, text).count.getQuery());
            compared += 1;
          }
    expect(compared).toBe(FILTERS.length * ORDERS.length * 2 * 2);
  });

  it('never gives two shapes the same text, and keeps one text for any number of values', () => {
    const order = ORDERS[0];
    const oneState = builtSql(queries({ stateIso3: ['SEN'] }, order, 50).page);
    expect(builtSql(queries({ stateIso3: ['SEN', 'MLI', 'KEN'] }, order, 50).page)).toBe(oneState);
    const shapes = FILTERS.filter(([, asked]) => (asked.stateIso3?.length ?? 0) < 2);
    const texts = shapes.map(([, asked]) => builtSql(queries(asked, order, 50).page));
    expect(new Set(texts).size).toBe(texts.length);
    expect(builtSql(queries({}, order, 10).page)).not.toBe(builtSql(queries({}, order, 11).page));
  });

  it('builds every time what its shape cannot describe: a sub-query join, a lock option', () => {
    const joined = (area: string) =>
      t.dataSource.manager
        .createQueryBuilder()
        .select('r.id', 'id')
        .from('assistance_request', 'r')
        .leftJoin(
          (sub) => sub.select('pa.code', 'code').from('priority_area', 'pa').where(`pa.code = '${area}'`),
          'a',
          'a.code = r.priority_area_code',
        );
    expect(builtSql(joined('A'))).toBe(joined('A').getQuery());
    expect(builtSql(joined('B'))).toBe(joined('B').getQuery());
    expect(builtSql(joined('B'))).not.toBe(builtSql(joined('A')));
    const locked = (skip: boolean) => {
      const q = t.dataSource.manager.createQueryBuilder().select('r.id').from('assistance_request', 'r');
      return skip ? q.setLock('pessimistic_write').setOnLocked('skip_locked') : q.setLock('pessimistic_write');
    };
    expect(builtSql(locked(false))).toBe(locked(false).getQuery());
    expect(builtSql(locked(true))).toBe(locked(true).getQuery());
  });

  it('answers a page not asked for its total without one, and with no getter that throws (GraphQL reads it)', async () => {
    const uncounted = await runKeysetQueriesRaw(queries({}, ORDERS[0], 5), false, (row: KeysetRaw) => row.keyset_id);
    expect(uncounted.connection.nodes).toHaveLength(5);
    expect(Object.getOwnPropertyDescriptor(uncounted.connection, 'totalCount')).toBeUndefined();
    expect(() => JSON.stringify(uncounted.connection)).not.toThrow();
    const counted = await runKeysetQueriesRaw(queries({}, ORDERS[0], 5), true, (row: KeysetRaw) => row.keyset_id);
    expect(counted.connection.totalCount).toBeGreaterThan(5);
    expect(counted.connection.nodes).toEqual(uncounted.connection.nodes);
  });

  it('reads, through the kept text, the rows getRawMany reads', async () => {
    for (const [, asked] of FILTERS) {
      const { page } = queries(asked, ORDERS[0], 50);
      const [sql, parameters] = t.dataSource.driver.escapeQueryWithParameters(builtSql(page), page.getParameters());
      const kept = (await t.dataSource.query(sql, parameters)) as Array<{ keyset_id: string }>;
      const built = await queries(asked, ORDERS[0], 50).page.getRawMany<{ keyset_id: string }>();
      expect(kept.map((r) => r.keyset_id)).toEqual(built.map((r) => r.keyset_id));
    }
    const { page } = queries({ stateIso3: ['BOL'] }, ORDERS[0], 50);
    const [sql, parameters] = t.dataSource.driver.escapeQueryWithParameters(builtSql(page), page.getParameters());
    expect(((await t.dataSource.query(sql, parameters)) as unknown[]).length).toBeGreaterThan(0);
  });
});
