import type { DeliveryStatus, IndicatorUnit, OutcomeMeasure, ResultType } from '@ta/domain';

/**
 * The demo results framework. The source gives one measured result: at the Dakar regional workshop of June 2008,
 * representatives of 20 States filled in the checklist and six States updated information previously provided
 * (para. 9). Those two indicators are bound to the workshop's recorded outcome (their actuals are computed from
 * it) and are not illustrative. Every other result, indicator, baseline, target and actual below is illustrative
 * (the document sets no targets), and so marked.
 */
export interface DemoIndicator {
  key: string;
  title: string;
  unit: IndicatorUnit;
  baseline?: string;
  baselineYear?: number;
  target?: string;
  targetYear?: number;
  measure?: OutcomeMeasure;
  illustrative: boolean;
  sourceParagraph?: string;
  /** Actuals typed in (illustrative), each with its source. */
  actuals?: Array<{ year: number; value: string; source: 'REPORT' | 'STATE_UPDATE'; sourceRef: string; note?: string }>;
}

export interface DemoResult {
  key: string;
  activity: { section: string; titleIncludes: string };
  type: ResultType;
  title: string;
  sourceParagraph?: string;
  indicators: DemoIndicator[];
}

export const DEMO_RESULTS: DemoResult[] = [
  {
    key: 'iva-workshops-reporting',
    activity: { section: 'IV.A', titleIncludes: 'Regional workshops' },
    type: 'OUTPUT',
    title: 'States supported at regional workshops in reporting on implementation',
    sourceParagraph: 'para. 9',
    indicators: [
      {
        key: 'checklists',
        title: 'States that filled in the self-assessment checklist with the secretariat’s support',
        unit: 'NUMBER',
        measure: 'CHECKLISTS_COMPLETED',
        illustrative: false,
        sourceParagraph: 'para. 9',
      },
      {
        key: 'updated',
        title: 'States that updated information previously provided',
        unit: 'NUMBER',
        measure: 'STATES_UPDATED',
        illustrative: false,
        sourceParagraph: 'para. 9',
      },
    ],
  },
  {
    key: 'iib1-sessions',
    activity: { section: 'II.B.1', titleIncludes: 'reporting' },
    type: 'OUTPUT',
    title: 'Sessions on reporting obligations added to UNODC workshops and training seminars',
    sourceParagraph: 'para. 9',
    indicators: [
      {
        key: 'sessions',
        title: 'Workshops with a session on reporting requirements',
        unit: 'NUMBER',
        baseline: '1',
        baselineYear: 2008,
        target: '9',
        targetYear: 2011,
        illustrative: true,
        actuals: [
          { year: 2009, value: '3', source: 'REPORT', sourceRef: 'Illustrative: secretariat progress report 2009' },
        ],
      },
    ],
  },
  {
    key: 'iib1-reporting-rate',
    activity: { section: 'II.B.1', titleIncludes: 'reporting' },
    type: 'OUTCOME',
    title: 'More States parties report on their implementation of the Convention',
    indicators: [
      {
        key: 'rate',
        title: 'States parties that have answered the self-assessment checklist',
        unit: 'PERCENTAGE',
        baseline: '45',
        baselineYear: 2008,
        target: '75',
        targetYear: 2011,
        illustrative: true,
        actuals: [
          { year: 2009, value: '52.5', source: 'REPORT', sourceRef: 'Illustrative: report to the Conference, 2010' },
        ],
      },
      {
        key: 'software',
        title: 'Checklist software available in the six official languages',
        unit: 'YES_NO',
        baseline: '0',
        baselineYear: 2008,
        target: '1',
        targetYear: 2010,
        illustrative: true,
        actuals: [{ year: 2010, value: '1', source: 'STATE_UPDATE', sourceRef: 'Illustrative: focal points’ updates' }],
      },
    ],
  },
];

/** Delivery status of demo activities: illustrative (the document dates no start of delivery). */
export const DEMO_DELIVERY: Array<{
  activity: { section: string; titleIncludes: string };
  status: Exclude<DeliveryStatus, 'PLANNED'>;
  startedOn: string;
}> = [
  {
    activity: { section: 'IV.A', titleIncludes: 'Regional workshops' },
    status: 'IN_DELIVERY',
    startedOn: '2007-06-01',
  },
  { activity: { section: 'II.B.1', titleIncludes: 'reporting' }, status: 'IN_DELIVERY', startedOn: '2009-02-02' },
  { activity: { section: 'IV.B.5', titleIncludes: 'Balkans' }, status: 'IN_DELIVERY', startedOn: '2009-03-02' },
];

/**
 * Illustrative expenditure: per activity and year, the share (per cent) of the firm money (committed or paid)
 * allocated to it that was spent, in US dollars, in one category.
 */
export const DEMO_EXPENDITURE: Array<{
  key: string;
  activity: { section: string; titleIncludes: string };
  year: number;
  category: 'MEETINGS' | 'TRAVEL' | 'CONSULTANTS';
  percentOfAllocated: number;
  spentOn: string;
}> = [
  {
    key: 'ivb5-balkans-2009-meetings',
    activity: { section: 'IV.B.5', titleIncludes: 'Balkans' },
    year: 2009,
    category: 'MEETINGS',
    percentOfAllocated: 60,
    spentOn: '2009-06-15',
  },
];
