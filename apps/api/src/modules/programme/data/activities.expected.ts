/**
 * An independent checklist of the proposed technical assistance activities, written from the source document
 * (Secretariat working paper of 22 August 2008) and not from activities.data.ts, for tests of the demo data.
 *
 * One entry per proposal heading of sections II.B, III.B, IV.B, V.B and VI.B:
 * - paragraphs: the paragraphs under that heading that propose something ("para. N");
 * - minActivities: the fewest separate, separately costable activities the heading proposes;
 * - mustMention: words that must appear (case-insensitively) in the titles, descriptions or regions of that
 *   section's activities.
 */
export interface ExpectedActivitySection {
  section: string;
  paragraphs: string[];
  minActivities: number;
  mustMention: string[];
}

export const EXPECTED_ACTIVITY_SECTIONS: ExpectedActivitySection[] = [
  // II.B Information-gathering
  {
    section: 'II.B.1', // Support to States in fulfilling their reporting obligations
    paragraphs: ['para. 9'],
    minActivities: 1,
    mustMention: ['reporting', 'checklist', 'focal points'],
  },
  {
    section: 'II.B.2', // Expansion of the legal library
    paragraphs: ['para. 10'],
    minActivities: 1,
    mustMention: ['legal library'],
  },
  {
    section: 'II.B.3', // Human resources for the management of information
    paragraphs: ['para. 11'],
    minActivities: 1,
    mustMention: ['information'],
  },

  // III.B Criminal justice responses
  {
    section: 'III.B.1', // Post-conflict settings, para. 23 (a)-(d)
    paragraphs: ['para. 23'],
    minActivities: 4,
    mustMention: ['post-conflict', 'early warning', 'peacekeeping', 'best practices'],
  },
  {
    section: 'III.B.2', // Legal advice and legislative assistance
    paragraphs: ['para. 25', 'para. 27', 'para. 28', 'para. 29'],
    minActivities: 4,
    mustMention: ['drafting', 'legal assistance specialists', 'regional approaches', 'identity-related crime'],
  },
  {
    section: 'III.B.3', // Model legislation, para. 30 (a)-(c)
    paragraphs: ['para. 30'],
    minActivities: 3,
    mustMention: ['model provisions', 'Migrants Protocol', 'Firearms Protocol'],
  },
  {
    section: 'III.B.4', // Training of criminal justice actors
    paragraphs: ['para. 31', 'para. 32', 'para. 33'],
    minActivities: 4,
    mustMention: ['judges', 'prosecutors', 'specialized units', 'computer-related crime'],
  },
  {
    section: 'III.B.5', // Witness and victim protection, para. 34 (a)-(h)
    paragraphs: ['para. 34'],
    minActivities: 6,
    mustMention: [
      'curricula',
      'Asia',
      'Africa',
      'Latin America',
      'civil society',
      'witness protection offices',
      'study tours',
      'biometrics',
      'imprisoned witnesses',
    ],
  },

  // IV.B International cooperation and central authorities
  {
    section: 'IV.B.1', // Expansion of the online directory
    paragraphs: ['para. 39'],
    minActivities: 1,
    mustMention: ['online directory', 'Firearms Protocol', 'Convention against Corruption'],
  },
  {
    section: 'IV.B.2', // Good practices in international cooperation: two open-ended working groups
    paragraphs: ['para. 40'],
    minActivities: 2,
    mustMention: ['extradition', 'mutual legal assistance', 'confiscation'],
  },
  {
    section: 'IV.B.3', // Support to States in improving collection of data
    paragraphs: ['para. 41'],
    minActivities: 1,
    mustMention: ['data'],
  },
  {
    section: 'IV.B.4', // Basic equipment and telecommunications needs (and, footnote 16, printing of legislation)
    paragraphs: ['para. 42'],
    minActivities: 2,
    mustMention: ['equipment', 'telecommunications', 'printing'],
  },
  {
    section: 'IV.B.5', // Follow-up to regional workshops: 2 funded (Balkans, Caribbean) + 3 (para. 43) + 2 (para. 44)
    paragraphs: ['para. 43', 'para. 44', 'para. 45'],
    minActivities: 7,
    mustMention: [
      'Balkans',
      'Caribbean',
      'South Asia',
      'Central and Eastern Africa',
      'Southern Africa',
      'South and Central America',
      'Costa Rica',
      'Suriname',
      'Uruguay',
      'request writer tool',
    ],
  },
  {
    section: 'IV.B.6', // Advisory group of experts on international cooperation
    paragraphs: ['para. 46'],
    minActivities: 1,
    mustMention: ['advisory group'],
  },
  {
    section: 'IV.B.7', // Network of central authorities: meeting of experts (para. 47), meeting of all central authorities (para. 48)
    paragraphs: ['para. 47', 'para. 48'],
    minActivities: 2,
    mustMention: ['virtual network', 'fifth session'],
  },

  // V.B Data collection
  {
    section: 'V.B.1', // Strengthening national capacity to collect crime data
    paragraphs: ['para. 57'],
    minActivities: 2,
    mustMention: ['methodologies', 'victim surveys'],
  },
  {
    section: 'V.B.2', // Strengthening law enforcement capacity to analyse crime data
    paragraphs: ['para. 58'],
    minActivities: 2,
    mustMention: ['law enforcement', 'peer-to-peer', 'software'],
  },

  // VI.B Implementation of the Protocols
  {
    section: 'VI.B.1', // Trafficking in Persons Protocol and Migrants Protocol
    paragraphs: ['para. 74', 'para. 75', 'para. 76', 'para. 77'],
    minActivities: 5,
    mustMention: ['trafficking in persons', 'smuggling of migrants', 'peacekeeping', 'NATO', 'money-laundering'],
  },
  {
    section: 'VI.B.2', // Firearms Protocol: the programme of paras 79-80 and the tools of para. 81 (a)-(c)
    paragraphs: ['para. 79', 'para. 80', 'para. 81'],
    minActivities: 4,
    mustMention: [
      'Firearms Protocol',
      'Africa',
      'Latin America and the Caribbean',
      'model legislation',
      'technical guidelines',
      'computer-based training',
      'tracing',
      'end-user certificates',
      'record-keeping',
      'seizures',
    ],
  },
];

