/**
 * The generated types are committed: this fails when they no longer match what GraphQL Code Generator makes
 * from apps/api/schema.graphql and the web client's operations (apps/web/src/graphql/), i.e. when someone
 * changed either and forgot `npm run codegen`. Runs the generator in memory, with the config of codegen.ts.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { preset as clientPreset } from '@graphql-codegen/client-preset';
import config from '../../codegen.js';

const root = resolve(import.meta.dirname, '../..');

/**
 * The same config, with the `client` preset passed as the module itself: the generator would otherwise load
 * it through `require`, which cannot load its ES-module dependencies inside Jest's module system.
 */
function inMemoryConfig(): typeof config {
  const generates = Object.fromEntries(
    Object.entries(config.generates).map(([target, output]) => {
      if (Array.isArray(output) || typeof output !== 'object' || output.preset !== 'client') {
        throw new Error(`codegen.ts: ${target} does not use the client preset; teach codegen.spec.ts about it`);
      }
      return [target, { ...output, preset: clientPreset }];
    }),
  );
  return { ...config, generates, cwd: root, silent: true, verbose: false } as typeof config;
}

describe('libs/graphql-types', () => {
  it('matches what `npm run codegen` generates', async () => {
    const files = await generate(inMemoryConfig(), false);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const path = resolve(root, file.filename);
      let committed = '';
      try {
        committed = readFileSync(path, 'utf8');
      } catch {
        throw new Error(`${file.filename} is missing: run npm run codegen`);
      }
      if (committed !== file.content) {
        throw new Error(`${join(file.filename)} is stale: run npm run codegen`);
      }
    }
    // The suite's timeout (2 min), not 15 s: generating takes seconds, several times that on a loaded machine.
  });
});
