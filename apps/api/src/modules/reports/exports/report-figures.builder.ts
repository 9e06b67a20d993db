import { sumDecimals } from '@ta/domain';
import type { EntityManager } from 'typeorm';
import type { AccessPolicy } from '../../access/access.policy.js';
import type { ChecklistsRepository } from '../../checklists/checklists.repository.js';
import type { FundingGapRepository } from '../../funding/funding-gap.repository.js';
import { FundingDimension, type FundingGapRowModel } from '../../funding/models/funding.model.js';
import type { ActivityEntity } from '../../programme/entities/activity.entity.js';
import type { ProgrammeRepository } from '../../programme/programme.repository.js';
import type { ResultsRepository } from '../../results/results.repository.js';
import type { ReportOptions } from '../dto/report-options.input.js';
import { ReportKind } from '../models/report.model.js';
import type { ReportsRepository } from '../reports.repository.js';
import type { NameBook } from './export.types.js';
import { fundingFilterOf } from './funding-gaps.export.js';
import {
  section,
  type FigureCell,
  type FigureColumn,
  type FigureSection,
  type ReportFigures,
} from './report-figures.types.js';

/** What the figures are read through: the repositories, all given the snapshot's transaction. */
export interface FigureSources {
  reports: ReportsRepository;
  funding: FundingGapRepository;
  programme: ProgrammeRepository;
  results: ResultsRepository;
  checklists: ChecklistsRepository;
}

/** Whom a report is about, checked when it was asked for. */
export interface FigureSubject {
  donor?: { id: string; name: string } | null;
  state?: { iso3: string } | null;
}

const money = (key: string, total = true): FigureColumn => ({ key, type: 'money', total });
const count = (key: string, total = true): FigureColumn => ({ key, type: 'int', total });
const text = (key: string): FigureColumn => ({ key, type: 'text' });
const code = (key: string): FigureColumn => ({ key, type: 'code' });

/**
 * Reads the figures of a report in one consistent snapshot (ReportsRepository.snapshot): every section of the
 * report, with money as exact decimal strings and totals summed exactly, as the requester may see them.
 */
export class ReportFiguresBuilder {
  constructor(
    private readonly sources: FigureSources,
    private readonly policy: AccessPolicy,
    private readonly options: ReportOptions,
    private readonly names: NameBook,
  ) {}

  private get language(): 'EN' | 'FR' | 'ES' {
    return this.options.language ?? 'EN';
  }

  read(kind: ReportKind, subject: FigureSubject): Promise<ReportFigures> {
    return this.sources.reports.snapshot(async (tx, asAt) => {
      const { sections, about } = await this.sectionsOf(kind, subject, tx);
      return {
        version: 1,
        kind,
        language: this.language,
        asAt: asAt.toISOString(),
        subject: about,
        sections,
      };
    });
  }

  private async sectionsOf(
    kind: ReportKind,
    subject: FigureSubject,
    tx: EntityManager,
  ): Promise<{ sections: FigureSection[]; about: string | null }> {
    switch (kind) {
      case ReportKind.PROGRAMME_PLAN:
        return { sections: await this.programmePlan(tx), about: null };
      case ReportKind.DONOR_STATEMENT:
        return { sections: await this.donorStatement(subject.donor!.id, tx), about: subject.donor!.name };
      case ReportKind.STATE_PROFILE:
        return {
          sections: await this.stateProfile(subject.state!.iso3, tx),
          about: `${this.names.state(subject.state!.iso3)} (${subject.state!.iso3})`,
        };
      case ReportKind.CONFERENCE_REPORT:
        return { sections: await this.conferenceReport(tx), about: null };
      default:
        return { sections: await this.fundingGaps(subject.donor?.id ?? null, tx), about: subject.donor?.name ?? null };
    }
  }

  // ------------------------------------------------------------------ reading

