import { keyFigures } from './key-figures';

describe('the dashboard’s key figures', () => {
  const source = {
    openTotal: [{ count: 57 }],
    openStates: [
      { count: 4, state: { iso3: 'TCD' } },
      { count: 1, state: { iso3: 'SEN' } },
      { count: 0, state: { iso3: 'FRA' } },
    ],
    activities: { totalCount: 64 },
    programmeTotals: [{ amount: '1000000.10' }, { amount: '2000000.20' }, { amount: '0.01' }],
    gapsByYear: [{ gap: '900000.05' }, { gap: '-100.05' }],
  };

  it('counts open requests and the States that have them', () => {
    const figures = keyFigures(source);
    expect(figures.openRequests).toBe(57);
    expect(figures.statesWithOpenRequests).toBe(2);
    expect(figures.activities).toBe(64);
  });

  it('adds money exactly, to the cent', () => {
    const figures = keyFigures({ ...source, programmeTotals: [{ amount: '0.10' }, { amount: '0.20' }] });
    expect(figures.programmeCost).toBe('0.30');
    expect(keyFigures(source).programmeCost).toBe('3000000.31');
    expect(keyFigures(source).fundingGap).toBe('899900.00');
  });

  it('says nothing about States to a donor', () => {
    expect(keyFigures({ ...source, openStates: undefined }).statesWithOpenRequests).toBeNull();
  });
});
