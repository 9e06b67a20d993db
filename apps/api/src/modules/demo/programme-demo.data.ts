import type { LegalSystem, WorkshopKind } from '@ta/domain';

/**
 * Workshops of the source document: the five regional workshops for central authorities held in 2007–2008
 * (footnote 17, with their dates, cities and partners), the Dakar outcome (para. 9), and the two funded ones
 * still to come (para. 43). What the document does not give is marked illustrative.
 */
export interface DemoWorkshop {
  key: string;
  title: string;
  kind: WorkshopKind;
  startsOn: string;
  endsOn: string;
  city: string;
  countryIso3: string | null;
  region: string;
  organisers: string[];
  languages: string[];
  status: 'HELD' | 'PLANNED';
  sourceParagraph: string;
  illustrativeNote: string | null;
  fieldOfficeCode: string | null;
  /** For the planned ones: the activity (by section and a word of its title) it delivers. */
  activity?: { section: string; titleIncludes: string };
  participants?: string[];
  outcome?: { checklistsCompleted: number; statesUpdated: number; conclusions: string; sourceParagraph: string };
}

export const DEMO_WORKSHOPS: DemoWorkshop[] = [
  {
    key: 'fn17-bogota',
    title: 'Regional workshop for central authorities of Latin America and the Caribbean',
    kind: 'REGIONAL_WORKSHOP',
    startsOn: '2007-09-12',
    endsOn: '2007-09-14',
    city: 'Bogotá',
    countryIso3: 'COL',
    region: 'Latin America and the Caribbean',
    organisers: ['UNODC', 'OAS'],
    languages: ['es', 'en'],
    status: 'HELD',
    sourceParagraph: 'footnote 17',
    illustrativeNote: 'Languages are illustrative.',
    fieldOfficeCode: 'BOG',
  },
  {
    key: 'fn17-kuala-lumpur',
    title: 'Regional workshop for central authorities of Central and East Asian countries',
    kind: 'REGIONAL_WORKSHOP',
    startsOn: '2007-11-14',
    endsOn: '2007-11-16',
    city: 'Kuala Lumpur',
    countryIso3: 'MYS',
    region: 'Central and East Asia',
    organisers: ['UNODC', 'Office of the Attorney General of Malaysia'],
    languages: ['en', 'ru'],
    status: 'HELD',
    sourceParagraph: 'footnote 17',
    illustrativeNote: 'Languages are illustrative.',
    fieldOfficeCode: 'BKK',
  },
  {
    key: 'fn17-cairo',
    title: 'Regional workshop for central authorities of the Middle East and North Africa',
    kind: 'REGIONAL_WORKSHOP',
    startsOn: '2007-12-04',
    endsOn: '2007-12-06',
    city: 'Cairo',
    countryIso3: 'EGY',
    region: 'Middle East and North Africa',
    organisers: ['UNODC', 'UNDP Programme on Governance in the Arab Region', 'Office of the Attorney General of Egypt'],
    languages: ['ar', 'en', 'fr'],
    status: 'HELD',
    sourceParagraph: 'footnote 17',
    illustrativeNote: 'Languages are illustrative.',
    fieldOfficeCode: null,
  },
  {
    key: 'fn17-vienna',
    title: 'Regional workshop for central authorities of OSCE participating States',
    kind: 'REGIONAL_WORKSHOP',
    startsOn: '2008-04-07',
    endsOn: '2008-04-09',
    city: 'Vienna',
    countryIso3: 'AUT',
    region: 'OSCE States',
    organisers: ['UNODC', 'OSCE'],
    languages: ['en', 'ru'],
    status: 'HELD',
    sourceParagraph: 'footnote 17',
    illustrativeNote: 'Languages are illustrative.',
    fieldOfficeCode: null,
  },
  {
    key: 'fn17-dakar',
    title:
      'Regional workshop on international legal cooperation for francophone and Portuguese-speaking African countries',
    kind: 'REGIONAL_WORKSHOP',
    startsOn: '2008-06-10',
    endsOn: '2008-06-12',
    city: 'Dakar',
    countryIso3: 'SEN',
    region: 'West and Central Africa',
    organisers: ['UNODC'],
    languages: ['fr', 'pt'],
    status: 'HELD',
    sourceParagraph: 'footnote 17; para. 9',
    illustrativeNote:
      'The participating States are illustrative: the source gives their number (20) and languages, not their names.',
    fieldOfficeCode: 'DKR',
    participants: [
      'SEN',
      'MLI',
      'BFA',
      'NER',
      'CIV',
      'GIN',
      'BEN',
      'TGO',
      'CMR',
      'TCD',
      'GAB',
      'COG',
      'CAF',
      'COD',
      'MRT',
      'AGO',
      'MOZ',
      'CPV',
      'GNB',
      'STP',
    ],
    outcome: {
      checklistsCompleted: 20,
      statesUpdated: 6,
      conclusions:
        'Representatives of 20 States, with the support of the secretariat, filled in the checklist, and six States updated information previously provided (para. 9).',
      sourceParagraph: 'para. 9',
    },
  },
  {
    key: 'p43-balkans',
    title: 'Regional workshop for central authorities of the Balkans',
    kind: 'REGIONAL_WORKSHOP',
    startsOn: '2009-03-10',
    endsOn: '2009-03-12',
    city: 'To be confirmed',
    countryIso3: null,
    region: 'Balkans',
    organisers: ['UNODC'],
    languages: ['en'],
    status: 'PLANNED',
    sourceParagraph: 'para. 43',
    illustrativeNote: 'Funded (para. 43); the dates, venue and languages are illustrative.',
    fieldOfficeCode: null,
    activity: { section: 'IV.B.5', titleIncludes: 'Balkans' },
  },
  {
    key: 'p43-caribbean',
    title: 'Regional workshop for central authorities of the Caribbean',
    kind: 'REGIONAL_WORKSHOP',
    startsOn: '2009-05-12',
    endsOn: '2009-05-14',
    city: 'To be confirmed',
    countryIso3: null,
    region: 'Caribbean',
    organisers: ['UNODC'],
    languages: ['en', 'es'],
    status: 'PLANNED',
    sourceParagraph: 'paras 43, 45',
    illustrativeNote:
      'Funded (para. 43); with a session on the mutual legal assistance request writer tool (para. 45). Dates, venue and languages are illustrative.',
    fieldOfficeCode: 'BOG',
    activity: { section: 'IV.B.5', titleIncludes: 'Caribbean' },
  },
];

