import { jest } from '@jest/globals';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';
import { FILTERS, OPEN, ORDERS, SCOPED } from '../../../../../test/support/request-list-shapes.js';
import { encodeCursor } from '../../infra/graphql/pagination.js';
import type { RequestPageIncludes } from './request-list.query.js';
import { RequestsRepository, type RequestPage } from './requests.repository.js';

/**
 * A page of requests runs, after its shape's first page, a statement compiled once (`listPlan`, issue 12): no
 * query builder, the values bound from the plan. Whatever the filter, order, cursor, page size and inclusions,
 * that must send PostgreSQL the very text and values the query builder sends, and answer the same page.
 */

const INCLUDES: RequestPageIncludes[] = [
  { totalCount: true, state: true, priorityArea: true },
  { totalCount: false, state: false, priorityArea: false, history: true },
  {
    totalCount: true,
    state: true,
    priorityArea: false,
    columns: { request: ['id', 'kind', 'stateIso3'], state: ['iso3', 'nameEn'], priorityArea: null },
  },
];

describe('a page of requests through its compiled statement', () => {
  let t: TestApp;
  let repo: RequestsRepository;
  let sent: Array<[string, unknown[] | undefined]>;
  beforeAll(async () => {
    t = await bootApp({ demo: true });
    repo = t.app.get(RequestsRepository);
    const logger = t.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    sent = [];
    logger.logQuery = (query: string, parameters?: unknown[], ...rest) => {
      sent.push([query, parameters]);
      return original(query, parameters, ...rest);
    };
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  /** Lists, and answers what it sent (one statement expected) and whether it made a query builder. */
  const list = async (...args: Parameters<RequestsRepository['list']>) => {
    const builders = jest.spyOn(t.dataSource, 'createQueryBuilder');
    sent.length = 0;
    const page = await repo.list(...args);
    const made = builders.mock.calls.length;
    builders.mockRestore();
    return { page, statements: [...sent], builders: made };
  };
  const plain = (p: RequestPage) => JSON.parse(JSON.stringify({ ...p, histories: [...p.histories] })) as unknown;

  it('sends the text and values the query builder sends, and answers the same page, for every shape', async () => {
    let compared = 0;
    for (const [warm, asked] of FILTERS)
      for (const order of ORDERS)
        for (const include of INCLUDES)
          for (const text of [OPEN, SCOPED])
            for (const first of [5, 50]) {
              await list(warm, order, first, null, text, include);
              const fromPlan = await list(asked, order, first, null, text, include);
              // The same with a fresh repository (nothing compiled): the query builder's statement.
              const fresh = new RequestsRepository(t.dataSource);
              const builders = jest.spyOn(t.dataSource, 'createQueryBuilder');
              sent.length = 0;
              const built = await fresh.list(asked, order, first, null, text, include);
              expect(builders.mock.calls.length).toBeGreaterThan(0);
              builders.mockRestore();
              expect({ asked, order, include, builders: fromPlan.builders }).toEqual({
                asked,
                order,
                include,
                builders: fromPlan.page.page.nodes.length === 0 && include.totalCount ? expect.any(Number) : 0,
              });
              expect(fromPlan.statements[0]).toEqual(sent[0]);
              expect(plain(fromPlan.page)).toEqual(plain(built));
              compared += 1;
            }
    expect(compared).toBe(FILTERS.length * ORDERS.length * INCLUDES.length * 2 * 2);
  });

  it('pages on by cursor through the compiled statement, and refuses a cursor of another ordering', async () => {
    const order = ORDERS[0];
    const include: RequestPageIncludes = { totalCount: true, state: false, priorityArea: false };
    const all = await repo.list({}, order, 200, null, OPEN, include);
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i += 1) {
      const { page, builders } = await list({}, order, 3, after, OPEN, include);
      if (i >= 2) expect(builders).toBe(0);
      ids.push(...page.page.nodes.map((n) => n.id));
      expect(page.page.totalCount).toBe(all.page.totalCount);
      if (!page.page.pageInfo?.hasNextPage) break;
      after = page.page.pageInfo.endCursor;
    }
    expect(ids).toEqual(all.page.nodes.map((n) => n.id).slice(0, ids.length));
    expect(ids.length).toBe(Math.min(all.page.totalCount!, 200));
    await expect(list({}, order, 3, encodeCursor(['not a date', 'x']), OPEN, include)).rejects.toThrow(
      'does not belong to this ordering',
    );
  });

  it('answers the total of an empty page (past the end) from the count, not 0', async () => {
    const order = ORDERS[0];
    const include: RequestPageIncludes = { totalCount: true, state: false, priorityArea: false };
    const past = encodeCursor(['1900-01-01', '00000000-0000-4000-8000-000000000000']);
    await list({ kind: ['TRAINING'] }, order, 7, past, OPEN, include);
    const { page } = await list({ kind: ['TRAINING'] }, order, 7, past, OPEN, include);
    expect(page.page.nodes).toEqual([]);
    const total = await repo.list({ kind: ['TRAINING'] }, order, 7, null, OPEN, include);
    expect(page.page.totalCount).toBe(total.page.totalCount);
    expect(total.page.totalCount).toBeGreaterThan(0);
  });
});