  private gaps(dims: FundingDimension[], tx: EntityManager): Promise<FundingGapRowModel[]> {
    const years = this.options.years;
    return this.sources.funding
      .gaps(dims, fundingFilterOf(this.options), this.policy.moneyDonorScope(), null, tx)
      .then((rows) => rows.filter((g) => !years?.length || g.year == null || years.includes(g.year)));
  }

  /** What one donor's money is to each activity and year (its pledged, committed and paid share). */
  private async donorShares(donorId: string, tx: EntityManager): Promise<FundingGapRowModel[]> {
    const shares = await this.gaps([FundingDimension.ACTIVITY, FundingDimension.YEAR, FundingDimension.DONOR], tx);
    return shares.filter((g) => g.donorId === donorId);
  }

  private async activities(ids: readonly string[], tx: EntityManager): Promise<Map<string, ActivityEntity>> {
    if (!ids.length) return new Map();
    return new Map((await this.sources.programme.byIds([...new Set(ids)], tx)).map((a) => [a.id, a]));
  }

  private title(a: ActivityEntity | undefined): string {
    if (!a) return '';
    if (this.language === 'FR') return a.titleFr || a.title;
    if (this.language === 'ES') return a.titleEs || a.title;
    return a.title;
  }

  private beneficiaries(a: ActivityEntity | undefined): string {
    if (!a) return '';
    return [...a.beneficiaryStates.map((s) => this.names.state(s) || s), ...a.beneficiaryRegions].join('; ');
  }

  // ------------------------------------------------------------------ the reports

  /**
   * The gaps by area × year and by region (the whole programme's, as the requester may see it: where money is
   * missing), and by activity and year. With a donor, the activities are those the donor's money went to, with the
   * donor's own pledged, committed and paid share beside their totals (as the CSV does).
   */
  private async fundingGaps(donorId: string | null, tx: EntityManager): Promise<FigureSection[]> {
    const byAreaYear = await this.gaps([FundingDimension.PRIORITY_AREA, FundingDimension.YEAR], tx);
    const byRegion = await this.gaps([FundingDimension.REGION], tx);
    const at = (g: FundingGapRowModel) => `${g.activityId}/${g.year}`;
    const shares = donorId ? new Map((await this.donorShares(donorId, tx)).map((g) => [at(g), g])) : null;
    const byActivity = (await this.gaps([FundingDimension.ACTIVITY, FundingDimension.YEAR], tx)).filter(
      (g) => !shares || shares.has(at(g)),
    );
    const activities = await this.activities(
      byActivity.map((g) => g.activityId!),
      tx,
    );
    const moneyColumns = [
      money('cost'),
      money('pledged'),
      money('committed'),
      money('paid'),
      money('spent'),
      money('gap'),
    ];
    const moneyOf = (g: FundingGapRowModel): FigureCell[] => [g.cost, g.pledged, g.committed, g.paid, g.spent, g.gap];
    return [
      section(
        'byAreaYear',
        [
          code('priorityArea'),
          text('priorityAreaTitle'),
          { key: 'year', type: 'year' },
          ...moneyColumns,
          money('available', false),
        ],
        byAreaYear.map((g) => [
          g.priorityAreaCode,
          this.names.priorityArea(g.priorityAreaCode),
          g.year,
          ...moneyOf(g),
          g.available,
        ]),
      ),
      section(
        'byRegion',
        [text('region'), ...moneyColumns, money('available', false)],
        byRegion.map((g) => [g.region, ...moneyOf(g), g.available]),
      ),
      section(
        'activities',
        [
          text('activity'),
          text('title'),
          code('priorityArea'),
          { key: 'year', type: 'year' },
          ...moneyColumns,
          ...(shares ? [money('donorPledged'), money('donorCommitted'), money('donorPaid')] : []),
        ],
        byActivity.map((g) => {
          const a = activities.get(g.activityId!);
          const share = shares?.get(at(g));
          const own = share ? [share.pledged, share.committed, share.paid] : [];
          return [a?.code ?? '', this.title(a), a?.priorityAreaCode ?? '', g.year, ...moneyOf(g), ...own];
        }),
      ),
    ];
  }

