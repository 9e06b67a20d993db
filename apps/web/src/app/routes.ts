/**
 * Which page an address names: pure, with no framework, so that the first script the browser runs (early.ts)
 * can start the page's download before the libraries have arrived. Pages keep their own filters in the query
 * string; the path says which page it is.
 */
export type Route =
  | { page: 'home' }
  | { page: 'dashboard' }
  | { page: 'requests' }
  | { page: 'programme' }
  | { page: 'workshops' }
  | { page: 'workshop'; id: string }
  | { page: 'experts' }
  | { page: 'authorities' }
  | { page: 'cooperation' }
  | { page: 'organisations' }
  | { page: 'state'; iso3: string }
  | { page: 'funding' }
  | { page: 'reports' }
  | { page: 'import' }
  | { page: 'notifications' }
  | { page: 'cycles' }
  | { page: 'legislation' }
  | { page: 'checklist'; cycleId: string; iso3: string }
  | { page: 'users' }
  | { page: 'password' }
  | { page: 'notFound' };

export type PageName = Exclude<Route['page'], 'home' | 'notFound'>;

const ID = /^[0-9a-f-]{36}$/i;

export function parseRoute(pathname: string): Route {
  const segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, ...rest] = segments;
  if (first === 'cycles' && ID.test(second ?? '') && rest.length === 1 && /^[A-Za-z]{3}$/.test(rest[0])) {
    return { page: 'checklist', cycleId: second, iso3: rest[0].toUpperCase() };
  }
  if (rest.length) return { page: 'notFound' };
  if (!first) return { page: 'home' };
  if (!second) {
    switch (first) {
      case 'dashboard':
      case 'requests':
      case 'programme':
      case 'workshops':
      case 'experts':
      case 'authorities':
      case 'cooperation':
      case 'organisations':
      case 'funding':
      case 'reports':
      case 'notifications':
      case 'cycles':
      case 'legislation':
      case 'users':
        return { page: first };
      default:
        return { page: 'notFound' };
    }
  }
  if (first === 'requests' && second === 'import') return { page: 'import' };
  if (first === 'account' && second === 'password') return { page: 'password' };
  if (first === 'workshops' && ID.test(second)) return { page: 'workshop', id: second };
  if (first === 'states' && /^[A-Za-z]{3}$/.test(second)) return { page: 'state', iso3: second.toUpperCase() };
  return { page: 'notFound' };
}
