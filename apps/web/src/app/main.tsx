import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from '../i18n';
import '../styles.css';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// French and Spanish texts are fetched first when they are the reader's language (English is in this file).
void i18nReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

/**
 * Settles once nothing new has come over the line for `quietMs` (or after `maxMs` in any case). The `load` event
 * alone comes too early: the page's own code and data are fetched after it, and on a 50 kbit/s line the
 * service worker's download of every page (≈ 300 kB) would share the line with them for a minute.
 */
function lineQuiet(quietMs = 3000, maxMs = 60_000): Promise<void> {
  return new Promise((done) => {
    const started = performance.now();
    let seen = performance.getEntriesByType('resource').length;
    let quietSince = started;
    const timer = window.setInterval(() => {
      const now = performance.now();
      const count = performance.getEntriesByType('resource').length;
      if (count !== seen) {
        seen = count;
        quietSince = now;
      }
      if (now - quietSince >= quietMs || now - started >= maxMs) {
        window.clearInterval(timer);
        done();
      }
    }, 500);
  });
}

// The service worker (written by the build) keeps the shell and the pages' code for a poor or absent line.
// Registered once the page has loaded and the line has gone quiet, so it never competes with the first page.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    // Offline, registering would only fail to fetch the script (the browser logs it as an error); the worker
    // already installed goes on serving meanwhile, and the registration is made when the line returns.
    const register = (): void =>
      void lineQuiet().then(() => navigator.serviceWorker.register('/sw.js').catch(() => undefined));
    if (navigator.onLine) register();
    else window.addEventListener('online', register, { once: true });
  });
}
