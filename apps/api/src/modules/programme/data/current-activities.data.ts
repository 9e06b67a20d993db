/**
 * The current technical assistance activities of the Secretariat working paper of 22 August 2008: what was under
 * way in 2008, from sections II.A, III.A, IV.A, V.A and VI.A ("Current technical assistance activities"), and the
 * current work the chapters describe elsewhere (the regional task forces of para. 35, the advisory group of para. 46,
 * the training with NATO of para. 76, the statistical indicators of para. 59).
 *
 * From the document: everything here — title, description (with the funding source where the document gives one),
 * priority area, source paragraph, beneficiary States and regions, partners, dates where the document gives a day,
 * and the figures it gives. Nothing is costed: the document gives no cost of current work, and none is invented.
 * Sub-area and type are this tool's classification of the paragraph; leadOffice is null (headquarters).
 */

import type { ActivityFigure } from '../entities/activity.entity.js';
import type { DemoActivity } from './activities.data.js';

/** A current activity: a proposal's record without its illustrative plan (office, dates, costs, needs answered). */
export interface CurrentDemoActivity extends Omit<
  DemoActivity,
  'leadOffice' | 'startsOn' | 'endsOn' | 'status' | 'costs' | 'answersNeeds'
> {
  /** Only where the document gives the day. */
  startsOn: string | null;
  endsOn: string | null;
  /** UNDER_WAY, or COMPLETED where the document says it was finished. */
  status: 'UNDER_WAY' | 'COMPLETED';
  figures: ActivityFigure[];
}

