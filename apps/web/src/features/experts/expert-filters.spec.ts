import { EMPTY_EXPERT_FILTERS, toExpertFilter } from './expert-filters';

describe('toExpertFilter', () => {
  it('sends only what is set', () => {
    expect(toExpertFilter(EMPTY_EXPERT_FILTERS)).toEqual({});
    expect(
      toExpertFilter({
        ...EMPTY_EXPERT_FILTERS,
        expertise: 'extradition',
        language: 'fr',
        region: 'Europe',
        advisoryGroup: 'no',
        search: ' min ',
      }),
    ).toEqual({ expertise: ['extradition'], languages: ['fr'], region: 'Europe', advisoryGroup: false, search: 'min' });
  });

  it('asks for availability only with both dates', () => {
    expect(toExpertFilter({ ...EMPTY_EXPERT_FILTERS, freeFrom: '2009-03-10' })).toEqual({});
    expect(toExpertFilter({ ...EMPTY_EXPERT_FILTERS, freeFrom: '2009-03-10', freeTo: '2009-03-12' })).toEqual({
      freeFrom: '2009-03-10',
      freeTo: '2009-03-12',
    });
  });
});
