import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { earlyEntry } from './early-entry-plugin';
import { graphqlDocuments } from './graphql-documents-plugin';
import { offlineBuild } from './offline-build-plugin';
import { worldShapes } from './world-shapes-plugin';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** Where `vite` (dev server) sends GraphQL requests; the API listens on PORT 3000 by default. */
const apiUrl = process.env.API_URL ?? 'http://localhost:3000';

/**
 * The app is written against React's API and runs on Preact (`preact/compat`): the same components and hooks
 * (urql's, react-i18next's, react-chartjs-2) in ≈ 12 kB brotli instead of React DOM's ≈ 58 kB — on a
 * 50 kbit/s line that is eight seconds less before the first page. `WEB_RUNTIME=react` builds with React itself
 * (to compare, or to tell a Preact difference from an app bug); type-checking is against React's types either way.
 */
const preact = process.env.WEB_RUNTIME !== 'react';
const preactAliases = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
];

/** The generated GraphQL documents (npm run codegen). */
const generated = here('../../libs/graphql-types/src/graphql.ts');

export default defineConfig({
  root: here('.'),
  plugins: [graphqlDocuments(generated), worldShapes(), react(), earlyEntry(generated), offlineBuild()],
  resolve: {
    alias: [
      ...(preact ? preactAliases : []),
      { find: /^@ta\/domain$/, replacement: here('../../libs/domain/src/index.ts') },
      // `@ta/graphql-types` is the typed `graphql()` function; `@ta/graphql-types/graphql` the generated types.
      { find: /^@ta\/graphql-types$/, replacement: here('../../libs/graphql-types/src/index.ts') },
      { find: /^@ta\/graphql-types\/(.+)$/, replacement: `${here('../../libs/graphql-types/src/')}$1` },
    ],
  },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Field officers are often on slow links: warn well before the default 500 kB.
    chunkSizeWarningLimit: 250,
    rolldownOptions: {
      input: { index: here('index.html'), early: here('src/app/early.ts') },
      output: {
        // Libraries change less often than the app: separate chunks stay cached across deployments.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](preact|react|react-dom|scheduler)[\\/]/ },
            // urql and its stream library (wonka) and GraphQL printer (@0no-co/graphql.web).
            { name: 'urql', test: /node_modules[\\/](urql|@urql|wonka|@0no-co)[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/ },
            // Only the funding and experts pages draw charts: Chart.js loads with them, never on sign-in.
            { name: 'charts', test: /node_modules[\\/](chart\.js|react-chartjs-2|@kurkle)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
            // On a 400 ms line every file is a round trip and half a kilobyte of headers: the app's own code that
            // the first page needs is one file, and the small pieces the pages share (badges, fields, labels,
            // the rule kernel) another, rather than a dozen files of a few hundred bytes each.
            // What early.ts needs (which page an address names, each page's loader, the session check) stays out
            // of the shell, so
            // that the first script runs before the libraries and the shell have arrived.
            {
              name: 'early',
              test: /[\\/]apps[\\/]web[\\/]src[\\/]app[\\/](early|page-code|routes|session-check)\.ts$/,
            },
            { name: 'shell', test: /[\\/](apps[\\/]web|libs[\\/]domain)[\\/]src[\\/]/, tags: ['$initial'] },
            {
              name: 'shared',
              test: /[\\/](apps[\\/]web[\\/]src[\\/](components|features[\\/]reference|[\\w-]+\.tsx?$)|libs[\\/]domain[\\/]src[\\/])/,
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    proxy: { '/graphql': { target: apiUrl, changeOrigin: true } },
  },
  preview: {
    proxy: { '/graphql': { target: apiUrl, changeOrigin: true } },
  },
});
