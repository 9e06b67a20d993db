import { ASSISTANCE_KINDS, REQUEST_STATUSES, TOPICS, type AssistanceKind, type RequestStatus } from '@ta/domain';
import type { AssistanceRequestFilter, AssistanceRequestOrder } from '@ta/graphql-types/graphql';
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { REGIONS, type Region } from '../reference/regions';

export const PAGE_SIZE = 25;

/** What the filter bar holds; '' means "any". */
export interface FilterValues {
  stateIso3: string;
  region: Region | '';
  kind: AssistanceKind | '';
  status: RequestStatus | '';
  priorityAreaCode: string;
  topic: string;
  receivedFrom: string;
  receivedTo: string;
  search: string;
  /** The requesting State's standing under an instrument: `party:UNTOC`, `notParty:TIP`, … */
  treaty: TreatyFilter | '';
  /** Follow-up requests raised at this workshop (set by a link from the workshop's page). */
  workshopId: string;
}

/** The instruments the list can be filtered by, party or not. */
export const TREATY_INSTRUMENTS = ['UNTOC', 'TIP', 'SOM', 'FIREARMS'] as const;
export type TreatyFilter = `${'party' | 'notParty'}:${(typeof TREATY_INSTRUMENTS)[number]}`;
export const TREATY_FILTERS: readonly TreatyFilter[] = TREATY_INSTRUMENTS.flatMap((code) => [
  `party:${code}` as const,
  `notParty:${code}` as const,
]);

export const EMPTY_FILTERS: FilterValues = {
  stateIso3: '',
  region: '',
  kind: '',
  status: '',
  priorityAreaCode: '',
  topic: '',
  receivedFrom: '',
  receivedTo: '',
  search: '',
  treaty: '',
  workshopId: '',
};

/** Columns the table can sort by, and the API's order field for each. */
export const SORTABLE = {
  receivedOn: 'RECEIVED_ON',
  state: 'STATE',
  status: 'STATUS',
  kind: 'KIND',
} as const satisfies Record<string, AssistanceRequestOrder['field']>;
export type SortColumn = keyof typeof SORTABLE;
export type SortDirection = AssistanceRequestOrder['direction'];

export interface Sort {
  column: SortColumn;
  direction: SortDirection;
}

export const DEFAULT_SORT: Sort = { column: 'receivedOn', direction: 'DESC' };

export interface ListState {
  filters: FilterValues;
  sort: Sort;
  /** `after` cursors of the pages before this one; the last is the current page's. */
  cursors: (string | null)[];
}

type Action =
  | { type: 'filter'; patch: Partial<FilterValues> }
  | { type: 'clearFilters' }
  | { type: 'sort'; column: SortColumn }
  | { type: 'next'; cursor: string }
  | { type: 'previous' }
  | { type: 'firstPage' };

const FIRST_PAGE: (string | null)[] = [null];

/** Exported for its spec. */
export function listReducer(state: ListState, action: Action): ListState {
  switch (action.type) {
    case 'filter':
      return { ...state, filters: { ...state.filters, ...action.patch }, cursors: FIRST_PAGE };
    case 'clearFilters':
      return { ...state, filters: EMPTY_FILTERS, cursors: FIRST_PAGE };
    case 'sort': {
      const same = state.sort.column === action.column;
      // A new column starts with the order a reader expects: newest dates first, names A to Z.
      const direction: SortDirection = same
        ? state.sort.direction === 'ASC'
          ? 'DESC'
          : 'ASC'
        : action.column === 'receivedOn'
          ? 'DESC'
          : 'ASC';
      return { ...state, sort: { column: action.column, direction }, cursors: FIRST_PAGE };
    }
    case 'next':
      return { ...state, cursors: [...state.cursors, action.cursor] };
    case 'previous':
      return state.cursors.length > 1 ? { ...state, cursors: state.cursors.slice(0, -1) } : state;
    case 'firstPage':
      return { ...state, cursors: FIRST_PAGE };
  }
}

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | '' =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : '';
const isoDate = (value: string | null): string => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '');