/**
 * Proposals made only in a chapter's "C. The way forward", the one place the chapter proposes them; the demo
 * data may include them under section "IV.C" / "V.C" with a description saying so.
 */
export const EXPECTED_WAY_FORWARD_SECTIONS: ExpectedActivitySection[] = [
  {
    section: 'IV.C', // follow-up workshops along trafficking routes and on tracing, seizure and confiscation of assets
    paragraphs: ['para. 50'],
    minActivities: 1,
    mustMention: ['way forward', 'trafficking routes', 'confiscation'],
  },
  {
    section: 'V.C', // standard methodology for national threat assessments, and training in it
    paragraphs: ['para. 60'],
    minActivities: 1,
    mustMention: ['way forward', 'threat'],
  },
];

/** Para. 43: the two regional workshops for central authorities whose funding has already been received. */
export const EXPECTED_FUNDED_WORKSHOPS = ['Balkans', 'Caribbean'];

/** The demo needs (source paragraph and kind) and the proposal heading whose activities answer them. */
export const EXPECTED_ANSWERED_NEEDS: Array<{ sourceParagraph: string; kind: string; section: string }> = [
  { sourceParagraph: 'footnote 5', kind: 'REPORTING_OBLIGATIONS', section: 'II.B.1' },
  { sourceParagraph: 'para. 25', kind: 'LEGISLATIVE_ASSISTANCE', section: 'III.B.2' },
  { sourceParagraph: 'para. 31', kind: 'TRAINING', section: 'III.B.4' },
  { sourceParagraph: 'footnote 16', kind: 'EQUIPMENT', section: 'IV.B.4' },
  { sourceParagraph: 'footnote 16', kind: 'PRINTING_LEGISLATION', section: 'IV.B.4' },
  { sourceParagraph: 'para. 44', kind: 'FOLLOW_UP_TRAINING', section: 'IV.B.5' },
  { sourceParagraph: 'para. 67', kind: 'LEGISLATIVE_ASSISTANCE', section: 'VI.B.2' },
];

/**
 * The current technical assistance activities (issue 17), one entry per heading of sections II.A, III.A, IV.A, V.A
 * and VI.A (and the current work the chapters' "way forward" describes), written from the source document: the
 * paragraphs that describe work under way, the fewest separate activities, and words their titles, descriptions,
 * regions or partners must contain.
 */
