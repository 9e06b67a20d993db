import { bootApp, type TestApp } from '../../../../../test/support/app.js';

/**
 * A page of requests fetches only the columns its query reads (issue 12: look-ahead on the selection set), and
 * answers every field exactly as a page that fetched every column: each field asked on its own is compared with
 * the same field asked among all of them, as a reader with confidential requests outside their scope too.
 */
const EVERY_FIELD = `id kind topics status receivedOn channel confidential description sourceParagraph
  illustrativeNote loggedBy mergedIntoId version createdAt updatedAt workshopId allowedMoves
  state { iso3 m49 name region subregion name_fr: name(lang: FR) }
  priorityArea { code title chapter title_es: title(lang: ES) subAreas { code } }
  instruments { code } fieldOffice { code } history { from to at by reason mergedFromId } duplicates { id }`;

describe('a page of requests fetches the columns it is asked for', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootApp({ demo: true });
    // Some requests confidential, in States of the Bangkok office and elsewhere: their text is the policy's to hide.
    // Every other one of the page's 40 (the newest), in States in and out of the Bangkok office's scope.
    await t.dataSource.query(
      `UPDATE assistance_request SET confidential = true
        WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER (ORDER BY received_on DESC, id DESC) AS n
                                       FROM assistance_request) numbered
                      WHERE n <= 40 AND n % 2 = 0)`,
    );
    await t.dataSource.query(
      `UPDATE request_status_change SET reason = 'A reason of the State'
        WHERE request_id IN (SELECT id FROM assistance_request WHERE confidential)`,
    );
  });
  afterAll(() => t.close());

  const page = (who: 'secretariat' | 'bangkok', nodes: string) =>
    t.as(who)(`{ assistanceRequests(first: 40) { nodes { ${nodes} } } }`);

  it('selects only the asked columns of the request, its State and its priority area', async () => {
    const { result, sql } = await t.captureQueries(() =>
      page('secretariat', 'id kind state { name } priorityArea { code }'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.assistanceRequests.nodes.length).toBe(40);
    const statement = sql.find((s) => /FROM "assistance_request"/.test(s) && /LIMIT/.test(s));
    expect(statement).toBeDefined();
    const selectList = statement!.slice(0, statement!.indexOf(' FROM '));
    expect(selectList).toMatch(/"r"\."kind"/);
    // The State's name in English only: `name` asks for no other language.
    expect(selectList).toMatch(/"rs"\."name_en"/);
    // The joined State's and area's keys are the request's own columns, not fetched twice.
    expect(selectList).toMatch(/"r"\."priority_area_code"/);
    expect(selectList).not.toMatch(/"rp"\."code"/);
    expect(selectList).not.toMatch(/"rs"\."iso3"/);
    for (const unread of [
      'description',
      'topics',
      'created_at',
      'region',
      'title_en',
      'chapter',
      'name_fr',
      'name_es',
    ]) {
      expect(selectList).not.toMatch(new RegExp(`"${unread}"`));
    }
  });

  it('fetches a name and a title only in the languages asked, by literal, alias or variable', async () => {
    const cases: Array<{ nodes: string; variables?: Record<string, unknown>; state: string[]; area: string[] }> = [
      { nodes: 'state { name } priorityArea { title }', state: ['en'], area: ['en'] },
      { nodes: 'state { name(lang: FR) } priorityArea { title(lang: ES) }', state: ['fr'], area: ['es'] },
      {
        nodes: 'state { name en: name(lang: EN) es: name(lang: ES) } priorityArea { code }',
        state: ['en', 'es'],
        area: [],
      },
      {
        nodes: 'state { name(lang: $lang) } priorityArea { title(lang: $lang) }',
        variables: { lang: 'FR' },
        state: ['fr'],
        area: ['fr'],
      },
      {
        nodes: 'state { name(lang: $lang) } priorityArea { title(lang: $lang) }',
        variables: { lang: null },
        state: ['en'],
        area: ['en'],
      },
      {
        nodes: 'state { name(lang: $lang) } priorityArea { title(lang: $lang) }',
        variables: {},
        state: ['en'],
        area: ['en'],
      },
    ];
    const every = await t.as('secretariat')(
      `{ assistanceRequests(first: 40) { nodes { state { en: name(lang: EN) fr: name(lang: FR) es: name(lang: ES) }
         priorityArea { en: title(lang: EN) fr: title(lang: FR) es: title(lang: ES) } } } }`,
    );
    expect(every.errors).toBeUndefined();
    const rows = every.data!.assistanceRequests.nodes as Array<
      Record<'state' | 'priorityArea', Record<string, string>>
    >;
    for (const c of cases) {
      const query = `query($lang: Language) { assistanceRequests(first: 40) { nodes { ${c.nodes} } } }`;
      const { result, sql } = await t.captureQueries(() =>
        t.as('secretariat')(c.nodes.includes('$lang') ? query : query.replace('($lang: Language)', ''), c.variables),
      );
      expect(result.errors).toBeUndefined();
      const statement = sql.find((s) => /FROM "assistance_request"/.test(s) && /LIMIT/.test(s))!;
      const selectList = statement.slice(0, statement.indexOf(' FROM '));
      for (const lang of ['en', 'fr', 'es']) {
        expect([c.nodes, lang, new RegExp(`"rs"\\."name_${lang}"`).test(selectList)]).toEqual([
          c.nodes,
          lang,
          c.state.includes(lang),
        ]);
        expect([c.nodes, lang, new RegExp(`"rp"\\."title_${lang}"`).test(selectList)]).toEqual([
          c.nodes,
          lang,
          c.area.includes(lang),
        ]);
      }
      // Each name answers in its language as when every language is asked.
      const nodes = result.data!.assistanceRequests.nodes as Array<Record<string, Record<string, string>>>;
      const lang = c.state[0];
      nodes.forEach((node, i) => {
        expect(node.state.name ?? node.state.en).toBe(rows[i].state[c.nodes.includes('name en:') ? 'en' : lang]);
        if (node.state.es !== undefined) expect(node.state.es).toBe(rows[i].state.es);
        if (node.priorityArea.title !== undefined)
          expect(node.priorityArea.title).toBe(rows[i].priorityArea[c.area[0]]);
      });
    }
  });

  it('fetches the rows’ cursors and one row more only when pageInfo is asked, and pages the same rows', async () => {
    const pageOf = (fields: string, after: string | null) =>
      t.captureQueries(() =>
        t.as('secretariat')(`query($a: String) { assistanceRequests(first: 7, after: $a) { ${fields} } }`, {
          a: after,
        }),
      );
    const statementOf = (sql: string[]) => sql.find((s) => /FROM "assistance_request"/.test(s) && /LIMIT/.test(s))!;
    // Without pageInfo: the rows asked for, no cursor column, no extra row.
    const bare = await pageOf('nodes { id }', null);
    expect(bare.result.errors).toBeUndefined();
    expect(statementOf(bare.sql)).not.toMatch(/keyset_sort_key|keyset_id/);
    expect(statementOf(bare.sql)).toMatch(/LIMIT 7\b/);
    // With it: the cursors and the extra row (whether a next page exists).
    const paged = await pageOf('pageInfo { hasNextPage endCursor } nodes { id }', null);
    expect(paged.result.errors).toBeUndefined();
    expect(statementOf(paged.sql)).toMatch(/keyset_sort_key/);
    expect(statementOf(paged.sql)).toMatch(/LIMIT 8\b/);
    const ids = (r: typeof bare.result) => r.data!.assistanceRequests.nodes.map((n: { id: string }) => n.id);
    expect(ids(bare.result)).toHaveLength(7);
    expect(ids(bare.result)).toEqual(ids(paged.result));
    // The next page after the cursor, asked without pageInfo, is the list's next seven rows.
    const { pageInfo } = paged.result.data!.assistanceRequests;
    expect(pageInfo.hasNextPage).toBe(true);
    const next = await pageOf('nodes { id }', pageInfo.endCursor);
    const fourteen = await t.as('secretariat')(`{ assistanceRequests(first: 14) { nodes { id } } }`);
    expect([...ids(bare.result), ...ids(next.result)]).toEqual(ids(fourteen));
  });

  it('fetches every column when a field has no declared reads (a field of another module)', async () => {
    const { result, sql } = await t.captureQueries(() => page('secretariat', 'id legislation { title }'));
    expect(result.errors).toBeUndefined();
    const statement = sql.find((s) => /FROM "assistance_request"/.test(s) && /LIMIT/.test(s))!;
    expect(statement.slice(0, statement.indexOf(' FROM '))).toMatch(/"r"\."description"/);
  });

  it.each(['secretariat', 'bangkok'] as const)(
    'answers a page’s histories (in its own statement) as each request answers its own (as %s)',
    async (who) => {
      const history = 'history { from to at by reason mergedFromId }';
      const { result, sql } = await t.captureQueries(() => page(who, `id confidential ${history}`));
      expect(result.errors).toBeUndefined();
      expect(sql.filter((s) => /FROM "?request_status_change/.test(s))).toHaveLength(1);
      const rows = result.data!.assistanceRequests.nodes as Array<{
        id: string;
        confidential: boolean;
        history: Array<{ reason: string | null }>;
      }>;
      expect(rows.some((r) => r.history.length > 1)).toBe(true);
      // The reasons of confidential requests outside the reader's scope are hidden, in the page as on their own.
      const hidden = rows.filter((r) => r.confidential && r.history.some((h) => h.reason === null)).length;
      if (who === 'bangkok') expect(hidden).toBeGreaterThan(0);
      else expect(hidden).toBe(0);
      for (const row of rows) {
        const one = await t.as(who)(`query($id: ID!) { assistanceRequest(id: $id) { ${history} } }`, { id: row.id });
        expect(one.data!.assistanceRequest.history).toEqual(row.history);
      }
    },
  );

  it.each(['secretariat', 'bangkok'] as const)(
    'builds each history of only the fields of an entry asked for, answering them as among all (as %s)',
    async (who) => {
      const every = ['from', 'to', 'at', 'by', 'reason', 'mergedFromId'];
      const all = await page(who, `id history { ${every.join(' ')} }`);
      expect(all.errors).toBeUndefined();
      const rows = all.data!.assistanceRequests.nodes as Array<{ history: Array<Record<string, unknown>> }>;
      expect(rows.some((r) => r.history.length > 1)).toBe(true);
      const pick = (entry: Record<string, unknown>, fields: string[]) =>
        Object.fromEntries(fields.map((f) => [f, entry[f]]));
      for (const fields of [['to', 'at', 'by'], ['reason'], ['at'], ['mergedFromId', 'from'], ['__typename']]) {
        const { result, sql } = await t.captureQueries(() => page(who, `id history { ${fields.join(' ')} }`));
        expect(result.errors).toBeUndefined();
        const statement = sql.find((s) => /request_status_change/.test(s))!;
        const built = statement.slice(statement.indexOf('json_build_object'), statement.indexOf('ORDER BY h.at'));
        for (const field of every) {
          if (fields.includes(field)) expect(built).toContain(`'${field}'`);
          else expect(built).not.toContain(`'${field}'`);
        }
        // Only a reason needs the request's confidentiality and State (the policy's text rule).
        const selectList = statement.slice(0, statement.indexOf(' FROM "assistance_request"'));
        for (const column of ['confidential', 'state_iso3']) {
          expect([fields.join(' '), column, selectList.includes(`"r"."${column}"`)]).toEqual([
            fields.join(' '),
            column,
            fields.includes('reason'),
          ]);
        }
        const answered = result.data!.assistanceRequests.nodes as Array<{ history: Array<Record<string, unknown>> }>;
        expect(answered.map((r) => r.history)).toEqual(
          rows.map((r) =>
            r.history.map((entry) =>
              fields[0] === '__typename' ? { __typename: 'StatusChange' } : pick(entry, fields),
            ),
          ),
        );
      }
    },
  );

  it.each(['secretariat', 'bangkok'] as const)(
    'answers each field alone as it answers it among all the others (as %s)',
    async (who) => {
      const all = await page(who, EVERY_FIELD);
      expect(all.errors).toBeUndefined();
      const rows = all.data!.assistanceRequests.nodes as Array<Record<string, unknown>>;
      expect(rows.length).toBe(40);
      const hidden = rows.filter((r) => r.confidential && r.description === null).length;
      if (who === 'bangkok') expect(hidden).toBeGreaterThan(0);
      else expect(hidden).toBe(0);
      // Each top-level field with its sub-selection: `kind`, `state { … }`, `priorityArea { … { … } }`.
      const selections = EVERY_FIELD.replace(/\s+/g, ' ').match(
        /\w+(?::\s*\w+\([^)]*\))?\s*\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|\w+/g,
      )!;
      for (const selection of selections) {
        const alone = await page(who, selection);
        expect(alone.errors).toBeUndefined();
        const name = /^\w+/.exec(selection)![0];
        expect(alone.data!.assistanceRequests.nodes.map((r: Record<string, unknown>) => r[name])).toEqual(
          rows.map((r) => r[name]),
        );
      }
    },
  );
});
