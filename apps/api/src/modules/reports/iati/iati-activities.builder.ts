import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { create } from 'xmlbuilder2';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/** What the export needs of one activity; money as decimal strings, never numbers. */
export interface IatiActivity {
  code: string;
  title: string;
  description: string;
  status: string;
  priorityAreaCode: string;
  priorityAreaTitle: string;
  startsOn: string | null;
  endsOn: string | null;
  beneficiaryStates: string[];
  /**
   * Where it benefits, as the funding gap splits it: States (ISO alpha-3) and UN M49 areas, each with its
   * percentage. None for a global activity.
   */
  recipients: Array<{ kind: 'STATE' | 'AREA'; code: string; percentage: string }>;
  /** Partner organisations from the registry, with their IATI role, type and identifier where known. */
  participatingOrgs: Array<{ name: string; ref: string | null; typeCode: string; roleCode: string }>;
  updatedAt: Date;
  budgets: Array<{ year: number; basis: 'ORIGINAL' | 'REVISED'; amount: string; rateDate: string }>;
  /** Money allocated to the activity, by contribution. Donors not named publicly are left unnamed. */
  transactions: Array<{
    stage: string;
    amount: string;
    date: string;
    rateDate: string;
    donorName: string | null;
    earmarkingCategory: number;
  }>;
  /** Its delivery (issue 13): status and the dates it actually started and ended. */
  delivery?: { status: string; startedOn: string | null; completedOn: string | null };
  /**
   * What it spent: each expenditure line in US dollars — spent by the programme itself (IATI transaction type 4,
   * expenditure), or transferred to an implementing partner (`paidTo`: type 3, disbursement, the partner as
   * receiver-org).
   */
  expenditure?: Array<{
    spentOn: string;
    amountUsd: string;
    rateDate: string;
    category: string;
    description: string;
    paidTo?: { name: string; ref: string | null; typeCode: string } | null;
  }>;
  /** Its results, with indicators: baseline, target and each year's actual. */
  results?: Array<{
    type: string;
    title: string;
    indicators: Array<{
      title: string;
      unit: string;
      baseline: string | null;
      baselineYear: number | null;
      target: string | null;
      targetYear: number | null;
      actuals: Array<{ year: number; value: string }>;
    }>;
  }>;
}

export interface IatiOrganisation {
  ref: string;
  name: string;
}

/** IATI ActivityStatus codes: 1 pipeline, 2 implementation, 3 finalisation, 5 cancelled. */
export function iatiStatus(status: string): string {
  switch (status) {
    case 'UNDER_WAY':
      return '2';
    case 'COMPLETED':
      return '3';
    case 'CANCELLED':
      return '5';
    default:
      return '1';
  }
}

/**
 * IATI ActivityStatus of an activity whose delivery has begun: 2 implementation, 3 finalisation, 5 cancelled;
 * before delivery, its programme status says (`iatiStatus`).
 */
export function iatiDeliveryStatus(delivery: IatiActivity['delivery'], status: string): string {
  switch (delivery?.status) {
    case 'IN_DELIVERY':
      return '2';
    case 'COMPLETED':
      return '3';
    case 'CANCELLED':
      return '5';
    default:
      return iatiStatus(status);
  }
}

/** IATI IndicatorMeasure: 1 unit, 2 percentage; a yes/no indicator is a unit of 0 or 1. */
const MEASURE: Readonly<Record<string, string>> = { NUMBER: '1', PERCENTAGE: '2', YES_NO: '1' };

/**
 * The programme as an IATI 2.03 activity file. Codes from the 2.03 codelists: organisation type 40
 * (multilateral), participating-org roles 1 (funding) and 4 (implementing), activity-date types 1 and 3
 * (planned start, planned end), budget types 1/2 (original/revised) with status 1 (indicative), transaction
 * types 11 (incoming commitment) and 1 (incoming funds), sector vocabulary 99 (the programme's priority areas).
 */