export const EXPECTED_CURRENT_SECTIONS: ExpectedActivitySection[] = [
  { section: 'II.A.1', paragraphs: ['para. 5'], minActivities: 1, mustMention: ['checklist', 'CD-ROM', '21 May 2008'] },
  {
    section: 'II.A.2',
    paragraphs: ['para. 6'],
    minActivities: 1,
    mustMention: ['software', 'late 2009', 'Corruption'],
  },
  {
    section: 'III.A.1', // Guinea-Bissau, then Haiti, DRC and West Africa
    paragraphs: ['para. 16'],
    minActivities: 2,
    mustMention: ['Guinea-Bissau', 'Haiti', 'Democratic Republic of the Congo', 'West Africa'],
  },
  {
    section: 'III.A.2', // legal advice (para. 17) and model legislation (para. 18)
    paragraphs: ['para. 17', 'para. 18'],
    minActivities: 3,
    mustMention: ['legal advice', 'trafficking in persons', 'child victims', 'witness protection', 'Migrants Protocol'],
  },
  {
    section: 'III.A.3', // identity-related crime study (para. 19), virtual forum (para. 20)
    paragraphs: ['para. 19', 'para. 20'],
    minActivities: 2,
    mustMention: ['identity-related', 'core group', 'Virtual Forum', 'Korean Institute of Criminology'],
  },
  { section: 'III.A.4', paragraphs: ['para. 21'], minActivities: 1, mustMention: ['Good Practices', 'February 2008'] },
  {
    section: 'III.A.5',
    paragraphs: ['para. 22'],
    minActivities: 1,
    mustMention: ['joint investigation', 'September 2008'],
  },
  {
    section: 'III.C', // the regional task forces, described only under "the way forward"
    paragraphs: ['para. 35'],
    minActivities: 1,
    mustMention: ['task forces', 'Eastern Africa', 'Pacific', 'Latin America and the Caribbean'],
  },
  {
    section: 'IV.A', // workshops, tools (para. 38); the advisory group (para. 46)
    paragraphs: ['para. 38', 'para. 46'],
    minActivities: 3,
    mustMention: ['regional workshops', 'online directory', 'request writer', 'advisory group', 'five times'],
  },
  {
    section: 'V.A.1', // crime statistics (paras 52-53); the Africa project (para. 54)
    paragraphs: ['para. 53', 'para. 54'],
    minActivities: 2,
    mustMention: ['article 28', 'Development Account', 'Addis Ababa'],
  },
  {
    section: 'V.A.2', // Crime Trends survey, Central Asia curriculum, Paris Pact (para. 55); UN.GIFT checklist (para. 56)
    paragraphs: ['para. 55', 'para. 56'],
    minActivities: 3,
    mustMention: ['Survey on Crime Trends', 'Turkmenistan', 'Tajikistan', 'Paris Pact', 'Human Trafficking'],
  },
  { section: 'V.C', paragraphs: ['para. 59'], minActivities: 1, mustMention: ['statistical indicators'] },
  {
    section: 'VI.A.1', // trafficking projects (paras 62-64), smuggling modules (para. 65), NATO training (para. 76)
    paragraphs: ['para. 64', 'para. 65', 'para. 76'],
    minActivities: 3,
    mustMention: ['21', 'smuggling of migrants', 'North and West Africa', 'Europol', 'Partnership for Peace'],
  },
  {
    section: 'VI.A.2', // Bolivia, Colombia (para. 67), Zagreb (para. 68), guidelines (para. 69), model provisions (paras 70-71)
    paragraphs: ['para. 67', 'para. 68', 'para. 69', 'para. 70'],
    minActivities: 4,
    mustMention: ['Bolivia', 'Colombia', '16,000', 'Zagreb', 'technical guidelines', 'model legislative provisions'],
  },
];

/** An event the document dates, as it dates it. */
export interface ExpectedEvent {
  paragraph: string;
  kind: string;
  precision: 'DAY' | 'MONTH' | 'QUARTER' | 'YEAR';
  startsOn: string;
  endsOn: string;
  /** the country where it was (or is to be) held, ISO alpha-3 */
  country: string;
}

