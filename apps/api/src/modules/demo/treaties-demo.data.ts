/**
 * Treaty status for the demo (issue 15). Footnote 10 of the working paper: "At the time of drafting the present
 * note, there were 146 parties to the Organized Crime Convention, 122 parties to the Trafficking in Persons
 * Protocol, 114 parties to the Smuggling of Migrants Protocol and 75 parties to the Firearms Protocol." It gives
 * the counts, not the States, so every row below is marked illustrative: the counts are the document's, the
 * choice of States is ours.
 */
export const FOOTNOTE_10_PARTIES = { UNTOC: 146, TIP: 122, SOM: 114, FIREARMS: 75 } as const;

/**
 * The 49 States (of the 195 in the table) that are not parties to the Convention in the demo: States that, to our
 * knowledge, became parties only after 2008 or not at all (South Sudan did not yet exist). Illustrative.
 */
// prettier-ignore
export const NOT_PARTIES_TO_UNTOC_IN_2008: readonly string[] = [
  // Asia and the Pacific
  'JPN', 'IND', 'PAK', 'IRN', 'KOR', 'THA', 'VNM', 'BGD', 'NPL', 'BTN', 'IDN', 'PRK', 'TLS', 'MDV', 'FJI', 'PNG',
  'SLB', 'TUV', 'TON', 'WSM', 'MHL', 'NRU', 'PLW',
  // Europe
  'CZE', 'IRL', 'GRC', 'AND', 'SMR', 'VAT', 'ISL',
  // Africa and Western Asia
  'SOM', 'YEM', 'SYR', 'JOR', 'TCD', 'ERI', 'SLE', 'CIV', 'SWZ', 'SSD', 'AGO', 'BDI',
  // Latin America and the Caribbean
  'HTI', 'BRB', 'DMA', 'LCA', 'VCT', 'BHS',
  // Observer State
  'PSE',
];

/** Non-parties that had signed the Convention (illustrative). */
// prettier-ignore
export const SIGNATORIES_OF_UNTOC_IN_2008: readonly string[] = [
  'JPN', 'IND', 'IRN', 'KOR', 'THA', 'VNM', 'IDN', 'CZE', 'IRL', 'GRC', 'ISL', 'SMR', 'SLE', 'CIV', 'BDI', 'HTI',
  'BRB', 'SYR', 'YEM', 'AGO',
];

export const TREATY_DEMO_SOURCE =
  'Footnote 10 of the working paper (the number of parties at its drafting); which States: illustrative.';

/** A stable pseudo-random order (FNV-1a of the key): the same States are chosen every run. */
export function stableRank(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
