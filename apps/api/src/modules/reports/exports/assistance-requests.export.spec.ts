import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { ASSISTANCE_REQUEST_COLUMNS, ASSISTANCE_REQUEST_FIELDS_NOT_EXPORTED } from './assistance-requests.export.js';

const schema = buildSchema(readFileSync(join(import.meta.dirname, '../../../../schema.graphql'), 'utf8'));

describe('the requests CSV and the AssistanceRequest model (docs/architecture.md: adding a field)', () => {
  const fields = Object.keys((schema.getType('AssistanceRequest') as GraphQLObjectType).getFields()).sort();
  const exported = ASSISTANCE_REQUEST_COLUMNS.map((c) => c.field).filter((f): f is string => Boolean(f));

  it('exports every field of the model, or says why not: a new field is one line in the export file', () => {
    const unaccounted = fields.filter((f) => !exported.includes(f) && !(f in ASSISTANCE_REQUEST_FIELDS_NOT_EXPORTED));
    expect(unaccounted).toEqual([]);
  });

  it('names only fields the model has, each once, with one header per column', () => {
    const stale = [...exported, ...Object.keys(ASSISTANCE_REQUEST_FIELDS_NOT_EXPORTED)].filter(
      (f) => !fields.includes(f),
    );
    expect(stale).toEqual([]);
    expect(new Set(exported).size).toBe(exported.length);
    expect(exported.filter((f) => f in ASSISTANCE_REQUEST_FIELDS_NOT_EXPORTED)).toEqual([]);
    const headers = ASSISTANCE_REQUEST_COLUMNS.map((c) => c.header);
    expect(new Set(headers).size).toBe(headers.length);
  });
});
