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

/**
 * The sub-areas of each priority area (paras 4, 14, 37, 51, 61), titled in English from the source document's own
 * words; the French and Spanish are translations made for this tool from that English (the source is in English).
 */
export const PRIORITY_SUB_AREAS = [
  {
    code: 'A.a',
    area: 'A',
    para: 'para. 4 (a)',
    titleEn: 'Interim computer-based checklist for gathering information',
    titleFr: "Liste de contrôle informatisée provisoire pour la collecte d'informations",
    titleEs: 'Lista de verificación informatizada provisional para la reunión de información',
  },
  {
    code: 'A.b',
    area: 'A',
    para: 'para. 4 (b)',
    titleEn: 'Consistency of the checklist with the questionnaires of the reporting cycles',
    titleFr: 'Cohérence de la liste de contrôle avec les questionnaires des cycles de rapport',
    titleEs: 'Coherencia de la lista de verificación con los cuestionarios de los ciclos de presentación de informes',
  },
  {
    code: 'A.c',
    area: 'A',
    para: 'para. 4 (c)',
    titleEn: 'Encouraging States that have not reported to use the checklist',
    titleFr: "Encourager les États qui n'ont pas fait rapport à utiliser la liste de contrôle",
    titleEs: 'Alentar a los Estados que no han presentado informes a utilizar la lista de verificación',
  },
  {
    code: 'A.d',
    area: 'A',
    para: 'para. 4 (d)',
    titleEn: 'Comprehensive software-based information-gathering tools and guide',
    titleFr: "Outils logiciels complets de collecte d'informations et guide",
    titleEs: 'Instrumentos informáticos completos de reunión de información y guía',
  },
  {
    code: 'B.a',
    area: 'B',
    para: 'para. 14 (a)',
    titleEn: 'Legal expertise, legislative assistance and model legislation',
    titleFr: 'Expertise juridique, assistance législative et législation type',
    titleEs: 'Asesoramiento jurídico, asistencia legislativa y legislación modelo',
  },
  {
    code: 'B.b',
    area: 'B',
    para: 'para. 14 (b)',
    titleEn: 'Legislative tools and training material for the criminal justice system',
    titleFr: 'Outils législatifs et matériel de formation pour le système de justice pénale',
    titleEs: 'Instrumentos legislativos y material de capacitación para el sistema de justicia penal',
  },
  {
    code: 'B.c',
    area: 'B',
    para: 'para. 14 (c)',
    titleEn: 'Witness and victim protection procedure and practice',
    titleFr: 'Procédures et pratiques de protection des témoins et des victimes',
    titleEs: 'Procedimientos y prácticas de protección de testigos y víctimas',
  },
  {
    code: 'B.d',
    area: 'B',
    para: 'para. 14 (d)',
    titleEn: 'Joint investigations and special investigative techniques',
    titleFr: "Enquêtes conjointes et techniques d'enquête spéciales",
    titleEs: 'Investigaciones conjuntas y técnicas especiales de investigación',
  },
  {
    code: 'B.e',
    area: 'B',
    para: 'para. 14 (e)',
    titleEn: 'Exchange of information on good practices in criminal justice responses',
    titleFr: "Échange d'informations sur les bonnes pratiques en matière de réponses de la justice pénale",
    titleEs: 'Intercambio de información sobre buenas prácticas en las respuestas de la justicia penal',
  },
  {
    code: 'C.a',
    area: 'C',
    para: 'para. 37 (a)',
    titleEn: 'Legal expertise and legislative assistance on international cooperation',
    titleFr: 'Expertise juridique et assistance législative en matière de coopération internationale',
    titleEs: 'Asesoramiento jurídico y asistencia legislativa en materia de cooperación internacional',
  },
  {
    code: 'C.b',
    area: 'C',
    para: 'para. 37 (b)',
    titleEn: 'Capacity of central and competent authorities; regional and interregional workshops',
    titleFr: 'Capacités des autorités centrales et compétentes ; ateliers régionaux et interrégionaux',
    titleEs: 'Capacidad de las autoridades centrales y competentes; talleres regionales e interregionales',
  },
  {
    code: 'C.c',
    area: 'C',
    para: 'para. 37 (c)',
    titleEn: 'Legislative and training tools for international legal cooperation',
    titleFr: 'Outils législatifs et de formation pour la coopération juridique internationale',
    titleEs: 'Instrumentos legislativos y de capacitación para la cooperación jurídica internacional',
  },
  {
    code: 'D.a',
    area: 'D',
    para: 'para. 51 (a)',
    titleEn: 'Capacity of law enforcement to collect and analyse data on organized crime',
    titleFr:
      'Capacités des services de détection et de répression à collecter et analyser des données sur la criminalité organisée',
    titleEs:
      'Capacidad de los organismos encargados de hacer cumplir la ley para reunir y analizar datos sobre la delincuencia organizada',
  },
  {
    code: 'D.b',
    area: 'D',
    para: 'para. 51 (b)',
    titleEn: 'Knowledge management on organized crime trends and threat assessments',
    titleFr: 'Gestion des connaissances sur les tendances de la criminalité organisée et les évaluations de la menace',
    titleEs:
      'Gestión de los conocimientos sobre las tendencias de la delincuencia organizada y las evaluaciones de amenazas',
  },
  {
    code: 'E.a',
    area: 'E',
    para: 'para. 61 (a)',
    titleEn: 'Promotion of ratification of and accession to the three Protocols',
    titleFr: "Promotion de la ratification des trois Protocoles et de l'adhésion à ceux-ci",
    titleEs: 'Promoción de la ratificación de los tres Protocolos y de la adhesión a ellos',
  },
  {
    code: 'E.b',
    area: 'E',
    para: 'para. 61 (b)',
    titleEn: 'Legislative and capacity-building assistance to implement the Protocols',
    titleFr: "Assistance législative et renforcement des capacités pour l'application des Protocoles",
    titleEs: 'Asistencia legislativa y de fomento de la capacidad para la aplicación de los Protocolos',
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