/** Filters and sort live in the address, so a planner can bookmark or share a view. */
export function fromUrl(search: string): ListState {
  const params = new URLSearchParams(search);
  const filters: FilterValues = {
    stateIso3: /^[A-Z]{3}$/.test(params.get('state') ?? '') ? (params.get('state') as string) : '',
    region: oneOf(REGIONS, params.get('region')),
    kind: oneOf(ASSISTANCE_KINDS, params.get('kind')),
    status: oneOf(REQUEST_STATUSES, params.get('status')),
    priorityAreaCode: (params.get('area') ?? '').slice(0, 10),
    topic: oneOf(TOPICS, params.get('topic')),
    receivedFrom: isoDate(params.get('from')),
    receivedTo: isoDate(params.get('to')),
    search: (params.get('q') ?? '').slice(0, 200),
    treaty: oneOf(TREATY_FILTERS, params.get('treaty')),
    workshopId: /^[0-9a-f-]{36}$/i.test(params.get('workshop') ?? '') ? (params.get('workshop') as string) : '',
  };
  const sortParam = params.get('sort') ?? '';
  const [column, direction] = sortParam.split('.');
  const sort: Sort =
    column && column in SORTABLE && (direction === 'ASC' || direction === 'DESC')
      ? { column: column as SortColumn, direction }
      : DEFAULT_SORT;
  return { filters, sort, cursors: FIRST_PAGE };
}

export function toUrl({ filters, sort }: ListState): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string): void => {
    if (value) params.set(key, value);
  };
  set('state', filters.stateIso3);
  set('region', filters.region);
  set('kind', filters.kind);
  set('status', filters.status);
  set('area', filters.priorityAreaCode);
  set('topic', filters.topic);
  set('from', filters.receivedFrom);
  set('to', filters.receivedTo);
  set('q', filters.search.trim());
  set('treaty', filters.treaty);
  set('workshop', filters.workshopId);
  if (sort.column !== DEFAULT_SORT.column || sort.direction !== DEFAULT_SORT.direction) {
    params.set('sort', `${sort.column}.${sort.direction}`);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The GraphQL filter for what the bar holds: only the fields that are set. */
export function toApiFilter(filters: FilterValues): AssistanceRequestFilter {
  const filter: AssistanceRequestFilter = {};
  if (filters.stateIso3) filter.stateIso3 = [filters.stateIso3];
  if (filters.region) filter.region = [filters.region];
  if (filters.kind) filter.kind = [filters.kind];
  if (filters.status) filter.status = [filters.status];
  if (filters.priorityAreaCode) filter.priorityAreaCode = [filters.priorityAreaCode];
  if (filters.topic) filter.topic = [filters.topic];
  if (filters.receivedFrom) filter.receivedFrom = filters.receivedFrom;
  if (filters.receivedTo) filter.receivedTo = filters.receivedTo;
  const search = filters.search.trim();
  if (search) filter.search = search;
  if (filters.workshopId) filter.workshopId = filters.workshopId;
  if (filters.treaty) {
    const [standing, code] = filters.treaty.split(':') as ['party' | 'notParty', string];
    if (standing === 'party') filter.partyTo = code;
    else filter.notPartyTo = code;
  }
  return filter;
}

export function isFiltered(filters: FilterValues): boolean {
  return Object.values(filters).some((value) => value.trim() !== '');
}

/** How many of the filter form's filters are set (the workshop has its own chip above the form). */
export function activeFilterCount(filters: FilterValues): number {
  return Object.entries(filters).filter(([key, value]) => key !== 'workshopId' && value.trim() !== '').length;
}

/** The requests list's filters, sort and page, kept in the address bar. */
export function useRequestListState() {
  const [state, dispatch] = useReducer(listReducer, window.location.search, fromUrl);

  useEffect(() => {
    const search = toUrl(state);
    if (search !== window.location.search) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
    }
  }, [state]);

  const variables = useMemo(
    () => ({
      filter: toApiFilter(state.filters),
      orderBy: { field: SORTABLE[state.sort.column], direction: state.sort.direction },
      first: PAGE_SIZE,
      after: state.cursors[state.cursors.length - 1] ?? null,
    }),
    [state],
  );

  return {
    filters: state.filters,
    sort: state.sort,
    page: state.cursors.length,
    variables,
    setFilter: useCallback((patch: Partial<FilterValues>) => dispatch({ type: 'filter', patch }), []),
    clearFilters: useCallback(() => dispatch({ type: 'clearFilters' }), []),
    sortBy: useCallback((column: SortColumn) => dispatch({ type: 'sort', column }), []),
    nextPage: useCallback((cursor: string) => dispatch({ type: 'next', cursor }), []),
    previousPage: useCallback(() => dispatch({ type: 'previous' }), []),
    firstPage: useCallback(() => dispatch({ type: 'firstPage' }), []),
  };
}
