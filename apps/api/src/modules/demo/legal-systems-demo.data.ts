import type { LegalSystem } from '@ta/domain';

/**
 * The legal system of every State in the demo (issue 14 part 3; footnote 18 and para. 46 ask for the advisory
 * group's legal-system balance). THE PROJECT'S OWN CLASSIFICATION, illustrative: it follows the families of the
 * University of Ottawa's JuriGlobe (common law, civil law, Muslim law, mixed systems) simplified to the formal
 * criminal law, with customary law set aside — a State whose codes are of one family (e.g. most francophone
 * African States' civil-law codes) is of that family; MIXED where two formal families coexist (civil and common
 * law, e.g. Cameroon, Canada, South Africa; or a code of one family with Islamic law, e.g. Egypt, Pakistan);
 * ISLAMIC_LAW where Islamic law is the main basis of the criminal law. The working paper says none of this.
 */
// prettier-ignore
export const STATE_LEGAL_SYSTEMS: Readonly<Record<LegalSystem, readonly string[]>> = {
  COMMON_LAW: [
    'ATG', 'AUS', 'BGD', 'BHS', 'BLZ', 'BRB', 'DMA', 'FJI', 'FSM', 'GBR', 'GHA', 'GRD', 'GUY', 'IND', 'IRL', 'JAM',
    'KEN', 'KIR', 'KNA', 'LBR', 'LCA', 'MHL', 'MMR', 'MWI', 'NRU', 'NZL', 'PLW', 'PNG', 'SGP', 'SLB', 'SLE', 'SSD',
    'TON', 'TTO', 'TUV', 'TZA', 'UGA', 'USA', 'VCT', 'WSM', 'ZMB',
  ],
  CIVIL_LAW: [
    // Europe and Central Asia
    'ALB', 'AND', 'ARM', 'AUT', 'AZE', 'BEL', 'BGR', 'BIH', 'BLR', 'CHE', 'CZE', 'DEU', 'DNK', 'ESP', 'EST', 'FIN',
    'FRA', 'GEO', 'GRC', 'HRV', 'HUN', 'ISL', 'ITA', 'KAZ', 'KGZ', 'LIE', 'LTU', 'LUX', 'LVA', 'MCO', 'MDA', 'MKD',
    'MNE', 'NLD', 'NOR', 'POL', 'PRT', 'ROU', 'RUS', 'SMR', 'SRB', 'SVK', 'SVN', 'SWE', 'TJK', 'TKM', 'TUR', 'UKR',
    'UZB', 'VAT',
    // Latin America and the Caribbean
    'ARG', 'BOL', 'BRA', 'CHL', 'COL', 'CRI', 'CUB', 'DOM', 'ECU', 'GTM', 'HND', 'HTI', 'MEX', 'NIC', 'PAN', 'PER',
    'PRY', 'SLV', 'SUR', 'URY', 'VEN',
    // Asia
    'CHN', 'JPN', 'KHM', 'KOR', 'LAO', 'MNG', 'PRK', 'THA', 'TLS', 'VNM',
    // Africa
    'AGO', 'BDI', 'BEN', 'BFA', 'CAF', 'CIV', 'COD', 'COG', 'CPV', 'ERI', 'ETH', 'GAB', 'GIN', 'GNB', 'GNQ', 'MDG',
    'MLI', 'MOZ', 'NER', 'SEN', 'STP', 'TCD', 'TGO',
  ],
  ISLAMIC_LAW: ['AFG', 'IRN', 'MDV', 'MRT', 'QAT', 'SAU', 'SDN', 'YEM'],
  MIXED: [
    'ARE', 'BHR', 'BRN', 'BTN', 'BWA', 'CAN', 'CMR', 'COM', 'CYP', 'DJI', 'DZA', 'EGY', 'GMB', 'IDN', 'IRQ', 'ISR',
    'JOR', 'KWT', 'LBN', 'LBY', 'LKA', 'LSO', 'MAR', 'MLT', 'MUS', 'MYS', 'NAM', 'NGA', 'NPL', 'OMN', 'PAK', 'PHL',
    'PSE', 'RWA', 'SOM', 'SWZ', 'SYC', 'SYR', 'TUN', 'VUT', 'ZAF', 'ZWE',
  ],
};

/** The classification as one map, ISO3 → legal system. */
export function stateLegalSystems(): Map<string, LegalSystem> {
  const out = new Map<string, LegalSystem>();
  for (const [system, states] of Object.entries(STATE_LEGAL_SYSTEMS) as Array<[LegalSystem, readonly string[]]>) {
    for (const iso3 of states) out.set(iso3, system);
  }
  return out;
}

export const LEGAL_SYSTEMS_DEMO_SOURCE =
  'The project’s classification (JuriGlobe-style families, simplified to the formal criminal law); illustrative.';
