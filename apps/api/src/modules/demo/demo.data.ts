import type { AssistanceKind, RequestStatus } from '@ta/domain';

/**
 * The needs the source document names (CTOC/COP/2008/16-style working paper of 22 August 2008), list by list,
 * with the States exactly as the document writes them. What the document does not give — the date each
 * request came in and where it stands now — is illustrative, and each record says so.
 */
export interface DemoNeedList {
  key: string;
  sourceParagraph: string;
  kind: AssistanceKind;
  priorityAreaCode: string;
  topics: string[];
  /** Topics the document gives for the list as a whole (not for each State on it). */
  listTopics?: string[];
  instruments: string[];
  channel: string;
  receivedOn: string;
  /** Where the request is taken to, through the workflow, from RECEIVED. */
  status: RequestStatus;
  description: string;
  states: string[];
  /** Words the document adds for one State. */
  notes?: Record<string, string>;
}

export const DEMO_ACTOR = 'Demo data (source document)';

export const DEMO_NEEDS: DemoNeedList[] = [
  {
    key: 'fn5',
    sourceParagraph: 'footnote 5',
    kind: 'REPORTING_OBLIGATIONS',
    priorityAreaCode: 'A',
    topics: ['reporting'],
    instruments: ['UNTOC'],
    channel: 'checklist',
    receivedOn: '2008-07-15',
    status: 'RECEIVED',
    description:
      'Assistance to fulfil reporting obligations under the Convention and the Protocols (indicated while filling in the questionnaire or checklist).',
    states: [
      'Albania',
      'Algeria',
      'Burundi',
      'Cambodia',
      'Cameroon',
      'Chad',
      'Ecuador',
      'Gabon',
      'Guinea',
      'Indonesia',
      'Moldova',
      'Namibia',
      'Niger',
      'Philippines',
      'Sao Tome and Principe',
      'Tajikistan',
    ],
  },
  {
    key: 'p25',
    sourceParagraph: 'para. 25',
    kind: 'LEGISLATIVE_ASSISTANCE',
    priorityAreaCode: 'B',
    // Para. 25 names its issues for the list as a whole, not State by State (listTopics): each State's request
    // carries only what the list itself asks for: criminal justice legislation.
    topics: ['criminal-justice'],
    listTopics: [
      'cybercrime',
      'money-laundering',
      'international-cooperation',
      'confiscation',
      'trafficking-in-persons',
      'smuggling-of-migrants',
      'firearms',
    ],
    instruments: ['UNTOC', 'TIP', 'SOM', 'FIREARMS'],
    channel: 'questionnaire',
    receivedOn: '2008-07-15',
    status: 'UNDER_REVIEW',
    description:
      'Assessing existing legislation and drafting new legislation in compliance with the Convention and/or the Protocols. The document names the issues for the list of requesting States as a whole, not State by State (para. 25): cybercrime, money-laundering, international cooperation in criminal matters, confiscation, trafficking in persons, smuggling of migrants and firearms control.',
    states: [
      'Algeria',
      'Benin',
      'Cameroon',
      'Chad',
      'China',
      'Costa Rica',
      'Czech Republic',
      'Comoros',
      'Dominican Republic',
      'Ecuador',
      'El Salvador',
      'Guinea',
      'Jamaica',
      'Madagascar',
      'Malaysia',
      'Maldives',
      'Mauritius',
      'Mongolia',
      'Nigeria',
      'Philippines',
      'Senegal',
      'South Africa',
      'Zimbabwe',
    ],
    notes: { Madagascar: 'Building on assistance already provided.' },
  },
  {
    key: 'p31',
    sourceParagraph: 'para. 31',
    kind: 'TRAINING',
    priorityAreaCode: 'B',
    topics: ['criminal-justice'],
    instruments: ['UNTOC'],
    channel: 'questionnaire',
    receivedOn: '2008-07-15',
    status: 'RECEIVED',
    description:
      'Training of investigators, judges, prosecutors and other key practitioners of the criminal justice system to implement domestic legislation.',
    states: [
      'Benin',
      'Burkina Faso',
      'Burundi',
      'Cameroon',
      'Chad',
      'Congo',
      'Ecuador',
      'El Salvador',
      'Gabon',
      'Guinea',
      'Honduras',
      'Indonesia',
      'Madagascar',
      'Mali',
      'Myanmar',
      'Namibia',
      'Niger',
      'Paraguay',
      'Serbia',
      'Thailand',
    ],
  },
  {
    key: 'fn16-equipment',
    sourceParagraph: 'footnote 16',
    kind: 'EQUIPMENT',
    priorityAreaCode: 'C',
    topics: ['criminal-justice', 'international-cooperation'],
    instruments: ['UNTOC'],
    channel: 'questionnaire',
    receivedOn: '2008-07-15',
    status: 'RECEIVED',
    description:
      'Basic equipment and telecommunications facilities for the criminal justice sector in general or for those involved in international cooperation.',
    states: ['Benin', 'Chad', 'Gabon', 'Mali', 'Niger'],
  },
  {
    key: 'fn16-printing',
    sourceParagraph: 'footnote 16',
    kind: 'PRINTING_LEGISLATION',
    priorityAreaCode: 'C',
    topics: ['criminal-justice'],
    instruments: ['UNTOC'],
    channel: 'questionnaire',
    receivedOn: '2008-07-15',
    status: 'RECEIVED',
    description: 'Printing of national legislative texts to be used by criminal justice practitioners.',
    states: ['Central African Republic', 'Mali'],
  },
  {
    key: 'p44',
    sourceParagraph: 'para. 44',
    kind: 'FOLLOW_UP_TRAINING',
    priorityAreaCode: 'C',
    topics: ['international-cooperation', 'mutual-legal-assistance', 'extradition'],
    instruments: ['UNTOC'],
    channel: 'workshop',
    receivedOn: '2007-09-14',
    status: 'ACCEPTED',
    description:
      'Follow-up training at the national level after the OAS-UNODC regional workshop for Latin America and the Caribbean (Bogotá, 12-14 September 2007).',
    states: ['Costa Rica', 'Suriname', 'Uruguay'],
  },
  {
    key: 'p17',
    sourceParagraph: 'para. 17',
    kind: 'LEGISLATIVE_ASSISTANCE',
    priorityAreaCode: 'B',
    topics: ['organized-crime'],
    instruments: ['UNTOC'],
    channel: 'letter',
    receivedOn: '2004-06-01',
    status: 'FULFILLED',
    description:
      'Legal advice and assistance towards implementation of the Convention and its Protocols, provided since the Convention entered into force.',
    states: [
      'Angola',
      'Armenia',
      'Azerbaijan',
      'Cape Verde',
      'Costa Rica',
      'Ecuador',
      'Equatorial Guinea',
      'Georgia',
      'Ghana',
      'Guatemala',
      'Honduras',
      'Madagascar',
      'Mauritius',
      'Mongolia',
      'Mozambique',
      'Panama',
      'Peru',
    ],
  },
  {
    key: 'p67',
    sourceParagraph: 'para. 67',
    kind: 'LEGISLATIVE_ASSISTANCE',
    priorityAreaCode: 'E',
    topics: ['firearms'],
    instruments: ['FIREARMS'],
    channel: 'field-office',
    receivedOn: '2008-03-01',
    status: 'ACCEPTED',
    description:
      'Further assistance for the ratification of the Firearms Protocol and the adoption of domestic legislation, after legal advice and initial support for the review of firearms legislation in 2008.',
    states: ['Bolivia'],
  },
];

