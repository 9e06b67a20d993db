import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;
const NAME = /^\s*(?:query|mutation|subscription)\s+([A-Za-z_]\w*)/;
const IMPORT = /^import\s*\{\s*graphql\s*\}\s*from\s*'@ta\/graphql-types';[ \t]*\n?/m;
const GENERATED = /^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode<.*$/gm;

/** The generated documents (libs/graphql-types/src/graphql.ts): operation name → its AST as JSON text. */
export function readDocuments(generated: string): Map<string, string> {
  return new Map([...generated.matchAll(GENERATED)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

/**
 * `graphql(\`query Me …\`)` → the generated AST of `Me`, inlined where it is used. What the client preset's
 * Babel/SWC plugin does: without it, the `graphql()` function carries every operation of every page (the
 * documents map of gql.ts), so the sign-in page would download the funding page's operations. Types are
 * unchanged: TypeScript still sees the typed `graphql()` overloads. Answers null when there is nothing to do.
 */
export function rewriteGraphqlCalls(code: string, documents: ReadonlyMap<string, string>): string | null {
  if (!IMPORT.test(code)) return null;
  let count = 0;
  const rewritten = code.replace(CALL, (call, source: string) => {
    const name = NAME.exec(source)?.[1];
    if (!name) return call; // fragments and anonymous operations keep the runtime function
    const ast = documents.get(name);
    if (!ast) throw new Error(`No generated document for operation ${name}: run npm run codegen`);
    count += 1;
    return `(${ast})`;
  });
  if (count === 0) return null;
  CALL.lastIndex = 0;
  return CALL.test(rewritten) ? rewritten : rewritten.replace(IMPORT, '');
}

export function graphqlDocuments(generatedFile: string): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'ta-graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = readDocuments(readFileSync(generatedFile, 'utf8'));
      this.addWatchFile(generatedFile);
    },
    transform(code, id) {
      if (!/[\\/]apps[\\/]web[\\/]src[\\/].*\.tsx?$/.test(id) || id.includes('.spec.')) return null;
      const rewritten = rewriteGraphqlCalls(code, documents);
      return rewritten === null ? null : { code: rewritten, map: null };
    },
  };
}