  private async programmePlan(tx: EntityManager): Promise<FigureSection[]> {
    const rows = await this.gaps([FundingDimension.ACTIVITY, FundingDimension.YEAR], tx);
    const ids = [...new Set(rows.map((g) => g.activityId!))];
    const activities = await this.activities(ids, tx);
    const original = new Map(
      (await this.sources.programme.originalYearTotalsOf(ids, tx)).map((o) => [`${o.activityId}/${o.year}`, o.amount]),
    );
    const byArea = await this.gaps([FundingDimension.PRIORITY_AREA], tx);
    const ordered = [...rows].sort((x, y) => {
      const a = activities.get(x.activityId!);
      const b = activities.get(y.activityId!);
      return (
        (a?.priorityAreaCode ?? '').localeCompare(b?.priorityAreaCode ?? '') ||
        (a?.code ?? '').localeCompare(b?.code ?? '') ||
        (x.year ?? 0) - (y.year ?? 0)
      );
    });
    return [
      section(
        'activities',
        [
          code('priorityArea'),
          text('priorityAreaTitle'),
          text('activity'),
          text('title'),
          text('paragraph'),
          text('beneficiaries'),
          { key: 'year', type: 'year' },
          money('originalCost'),
          money('cost'),
          money('funded'),
          money('spent'),
          money('gap'),
          code('status'),
          code('delivery'),
        ],
        ordered.map((g) => {
          const a = activities.get(g.activityId!);
          return [
            a?.priorityAreaCode ?? '',
            this.names.priorityArea(a?.priorityAreaCode),
            a?.code ?? '',
            this.title(a),
            a?.sourceParagraph ?? '',
            this.beneficiaries(a),
            g.year,
            original.get(`${g.activityId}/${g.year}`) ?? '0.00',
            g.cost,
            sumDecimals([g.committed, g.paid]),
            g.spent,
            g.gap,
            a?.status ?? '',
            a?.deliveryStatus ?? '',
          ];
        }),
      ),
      section(
        'byArea',
        [code('priorityArea'), text('priorityAreaTitle'), money('cost'), money('funded'), money('spent'), money('gap')],
        byArea.map((g) => [
          g.priorityAreaCode,
          this.names.priorityArea(g.priorityAreaCode),
          g.cost,
          sumDecimals([g.committed, g.paid]),
          g.spent,
          g.gap,
        ]),
      ),
    ];
  }

