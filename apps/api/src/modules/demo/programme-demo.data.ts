import type { DatePrecision, LegalSystem, WorkshopKind } from '@ta/domain';

/**
 * Workshops and the other dated events of the source document: the five regional workshops for central
 * authorities held in 2007–2008 (footnote 17, with their dates, cities and partners), the Dakar outcome (para. 9),
 * the two funded ones still to come (para. 43), and every other meeting, session or training the document dates
 * (DEMO_EVENTS), each to the precision the document gives. Status is as at the paper's date (22 August 2008).
 * What the document does not give is marked illustrative.
 */
export interface DemoWorkshop {
  key: string;
  title: string;
  kind: WorkshopKind;
  /** DAY unless said; a MONTH, QUARTER or YEAR runs from its first day to its last. */
  datePrecision?: DatePrecision;
  startsOn: string;
  endsOn: string;
  city: string;
  countryIso3: string | null;
  region: string | null;
  organisers: string[];
  languages: string[];
  status: 'HELD' | 'PLANNED';
  sourceParagraph: string;
  illustrativeNote: string | null;
  fieldOfficeCode: string | null;
  /** The activity (by section and a word of its title) it delivers or belongs to. */
  activity?: { section: string; titleIncludes: string };
  participants?: string[];
  outcome?: { checklistsCompleted: number; statesUpdated: number; conclusions: string; sourceParagraph: string };
}

const VIENNA = { city: 'Vienna', countryIso3: 'AUT' } as const;

/** The advisory group met five times in Vienna between June 2007 and May 2008 (para. 46). */
const ADVISORY_GROUP_MEETINGS: DemoWorkshop[] = (
  [
    ['2007-06-01', '2007-06-30'],
    ['2007-09-01', '2007-09-30'],
    ['2007-11-01', '2007-11-30'],
    ['2008-02-01', '2008-02-29'],
    ['2008-05-01', '2008-05-31'],
  ] as const
).map(([startsOn, endsOn], i) => ({
  key: `p46-advisory-group-${i + 1}`,
  title: `Meeting ${i + 1} of the advisory group of experts on international cooperation`,
  kind: 'ADVISORY_GROUP_MEETING',
  datePrecision: 'MONTH',
  startsOn,
  endsOn,
  ...VIENNA,
  region: null,
  organisers: ['UNODC', 'Advisory group of experts on international cooperation'],
  languages: ['en'],
  status: 'HELD',
  sourceParagraph: 'para. 46',
  illustrativeNote:
    i === 0 || i === 4
      ? 'The document gives five meetings between June 2007 and May 2008; this is the first or the last of them. Languages are illustrative.'
      : 'The document gives five meetings between June 2007 and May 2008, not their months: the month of this one is illustrative, as are the languages.',
  fieldOfficeCode: null,
  activity: { section: 'IV.A', titleIncludes: 'Advisory group' },
}));