/** The advisory group's States (footnote 18), and the OSCE expert. Names are illustrative. */
export const DEMO_ADVISORY_GROUP: Array<{
  iso3: string | null;
  organisation: string;
  languages: string[];
  legalSystem: LegalSystem;
}> = [
  { iso3: 'ARG', organisation: 'Ministry of Justice', languages: ['es', 'en'], legalSystem: 'CIVIL_LAW' },
  { iso3: 'AUS', organisation: 'Attorney-General’s Department', languages: ['en'], legalSystem: 'COMMON_LAW' },
  { iso3: 'AUT', organisation: 'Federal Ministry of Justice', languages: ['de', 'en'], legalSystem: 'CIVIL_LAW' },
  { iso3: 'BRA', organisation: 'Ministry of Justice', languages: ['pt', 'es', 'en'], legalSystem: 'CIVIL_LAW' },
  { iso3: 'CAN', organisation: 'Department of Justice', languages: ['en', 'fr'], legalSystem: 'MIXED' },
  { iso3: 'FRA', organisation: 'Ministry of Justice', languages: ['fr', 'en'], legalSystem: 'CIVIL_LAW' },
  { iso3: 'DEU', organisation: 'Federal Office of Justice', languages: ['de', 'en', 'fr'], legalSystem: 'CIVIL_LAW' },
  { iso3: 'ITA', organisation: 'Ministry of Justice', languages: ['it', 'en', 'fr'], legalSystem: 'CIVIL_LAW' },
  { iso3: 'JPN', organisation: 'Ministry of Justice', languages: ['ja', 'en'], legalSystem: 'CIVIL_LAW' },
  { iso3: 'NLD', organisation: 'Public Prosecution Service', languages: ['nl', 'en', 'fr'], legalSystem: 'CIVIL_LAW' },
  {
    iso3: 'NOR',
    organisation: 'National Authority for Investigation and Prosecution',
    languages: ['no', 'en'],
    legalSystem: 'CIVIL_LAW',
  },
  { iso3: 'POL', organisation: 'Ministry of Justice', languages: ['pl', 'en', 'ru'], legalSystem: 'CIVIL_LAW' },
  { iso3: 'PRT', organisation: 'Prosecutor General’s Office', languages: ['pt', 'es', 'fr'], legalSystem: 'CIVIL_LAW' },
  { iso3: 'RUS', organisation: 'Prosecutor General’s Office', languages: ['ru', 'en'], legalSystem: 'CIVIL_LAW' },
  { iso3: 'ESP', organisation: 'Ministry of Justice', languages: ['es', 'fr', 'en'], legalSystem: 'CIVIL_LAW' },
  { iso3: 'SWE', organisation: 'Ministry of Justice', languages: ['sv', 'en'], legalSystem: 'CIVIL_LAW' },
  {
    iso3: 'CHE',
    organisation: 'Federal Office of Justice',
    languages: ['de', 'fr', 'it', 'en'],
    legalSystem: 'CIVIL_LAW',
  },
  { iso3: 'GBR', organisation: 'Home Office, UK Central Authority', languages: ['en'], legalSystem: 'COMMON_LAW' },
  {
    iso3: 'USA',
    organisation: 'Department of Justice, Office of International Affairs',
    languages: ['en', 'es'],
    legalSystem: 'COMMON_LAW',
  },
  { iso3: null, organisation: 'OSCE', languages: ['en', 'ru'], legalSystem: 'MIXED' },
];

