import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;
const NAME = /^\s*(?:(?:query|mutation|subscription)\s+([A-Za-z_]\w*)|fragment\s+([A-Za-z_]\w*)\s+on\b)/;
const IMPORT = /^import\s*\{\s*graphql\s*\}\s*from\s*'@ta\/graphql-types';[ \t]*\n?/m;
const GENERATED = /^export const (\w+?)(Document|FragmentDoc) = (\{.*\}) as unknown as DocumentNode<.*$/gm;

/** How a fragment is keyed among the documents (operations by their bare name). */
export const fragmentKey = (name: string): string => `fragment ${name}`;

/**
 * The generated documents (libs/graphql-types/src/graphql.ts): operation name → its AST as JSON text, and
 * `fragment <Name>` → the fragment's AST.
 */
export function readDocuments(generated: string): Map<string, string> {
  return new Map(
    [...generated.matchAll(GENERATED)].map((m) => [
      m[2] === 'FragmentDoc' ? fragmentKey(m[1] ?? '') : (m[1] ?? ''),
      m[3] ?? '',
    ]),
  );
}

/**
 * `graphql(\`query Me …\`)` → the generated AST of `Me` (with the fragments it spreads), inlined where it is
 * used; `graphql(\`fragment StateName on State …\`)` → the fragment's AST. What the client preset's
 * Babel/SWC plugin does: without it, the `graphql()` function carries every operation of every page (the
 * documents map of gql.ts), so the sign-in page would download the funding page's operations. Types are
 * unchanged: TypeScript still sees the typed `graphql()` overloads. Answers null when there is nothing to do.
 */
export function rewriteGraphqlCalls(code: string, documents: ReadonlyMap<string, string>): string | null {
  if (!IMPORT.test(code)) return null;
  let count = 0;
  const rewritten = code.replace(CALL, (call, source: string) => {
    const match = NAME.exec(source);
    const name = match?.[1] ?? match?.[2];
    if (!match || !name) return call; // anonymous operations keep the runtime function
    const ast = documents.get(match[1] ? name : fragmentKey(name));
    if (!ast)
      throw new Error(`No generated document for ${match[1] ? 'operation' : 'fragment'} ${name}: run npm run codegen`);
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