export function iatiActivitiesXml(org: IatiOrganisation, activities: IatiActivity[], generatedAt: Date): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('iati-activities', {
    version: '2.03',
    'generated-datetime': generatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  });
  for (const a of activities) {
    const act = root.ele('iati-activity', {
      'last-updated-datetime': a.updatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      'xml:lang': 'en',
      'default-currency': 'USD',
    });
    act.ele('iati-identifier').txt(`${org.ref}-${a.code}`);
    act.ele('reporting-org', { ref: org.ref, type: '40' }).ele('narrative').txt(org.name);
    act.ele('title').ele('narrative').txt(a.title);
    act
      .ele('description', { type: '1' })
      .ele('narrative')
      .txt(a.description || a.title);
    for (const donor of [...new Set(a.transactions.map((t) => t.donorName).filter((n): n is string => Boolean(n)))]) {
      act.ele('participating-org', { role: '1' }).ele('narrative').txt(donor);
    }
    act.ele('participating-org', { role: '4', ref: org.ref, type: '40' }).ele('narrative').txt(org.name);
    for (const p of a.participatingOrgs) {
      act
        .ele('participating-org', { role: p.roleCode, type: p.typeCode, ...(p.ref ? { ref: p.ref } : {}) })
        .ele('narrative')
        .txt(p.name);
    }
    act.ele('activity-status', { code: iatiDeliveryStatus(a.delivery, a.status) });
    act.ele('activity-date', { type: '1', 'iso-date': a.startsOn ?? '2009-01-01' });
    if (a.delivery?.startedOn) act.ele('activity-date', { type: '2', 'iso-date': a.delivery.startedOn });
    if (a.endsOn) act.ele('activity-date', { type: '3', 'iso-date': a.endsOn });
    if (a.delivery?.completedOn) act.ele('activity-date', { type: '4', 'iso-date': a.delivery.completedOn });
    // Region vocabulary 2 is UN M49; countries come before regions in the schema.
    for (const r of a.recipients.filter((x) => x.kind === 'STATE')) {
      const alpha2 = countries.alpha3ToAlpha2(r.code);
      if (alpha2) act.ele('recipient-country', { code: alpha2, percentage: r.percentage });
    }
    for (const r of a.recipients.filter((x) => x.kind === 'AREA')) {
      act.ele('recipient-region', { code: r.code, vocabulary: '2', percentage: r.percentage });
    }
    act.ele('sector', { vocabulary: '99', code: a.priorityAreaCode }).ele('narrative').txt(a.priorityAreaTitle);
    for (const b of a.budgets) {
      const budget = act.ele('budget', { type: b.basis === 'REVISED' ? '2' : '1', status: '1' });
      budget.ele('period-start', { 'iso-date': `${b.year}-01-01` });
      budget.ele('period-end', { 'iso-date': `${b.year}-12-31` });
      budget.ele('value', { currency: 'USD', 'value-date': b.rateDate }).txt(b.amount);
    }
    for (const t of a.transactions) {
      const tx = act.ele('transaction');
      tx.ele('transaction-type', { code: t.stage === 'PAID' ? '1' : t.stage === 'COMMITTED' ? '11' : '13' });
      tx.ele('transaction-date', { 'iso-date': t.date });
      tx.ele('value', { currency: 'USD', 'value-date': t.rateDate }).txt(t.amount);
      const provider = tx.ele('provider-org');
      provider.ele('narrative').txt(t.donorName ?? 'A donor (not named)');
    }
    for (const e of a.expenditure ?? []) {
      const tx = act.ele('transaction');
      tx.ele('transaction-type', { code: e.paidTo ? '3' : '4' });
      tx.ele('transaction-date', { 'iso-date': e.spentOn });
      tx.ele('value', { currency: 'USD', 'value-date': e.rateDate }).txt(e.amountUsd);
      tx.ele('description')
        .ele('narrative')
        .txt(e.description ? `${e.category}: ${e.description}` : e.category);
      tx.ele('provider-org', { ref: org.ref, type: '40' }).ele('narrative').txt(org.name);
      if (e.paidTo) {
        tx.ele('receiver-org', { ...(e.paidTo.ref ? { ref: e.paidTo.ref } : {}), type: e.paidTo.typeCode })
          .ele('narrative')
          .txt(e.paidTo.name);
      }
    }
    // Result type 1 output, 2 outcome; a result needs an indicator (the schema), so one without any is left out.
    for (const r of (a.results ?? []).filter((x) => x.indicators.length)) {
      const result = act.ele('result', { type: r.type === 'OUTCOME' ? '2' : '1' });
      result.ele('title').ele('narrative').txt(r.title);
      for (const i of r.indicators) {
        const indicator = result.ele('indicator', { measure: MEASURE[i.unit] ?? '1', ascending: '1' });
        indicator.ele('title').ele('narrative').txt(i.title);
        if (i.baseline !== null && i.baselineYear !== null) {
          indicator.ele('baseline', { year: String(i.baselineYear), value: i.baseline });
        }
        const years = [...new Set([...i.actuals.map((x) => x.year), ...(i.targetYear ? [i.targetYear] : [])])].sort();
        for (const year of years) {
          const period = indicator.ele('period');
          period.ele('period-start', { 'iso-date': `${year}-01-01` });
          period.ele('period-end', { 'iso-date': `${year}-12-31` });
          if (i.target !== null && year === i.targetYear) period.ele('target', { value: i.target });
          const actual = i.actuals.filter((x) => x.year === year);
          for (const x of actual) period.ele('actual', { value: x.value });
        }
      }
    }
  }
  return root.end({ prettyPrint: true });
}
