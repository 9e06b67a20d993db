import { buildSchema, graphql, graphqlSync, type GraphQLSchema } from 'graphql';
import { answerPreloadedFields, directField, preload } from './preloaded.js';

// A schema shaped like a list page: rows whose fields have (slow, asynchronous) resolvers, as Nest declares them.
function schema(): { schema: GraphQLSchema; calls: string[] } {
  const calls: string[] = [];
  const built = buildSchema(`
    type Query { rows: [Row!]! }
    type Row { id: ID! name: String! area: Area! note: String }
    type Area { code: String! title(lang: String): String! }
  `);
  const row = built.getType('Row') as unknown as { getFields(): Record<string, { resolve?: unknown }> };
  const area = built.getType('Area') as unknown as { getFields(): Record<string, { resolve?: unknown }> };
  row.getFields().area.resolve = async (r: { areaCode: string }) => {
    calls.push(`area ${r.areaCode}`);
    return { code: r.areaCode };
  };
  row.getFields().note.resolve = async (r: { id: string }) => {
    calls.push(`note ${r.id}`);
    return `note of ${r.id}`;
  };
  area.getFields().title.resolve = async () => {
    calls.push('title (Nest)');
    return 'slow';
  };
  return { schema: built, calls };
}

describe('preloaded and direct fields (issue 12)', () => {
  it('answers preloaded values without calling the resolver, so a page of rows completes synchronously', () => {
    const { schema: s, calls } = schema();
    directField('Area', 'title', (a: { code: string }, args: { lang?: string | null }) => `${a.code}/${args.lang}`);
    answerPreloadedFields(s);
    const rows = [1, 2].map((i) =>
      preload({ id: String(i), name: `r${i}`, areaCode: 'I' }, { area: { code: 'I' }, note: null }),
    );
    // graphqlSync refuses any resolver that answers a promise: every field here was answered at once.
    const result = graphqlSync({
      schema: s,
      source: '{ rows { id name note area { code title(lang: "FR") } } }',
      rootValue: { rows },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      rows: [
        { id: '1', name: 'r1', note: null, area: { code: 'I', title: 'I/FR' } },
        { id: '2', name: 'r2', note: null, area: { code: 'I', title: 'I/FR' } },
      ],
    });
    expect(calls).toEqual([]);
  });

  it('falls back to the resolver for a field that was not preloaded, and keeps values out of the object', async () => {
    const { schema: s, calls } = schema();
    directField('Area', 'title', (a: { code: string }) => a.code);
    answerPreloadedFields(s);
    const row = preload({ id: '7', name: 'r7', areaCode: 'II' }, { note: 'given' });
    preload(row, { note: 'given again' });
    const result = await graphql({ schema: s, source: '{ rows { note area { code } } }', rootValue: { rows: [row] } });
    expect(result.data).toEqual({ rows: [{ note: 'given again', area: { code: 'II' } }] });
    expect(calls).toEqual(['area II']);
    expect(Object.keys(row)).toEqual(['id', 'name', 'areaCode']);
    expect(JSON.parse(JSON.stringify(row))).toEqual({ id: '7', name: 'r7', areaCode: 'II' });
  });

  it('leaves plain properties to graphql-js (no resolve), keeping every resolver of its own', () => {
    const { schema: s } = schema();
    const row = s.getType('Row') as unknown as { getFields(): Record<string, { resolve?: unknown }> };
    // What Nest gives a plain @Field property (its `createFieldResolver`, named so in @nestjs/graphql).
    const rootFieldResolver = (root: Record<string, unknown>) => root.name;
    row.getFields().name.resolve = rootFieldResolver;
    directField('Area', 'title', (a: { code: string }) => a.code);
    answerPreloadedFields(s);
    expect(row.getFields().name.resolve).toBeUndefined();
    expect(row.getFields().area.resolve).toBeInstanceOf(Function);
    const result = graphqlSync({ schema: s, source: '{ rows { name } }', rootValue: { rows: [{ name: 'r1' }] } });
    expect(result.data).toEqual({ rows: [{ name: 'r1' }] });
  });

  it('stops the start when a direct field is not in the schema (a misspelt declaration)', () => {
    const { schema: s } = schema();
    directField('Area', 'titel', () => 'x');
    expect(() => answerPreloadedFields(s)).toThrow('Direct fields not in the schema: Area.titel');
  });
});