/** Every other event the document dates, to the precision it gives (a day, a month, a quarter or a year). */
const DOCUMENT_EVENTS: DemoWorkshop[] = [
  ...(
    [
      [
        'fn14-mla-working-group',
        'Informal Expert Working Group on Mutual Legal Assistance Casework Best Practice',
        '2001',
      ],
      [
        'fn14-extradition-working-group',
        'Informal Expert Working Group on Effective Extradition Casework Practice',
        '2004',
      ],
    ] as const
  ).map(([key, title, year]): DemoWorkshop => ({
    key,
    title,
    kind: 'EXPERT_GROUP_MEETING',
    datePrecision: 'YEAR',
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    ...VIENNA,
    region: 'Global',
    organisers: ['UNODC'],
    languages: ['en'],
    status: 'HELD',
    sourceParagraph: 'footnote 14',
    illustrativeNote:
      'The document gives the year and the city (its report is on the UNODC website); the languages are illustrative.',
    fieldOfficeCode: null,
  })),
  {
    key: 'fn13-wsis',
    title: 'World Summit on the Information Society',
    kind: 'INTERGOVERNMENTAL_SESSION',
    startsOn: '2003-12-10',
    endsOn: '2003-12-12',
    city: 'Geneva',
    countryIso3: 'CHE',
    region: 'Global',
    organisers: ['ITU'],
    languages: ['en', 'fr', 'es'],
    status: 'HELD',
    sourceParagraph: 'footnote 13',
    illustrativeNote: 'The organiser and languages are illustrative.',
    fieldOfficeCode: null,
  },
  {
    key: 'p1-cop2',
    title: 'Conference of the Parties to the Organized Crime Convention, second session',
    kind: 'INTERGOVERNMENTAL_SESSION',
    startsOn: '2005-10-10',
    endsOn: '2005-10-21',
    ...VIENNA,
    region: 'Global',
    organisers: ['Conference of the Parties'],
    languages: ['en', 'fr', 'es'],
    status: 'HELD',
    sourceParagraph: 'para. 1',
    illustrativeNote: 'The document gives the dates, not the place: Vienna and the languages are illustrative.',
    fieldOfficeCode: null,
  },
  {
    key: 'p1-cop3',
    title: 'Conference of the Parties to the Organized Crime Convention, third session',
    kind: 'INTERGOVERNMENTAL_SESSION',
    startsOn: '2006-10-09',
    endsOn: '2006-10-18',
    ...VIENNA,
    region: 'Global',
    organisers: ['Conference of the Parties'],
    languages: ['en', 'fr', 'es'],
    status: 'HELD',
    sourceParagraph: 'para. 1',
    illustrativeNote:
      'The document gives the dates, not the place: Vienna and the languages are illustrative. The Working Group met during this session.',
    fieldOfficeCode: null,
  },
  {
    key: 'p2-working-group',
    title: 'Open-ended Interim Working Group of Government Experts on Technical Assistance',
    kind: 'INTERGOVERNMENTAL_SESSION',
    startsOn: '2007-10-03',
    endsOn: '2007-10-05',
    ...VIENNA,
    region: 'Global',
    organisers: ['Conference of the Parties'],
    languages: ['en', 'fr', 'es'],
    status: 'HELD',
    sourceParagraph: 'para. 2',
    illustrativeNote: 'Languages are illustrative.',
    fieldOfficeCode: null,
  },
  {
    key: 'fn19-au-ministers',
    title: 'African Union Conference of Ministers for Drug Control and Crime Prevention, third session',
    kind: 'INTERGOVERNMENTAL_SESSION',
    startsOn: '2007-12-03',
    endsOn: '2007-12-07',
    city: 'Addis Ababa',
    countryIso3: 'ETH',
    region: 'Africa',
    organisers: ['African Union'],
    languages: ['en', 'fr'],
    status: 'HELD',
    sourceParagraph: 'footnote 19',
    illustrativeNote: 'Languages are illustrative.',
    fieldOfficeCode: null,
  },
  {
    key: 'p5-ccpcj-17',
    title: 'Commission on Crime Prevention and Criminal Justice, seventeenth session',
    kind: 'INTERGOVERNMENTAL_SESSION',
    startsOn: '2008-04-14',
    endsOn: '2008-04-18',
    ...VIENNA,
    region: 'Global',
    organisers: ['Commission on Crime Prevention and Criminal Justice'],
    languages: ['en', 'fr', 'es'],
    status: 'HELD',
    sourceParagraph: 'para. 5',
    illustrativeNote: 'Languages are illustrative. The Secretariat presented the interim checklist at this session.',
    fieldOfficeCode: null,
    activity: { section: 'II.A.1', titleIncludes: 'checklist' },
  },
  {
    key: 'p68-zagreb-2007',
    title: 'Regional training seminar on measures to prevent and combat trafficking in firearms',
    kind: 'REGIONAL_WORKSHOP',
    datePrecision: 'MONTH',
    startsOn: '2007-06-01',
    endsOn: '2007-06-30',
    city: 'Zagreb',
    countryIso3: 'HRV',
    region: 'South-Eastern Europe',
    organisers: ['UNODC', 'RACVIAC'],
    languages: ['en'],
    status: 'HELD',
    sourceParagraph: 'para. 68',
    illustrativeNote:
      'The document gives the month and the partner; that it was held in Zagreb and the languages are illustrative.',
    fieldOfficeCode: null,
    activity: { section: 'VI.A.2', titleIncludes: 'RACVIAC' },
  },
  {
    key: 'p68-zagreb-2008',
    title: 'Follow-up seminar on the implementation of the Firearms Protocol in South-Eastern Europe',
    kind: 'REGIONAL_WORKSHOP',
    datePrecision: 'MONTH',
    startsOn: '2008-04-01',
    endsOn: '2008-04-30',
    city: 'Zagreb',
    countryIso3: 'HRV',
    region: 'South-Eastern Europe',
    organisers: ['UNODC', 'RACVIAC'],
    languages: ['en'],
    status: 'HELD',
    sourceParagraph: 'para. 68',
    illustrativeNote: 'Languages are illustrative.',
    fieldOfficeCode: null,
    activity: { section: 'VI.A.2', titleIncludes: 'RACVIAC' },
  },
  {
    key: 'fn20-turkmenistan',
    title: 'National training on international data collection instruments in Turkmenistan',
    kind: 'NATIONAL_TRAINING',
    datePrecision: 'MONTH',
    startsOn: '2008-04-01',
    endsOn: '2008-04-30',
    city: 'Ashgabat',
    countryIso3: 'TKM',
    region: 'Central Asia',
    organisers: ['UNODC'],
    languages: ['ru'],
    status: 'HELD',
    sourceParagraph: 'footnote 20',
    illustrativeNote: 'The document names the country and the month: the city and languages are illustrative.',
    fieldOfficeCode: 'TAS',
    activity: { section: 'V.A.2', titleIncludes: 'Central Asian' },
  },
  {
    key: 'p71-firearms-experts',
    title: 'Meeting of experts on firearms technical guidelines and model legislation',
    kind: 'EXPERT_GROUP_MEETING',
    startsOn: '2008-08-25',
    endsOn: '2008-08-29',
    ...VIENNA,
    region: 'Global',
    organisers: ['UNODC'],
    languages: ['en'],
    status: 'PLANNED',
    sourceParagraph: 'para. 71',
    illustrativeNote: 'Languages are illustrative.',
    fieldOfficeCode: null,
    activity: { section: 'VI.A.2', titleIncludes: 'Model legislative' },
  },
  {
    key: 'p22-joint-investigations',
    title: 'Meeting of experts on joint investigations',
    kind: 'EXPERT_GROUP_MEETING',
    datePrecision: 'MONTH',
    startsOn: '2008-09-01',
    endsOn: '2008-09-30',
    ...VIENNA,
    region: 'Global',
    organisers: ['UNODC'],
    languages: ['en'],
    status: 'PLANNED',
    sourceParagraph: 'para. 22',
    illustrativeNote: 'Languages are illustrative.',
    fieldOfficeCode: null,
    activity: { section: 'III.A.5', titleIncludes: 'joint investigations' },
  },
  {
    key: 'heading-cop4',
    title: 'Conference of the Parties to the Organized Crime Convention, fourth session',
    kind: 'INTERGOVERNMENTAL_SESSION',
    startsOn: '2008-10-08',
    endsOn: '2008-10-17',
    ...VIENNA,
    region: 'Global',
    organisers: ['Conference of the Parties'],
    languages: ['en', 'fr', 'es'],
    status: 'PLANNED',
    sourceParagraph: 'heading',
    illustrativeNote: 'Dates and place from the heading of the document; languages are illustrative.',
    fieldOfficeCode: null,
  },
  {
    key: 'fn7-seoul',
    title: 'Fifth meeting of experts with the Korean Institute of Criminology',
    kind: 'EXPERT_GROUP_MEETING',
    startsOn: '2008-10-30',
    endsOn: '2008-10-31',
    city: 'Seoul',
    countryIso3: 'KOR',
    region: 'Asia',
    organisers: ['UNODC', 'Korean Institute of Criminology'],
    languages: ['en', 'ko'],
    status: 'PLANNED',
    sourceParagraph: 'footnote 7',
    illustrativeNote: 'Languages are illustrative.',
    fieldOfficeCode: null,
    activity: { section: 'III.A.3', titleIncludes: 'Virtual Forum' },
  },
  {
    key: 'p54-addis-ababa',
    title: 'Workshop on crime data for policymakers in Africa',
    kind: 'REGIONAL_WORKSHOP',
    datePrecision: 'QUARTER',
    startsOn: '2008-10-01',
    endsOn: '2008-12-31',
    city: 'Addis Ababa',
    countryIso3: 'ETH',
    region: 'Africa',
    organisers: ['UNODC'],
    languages: ['en', 'fr'],
    status: 'PLANNED',
    sourceParagraph: 'para. 54',
    illustrativeNote: 'Languages are illustrative.',
    fieldOfficeCode: null,
    activity: { section: 'V.A.1', titleIncludes: 'Africa' },
  },
  ...ADVISORY_GROUP_MEETINGS,
];

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
    activity: { section: 'IV.A', titleIncludes: 'Regional workshops' },
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
    activity: { section: 'IV.A', titleIncludes: 'Regional workshops' },
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
    activity: { section: 'IV.A', titleIncludes: 'Regional workshops' },
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
    activity: { section: 'IV.A', titleIncludes: 'Regional workshops' },
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
      'The participating States are illustrative: the source gives their number (20) and languages, not their names. The document names no Dakar office: the field office is illustrative.',
    fieldOfficeCode: 'DKR',
    activity: { section: 'IV.A', titleIncludes: 'Regional workshops' },
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
  ...DOCUMENT_EVENTS,
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