/** The programme's costing date: the working paper's (its costs are in CTOC/COP/2008/17). */
export const COSTING_RATE_DATE = '2008-08-22';

/**
 * The demo workshops' titles and cities in French and Spanish, by key. UNOFFICIAL translations made for this
 * tool (the UN's French and Spanish versions of the working paper are not in the repository), marked so in the
 * data and on screen. Cities as French and Spanish write them; null where they write it as English does.
 */
export const DEMO_WORKSHOP_TRANSLATIONS: Readonly<
  Record<string, { titleFr: string; titleEs: string; cityFr: string | null; cityEs: string | null }>
> = {
  'fn17-bogota': {
    titleFr: 'Atelier régional pour les autorités centrales d’Amérique latine et des Caraïbes',
    titleEs: 'Taller regional para las autoridades centrales de América Latina y el Caribe',
    cityFr: null,
    cityEs: null,
  },
  'fn17-kuala-lumpur': {
    titleFr: 'Atelier régional pour les autorités centrales des pays d’Asie centrale et orientale',
    titleEs: 'Taller regional para las autoridades centrales de los países de Asia Central y Oriental',
    cityFr: null,
    cityEs: null,
  },
  'fn17-cairo': {
    titleFr: 'Atelier régional pour les autorités centrales du Moyen-Orient et d’Afrique du Nord',
    titleEs: 'Taller regional para las autoridades centrales del Oriente Medio y África Septentrional',
    cityFr: 'Le Caire',
    cityEs: 'El Cairo',
  },
  'fn17-vienna': {
    titleFr: 'Atelier régional pour les autorités centrales des États participants de l’OSCE',
    titleEs: 'Taller regional para las autoridades centrales de los Estados participantes de la OSCE',
    cityFr: 'Vienne',
    cityEs: 'Viena',
  },
  'fn17-dakar': {
    titleFr:
      'Atelier régional sur la coopération juridique internationale pour les pays africains francophones et lusophones',
    titleEs:
      'Taller regional sobre cooperación jurídica internacional para los países africanos francófonos y lusófonos',
    cityFr: null,
    cityEs: null,
  },
  'p43-balkans': {
    titleFr: 'Atelier régional pour les autorités centrales des Balkans',
    titleEs: 'Taller regional para las autoridades centrales de los Balcanes',
    cityFr: 'À confirmer',
    cityEs: 'Por confirmar',
  },
  'p43-caribbean': {
    titleFr: 'Atelier régional pour les autorités centrales des Caraïbes',
    titleEs: 'Taller regional para las autoridades centrales del Caribe',
    cityFr: 'À confirmer',
    cityEs: 'Por confirmar',
  },
};
