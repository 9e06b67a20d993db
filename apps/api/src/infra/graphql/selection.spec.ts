import { buildSchema, execute, parse, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { selectedFieldNames } from './selection.js';

/**
 * Look-ahead over a resolver's selection set, as graphql-js hands it the info: fragments and inline fragments
 * followed, `path` walked, and the answer kept per field node of a parsed document (the same for each run of it).
 */
describe('selectedFieldNames', () => {
  const schema = buildSchema(`
    type Query { page: Page }
    type Page { total: Int nodes: [Row!]! }
    type Row { id: ID! name: String state: State }
    type State { iso3: ID! name: String }
  `);
  const seen: Array<{ top: ReadonlySet<string>; nodes: ReadonlySet<string>; state: ReadonlySet<string> }> = [];
  (schema.getType('Query') as GraphQLObjectType).getFields().page.resolve = (
    _root: unknown,
    _args: unknown,
    _ctx: unknown,
    info: GraphQLResolveInfo,
  ) => {
    seen.push({
      top: selectedFieldNames(info),
      nodes: selectedFieldNames(info, ['nodes']),
      state: selectedFieldNames(info, ['nodes', 'state']),
    });
    return { total: 0, nodes: [] };
  };
  const run = (document: ReturnType<typeof parse>) => {
    seen.length = 0;
    const result = execute({ schema, document });
    expect((result as { errors?: unknown }).errors).toBeUndefined();
    return seen.slice();
  };

  it('follows fragments and inline fragments down the path', () => {
    const [found] = run(
      parse(`{ page { total ...P } } fragment P on Page { nodes { id ... on Row { state { iso3 } } ...N } }
             fragment N on Row { name state { name } }`),
    );
    expect([...found.top].sort()).toEqual(['nodes', 'total']);
    expect([...found.nodes].sort()).toEqual(['id', 'name', 'state']);
    expect([...found.state].sort()).toEqual(['iso3', 'name']);
  });

  it('answers each run of the same parsed query from what it found the first time, and another query afresh', () => {
    const document = parse('{ page { nodes { id state { iso3 } } } }');
    const [first] = run(document);
    const [again] = run(document);
    expect(again.nodes).toBe(first.nodes);
    expect(again.state).toBe(first.state);
    const [other] = run(parse('{ page { total nodes { name } } }'));
    expect([...other.top].sort()).toEqual(['nodes', 'total']);
    expect([...other.nodes]).toEqual(['name']);
  });

  it('walks a field asked for twice under one name (two nodes) every time, with both selections', () => {
    const [found] = run(parse('{ page { total } page { nodes { id } } }'));
    expect([...found.top].sort()).toEqual(['nodes', 'total']);
    expect([...found.nodes]).toEqual(['id']);
  });
});
