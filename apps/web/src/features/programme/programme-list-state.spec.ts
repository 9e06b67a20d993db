import {
  EMPTY_PROGRAMME_FILTERS,
  programmeFromUrl,
  programmeReducer,
  programmeToQuery,
  toActivityFilter,
  type ProgrammeState,
} from './programme-list-state';

const start: ProgrammeState = { filters: EMPTY_PROGRAMME_FILTERS, cursors: [null], activityId: null };

describe('programme list state', () => {
  it('sends only the filters that are set', () => {
    expect(toActivityFilter(EMPTY_PROGRAMME_FILTERS)).toEqual({ phase: ['PROPOSED'] });
    expect(
      toActivityFilter({
        priorityAreaCode: 'C',
        status: 'FUNDED',
        section: ' IV.B ',
        search: ' workshop ',
        phase: 'ALL',
      }),
    ).toEqual({
      priorityAreaCode: ['C'],
      status: ['FUNDED'],
      section: 'IV.B',
      search: 'workshop',
    });
  });

  it('goes back to the first page on a new filter, keeps the open activity', () => {
    const paged = programmeReducer(programmeReducer(start, { type: 'open', id: 'a' }), { type: 'next', cursor: 'c1' });
    expect(paged.cursors).toEqual([null, 'c1']);
    const filtered = programmeReducer(paged, { type: 'filter', patch: { status: 'PROPOSED' } });
    expect(filtered.cursors).toEqual([null]);
    expect(filtered.activityId).toBe('a');
    expect(programmeReducer(start, { type: 'previous' })).toBe(start);
  });

  it('reads the address bar, ignoring what is not valid', () => {
    const id = 'b8df7dc9-4c07-4b7f-86bd-78b6a6541b3b';
    expect(programmeFromUrl(`?area=C&status=FUNDED&activity=${id}`)).toEqual({
      filters: { ...EMPTY_PROGRAMME_FILTERS, priorityAreaCode: 'C', status: 'FUNDED' },
      cursors: [null],
      activityId: id,
    });
    expect(programmeFromUrl('?area=CC&status=NOPE&activity=1')).toEqual(start);
    expect(programmeToQuery(programmeFromUrl(`?area=C&q=x`))).toEqual({
      area: 'C',
      status: '',
      section: '',
      q: 'x',
      phase: '',
      activity: null,
    });
  });

  it('shows the proposals by default, the current work or both when asked, and keeps it in the address bar', () => {
    expect(programmeFromUrl('?phase=current').filters.phase).toBe('CURRENT');
    expect(programmeFromUrl('?phase=all').filters.phase).toBe('ALL');
    expect(programmeFromUrl('?phase=nope').filters.phase).toBe('');
    expect(toActivityFilter({ ...EMPTY_PROGRAMME_FILTERS, phase: 'CURRENT' })).toEqual({ phase: ['CURRENT'] });
    expect(toActivityFilter({ ...EMPTY_PROGRAMME_FILTERS, phase: 'ALL' })).toEqual({});
    expect(programmeToQuery({ ...start, filters: { ...EMPTY_PROGRAMME_FILTERS, phase: 'ALL' } }).phase).toBe('all');
  });
});
