/**
 * An activity's regions: the M49 areas it benefits (the data) and their wording (what the source document says,
 * e.g. "West Africa", which the activity shows). The API reads a wording as its M49 codes; the edit form keeps the
 * wording of the codes still chosen. Both with this one table.
 */

/** The World (M49 code 001): an activity that names it benefits every State ("Global"). */
export const M49_WORLD = '001';

/**
 * How the programme document names regions where that is not an M49 name, and the M49 areas it means.
 * "Latin America" is M49's "Latin America and the Caribbean"; "Central and Eastern Africa" names two
 * intermediate regions (Middle Africa and Eastern Africa); "the Balkans" lie in Southern Europe.
 */
const WORDING: Readonly<Record<string, readonly string[]>> = {
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

/** An M49 area above the country, by code and (English) name. */
export interface M49AreaName {
  code: string;
  name: string;
}

/**
 * The M49 codes a region's wording means (an M49 name among `areas`, or a wording the document uses), or null if
 * none.
 */
export function m49CodesForWording(wording: string, areas: readonly M49AreaName[]): string[] | null {
  const key = wording
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '');
  const known = WORDING[key];
  if (known) return [...known];
  const area = areas.find((a) => a.name.toLowerCase() === key);
  return area ? [area.code] : null;
}

/**
 * The wording of the regions for the M49 codes chosen: each stored wording whose areas are all still chosen is
 * kept as written; the codes no kept wording covers get their M49 name (the code itself if `areas` lacks it).
 */
export function regionsWording(
  codes: readonly string[],
  areas: readonly M49AreaName[],
  stored: readonly string[] = [],
): string[] {
  const chosen = new Set(codes);
  const covered = new Set<string>();
  const kept = stored.filter((wording) => {
    const means = m49CodesForWording(wording, areas);
    if (!means?.length || !means.every((code) => chosen.has(code))) return false;
    for (const code of means) covered.add(code);
    return true;
  });
  const added = codes
    .filter((code) => !covered.has(code))
    .map((code) => areas.find((a) => a.code === code)?.name ?? code);
  return [...kept, ...added];
}