export const CURRENT_ACTIVITIES: CurrentDemoActivity[] = [
  // ───────────── II.A Tools to gather information (priority area A) ─────────────
  {
    code: 'II.A.1-1',
    section: 'II.A.1',
    title: 'Interim computer-based checklist in English, French and Spanish, sent as a CD-ROM',
    description:
      'The Secretariat developed, within existing resources, an interim computer-based checklist in English, French and Spanish, presented it at the seventeenth session of the Commission on Crime Prevention and Criminal Justice (Vienna, 14-18 April 2008) and sent its final version as a CD-ROM, with an illustrated user guide, to the States parties and signatories on 21 May 2008. Responses based on it are reflected in the revised analytical reports of the first and second reporting cycles.',
    priorityAreaCode: 'A',
    subAreaCode: 'A.a',
    type: 'TOOL_OR_SOFTWARE',
    sourceParagraph: 'para. 5',
    beneficiaryStates: [],
    beneficiaryRegions: [],
    partners: [],
    startsOn: null,
    endsOn: '2008-05-21',
    status: 'COMPLETED',
    figures: [{ label: 'languages of the checklist', value: 3, sourceParagraph: 'para. 5' }],
  },
  {
    code: 'II.A.2-1',
    section: 'II.A.2',
    title: 'Comprehensive software-based information-gathering tool for the Convention, its Protocols and UNCAC',
    description:
      'Development of a comprehensive software-based information-gathering tool covering the Convention, the Protocols thereto and the United Nations Convention against Corruption, expected to be finalized in late 2009 and presented to the Conference of the States Parties to the Convention against Corruption at its third session and, subject to the decision of the Conference, to the Conference at its fifth session.',
    priorityAreaCode: 'A',
    subAreaCode: 'A.d',
    type: 'TOOL_OR_SOFTWARE',
    sourceParagraph: 'para. 6',
    beneficiaryStates: [],
    beneficiaryRegions: [],
    partners: [],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [],
  },

  // ───────────── III.A Criminal justice responses (priority area B) ─────────────
  {
    code: 'III.A.1-1',
    section: 'III.A.1',
    title: 'Programme against drug trafficking to and from Guinea-Bissau: rule of law and administration of justice',
    description:
      'The programme "Combating and preventing drug trafficking to and from Guinea-Bissau: promoting the rule of law and the effective administration of justice" combines strengthening of border controls, specialized expertise within the judicial police to combat trafficking and capacity to prosecute and sentence traffickers, with support for penal reform and measures to improve access to justice.',
    priorityAreaCode: 'B',
    subAreaCode: 'B.b',
    type: 'LEGAL_ADVISORY_SERVICE',
    sourceParagraph: 'para. 16',
    beneficiaryStates: ['GNB'],
    beneficiaryRegions: ['Western Africa'],
    partners: [],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [],
  },
  {
    code: 'III.A.1-2',
    section: 'III.A.1',
    title:
      'Integrated programmes for other post-conflict settings: Haiti, the Democratic Republic of the Congo, West Africa',
    description:
      'Building on the Guinea-Bissau example, integrated programmes have been developed or are under development, along similar lines, for other post-conflict settings, including Haiti, the Democratic Republic of the Congo and countries in West Africa.',
    priorityAreaCode: 'B',
    subAreaCode: 'B.b',
    type: 'LEGAL_ADVISORY_SERVICE',
    sourceParagraph: 'para. 16',
    beneficiaryStates: ['HTI', 'COD'],
    beneficiaryRegions: ['Western Africa'],
    partners: [],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [],
  },
  {
    code: 'III.A.2-1',
    section: 'III.A.2',
    title: 'Legal advice and assistance to implement the Convention and its Protocols',
    description:
      'Since the entry into force of the Convention (29 September 2003, footnote 9), UNODC headquarters and field offices have provided, on request, evaluation, gap analysis and advice on existing legislation, support for drafting or amending legislation, advice to parliamentarians, training and working tools for practitioners and help with practical implementation problems, to States including the seventeen named in para. 17.',
    priorityAreaCode: 'B',
    subAreaCode: 'B.a',
    type: 'LEGAL_ADVISORY_SERVICE',
    sourceParagraph: 'para. 17',
    beneficiaryStates: [
      'AGO',
      'ARM',
      'AZE',
      'CPV',
      'CRI',
      'ECU',
      'GNQ',
      'GEO',
      'GHA',
      'GTM',
      'HND',
      'MDG',
      'MUS',
      'MNG',
      'MOZ',
      'PAN',
      'PER',
    ],
    beneficiaryRegions: [],
    partners: [],
    startsOn: '2003-09-29',
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [{ label: 'States named as having received legal advice', value: 17, sourceParagraph: 'para. 17' }],
  },
  {
    code: 'III.A.2-2',
    section: 'III.A.2',
    title: 'Model laws on trafficking in persons and on justice for child victims and witnesses of crime',
    description:
      'Model laws and related commentaries on trafficking in persons and on justice in matters involving child victims and witnesses of crime are being finalized and are expected to be issued during the last quarter of 2008.',
    priorityAreaCode: 'B',
    subAreaCode: 'B.a',
    type: 'MODEL_LEGISLATION',
    sourceParagraph: 'para. 18',
    beneficiaryStates: [],
    beneficiaryRegions: [],
    partners: [],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [],
  },
  {
    code: 'III.A.2-3',
    section: 'III.A.2',
    title: 'Model law on witness protection and model agreement on the relocation of witnesses',
    description:
      'A model law on witness protection is being drafted (para. 18), with a model agreement on international cooperation in the relocation of at-risk witnesses (para. 21).',
    priorityAreaCode: 'B',
    subAreaCode: 'B.c',
    type: 'MODEL_LEGISLATION',
    sourceParagraph: 'para. 18',
    beneficiaryStates: [],
    beneficiaryRegions: [],
    partners: [],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [],
  },
  {
    code: 'III.A.2-4',
    section: 'III.A.2',
    title: 'First steps towards model legislation for the Migrants Protocol and the Firearms Protocol',
    description:
      'First steps have been taken, within available resources, to develop model legislation for the implementation of the Migrants Protocol and the Firearms Protocol; limited initial funding has been made available for it (footnote 12).',
    priorityAreaCode: 'B',
    subAreaCode: 'B.a',
    type: 'MODEL_LEGISLATION',
    sourceParagraph: 'para. 18',
    beneficiaryStates: [],
    beneficiaryRegions: [],
    partners: [],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [],
  },
  {
    code: 'III.A.3-1',
    section: 'III.A.3',
    title: 'Study on identity-related crime and its core group of experts',
    description:
      'In early 2007 UNODC conducted a study on identity-related crimes as distinct criminal offences; on its recommendations and the advice of a core group of experts brought together in 2007, UNODC acts as a broker to identify needs and assemble experts from the public and private sectors, and develops materials on legislation, international cooperation and prevention of identity-related crime.',
    priorityAreaCode: 'B',
    subAreaCode: 'B.e',
    type: 'RESEARCH',
    sourceParagraph: 'para. 19',
    beneficiaryStates: [],
    beneficiaryRegions: [],
    partners: [],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [],
  },
  {
    code: 'III.A.3-2',
    section: 'III.A.3',
    title: 'Virtual Forum against Cybercrime with the Korean Institute of Criminology',
    description:
      'With the Korean Institute of Criminology, UNODC has been developing a Virtual Forum against Cybercrime on a digital platform, to provide countries in Asia, and later developing countries in other regions, with training courses and technical advice on the prevention and investigation of cybercrime. Four meetings of experts have been held with the Institute since 2005; a fifth is scheduled in Seoul on 30 and 31 October 2008 (footnote 7).',
    priorityAreaCode: 'B',
    subAreaCode: 'B.b',
    type: 'TRAINING_MATERIAL',
    sourceParagraph: 'para. 20',
    beneficiaryStates: [],
    beneficiaryRegions: ['Asia'],
    partners: ['Korean Institute of Criminology'],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [
      {
        label: 'meetings of experts held with the Korean Institute of Criminology since 2005',
        value: 4,
        sourceParagraph: 'footnote 7',
      },
    ],
  },
  {
    code: 'III.A.4-1',
    section: 'III.A.4',
    title: 'Good Practices for the Protection of Witnesses in Criminal Proceedings Involving Organized Crime',
    description:
      'UNODC launched the publication in February 2008, developed from a series of regional meetings with law enforcement, prosecutorial and judicial authorities; it is being translated into Arabic, Farsi, French, Russian and Spanish (footnote 8).',
    priorityAreaCode: 'B',
    subAreaCode: 'B.c',
    type: 'TRAINING_MATERIAL',
    sourceParagraph: 'para. 21',
    beneficiaryStates: [],
    beneficiaryRegions: [],
    partners: [],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [{ label: 'languages the publication is being translated into', value: 5, sourceParagraph: 'footnote 8' }],
  },
  {
    code: 'III.A.5-1',
    section: 'III.A.5',
    title: 'Meeting of experts on joint investigations (article 19)',
    description:
      'A meeting of experts convened in Vienna in September 2008 on the legal and practical issues of joint investigation bodies and joint investigations under article 19 of the Convention: current practice, guidance on structuring and managing them, their effects on cooperation, the need for agreements (with a view to model agreements) and the legal frameworks needed. Its report will be before the Conference in a conference room paper.',
    priorityAreaCode: 'B',
    subAreaCode: 'B.d',
    type: 'EXPERT_GROUP_MEETING',
    sourceParagraph: 'para. 22',
    beneficiaryStates: [],
    beneficiaryRegions: [],
    partners: [],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [],
  },
  {
    code: 'III.C-1',
    section: 'III.C',
    title: 'Inter-divisional task forces and integrated strategic programmes for three regions',
    description:
      'UNODC has established inter-divisional task forces for Eastern Africa, South-East Asia and the Pacific, and Latin America and the Caribbean, and is developing an integrated strategic programme for each region, within which activities to strengthen criminal justice responses to organized crime will be integrated (from "C. The way forward", the one place the chapter describes them).',
    priorityAreaCode: 'B',
    subAreaCode: null,
    type: 'NETWORK',
    sourceParagraph: 'para. 35',
    beneficiaryStates: [],
    beneficiaryRegions: ['Eastern Africa', 'South-East Asia', 'Pacific', 'Latin America and the Caribbean'],
    partners: [],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [{ label: 'regions with an inter-divisional task force', value: 3, sourceParagraph: 'para. 35' }],
  },

  // ───────────── IV.A International cooperation (priority area C) ─────────────
  {
    code: 'IV.A-1',
    section: 'IV.A',
    title: 'Regional workshops for central and other competent authorities (decision 3/2)',
    description:
      'Supported by an advisory group of experts and pursuant to decision 3/2, UNODC has organized a series of regional workshops for central and other competent authorities, liaison magistrates and judges, and prosecutors and practitioners in charge of cases requiring international cooperation (para. 38). Its initial plan envisaged a series of ten workshops; five were held in 2007 and 2008 (footnote 17) and funding has been received for two more, in the Balkans and the Caribbean (para. 43).',
    priorityAreaCode: 'C',
    subAreaCode: 'C.b',
    type: 'WORKSHOP',
    sourceParagraph: 'para. 38',
    beneficiaryStates: [],
    beneficiaryRegions: [],
    partners: ['OAS', 'UNDP', 'OSCE'],
    startsOn: '2007-09-12',
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [
      { label: 'workshops in the initial plan to implement decision 3/2', value: 10, sourceParagraph: 'para. 43' },
      { label: 'regional workshops held in 2007 and 2008', value: 5, sourceParagraph: 'para. 43' },
      { label: 'further workshops with funding received', value: 2, sourceParagraph: 'para. 43' },
    ],
  },
  {
    code: 'IV.A-2',
    section: 'IV.A',
    title:
      'Tools for international cooperation: online directory, virtual network, request writer tool, case catalogue',
    description:
      'UNODC has worked on an online directory of competent authorities, a virtual network of authorities, a mutual legal assistance request writer tool and a catalogue of cases where the Convention was the basis of international cooperation (para. 38). Further development of the extradition request writer tool is on hold for lack of human and financial resources (footnote 15).',
    priorityAreaCode: 'C',
    subAreaCode: 'C.c',
    type: 'TOOL_OR_SOFTWARE',
    sourceParagraph: 'para. 38',
    beneficiaryStates: [],
    beneficiaryRegions: [],
    partners: [],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [],
  },
  {
    code: 'IV.A-3',
    section: 'IV.A',
    title: 'Advisory group of experts on international cooperation',
    description:
      'An advisory group of experts has advised and supported the Secretariat in organizing the regional workshops; it met on a voluntary basis five times in Vienna between June 2007 and May 2008, and its members took part in the workshops as resource persons at no cost to UNODC (para. 46). Experts from 19 States and from OSCE took part (footnote 18).',
    priorityAreaCode: 'C',
    subAreaCode: 'C.b',
    type: 'NETWORK',
    sourceParagraph: 'para. 46',
    beneficiaryStates: [],
    beneficiaryRegions: [],
    partners: ['OSCE'],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [
      { label: 'meetings of the group in Vienna, June 2007 to May 2008', value: 5, sourceParagraph: 'para. 46' },
      { label: 'States whose experts took part in the group', value: 19, sourceParagraph: 'footnote 18' },
    ],
  },

  // ───────────── V.A Data collection (priority area D) ─────────────
  {
    code: 'V.A.1-1',
    section: 'V.A.1',
    title: 'Training and assistance in crime statistics and surveys (article 28)',
    description:
      'UNODC has strengthened its capacity to provide training and assistance in crime statistics and surveys, to support countries in developing national capacities to collect and analyse their own data and share them internationally, in accordance with article 28 of the Convention (para. 53); information is scarce and comes mostly from developed countries (para. 52).',
    priorityAreaCode: 'D',
    subAreaCode: 'D.a',
    type: 'TRAINING_MATERIAL',
    sourceParagraph: 'para. 53',
    beneficiaryStates: [],
    beneficiaryRegions: [],
    partners: [],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [],
  },
  {
    code: 'V.A.1-2',
    section: 'V.A.1',
    title: 'Project to collect and analyse data on drugs, crime and victimization in Africa',
    description:
      'Funded by the United Nations Development Account and started in 2007, the project helps African countries generate better data, analyse trends in drugs, crime and victimization and exchange information on a regional platform. A workshop in Addis Ababa in the last quarter of 2008 is to raise policymakers’ awareness of accurate crime information (para. 54; footnote 19: the African Union Plan of Action 2007-2012).',
    priorityAreaCode: 'D',
    subAreaCode: 'D.a',
    type: 'RESEARCH',
    sourceParagraph: 'para. 54',
    beneficiaryStates: [],
    beneficiaryRegions: ['Africa'],
    partners: ['African Union Commission'],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [],
  },
  {
    code: 'V.A.2-1',
    section: 'V.A.2',
    title: 'Training in reporting through the United Nations Survey on Crime Trends',
    description:
      'UNODC has trained requesting States in reporting crime and criminal justice statistics through the United Nations Survey on Crime Trends and Operations of Criminal Justice Systems, increasing their capacity to exchange information on common definitions (para. 55). The statistical categories follow the Convention and Protocols: participation in organized criminal groups, human trafficking and smuggling of migrants (para. 56).',
    priorityAreaCode: 'D',
    subAreaCode: 'D.a',
    type: 'WORKSHOP',
    sourceParagraph: 'para. 55',
    beneficiaryStates: [],
    beneficiaryRegions: [],
    partners: [],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [],
  },
  {
    code: 'V.A.2-2',
    section: 'V.A.2',
    title: 'Central Asian training curriculum on international data collection instruments',
    description:
      'A training curriculum on international data collection instruments, useful in exploring the links between drug trafficking and organized crime, was developed for countries of Central Asia; training was provided in Turkmenistan in April 2008 and is planned for Tajikistan later in the year (footnote 20).',
    priorityAreaCode: 'D',
    subAreaCode: 'D.b',
    type: 'TRAINING_MATERIAL',
    sourceParagraph: 'para. 55',
    beneficiaryStates: ['TKM', 'TJK'],
    beneficiaryRegions: ['Central Asia'],
    partners: [],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [],
  },
  {
    code: 'V.A.2-3',
    section: 'V.A.2',
    title: 'Survey of drug trafficking in Central Asia within the Paris Pact Initiative',
    description:
      'A survey of drug trafficking in Central Asia is being conducted within the Paris Pact Initiative; its results will be compiled in a report to be issued in the last quarter of 2008.',
    priorityAreaCode: 'D',
    subAreaCode: 'D.b',
    type: 'RESEARCH',
    sourceParagraph: 'para. 55',
    beneficiaryStates: [],
    beneficiaryRegions: ['Central Asia'],
    partners: ['Paris Pact Initiative'],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [],
  },
  {
    code: 'V.A.2-4',
    section: 'V.A.2',
    title: 'Checklist of criminal justice information on human trafficking (UN.GIFT)',
    description:
      'Within the United Nations Global Initiative to Fight Human Trafficking, UNODC compiled a detailed checklist to identify the criminal justice information available at country and regional level on human trafficking, to close information gaps and improve monitoring (para. 56, footnote 21).',
    priorityAreaCode: 'D',
    subAreaCode: 'D.b',
    type: 'TOOL_OR_SOFTWARE',
    sourceParagraph: 'para. 56',
    beneficiaryStates: [],
    beneficiaryRegions: [],
    partners: ['UN.GIFT'],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [],
  },
  {
    code: 'V.C-2',
    section: 'V.C',
    title: 'Statistical indicators to measure organized crime',
    description:
      'UNODC is developing a set of statistical indicators to measure issues related to organized crime, to be discussed, on request, with experts designated by Member States (from "C. The way forward", the one place the chapter describes it).',
    priorityAreaCode: 'D',
    subAreaCode: 'D.b',
    type: 'RESEARCH',
    sourceParagraph: 'para. 59',
    beneficiaryStates: [],
    beneficiaryRegions: [],
    partners: [],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [],
  },

  // ───────────── VI.A Implementation of the Protocols (priority area E) ─────────────
  {
    code: 'VI.A.1-1',
    section: 'VI.A.1',
    title: 'Technical assistance projects on the Trafficking in Persons Protocol and their tools',
    description:
      'As at July 2008, UNODC was implementing 21 technical assistance projects around the world on all aspects of the Trafficking in Persons Protocol (legislation, national strategies, local capacity and expertise), supported by tools including a legislative checklist, a parliamentary handbook, research questionnaires, a toolkit of best practices, training material for first respondents and specialists, a case database, computer-based training modules and public service announcements (paras 63-64).',
    priorityAreaCode: 'E',
    subAreaCode: 'E.b',
    type: 'TRAINING_MATERIAL',
    sourceParagraph: 'para. 64',
    beneficiaryStates: [],
    beneficiaryRegions: [],
    partners: [],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [
      {
        label: 'technical assistance projects on trafficking in persons (July 2008)',
        value: 21,
        sourceParagraph: 'para. 64',
      },
    ],
  },
  {
    code: 'VI.A.1-2',
    section: 'VI.A.1',
    title: 'Criminal justice training modules against the smuggling of migrants in North and West Africa',
    description:
      'Within projects in North and West Africa, UNODC is developing criminal justice training modules on preventing and combating smuggling of migrants with the European Police Office, INTERPOL and the Serious Organized Crime Agency of the United Kingdom; assistance has been limited by a lack of funding.',
    priorityAreaCode: 'E',
    subAreaCode: 'E.b',
    type: 'TRAINING_MATERIAL',
    sourceParagraph: 'para. 65',
    beneficiaryStates: [],
    beneficiaryRegions: ['North Africa', 'West Africa'],
    partners: ['Europol', 'INTERPOL', 'Serious Organized Crime Agency (United Kingdom)'],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [],
  },
  {
    code: 'VI.A.1-3',
    section: 'VI.A.1',
    title: 'Training activities with NATO and States of the Partnership for Peace',
    description:
      'UNODC’s current training activities with the North Atlantic Treaty Organization and States that are part of the Partnership for Peace, which the proposals of para. 76 build on (the one place the document names them).',
    priorityAreaCode: 'E',
    subAreaCode: 'E.b',
    type: 'WORKSHOP',
    sourceParagraph: 'para. 76',
    beneficiaryStates: [],
    beneficiaryRegions: [],
    partners: ['NATO', 'Partnership for Peace'],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [],
  },
  {
    code: 'VI.A.2-1',
    section: 'VI.A.2',
    title: 'Legal advice on firearms legislation in Bolivia',
    description:
      'In 2008 UNODC provided legal advice and initial support for the review of firearms legislation in Bolivia; further assistance is envisaged for ratification of the Firearms Protocol and the adoption of domestic legislation.',
    priorityAreaCode: 'E',
    subAreaCode: 'E.a',
    type: 'LEGAL_ADVISORY_SERVICE',
    sourceParagraph: 'para. 67',
    beneficiaryStates: ['BOL'],
    beneficiaryRegions: [],
    partners: [],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [],
  },
  {
    code: 'VI.A.2-2',
    section: 'VI.A.2',
    title: 'Project against illicit manufacturing of and trafficking in firearms in Colombia',
    description:
      'Throughout 2007 and 2008 UNODC continued the project "Preventing and combating the illicit manufacturing and trafficking in firearms and ammunition to prevent crime and promote a culture of peace in Colombia": a train-the-trainers course implemented regionally by UN-LiREC, INTERPOL and CICAD with the National Firearms Committee of Colombia, regional and national training courses, and assistance to the Government of Colombia to destroy over 16,000 firearms seized from or handed over by insurgent groups.',
    priorityAreaCode: 'E',
    subAreaCode: 'E.b',
    type: 'WORKSHOP',
    sourceParagraph: 'para. 67',
    beneficiaryStates: ['COL'],
    beneficiaryRegions: [],
    partners: ['UN-LiREC', 'INTERPOL', 'CICAD', 'National Firearms Committee of Colombia'],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [{ label: 'firearms destroyed in Colombia (over)', value: 16000, sourceParagraph: 'para. 67' }],
  },
  {
    code: 'VI.A.2-3',
    section: 'VI.A.2',
    title: 'Regional training seminars on firearms trafficking with RACVIAC, Zagreb',
    description:
      'In June 2007, with the Regional Arms Control Verification and Implementation Assistance Centre in Zagreb, UNODC organized a regional training seminar on preventing and combating trafficking in firearms; a follow-up seminar in Zagreb in April 2008 reviewed the implementation of the Firearms Protocol among South-Eastern European States.',
    priorityAreaCode: 'E',
    subAreaCode: 'E.b',
    type: 'WORKSHOP',
    sourceParagraph: 'para. 68',
    beneficiaryStates: [],
    beneficiaryRegions: ['South-Eastern Europe'],
    partners: ['RACVIAC'],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [],
  },
  {
    code: 'VI.A.2-4',
    section: 'VI.A.2',
    title: 'Technical guidelines on firearms record-keeping, marking, deactivation and transfers',
    description:
      'UNODC has embarked on technical guidelines to help States establish and strengthen firearm record-keeping, marking, deactivation and disposal, export, import and transit mechanisms, security measures and the regulation of brokers, so as to control the legal trade and prevent diversion into the illicit trade.',
    priorityAreaCode: 'E',
    subAreaCode: 'E.b',
    type: 'TRAINING_MATERIAL',
    sourceParagraph: 'para. 69',
    beneficiaryStates: [],
    beneficiaryRegions: [],
    partners: [],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [],
  },
  {
    code: 'VI.A.2-5',
    section: 'VI.A.2',
    title: 'Model legislative provisions on firearms and their meeting of experts',
    description:
      'UNODC has initiated model legislative provisions on the aspects of the Firearms Protocol that need a legislative basis (para. 70); a meeting of experts in Vienna, 25-29 August 2008, is to give input on the draft technical guidelines and the model legislation, its report before the Conference as a conference room paper (para. 71).',
    priorityAreaCode: 'E',
    subAreaCode: 'E.b',
    type: 'MODEL_LEGISLATION',
    sourceParagraph: 'para. 70',
    beneficiaryStates: [],
    beneficiaryRegions: [],
    partners: [],
    startsOn: null,
    endsOn: null,
    status: 'UNDER_WAY',
    figures: [],
  },
];