/**
 * Roster experts from States that receive technical assistance, outside the advisory group: para. 46 proposes that
 * experts and practitioners from beneficiary countries join it, and footnote 18's group has none from Africa or
 * Asia but Japan. ALL ILLUSTRATIVE (the document names no such expert): States of para. 31's training requests and
 * para. 34's regions, their languages and legal systems (the project's classification), their topics.
 */
export const DEMO_ROSTER_EXPERTS: Array<{
  iso3: string;
  organisation: string;
  languages: string[];
  legalSystem: LegalSystem;
  expertise: string[];
}> = [
  {
    iso3: 'SEN',
    organisation: 'Ministry of Justice',
    languages: ['fr', 'en'],
    legalSystem: 'CIVIL_LAW',
    expertise: ['criminal-justice', 'international-cooperation', 'mutual-legal-assistance'],
  },
  {
    iso3: 'KEN',
    organisation: 'Office of the Director of Public Prosecutions',
    languages: ['en'],
    legalSystem: 'COMMON_LAW',
    expertise: ['criminal-justice', 'cybercrime', 'witness-protection'],
  },
  {
    iso3: 'THA',
    organisation: 'Office of the Attorney General',
    languages: ['th', 'en'],
    legalSystem: 'CIVIL_LAW',
    expertise: ['criminal-justice', 'trafficking-in-persons', 'extradition'],
  },
  {
    iso3: 'EGY',
    organisation: 'Ministry of Justice',
    languages: ['ar', 'en', 'fr'],
    legalSystem: 'MIXED',
    expertise: ['money-laundering', 'confiscation', 'international-cooperation'],
  },
  {
    iso3: 'COL',
    organisation: 'Office of the Attorney General',
    languages: ['es', 'en'],
    legalSystem: 'CIVIL_LAW',
    expertise: ['criminal-justice', 'organized-crime', 'special-investigative-techniques'],
  },
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
  'fn14-mla-working-group': {
    titleFr: 'Groupe de travail informel d’experts sur les meilleures pratiques en matière d’entraide judiciaire',
    titleEs:
      'Grupo de trabajo oficioso de expertos sobre las mejores prácticas en materia de asistencia judicial recíproca',
    cityFr: 'Vienne',
    cityEs: 'Viena',
  },
  'fn14-extradition-working-group': {
    titleFr: 'Groupe de travail informel d’experts sur les pratiques efficaces en matière d’extradition',
    titleEs: 'Grupo de trabajo oficioso de expertos sobre prácticas eficaces en materia de extradición',
    cityFr: 'Vienne',
    cityEs: 'Viena',
  },
  'fn13-wsis': {
    titleFr: 'Sommet mondial sur la société de l’information',
    titleEs: 'Cumbre Mundial sobre la Sociedad de la Información',
    cityFr: 'Genève',
    cityEs: 'Ginebra',
  },
  'p1-cop2': {
    titleFr: 'Conférence des Parties à la Convention contre la criminalité organisée, deuxième session',
    titleEs:
      'Conferencia de las Partes en la Convención contra la Delincuencia Organizada, segundo período de sesiones',
    cityFr: 'Vienne',
    cityEs: 'Viena',
  },
  'p1-cop3': {
    titleFr: 'Conférence des Parties à la Convention contre la criminalité organisée, troisième session',
    titleEs: 'Conferencia de las Partes en la Convención contra la Delincuencia Organizada, tercer período de sesiones',
    cityFr: 'Vienne',
    cityEs: 'Viena',
  },
  'p2-working-group': {
    titleFr:
      'Groupe de travail provisoire d’experts gouvernementaux à composition non limitée sur l’assistance technique',
    titleEs: 'Grupo de trabajo provisional de composición abierta de expertos gubernamentales sobre asistencia técnica',
    cityFr: 'Vienne',
    cityEs: 'Viena',
  },
  'fn19-au-ministers': {
    titleFr:
      'Conférence des ministres de l’Union africaine chargés du contrôle des drogues et de la prévention du crime, troisième session',
    titleEs:
      'Conferencia de Ministros de la Unión Africana encargados de la fiscalización de drogas y la prevención del delito, tercer período de sesiones',
    cityFr: 'Addis-Abeba',
    cityEs: 'Addis Abeba',
  },
  'p5-ccpcj-17': {
    titleFr: 'Commission pour la prévention du crime et la justice pénale, dix-septième session',
    titleEs: 'Comisión de Prevención del Delito y Justicia Penal, 17º período de sesiones',
    cityFr: 'Vienne',
    cityEs: 'Viena',
  },
  'p68-zagreb-2007': {
    titleFr: 'Séminaire régional de formation sur les mesures de prévention et de lutte contre le trafic d’armes à feu',
    titleEs: 'Seminario regional de capacitación sobre medidas para prevenir y combatir el tráfico de armas de fuego',
    cityFr: null,
    cityEs: null,
  },
  'p68-zagreb-2008': {
    titleFr: 'Séminaire de suivi sur l’application du Protocole relatif aux armes à feu en Europe du Sud-Est',
    titleEs: 'Seminario de seguimiento sobre la aplicación del Protocolo sobre armas de fuego en Europa Sudoriental',
    cityFr: null,
    cityEs: null,
  },
  'fn20-turkmenistan': {
    titleFr: 'Formation nationale sur les instruments internationaux de collecte de données au Turkménistan',
    titleEs: 'Capacitación nacional sobre los instrumentos internacionales de reunión de datos en Turkmenistán',
    cityFr: 'Achgabat',
    cityEs: 'Asjabad',
  },
  'p71-firearms-experts': {
    titleFr: 'Réunion d’experts sur les directives techniques et la législation type relatives aux armes à feu',
    titleEs:
      'Reunión de expertos sobre las directrices técnicas y la legislación modelo relativas a las armas de fuego',
    cityFr: 'Vienne',
    cityEs: 'Viena',
  },
  'p22-joint-investigations': {
    titleFr: 'Réunion d’experts sur les enquêtes conjointes',
    titleEs: 'Reunión de expertos sobre investigaciones conjuntas',
    cityFr: 'Vienne',
    cityEs: 'Viena',
  },
  'heading-cop4': {
    titleFr: 'Conférence des Parties à la Convention contre la criminalité organisée, quatrième session',
    titleEs: 'Conferencia de las Partes en la Convención contra la Delincuencia Organizada, cuarto período de sesiones',
    cityFr: 'Vienne',
    cityEs: 'Viena',
  },
  'fn7-seoul': {
    titleFr: 'Cinquième réunion d’experts avec l’Institut coréen de criminologie',
    titleEs: 'Quinta reunión de expertos con el Instituto Coreano de Criminología',
    cityFr: 'Séoul',
    cityEs: 'Seúl',
  },
  'p54-addis-ababa': {
    titleFr: 'Atelier sur les données relatives à la criminalité pour les décideurs en Afrique',
    titleEs: 'Taller sobre datos delictivos para los responsables de políticas en África',
    cityFr: 'Addis-Abeba',
    cityEs: 'Addis Abeba',
  },
  ...Object.fromEntries(
    [1, 2, 3, 4, 5].map((n) => [
      `p46-advisory-group-${n}`,
      {
        titleFr: `Réunion ${n} du groupe consultatif d’experts sur la coopération internationale`,
        titleEs: `Reunión ${n} del grupo asesor de expertos sobre cooperación internacional`,
        cityFr: 'Vienne',
        cityEs: 'Viena',
      },
    ]),
  ),
};
