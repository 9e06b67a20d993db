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