/** Every dated event of the document (beside the five workshops of footnote 17), in date order. */
export const EXPECTED_EVENTS: ExpectedEvent[] = [
  // footnote 14: Informal Expert Working Group on Mutual Legal Assistance Casework Best Practice (Vienna, 2001)
  {
    paragraph: 'footnote 14',
    kind: 'EXPERT_GROUP_MEETING',
    precision: 'YEAR',
    startsOn: '2001-01-01',
    endsOn: '2001-12-31',
    country: 'AUT',
  },
  // footnote 13: World Summit on the Information Society, Geneva, 10 to 12 December 2003
  {
    paragraph: 'footnote 13',
    kind: 'INTERGOVERNMENTAL_SESSION',
    precision: 'DAY',
    startsOn: '2003-12-10',
    endsOn: '2003-12-12',
    country: 'CHE',
  },
  // footnote 14: Informal Expert Working Group on Effective Extradition Casework Practice (Vienna, 2004)
  {
    paragraph: 'footnote 14',
    kind: 'EXPERT_GROUP_MEETING',
    precision: 'YEAR',
    startsOn: '2004-01-01',
    endsOn: '2004-12-31',
    country: 'AUT',
  },
  // para. 1: the Conference's second session, 10 to 21 October 2005, and third, 9 to 18 October 2006
  {
    paragraph: 'para. 1',
    kind: 'INTERGOVERNMENTAL_SESSION',
    precision: 'DAY',
    startsOn: '2005-10-10',
    endsOn: '2005-10-21',
    country: 'AUT',
  },
  {
    paragraph: 'para. 1',
    kind: 'INTERGOVERNMENTAL_SESSION',
    precision: 'DAY',
    startsOn: '2006-10-09',
    endsOn: '2006-10-18',
    country: 'AUT',
  },
  // para. 68: regional training seminar with RACVIAC, June 2007
  {
    paragraph: 'para. 68',
    kind: 'REGIONAL_WORKSHOP',
    precision: 'MONTH',
    startsOn: '2007-06-01',
    endsOn: '2007-06-30',
    country: 'HRV',
  },
  // para. 2: the Working Group, Vienna, 3 to 5 October 2007
  {
    paragraph: 'para. 2',
    kind: 'INTERGOVERNMENTAL_SESSION',
    precision: 'DAY',
    startsOn: '2007-10-03',
    endsOn: '2007-10-05',
    country: 'AUT',
  },
  // footnote 19: African Union ministers, Addis Ababa, 3 to 7 December 2007
  {
    paragraph: 'footnote 19',
    kind: 'INTERGOVERNMENTAL_SESSION',
    precision: 'DAY',
    startsOn: '2007-12-03',
    endsOn: '2007-12-07',
    country: 'ETH',
  },
  // para. 5: the Commission's seventeenth session, Vienna, 14 to 18 April 2008
  {
    paragraph: 'para. 5',
    kind: 'INTERGOVERNMENTAL_SESSION',
    precision: 'DAY',
    startsOn: '2008-04-14',
    endsOn: '2008-04-18',
    country: 'AUT',
  },
  // para. 68: follow-up seminar in Zagreb, April 2008
  {
    paragraph: 'para. 68',
    kind: 'REGIONAL_WORKSHOP',
    precision: 'MONTH',
    startsOn: '2008-04-01',
    endsOn: '2008-04-30',
    country: 'HRV',
  },
  // footnote 20: training in Turkmenistan, April 2008
  {
    paragraph: 'footnote 20',
    kind: 'NATIONAL_TRAINING',
    precision: 'MONTH',
    startsOn: '2008-04-01',
    endsOn: '2008-04-30',
    country: 'TKM',
  },
  // para. 71: meeting of experts, Vienna, 25 to 29 August 2008
  {
    paragraph: 'para. 71',
    kind: 'EXPERT_GROUP_MEETING',
    precision: 'DAY',
    startsOn: '2008-08-25',
    endsOn: '2008-08-29',
    country: 'AUT',
  },
  // para. 22: meeting of experts on joint investigations, Vienna, September 2008
  {
    paragraph: 'para. 22',
    kind: 'EXPERT_GROUP_MEETING',
    precision: 'MONTH',
    startsOn: '2008-09-01',
    endsOn: '2008-09-30',
    country: 'AUT',
  },
  // heading: the Conference's fourth session, Vienna, 8 to 17 October 2008
  {
    paragraph: 'heading',
    kind: 'INTERGOVERNMENTAL_SESSION',
    precision: 'DAY',
    startsOn: '2008-10-08',
    endsOn: '2008-10-17',
    country: 'AUT',
  },
  // footnote 7: fifth meeting with the Korean Institute of Criminology, Seoul, 30 and 31 October 2008
  {
    paragraph: 'footnote 7',
    kind: 'EXPERT_GROUP_MEETING',
    precision: 'DAY',
    startsOn: '2008-10-30',
    endsOn: '2008-10-31',
    country: 'KOR',
  },
  // para. 54: workshop in Addis Ababa in the last quarter of 2008
  {
    paragraph: 'para. 54',
    kind: 'REGIONAL_WORKSHOP',
    precision: 'QUARTER',
    startsOn: '2008-10-01',
    endsOn: '2008-12-31',
    country: 'ETH',
  },
];