  private async donorStatement(donorId: string, tx: EntityManager): Promise<FigureSection[]> {
    const contributions = await this.sources.reports.donorContributions(donorId, tx);
    const payments = await this.sources.reports.donorPayments(donorId, tx);
    const shares = await this.donorShares(donorId, tx);
    const ids = [...new Set(shares.map((g) => g.activityId!))];
    const activities = await this.activities(ids, tx);
    const totals = new Map(
      (await this.gaps([FundingDimension.ACTIVITY], tx))
        .filter((g) => ids.includes(g.activityId!))
        .map((g) => [g.activityId!, g]),
    );
    const funded = [...activities.values()].sort((a, b) => a.code.localeCompare(b.code));
    return [
      section(
        'contributions',
        [
          { key: 'contributedOn', type: 'date' },
          code('stage'),
          text('currency'),
          { key: 'amount', type: 'decimal' },
          money('amountUsd'),
          money('paid'),
          money('allocated'),
        ],
        contributions.map((c) => [
          c.contributedOn,
          c.stage,
          c.currency,
          c.amount,
          c.amountUsd,
          c.paidUsd,
          c.allocatedUsd,
        ]),
      ),
      section(
        'payments',
        [
          { key: 'paidOn', type: 'date' },
          { key: 'contributedOn', type: 'date' },
          text('currency'),
          { key: 'amount', type: 'decimal' },
          money('amountUsd'),
        ],
        payments.map((p) => [p.paidOn, p.contributedOn, p.currency, p.amount, p.amountUsd]),
      ),
      section(
        'allocations',
        [
          text('activity'),
          text('title'),
          { key: 'year', type: 'year' },
          money('pledged'),
          money('committed'),
          money('paid'),
        ],
        shares
          .map((g) => ({ g, a: activities.get(g.activityId!) }))
          .sort((x, y) => (x.a?.code ?? '').localeCompare(y.a?.code ?? '') || (x.g.year ?? 0) - (y.g.year ?? 0))
          .map(({ g, a }) => [a?.code ?? '', this.title(a), g.year, g.pledged, g.committed, g.paid]),
      ),
      section(
        'delivered',
        [
          text('activity'),
          text('title'),
          code('delivery'),
          { key: 'startedOn', type: 'date' },
          { key: 'completedOn', type: 'date' },
          money('cost'),
          money('spent'),
        ],
        funded.map((a) => [
          a.code,
          this.title(a),
          a.deliveryStatus,
          a.deliveryStartedOn,
          a.deliveryCompletedOn,
          totals.get(a.id)?.cost ?? '0.00',
          totals.get(a.id)?.spent ?? '0.00',
        ]),
      ),
      await this.results(ids, null, tx),
    ];
  }

  private async stateProfile(iso3: string, tx: EntityManager): Promise<FigureSection[]> {
    const sections: FigureSection[] = [];
    if (this.policy.can('reports.requests')) {
      const requests = await this.sources.reports.stateRequests(iso3, tx);
      sections.push(
        section(
          'requests',
          [
            { key: 'receivedOn', type: 'date' },
            code('priorityArea'),
            code('requestKind'),
            code('requestStatus'),
            count('linkedActivities', false),
          ],
          requests.map((r) => [r.receivedOn, r.priorityAreaCode, r.kind, r.status, r.activities]),
        ),
      );
    }
    const activities = await this.sources.programme.reachingState(iso3, tx);
    sections.push(
      section(
        'activities',
        [text('activity'), text('title'), code('priorityArea'), code('status'), code('delivery')],
        activities.map((a) => [a.code, this.title(a), a.priorityAreaCode, a.status, a.deliveryStatus]),
      ),
    );
    const workshops = await this.sources.reports.stateWorkshops(iso3, tx);
    sections.push(
      section(
        'workshops',
        [
          text('title'),
          text('city'),
          { key: 'startsOn', type: 'date' },
          { key: 'endsOn', type: 'date' },
          code('workshopStatus'),
          count('participants'),
          count('women'),
        ],
        workshops.map((w) => [w.title, w.city, w.startsOn, w.endsOn, w.status, w.participants, w.women]),
      ),
    );
    // Whether the State has reported in each cycle (para. 5), and when.
    const reporting = await this.sources.checklists.stateReporting(iso3, tx);
    sections.push(
      section(
        'reporting',
        [text('cycle'), code('checklistStatus'), { key: 'submittedOn', type: 'date' }],
        reporting.map((r) => [r.cycleName, r.status, r.submittedOn]),
      ),
    );
    const experts = await this.sources.reports.stateExperts(iso3, tx);
    sections.push(
      section(
        'experts',
        [text('name'), text('organisation'), text('expertise')],
        experts.map((e) => [e.name, e.organisation, e.expertise]),
      ),
    );
    sections.push(
      await this.results(
        activities.map((a) => a.id),
        null,
        tx,
      ),
    );
    return sections;
  }

