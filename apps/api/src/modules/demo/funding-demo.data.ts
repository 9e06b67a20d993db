/**
 * Illustrative donors and money: the source document names no donor or amount (its costing is in another
 * paper). Shapes only: some activities fully funded, some partly, some not at all, in five currencies.
 */
export const DEMO_RATES = [
  { currency: 'EUR', date: '2008-11-03', rateToUsd: '1.27450000' },
  { currency: 'NOK', date: '2008-12-01', rateToUsd: '0.14170000' },
  { currency: 'JPY', date: '2009-01-15', rateToUsd: '0.01112000' },
  { currency: 'GBP', date: '2009-02-02', rateToUsd: '1.42600000' },
] as const;

/**
 * Illustrative priorities (priority areas, M49 areas, instruments), in line with what the source document says
 * is short of money: Norway, whose experts sit on the advisory group on international cooperation (para. 46,
 * note 18), funds area C in the regions where workshops are still to be held, South Asia and Africa (para. 43);
 * Japan, criminal justice responses to cybercrime (area B, paras. 20 and 33); the United Kingdom, the Protocols
 * (area E) on trafficking in persons and smuggling of migrants (paras. 63-65). An instrument matches an activity
 * through the requests linked to it; Norway states none, so its page shows its areas' and regions' gaps.
 */
export const DEMO_PRIORITIES = {
  NOR: { priorityAreaCodes: ['C'], priorityM49Areas: ['002', '034'], priorityInstruments: [] },
  JPN: { priorityAreaCodes: ['B'], priorityM49Areas: [], priorityInstruments: [] },
  GBR: { priorityAreaCodes: ['E'], priorityM49Areas: [], priorityInstruments: ['TIP', 'SOM'] },
} as const;

export const DEMO_DONORS = [
  { key: 'NOR', name: 'Norway (illustrative)' },
  {
    key: 'EU',
    name: 'European Union (illustrative)',
    donorType: 'INTERGOVERNMENTAL',
    countryIso3: null,
    namedPublicly: true,
  },
  { key: 'JPN', name: 'Japan (illustrative)', donorType: 'MEMBER_STATE', countryIso3: 'JPN', namedPublicly: true },
  {
    key: 'GBR',
    name: 'United Kingdom (illustrative)',
    donorType: 'MEMBER_STATE',
    countryIso3: 'GBR',
    namedPublicly: false,
  },
  {
    key: 'USA',
    name: 'United States (illustrative)',
    donorType: 'MEMBER_STATE',
    countryIso3: 'USA',
    namedPublicly: true,
  },
  {
    key: 'FDN',
    name: 'A private foundation (illustrative)',
    donorType: 'FOUNDATION',
    countryIso3: null,
    namedPublicly: false,
  },
] as const;

/** Where an activity is found: its section and a word of its title. */
export interface ActivityRef {
  section: string;
  titleIncludes: string;
}

export interface DemoContribution {
  key: string;
  donor: (typeof DEMO_DONORS)[number]['key'];
  amount: string;
  currency: 'USD' | 'EUR' | 'NOK' | 'JPY' | 'GBP';
  date: string;
  stage: 'INTENDED' | 'PLEDGED' | 'COMMITTED' | 'PAID';
  agreementRef?: string;
  earmarkedTo?: ActivityRef;
  priorityAreaCode?: string;
  /** Per activity: the share of each year's cost to allocate, in per cent (100 = fully funded). */
  allocate: Array<{ activity: ActivityRef; percent: number }>;
  /** A deliberate over-funding: beyond the activity's need in its first year, with the reason. */
  overFund?: { activity: ActivityRef; amountUsd: string; reason: string };
}

export const DEMO_CONTRIBUTIONS: DemoContribution[] = [
  {
    key: 'usa-balkans',
    donor: 'USA',
    amount: '400000.00',
    currency: 'USD',
    date: '2008-12-15',
    stage: 'PAID',
    agreementRef: 'ILLUSTRATIVE-USA-2008-01',
    earmarkedTo: { section: 'IV.B.5', titleIncludes: 'Balkans' },
    allocate: [{ activity: { section: 'IV.B.5', titleIncludes: 'Balkans' }, percent: 100 }],
  },
  {
    key: 'eu-area-c',
    donor: 'EU',
    amount: '500000.00',
    currency: 'EUR',
    date: '2008-11-03',
    stage: 'COMMITTED',
    agreementRef: 'ILLUSTRATIVE-EU-2008-17',
    priorityAreaCode: 'C',
    allocate: [
      { activity: { section: 'IV.B.5', titleIncludes: 'Caribbean' }, percent: 100 },
      { activity: { section: 'IV.B.5', titleIncludes: 'South Asia' }, percent: 60 },
    ],
    // Beyond the Caribbean workshop's cost on purpose; the rest of the EU's money stays unallocated, in hand.
    overFund: {
      activity: { section: 'IV.B.5', titleIncludes: 'Caribbean' },
      amountUsd: '5000.00',
      reason: 'Illustrative: interpretation into a third language, which the donor asked for',
    },
  },
  {
    key: 'nor-unearmarked',
    donor: 'NOR',
    amount: '3000000.00',
    currency: 'NOK',
    date: '2008-12-01',
    stage: 'PLEDGED',
    allocate: [{ activity: { section: 'II.B.1', titleIncludes: 'reporting' }, percent: 50 }],
  },
  {
    key: 'jpn-cyber',
    donor: 'JPN',
    amount: '30000000.00',
    currency: 'JPY',
    date: '2009-01-15',
    stage: 'COMMITTED',
    agreementRef: 'ILLUSTRATIVE-JPN-2009-03',
    earmarkedTo: { section: 'III.B.4', titleIncludes: 'cybercrime' },
    allocate: [{ activity: { section: 'III.B.4', titleIncludes: 'cybercrime' }, percent: 100 }],
  },
  {
    key: 'gbr-legal',
    donor: 'GBR',
    amount: '150000.00',
    currency: 'GBP',
    date: '2009-02-02',
    stage: 'PAID',
    agreementRef: 'ILLUSTRATIVE-GBR-2009-02',
    allocate: [{ activity: { section: 'III.B.2', titleIncludes: 'legislative' }, percent: 40 }],
  },
  {
    key: 'fdn-pledge',
    donor: 'FDN',
    amount: '100000.00',
    currency: 'USD',
    date: '2009-03-10',
    stage: 'PLEDGED',
    allocate: [],
  },
  {
    // Norway's intention: shown to the secretariat, never counted as money (the donor account's own).
    key: 'nor-intention',
    donor: 'NOR',
    amount: '80000.00',
    currency: 'USD',
    date: '2009-03-20',
    stage: 'INTENDED',
    priorityAreaCode: 'E',
    allocate: [],
  },
];
