import { useSyncExternalStore } from 'react';
/**
 * A small history router: the server answers index.html for any page address, the browser keeps the rest.
 * Which page an address names is routes.ts's.
 */
import { parseRoute, type PageName, type Route } from './routes';

export { parseRoute, type PageName, type Route };

/** The address of a page (its query string, if any, is the page's own). */
export function pathOf(route: Route): string {
  switch (route.page) {
    case 'home':
    case 'notFound':
      return '/';
    case 'workshop':
      return `/workshops/${encodeURIComponent(route.id)}`;
    case 'state':
      return `/states/${encodeURIComponent(route.iso3)}`;
    case 'import':
      return '/requests/import';
    case 'password':
      return '/account/password';
    case 'checklist':
      return `/cycles/${encodeURIComponent(route.cycleId)}/${encodeURIComponent(route.iso3)}`;
    default:
      return `/${route.page}`;
  }
}

/** `path` with these query parameters (empty values left out). */
export function withQuery(path: string, params: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export interface Location {
  pathname: string;
  search: string;
  /** Changes on every navigation (not on a page rewriting its own query string): pages remount on it. */
  key: number;
}

const NAVIGATE = 'ta:navigate';
let snapshot: Location = { pathname: '/', search: '', key: 0 };

function read(): Location {
  return { pathname: window.location.pathname, search: window.location.search, key: snapshot.key + 1 };
}

function subscribe(onChange: () => void): () => void {
  const handler = (): void => {
    snapshot = read();
    onChange();
  };
  window.addEventListener('popstate', handler);
  window.addEventListener(NAVIGATE, handler);
  return () => {
    window.removeEventListener('popstate', handler);
    window.removeEventListener(NAVIGATE, handler);
  };
}

export function useLocation(): Location {
  return useSyncExternalStore(subscribe, () => {
    if (snapshot.key === 0) snapshot = read();
    return snapshot;
  });
}

/** Goes to an address of this client without reloading. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE));
  if (!options.replace) window.scrollTo?.(0, 0);
}

/** Changes the current page's query string without a new history entry or a remount. */
export function replaceQuery(params: Record<string, string | null | undefined>): void {
  const to = withQuery(window.location.pathname, params);
  if (to !== `${window.location.pathname}${window.location.search}`)
    window.history.replaceState(window.history.state, '', to);
}
