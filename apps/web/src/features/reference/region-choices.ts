/** An M49 region or sub-region a donor may choose among its priorities. */
export interface M49Choice {
  code: string;
  name: string;
  level: number;
  region?: string | null;
}

export interface RegionChoice {
  code: string;
  label: string;
  level: number;
}

/**
 * The regions a donor may choose, in an order a person can scan: each region (by its name in the reader's language)
 * followed by its own sub-regions (likewise). A sub-region whose region is not offered comes last.
 */
export function regionChoices(
  areas: readonly M49Choice[],
  label: (name: string) => string,
  compare: (a: string, b: string) => number,
): RegionChoice[] {
  const choice = (a: M49Choice): RegionChoice => ({ code: a.code, label: label(a.name), level: a.level });
  const byLabel = (a: RegionChoice, b: RegionChoice): number => compare(a.label, b.label);
  const regions = areas.filter((a) => a.level === 1);
  const subregions = areas.filter((a) => a.level === 2);
  const placed = new Set<string>();
  const ordered: RegionChoice[] = [];
  for (const region of [...regions].sort((a, b) => compare(label(a.name), label(b.name)))) {
    ordered.push(choice(region));
    const own = subregions.filter((s) => s.region === region.name);
    for (const s of own) placed.add(s.code);
    ordered.push(...own.map(choice).sort(byLabel));
  }
  ordered.push(
    ...subregions
      .filter((s) => !placed.has(s.code))
      .map(choice)
      .sort(byLabel),
  );
  return ordered;
}