/** Para. 46: the advisory group met five times in Vienna between June 2007 and May 2008. */
export const EXPECTED_ADVISORY_GROUP_MEETINGS = { count: 5, first: '2007-06-01', last: '2008-05-31', country: 'AUT' };

/** A figure of the document, and the heading of the activity that holds it. */
export interface ExpectedFigure {
  paragraph: string;
  value: number;
  upTo?: number;
  section: string;
}

/** The numbers a reader could quote from the document, each held by an activity of the named heading. */
export const EXPECTED_FIGURES: ExpectedFigure[] = [
  { paragraph: 'para. 43', value: 10, section: 'IV.A' }, // the initial plan of ten workshops
  { paragraph: 'para. 43', value: 5, section: 'IV.A' }, // five held in 2007 and 2008
  { paragraph: 'para. 43', value: 2, section: 'IV.A' }, // funding received for two more
  { paragraph: 'para. 46', value: 5, section: 'IV.A' }, // the advisory group's five meetings
  { paragraph: 'footnote 18', value: 19, section: 'IV.A' }, // States whose experts took part
  { paragraph: 'para. 64', value: 21, section: 'VI.A.1' }, // trafficking in persons projects, July 2008
  { paragraph: 'para. 67', value: 16000, section: 'VI.A.2' }, // firearms destroyed in Colombia
  { paragraph: 'footnote 7', value: 4, section: 'III.A.3' }, // meetings with the Korean Institute since 2005
  { paragraph: 'footnote 8', value: 5, section: 'III.A.4' }, // languages of the witness protection publication
  { paragraph: 'para. 17', value: 17, section: 'III.A.2' }, // States that received legal advice
  { paragraph: 'footnote 10', value: 146, section: 'III.B.2' }, // parties to the Convention
  { paragraph: 'footnote 10', value: 122, section: 'III.B.2' }, // parties to the Trafficking in Persons Protocol
  { paragraph: 'footnote 10', value: 114, section: 'III.B.2' }, // parties to the Migrants Protocol
  { paragraph: 'footnote 10', value: 75, section: 'III.B.2' }, // parties to the Firearms Protocol
  { paragraph: 'para. 25', value: 23, section: 'III.B.2' }, // States requesting legislative assistance
  { paragraph: 'para. 31', value: 20, section: 'III.B.4' }, // States naming training as a key need
  { paragraph: 'footnote 5', value: 16, section: 'II.B.1' }, // States needing help to report
  { paragraph: 'para. 9', value: 20, section: 'II.B.1' }, // States that filled in the checklist in Senegal
  { paragraph: 'para. 9', value: 6, section: 'II.B.1' }, // States that updated their information there
  { paragraph: 'para. 80', value: 8, upTo: 10, section: 'VI.B.2' }, // countries of the firearms programme
];

/** Partners the document names for an activity of a heading (issue 17: ECOWAS and ECCAS, para. 28; PfP, para. 76). */
export const EXPECTED_PARTNERS: Array<{ section: string; paragraph: string; partners: string[] }> = [
  { section: 'III.B.2', paragraph: 'para. 28', partners: ['ECOWAS', 'ECCAS'] },
  { section: 'VI.B.1', paragraph: 'para. 76', partners: ['NATO', 'Partnership for Peace'] },
  { section: 'VI.A.2', paragraph: 'para. 67', partners: ['INTERPOL', 'CICAD'] },
  { section: 'VI.A.1', paragraph: 'para. 65', partners: ['Europol', 'INTERPOL'] },
];

/** Proposals that build on current work, as the document says: the proposal's heading and the current one's. */
export const EXPECTED_BUILDS_ON: Array<{ proposal: string; current: string; paragraph: string }> = [
  { proposal: 'III.B.2', current: 'III.A.2', paragraph: 'para. 25' }, // Madagascar, building on assistance already provided
  { proposal: 'VI.B.1', current: 'VI.A.1', paragraph: 'para. 76' }, // build on current training with NATO
  { proposal: 'IV.B.5', current: 'IV.A', paragraph: 'para. 43' }, // workshops following the five held
  { proposal: 'VI.B.2', current: 'VI.A.2', paragraph: 'para. 81' }, // finalize the guidelines and model legislation
];
