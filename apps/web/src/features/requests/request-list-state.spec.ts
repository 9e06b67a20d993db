import {
  activeFilterCount,
  EMPTY_FILTERS,
  fromUrl,
  listReducer,
  toApiFilter,
  toUrl,
  type ListState,
} from './request-list-state';

const start: ListState = { filters: EMPTY_FILTERS, sort: { column: 'receivedOn', direction: 'DESC' }, cursors: [null] };

describe('toApiFilter', () => {
  it('sends only the filters that are set, as the API expects them', () => {
    expect(toApiFilter(EMPTY_FILTERS)).toEqual({});
    expect(
      toApiFilter({
        ...EMPTY_FILTERS,
        kind: 'REPORTING_OBLIGATIONS',
        region: 'Africa',
        search: '  cyber ',
        receivedTo: '2008-12-31',
      }),
    ).toEqual({ kind: ['REPORTING_OBLIGATIONS'], region: ['Africa'], search: 'cyber', receivedTo: '2008-12-31' });
  });
});

describe('activeFilterCount', () => {
  it("counts the form's filters that are set, blank search and the workshop chip left out", () => {
    expect(activeFilterCount(EMPTY_FILTERS)).toBe(0);
    expect(
      activeFilterCount({
        ...EMPTY_FILTERS,
        kind: 'REPORTING_OBLIGATIONS',
        stateIso3: 'KEN',
        search: '   ',
        workshopId: '00000000-0000-0000-0000-000000000001',
      }),
    ).toBe(2);
  });
});

describe('listReducer', () => {
  it('pages forward with the end cursor and back through the cursors seen', () => {
    const page2 = listReducer(start, { type: 'next', cursor: 'c1' });
    const page3 = listReducer(page2, { type: 'next', cursor: 'c2' });
    expect(page3.cursors).toEqual([null, 'c1', 'c2']);
    expect(listReducer(page3, { type: 'previous' }).cursors).toEqual([null, 'c1']);
    expect(listReducer(start, { type: 'previous' })).toBe(start);
  });

  it('goes back to the first page when a filter or the sort changes', () => {
    const page2 = listReducer(start, { type: 'next', cursor: 'c1' });
    expect(listReducer(page2, { type: 'filter', patch: { stateIso3: 'KEN' } }).cursors).toEqual([null]);
    expect(listReducer(page2, { type: 'sort', column: 'state' }).cursors).toEqual([null]);
  });

  it('sorts a new column in its natural order and toggles the same column', () => {
    const byState = listReducer(start, { type: 'sort', column: 'state' });
    expect(byState.sort).toEqual({ column: 'state', direction: 'ASC' });
    expect(listReducer(byState, { type: 'sort', column: 'state' }).sort.direction).toBe('DESC');
    expect(listReducer(start, { type: 'sort', column: 'receivedOn' }).sort.direction).toBe('ASC');
  });
});

describe('the address bar', () => {
  it('keeps filters and sort, and ignores what is not valid', () => {
    const state = listReducer(listReducer(start, { type: 'filter', patch: { kind: 'TRAINING', stateIso3: 'KEN' } }), {
      type: 'sort',
      column: 'status',
    });
    const search = toUrl(state);
    expect(search).toBe('?state=KEN&kind=TRAINING&sort=status.ASC');
    expect(fromUrl(search)).toEqual({ ...state, cursors: [null] });
    expect(fromUrl('?kind=NOPE&state=kenya&from=yesterday&sort=evil.UP&workshop=1;drop')).toEqual(start);
  });

  it('keeps the workshop whose follow-up requests are listed, and sends it to the API', () => {
    const workshop = '3be5a3c5-33b2-4809-b1d8-1b8564f4d0aa';
    const state = fromUrl(`?workshop=${workshop}&state=MLI`);
    expect(state.filters).toEqual({ ...EMPTY_FILTERS, workshopId: workshop, stateIso3: 'MLI' });
    expect(toApiFilter(state.filters)).toEqual({ workshopId: workshop, stateIso3: ['MLI'] });
    expect(toUrl(state)).toBe(`?state=MLI&workshop=${workshop}`);
  });
});

describe('the treaty-status filter', () => {
  it('keeps the requesting State’s standing in the address and asks the API for parties or non-parties', () => {
    const party = fromUrl('?treaty=party:TIP');
    expect(party.filters.treaty).toBe('party:TIP');
    expect(toApiFilter(party.filters)).toEqual({ partyTo: 'TIP' });
    expect(toUrl(party)).toBe('?treaty=party%3ATIP');
    expect(toApiFilter({ ...EMPTY_FILTERS, treaty: 'notParty:UNTOC' })).toEqual({ notPartyTo: 'UNTOC' });
    expect(activeFilterCount({ ...EMPTY_FILTERS, treaty: 'notParty:UNTOC' })).toBe(1);
    expect(fromUrl('?treaty=party:NOPE').filters.treaty).toBe('');
  });
});
