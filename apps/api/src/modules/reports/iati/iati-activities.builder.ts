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
    act.ele('activity-status', { code: iatiStatus(a.status) });
    act.ele('activity-date', { type: '1', 'iso-date': a.startsOn ?? '2009-01-01' });
    if (a.endsOn) act.ele('activity-date', { type: '3', 'iso-date': a.endsOn });
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
  }
  return root.end({ prettyPrint: true });
}
