import { prefetchOpenedPage } from './page-code';
import { startSessionCheck } from './session-check';

/**
 * The first script the page runs (a module of its own, `async`, about 2 kB): while the libraries are still on the
 * line it asks who is signed in and fetches the code of the page the address names. On a 400 ms / 50 kbit/s line
 * the session's answer and the page's code then share the line with the libraries instead of following them, in
 * a chain of round trips, once the libraries have arrived and run.
 */
startSessionCheck();
prefetchOpenedPage();