/** Proposals (by code) and the current activities (by code) each builds on, as the document links them. */
export const BUILDS_ON: Record<string, string[]> = {
  'II.B.1-1': ['II.A.1-1', 'II.A.2-1'], // para. 8-9: the checklist and the software facilitate reporting
  'II.B.3-1': ['II.A.1-1'], // para. 11: the checklist was developed by a team of interns and volunteers
  'III.B.1-1': ['III.A.1-1', 'III.A.1-2'], // paras 16 and 23: post-conflict settings
  'III.B.2-1': ['III.A.2-1'], // para. 25: Madagascar, "building on assistance already provided" (para. 17)
  'III.B.2-4': ['III.A.3-1'], // para. 29: identity-related crime
  'III.B.3-2': ['III.A.2-4'], // para. 30 (b), see para. 18
  'III.B.3-3': ['III.A.2-4', 'VI.A.2-5'], // para. 30 (c), see paras 18 and 70
  'III.B.4-4': ['III.A.3-2'], // para. 33: cybercrime training materials
  'III.B.5-1': ['III.A.4-1', 'III.A.2-3'], // para. 34: witness protection
  'IV.B.1-1': ['IV.A-2'], // para. 39: the online directory
  'IV.B.5-1': ['IV.A-1'], // para. 43: the two funded workshops follow the five held
  'IV.B.5-2': ['IV.A-1'],
  'IV.B.5-3': ['IV.A-1'],
  'IV.B.5-4': ['IV.A-1'],
  'IV.B.5-5': ['IV.A-1'],
  'IV.B.5-6': ['IV.A-1'], // para. 44: following the joint OAS-UNODC workshop
  'IV.B.5-7': ['IV.A-1'],
  'IV.B.5-9': ['IV.A-2'], // para. 45: the request writer tool
  'IV.B.6-1': ['IV.A-3'], // para. 46: the advisory group
  'IV.B.7-1': ['IV.A-2'], // para. 47: the virtual network
  'V.B.1-1': ['V.A.1-1', 'V.A.1-2'], // para. 57: continue providing assistance
  'VI.B.1-1': ['VI.A.1-1'], // paras 73-74: the tools developed
  'VI.B.1-2': ['VI.A.1-2'], // para. 74: similar initiatives on smuggling of migrants
  'VI.B.1-4': ['VI.A.1-3'], // para. 76: build on its current training with NATO
  'VI.B.2-3': ['VI.A.2-1'], // para. 79 (c): legislative assistance, as in Bolivia
  'VI.B.2-4': ['VI.A.2-2', 'VI.A.2-3'], // para. 79 (e): training, as in Colombia and Zagreb
  'VI.B.2-5': ['VI.A.2-4', 'VI.A.2-5'], // para. 81 (a): finalize model legislation and technical guidelines
};