  private async conferenceReport(tx: EntityManager): Promise<FigureSection[]> {
    const areas = this.options.priorityAreaCodes ?? null;
    const delivery = await this.sources.reports.deliveryByArea(areas, tx);
    const money_ = new Map((await this.gaps([FundingDimension.PRIORITY_AREA], tx)).map((g) => [g.priorityAreaCode, g]));
    const needs = await this.sources.reports.needsByArea(areas, this.options.years ?? null, tx);
    return [
      section(
        'delivery',
        [
          code('priorityArea'),
          text('priorityAreaTitle'),
          count('activities'),
          count('planned'),
          count('inDelivery'),
          count('completed'),
          count('cancelled'),
          money('cost'),
          money('funded'),
          money('spent'),
          money('gap'),
        ],
        delivery.map((d) => {
          const m = money_.get(d.priorityAreaCode);
          return [
            d.priorityAreaCode,
            this.names.priorityArea(d.priorityAreaCode),
            d.activities,
            d.planned,
            d.inDelivery,
            d.completed,
            d.cancelled,
            m?.cost ?? '0.00',
            m ? sumDecimals([m.committed, m.paid]) : '0.00',
            m?.spent ?? '0.00',
            m?.gap ?? '0.00',
          ];
        }),
      ),
      section(
        'needs',
        [
          code('priorityArea'),
          text('priorityAreaTitle'),
          count('received'),
          count('answered'),
          count('fulfilled'),
          count('open'),
        ],
        needs.map((n) => [
          n.priorityAreaCode,
          this.names.priorityArea(n.priorityAreaCode),
          n.received,
          n.answered,
          n.fulfilled,
          n.open,
        ]),
      ),
      await this.reporting(tx),
      await this.results(null, areas, tx),
    ];
  }

  /** Who has reported in each reporting cycle, by region (para. 5: "States that have not yet reported"). */
  private async reporting(tx: EntityManager): Promise<FigureSection> {
    const rows: FigureCell[][] = [];
    for (const cycle of await this.sources.checklists.cycles(tx)) {
      for (const r of await this.sources.checklists.reportedCounts(cycle.id, tx)) {
        rows.push([cycle.name, r.region, r.states, r.submitted, r.updated, r.inProgress, r.notReported]);
      }
    }
    return section(
      'reporting',
      [
        text('cycle'),
        text('region'),
        count('states'),
        count('submitted'),
        count('updated'),
        count('inProgress'),
        count('notReported'),
      ],
      rows,
    );
  }

  /** Results with their indicators and each year's actual (computed from workshop outcomes where bound). */
  private async results(
    activityIds: readonly string[] | null,
    areas: readonly string[] | null,
    tx: EntityManager,
  ): Promise<FigureSection> {
    const lines = await this.sources.reports.resultLines(activityIds, areas, tx);
    const indicatorIds = lines.map((l) => l.indicatorId).filter((id): id is string => id !== null);
    const actuals = indicatorIds.length ? await this.sources.results.actualsOf(indicatorIds, tx) : [];
    const byIndicator = new Map<string, typeof actuals>();
    for (const a of actuals) byIndicator.set(a.indicatorId, [...(byIndicator.get(a.indicatorId) ?? []), a]);
    const rows: FigureCell[][] = [];
    for (const l of lines) {
      const base: FigureCell[] = [
        l.activityCode,
        l.priorityAreaCode,
        l.resultType,
        l.resultTitle,
        l.indicatorTitle ?? '',
        l.unit ?? '',
        l.baseline,
        l.target,
      ];
      const its = l.indicatorId ? (byIndicator.get(l.indicatorId) ?? []) : [];
      if (!its.length) rows.push([...base, null, null, '']);
      for (const a of its) rows.push([...base, a.year, a.value, a.source]);
    }
    return section(
      'results',
      [
        text('activity'),
        code('priorityArea'),
        code('resultType'),
        text('result'),
        text('indicator'),
        code('unit'),
        { key: 'baseline', type: 'decimal' },
        { key: 'target', type: 'decimal' },
        { key: 'year', type: 'year' },
        { key: 'actual', type: 'decimal' },
        code('source'),
      ],
      rows,
    );
  }
}
