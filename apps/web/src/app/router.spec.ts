import { parseRoute, pathOf, withQuery } from './router';

describe('parseRoute', () => {
  it('knows every page, and the ids they take', () => {
    expect(parseRoute('/')).toEqual({ page: 'home' });
    expect(parseRoute('/dashboard')).toEqual({ page: 'dashboard' });
    expect(parseRoute('/programme')).toEqual({ page: 'programme' });
    expect(parseRoute('/funding/')).toEqual({ page: 'funding' });
    expect(parseRoute('/workshops/3be5a3c5-33b2-4809-b1d8-1b8564f4d0aa')).toEqual({
      page: 'workshop',
      id: '3be5a3c5-33b2-4809-b1d8-1b8564f4d0aa',
    });
    expect(parseRoute('/states/mli')).toEqual({ page: 'state', iso3: 'MLI' });
    expect(parseRoute('/reports')).toEqual({ page: 'reports' });
    expect(parseRoute('/requests/import')).toEqual({ page: 'import' });
    expect(parseRoute('/cycles')).toEqual({ page: 'cycles' });
    expect(parseRoute('/legislation')).toEqual({ page: 'legislation' });
    expect(parseRoute('/users')).toEqual({ page: 'users' });
    expect(parseRoute('/account/password')).toEqual({ page: 'password' });
    expect(parseRoute('/cycles/3be5a3c5-33b2-4809-b1d8-1b8564f4d0aa/gha')).toEqual({
      page: 'checklist',
      cycleId: '3be5a3c5-33b2-4809-b1d8-1b8564f4d0aa',
      iso3: 'GHA',
    });
  });

  it('answers notFound for anything else', () => {
    expect(parseRoute('/nope')).toEqual({ page: 'notFound' });
    expect(parseRoute('/workshops/not-an-id')).toEqual({ page: 'notFound' });
    expect(parseRoute('/states/MALI')).toEqual({ page: 'notFound' });
    expect(parseRoute('/funding/a/b')).toEqual({ page: 'notFound' });
    expect(parseRoute('/requests/other')).toEqual({ page: 'notFound' });
    expect(parseRoute('/cycles/not-an-id/GHA')).toEqual({ page: 'notFound' });
    expect(parseRoute('/cycles/3be5a3c5-33b2-4809-b1d8-1b8564f4d0aa/GHA/x')).toEqual({ page: 'notFound' });
  });

  it('round-trips with pathOf', () => {
    for (const path of [
      '/requests',
      '/requests/import',
      '/account/password',
      '/reports',
      '/experts',
      '/states/SEN',
      '/cycles',
      '/cycles/3be5a3c5-33b2-4809-b1d8-1b8564f4d0aa/GHA',
      '/workshops/3be5a3c5-33b2-4809-b1d8-1b8564f4d0aa',
    ]) {
      expect(pathOf(parseRoute(path))).toBe(path);
    }
  });
});

describe('withQuery', () => {
  it('leaves out empty parameters', () => {
    expect(withQuery('/requests', { workshop: 'w1', state: '', q: null })).toBe('/requests?workshop=w1');
    expect(withQuery('/funding', {})).toBe('/funding');
  });
});