/** Figures the document gives about a proposal (not about current work), each with its paragraph or footnote. */
export const PROPOSAL_FIGURES: Record<string, ActivityFigure[]> = {
  'III.B.2-1': [
    {
      label: 'States parties or signatories requesting legislative assistance',
      value: 23,
      sourceParagraph: 'para. 25',
    },
    { label: 'parties to the Organized Crime Convention', value: 146, sourceParagraph: 'footnote 10' },
    { label: 'parties to the Trafficking in Persons Protocol', value: 122, sourceParagraph: 'footnote 10' },
    { label: 'parties to the Smuggling of Migrants Protocol', value: 114, sourceParagraph: 'footnote 10' },
    { label: 'parties to the Firearms Protocol', value: 75, sourceParagraph: 'footnote 10' },
    { label: 'years the Convention and Protocols have been in force (up to)', value: 5, sourceParagraph: 'para. 24' },
  ],
  'III.B.2-2': [
    {
      label: 'field offices with a legal adviser (Bangkok, Tashkent, Bogotá)',
      value: 3,
      sourceParagraph: 'footnote 11',
    },
  ],
  'III.B.4-1': [
    { label: 'States naming training of practitioners as a key need', value: 20, sourceParagraph: 'para. 31' },
  ],
  'II.B.1-1': [
    { label: 'States needing help with reporting obligations', value: 16, sourceParagraph: 'footnote 5' },
    {
      label: 'States that filled in the checklist at the June 2008 workshop in Senegal',
      value: 20,
      sourceParagraph: 'para. 9',
    },
    { label: 'States that updated information at that workshop', value: 6, sourceParagraph: 'para. 9' },
  ],
  'IV.B.5-3': [{ label: 'workshops proposed in South Asia', value: 1, sourceParagraph: 'para. 43' }],
  'IV.B.5-4': [{ label: 'workshops proposed in Africa', value: 2, sourceParagraph: 'para. 43' }],
  'IV.B.5-6': [{ label: 'subregional workshops for South and Central America', value: 2, sourceParagraph: 'para. 44' }],
  'VI.B.2-1': [
    {
      label: 'countries initially involved in the firearms programme',
      value: 8,
      upTo: 10,
      sourceParagraph: 'para. 80',
    },
  ],
};
