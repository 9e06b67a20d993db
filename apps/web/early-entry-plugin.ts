import { readFileSync } from 'node:fs';
import { formatDocument, stringifyDocument } from '@urql/core';
import type { DocumentNode } from 'graphql';
import type { OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { readDocuments } from './graphql-documents-plugin';

const SESSION_CHECK_ID = 'virtual:session-check';
const RESOLVED = `\0${SESSION_CHECK_ID}`;

/**
 * The body of the session check (`query Me`) as urql sends it — the generated document with the `__typename`
 * fields its document cache adds — so that the answer early.ts asks for can be handed to urql as its own.
 */
export function sessionCheckBody(generated: string): string {
  const me = readDocuments(generated).get('Me');
  if (!me) throw new Error('No generated document for query Me: run npm run codegen');
  const query = stringifyDocument(formatDocument(JSON.parse(me) as DocumentNode));
  return JSON.stringify({ operationName: 'Me', variables: {}, query });
}

/**
 * `src/app/early.ts` is an entry of its own, named first in the page's head as an `async` module: it starts the
 * session check and the download of the page the address names while the libraries are still on the line (see
 * early.ts). `virtual:session-check` is the session check's request body, made from the generated document.
 */
export function earlyEntry(generatedFile: string): Plugin {
  return {
    name: 'ta-early-entry',
    resolveId: (id) => (id === SESSION_CHECK_ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(generatedFile);
      return `export const SESSION_CHECK_BODY = ${JSON.stringify(sessionCheckBody(readFileSync(generatedFile, 'utf8')))};`;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return []; // the dev server: main.tsx's imports start everything
        const early = Object.values(ctx.bundle).find(
          (file): file is OutputChunk => file.type === 'chunk' && file.isEntry && file.name === 'early',
        );
        if (!early) throw new Error('The build has no `early` entry chunk (src/app/early.ts).');
        return [
          {
            tag: 'script',
            attrs: { type: 'module', async: true, crossorigin: true, src: `/${early.fileName}` },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}
