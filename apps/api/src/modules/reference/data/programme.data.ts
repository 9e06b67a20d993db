/**
 * The reference lists the source document sets: instruments (footnote 9), the five priority areas (para. 2)
 * with the sub-areas the Working Group listed (paras 4, 14, 37, 51, 61), and field offices (footnote 11).
 */

export const INSTRUMENTS = [
  {
    code: 'UNTOC',
    shortTitle: 'Organized Crime Convention',
    title: 'United Nations Convention against Transnational Organized Crime',
    entryIntoForce: '2003-09-29',
    sourceParagraph: 'footnote 9',
  },
  {
    code: 'TIP',
    shortTitle: 'Trafficking in Persons Protocol',
    title: 'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
    entryIntoForce: '2003-12-25',
    sourceParagraph: 'footnote 9',
  },
  {
    code: 'SOM',
    shortTitle: 'Smuggling of Migrants Protocol',
    title: 'Protocol against the Smuggling of Migrants by Land, Sea and Air',
    entryIntoForce: '2004-01-28',
    sourceParagraph: 'footnote 9',
  },
  {
    code: 'FIREARMS',
    shortTitle: 'Firearms Protocol',
    title:
      'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition',
    entryIntoForce: '2005-07-03',
    sourceParagraph: 'footnote 9',
  },
  {
    code: 'UNCAC',
    shortTitle: 'Convention against Corruption',
    title: 'United Nations Convention against Corruption',
    // Not in the source document (footnote 4 cites it without a date); the Convention's own record.
    entryIntoForce: '2005-12-14',
    sourceParagraph: 'footnote 4',
  },
] as const;

export const PRIORITY_AREAS = [
  {
    code: 'A',
    chapter: 'II',
    sourceParagraph: 'para. 2 (a)',
    titleEn: 'Gathering information on implementation of the Convention and the Protocols',
    titleFr: "Collecte d'informations sur l'application de la Convention et des Protocoles",
    titleEs: 'Reunión de información sobre la aplicación de la Convención y sus Protocolos',
  },
  {
    code: 'B',
    chapter: 'III',
    sourceParagraph: 'para. 2 (b)',
    titleEn: 'Strengthening criminal justice responses to organized crime',
    titleFr: 'Renforcement des réponses de la justice pénale à la criminalité organisée',
    titleEs: 'Fortalecimiento de las respuestas de la justicia penal a la delincuencia organizada',
  },
  {
    code: 'C',
    chapter: 'IV',
    sourceParagraph: 'para. 2 (c)',
    titleEn: 'International cooperation and central authorities for mutual legal assistance and extradition',
    titleFr: "Coopération internationale et autorités centrales pour l'entraide judiciaire et l'extradition",
    titleEs: 'Cooperación internacional y autoridades centrales de asistencia judicial recíproca y extradición',
  },
  {
    code: 'D',
    chapter: 'V',
    sourceParagraph: 'para. 2 (d)',
    titleEn: 'Data collection',
    titleFr: 'Collecte de données',
    titleEs: 'Reunión de datos',
  },
  {
    code: 'E',
    chapter: 'VI',
    sourceParagraph: 'para. 2 (e)',
    titleEn: 'Implementation of the Protocols',
    titleFr: 'Application des Protocoles',
    titleEs: 'Aplicación de los Protocolos',
  },
] as const;

export const PRIORITY_SUB_AREAS = [
  { code: 'A.a', area: 'A', para: 'para. 4 (a)', title: 'Interim computer-based checklist for gathering information' },
  {
    code: 'A.b',
    area: 'A',
    para: 'para. 4 (b)',
    title: 'Consistency of the checklist with the questionnaires of the reporting cycles',
  },
  {
    code: 'A.c',
    area: 'A',
    para: 'para. 4 (c)',
    title: 'Encouraging States that have not reported to use the checklist',
  },
  {
    code: 'A.d',
    area: 'A',
    para: 'para. 4 (d)',
    title: 'Comprehensive software-based information-gathering tools and guide',
  },
  {
    code: 'B.a',
    area: 'B',
    para: 'para. 14 (a)',
    title: 'Legal expertise, legislative assistance and model legislation',
  },
  {
    code: 'B.b',
    area: 'B',
    para: 'para. 14 (b)',
    title: 'Legislative tools and training material for the criminal justice system',
  },
  { code: 'B.c', area: 'B', para: 'para. 14 (c)', title: 'Witness and victim protection procedure and practice' },
  { code: 'B.d', area: 'B', para: 'para. 14 (d)', title: 'Joint investigations and special investigative techniques' },
  {
    code: 'B.e',
    area: 'B',
    para: 'para. 14 (e)',
    title: 'Exchange of information on good practices in criminal justice responses',
  },
  {
    code: 'C.a',
    area: 'C',
    para: 'para. 37 (a)',
    title: 'Legal expertise and legislative assistance on international cooperation',
  },
  {
    code: 'C.b',
    area: 'C',
    para: 'para. 37 (b)',
    title: 'Capacity of central and competent authorities; regional and interregional workshops',
  },
  {
    code: 'C.c',
    area: 'C',
    para: 'para. 37 (c)',
    title: 'Legislative and training tools for international legal cooperation',
  },
  {
    code: 'D.a',
    area: 'D',
    para: 'para. 51 (a)',
    title: 'Capacity of law enforcement to collect and analyse data on organized crime',
  },
  {
    code: 'D.b',
    area: 'D',
    para: 'para. 51 (b)',
    title: 'Knowledge management on organized crime trends and threat assessments',
  },
  {
    code: 'E.a',
    area: 'E',
    para: 'para. 61 (a)',
    title: 'Promotion of ratification of and accession to the three Protocols',
  },
  {
    code: 'E.b',
    area: 'E',
    para: 'para. 61 (b)',
    title: 'Legislative and capacity-building assistance to implement the Protocols',
  },
] as const;

/**
 * Legal advisers are posted in Bangkok, Tashkent and Bogotá (footnote 11); Dakar held the June 2008 workshop
 * for West and Central Africa (para. 9). The regions each office covers are the product's assumption.
 */
export const FIELD_OFFICES = [
  {
    code: 'BKK',
    name: 'Regional Centre for East Asia and the Pacific',
    city: 'Bangkok',
    countryIso3: 'THA',
    hasLegalAdviser: true,
    regions: ['South-eastern Asia', 'Eastern Asia', 'Melanesia', 'Micronesia', 'Polynesia'],
    extraStates: [] as string[],
    sourceParagraph: 'footnote 11',
  },
  {
    code: 'TAS',
    name: 'Regional Office for Central Asia',
    city: 'Tashkent',
    countryIso3: 'UZB',
    hasLegalAdviser: true,
    regions: ['Central Asia'],
    extraStates: [] as string[],
    sourceParagraph: 'footnote 11',
  },
  {
    code: 'BOG',
    name: 'Country Office in Colombia',
    city: 'Bogotá',
    countryIso3: 'COL',
    hasLegalAdviser: true,
    regions: ['South America', 'Central America', 'Caribbean'],
    extraStates: [] as string[],
    sourceParagraph: 'footnote 11',
  },
  {
    code: 'DKR',
    name: 'Regional Office for West and Central Africa',
    city: 'Dakar',
    countryIso3: 'SEN',
    hasLegalAdviser: false,
    regions: ['Western Africa', 'Middle Africa'],
    extraStates: [] as string[],
    // The document names no Dakar office (para. 9 speaks of a workshop held in Senegal; footnote 11 lists the
    // offices with legal advisers): the office is the demo's own, and cites nothing.
    sourceParagraph: null,
  },
] as const;