/** Document spellings that the country-name package does not know under that name. */
export const NAME_ALIASES: Record<string, string> = {
  Moldova: 'MDA',
  'United Kingdom of Great Britain and Northern Ireland': 'GBR',
};

/** An illustrative donor, so the donor account has something to be. */
export const DEMO_DONOR = {
  name: 'Norway (illustrative)',
  donorType: 'MEMBER_STATE',
  countryIso3: 'NOR',
  contact: 'Illustrative contact at the Permanent Mission in Vienna',
  externalRef: 'demo:donor:NOR',
} as const;

/** One account per role; listed in the README. */
export const DEMO_ACCOUNTS = [
  { email: 'admin@demo.local', displayName: 'Demo administrator', role: 'ADMIN' },
  { email: 'secretariat@demo.local', displayName: 'Demo secretariat planner', role: 'SECRETARIAT' },
  { email: 'bangkok@demo.local', displayName: 'Demo officer, Bangkok', role: 'FIELD_OFFICE', fieldOfficeCode: 'BKK' },
  { email: 'dakar@demo.local', displayName: 'Demo officer, Dakar', role: 'FIELD_OFFICE', fieldOfficeCode: 'DKR' },
  { email: 'donor@demo.local', displayName: 'Demo donor', role: 'DONOR' },
  { email: 'viewer@demo.local', displayName: 'Demo viewer', role: 'VIEWER' },
] as const;
