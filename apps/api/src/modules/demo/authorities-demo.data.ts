/**
 * Directory entries for the demo (issue 15): a central authority for mutual legal assistance under the Convention
 * for each State that took part in the regional workshops for central authorities of footnote 17 — the 20 States
 * of the Dakar workshop (themselves illustrative, see the workshop) and the hosts of the other four (Bogotá, Kuala
 * Lumpur, Cairo, Vienna). Names, addresses and contacts are invented: every entry is marked illustrative, and the
 * e-mail addresses use the reserved `.example` domain.
 */
export interface DemoAuthority {
  stateIso3: string;
  languages: string[];
  /** The name in the State's working language. */
  name: string;
  channels: Array<'DIRECT' | 'DIPLOMATIC' | 'INTERPOL' | 'CENTRAL_AUTHORITY'>;
}

const francophone = (iso3: string): DemoAuthority => ({
  stateIso3: iso3,
  languages: ['fr'],
  name: 'Ministère de la Justice — Direction des affaires pénales et des grâces (autorité centrale)',
  channels: ['CENTRAL_AUTHORITY', 'DIPLOMATIC', 'INTERPOL'],
});
const lusophone = (iso3: string): DemoAuthority => ({
  stateIso3: iso3,
  languages: ['pt', 'fr'],
  name: 'Procuradoria-Geral da República — Autoridade Central',
  channels: ['CENTRAL_AUTHORITY', 'DIPLOMATIC'],
});

// prettier-ignore
export const DEMO_AUTHORITIES: readonly DemoAuthority[] = [
  ...['SEN', 'MLI', 'BFA', 'NER', 'CIV', 'GIN', 'BEN', 'TGO', 'CMR', 'TCD', 'GAB', 'COG', 'CAF', 'COD', 'MRT'].map(francophone),
  ...['AGO', 'MOZ', 'CPV', 'GNB', 'STP'].map(lusophone),
  { stateIso3: 'COL', languages: ['es'], name: 'Fiscalía General de la Nación — Oficina de Asuntos Internacionales', channels: ['CENTRAL_AUTHORITY', 'DIPLOMATIC'] },
  { stateIso3: 'MYS', languages: ['en', 'ms'], name: 'Attorney General’s Chambers — International Affairs Division', channels: ['CENTRAL_AUTHORITY', 'DIRECT'] },
  { stateIso3: 'EGY', languages: ['ar', 'en', 'fr'], name: 'Ministry of Justice — International Cooperation Department', channels: ['CENTRAL_AUTHORITY', 'DIPLOMATIC'] },
  { stateIso3: 'AUT', languages: ['de', 'en'], name: 'Federal Ministry of Justice — Department for International Criminal Matters', channels: ['CENTRAL_AUTHORITY', 'DIRECT', 'INTERPOL'] },
];

export const DEMO_AUTHORITY_REQUIREMENTS =
  'Illustrative: a written request stating the authority making it, the subject and nature of the investigation, a summary of the facts and the assistance sought (Convention, art. 18, para. 15), in one of the languages accepted.';
