import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { bootApp, type TestApp } from '../../../test/support/app.js';

const file = resolve(import.meta.dirname, '../schema.graphql');

/**
 * apps/api/schema.graphql is what the web client's types and users' tools are generated from: it must be
 * the schema the API serves. `npm run schema` rewrites it.
 */
describe('the committed GraphQL schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp();
  });
  afterAll(() => t.close());

  it('is the schema the API serves (run `npm run schema` after changing the API)', () => {
    const printed = `${printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema))}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, printed);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(printed);
  });

  it('keeps the names of the contract', () => {
    const sdl = readFileSync(file, 'utf8');
    for (const name of [
      'states(filter: StateFilter): [State!]!',
      'state(iso3: String!): State',
      'instruments: [Instrument!]!',
      'priorityAreas: [PriorityArea!]!',
      'fieldOffices: [FieldOffice!]!',
      'assistanceRequests(after: String, filter: AssistanceRequestFilter, first: Int = 50, orderBy: AssistanceRequestOrder): AssistanceRequestConnection!',
      'assistanceRequest(id: ID!): AssistanceRequest',
      'logAssistanceRequest(input: LogAssistanceRequestInput!): AssistanceRequest!',
      'transitionAssistanceRequest(expectedVersion: Int!, id: ID!, reason: String, to: RequestStatus!): AssistanceRequest!',
      'name(lang: Language = EN): String!',
      'duplicates: [AssistanceRequest!]!',
      'history: [StatusChange!]!',
      'enum AssistanceKind {',
      'enum RequestStatus {',
      'type PageInfo {',
      'scalar Date',
    ]) {
      expect(sdl).toContain(name);
    }
  });
});
