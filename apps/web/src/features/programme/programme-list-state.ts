import { ACTIVITY_STATUSES, type ActivityStatus } from '@ta/domain';
import type { ActivityFilter } from '@ta/graphql-types/graphql';
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { replaceQuery } from '../../app/router';

export const PROGRAMME_PAGE_SIZE = 25;

export interface ProgrammeFilters {
  priorityAreaCode: string;
  status: ActivityStatus | '';
  /** A heading of the source, e.g. "IV.B.5" or "IV.B". */
  section: string;
  search: string;
  /** '' = the proposals (what the programme page is about), CURRENT = the work under way in 2008, ALL = both. */
  phase: '' | 'CURRENT' | 'ALL';
}

export const EMPTY_PROGRAMME_FILTERS: ProgrammeFilters = {
  priorityAreaCode: '',
  status: '',
  section: '',
  search: '',
  phase: '',
};

/** The phase filter's values in the address bar. */
const PHASE_PARAMS: Record<string, ProgrammeFilters['phase']> = { current: 'CURRENT', all: 'ALL' };

export interface ProgrammeState {
  filters: ProgrammeFilters;
  cursors: (string | null)[];
  /** The activity whose details are open. */
  activityId: string | null;
}

type Action =
  | { type: 'filter'; patch: Partial<ProgrammeFilters> }
  | { type: 'clear' }
  | { type: 'next'; cursor: string }
  | { type: 'previous' }
  | { type: 'open'; id: string | null };

const FIRST: (string | null)[] = [null];

export function programmeReducer(state: ProgrammeState, action: Action): ProgrammeState {
  switch (action.type) {
    case 'filter':
      return { ...state, filters: { ...state.filters, ...action.patch }, cursors: FIRST };
    case 'clear':
      return { ...state, filters: EMPTY_PROGRAMME_FILTERS, cursors: FIRST };
    case 'next':
      return { ...state, cursors: [...state.cursors, action.cursor] };
    case 'previous':
      return state.cursors.length > 1 ? { ...state, cursors: state.cursors.slice(0, -1) } : state;
    case 'open':
      return { ...state, activityId: action.id };
  }
}

const ID = /^[0-9a-f-]{36}$/i;

export function programmeFromUrl(search: string): ProgrammeState {
  const params = new URLSearchParams(search);
  const status = params.get('status') ?? '';
  return {
    filters: {
      priorityAreaCode: /^[A-Z]$/.test(params.get('area') ?? '') ? (params.get('area') as string) : '',
      status: (ACTIVITY_STATUSES as readonly string[]).includes(status) ? (status as ActivityStatus) : '',
      section: (params.get('section') ?? '').slice(0, 20),
      search: (params.get('q') ?? '').slice(0, 200),
      phase: PHASE_PARAMS[params.get('phase') ?? ''] ?? '',
    },
    cursors: FIRST,
    activityId: ID.test(params.get('activity') ?? '') ? params.get('activity') : null,
  };
}

export function programmeToQuery({ filters, activityId }: ProgrammeState): Record<string, string | null> {
  return {
    area: filters.priorityAreaCode,
    status: filters.status,
    section: filters.section.trim(),
    q: filters.search.trim(),
    phase: filters.phase.toLowerCase(),
    activity: activityId,
  };
}

export function toActivityFilter(filters: ProgrammeFilters): ActivityFilter {
  const filter: ActivityFilter = {};
  if (filters.phase !== 'ALL') filter.phase = [filters.phase === 'CURRENT' ? 'CURRENT' : 'PROPOSED'];
  if (filters.priorityAreaCode) filter.priorityAreaCode = [filters.priorityAreaCode];
  if (filters.status) filter.status = [filters.status];
  const section = filters.section.trim();
  if (section) filter.section = section;
  const search = filters.search.trim();
  if (search) filter.search = search;
  return filter;
}

/** The grid's filters, page and open activity, kept in the address bar. */
export function useProgrammeState() {
  const [state, dispatch] = useReducer(programmeReducer, window.location.search, programmeFromUrl);
  useEffect(() => replaceQuery(programmeToQuery(state)), [state]);
  const variables = useMemo(
    () => ({
      filter: toActivityFilter(state.filters),
      first: PROGRAMME_PAGE_SIZE,
      after: state.cursors[state.cursors.length - 1] ?? null,
    }),
    [state.filters, state.cursors],
  );
  return {
    filters: state.filters,
    page: state.cursors.length,
    activityId: state.activityId,
    variables,
    setFilter: useCallback((patch: Partial<ProgrammeFilters>) => dispatch({ type: 'filter', patch }), []),
    clear: useCallback(() => dispatch({ type: 'clear' }), []),
    nextPage: useCallback((cursor: string) => dispatch({ type: 'next', cursor }), []),
    previousPage: useCallback(() => dispatch({ type: 'previous' }), []),
    open: useCallback((id: string | null) => dispatch({ type: 'open', id }), []),
  };
}
