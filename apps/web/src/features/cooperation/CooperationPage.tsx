import {
  COOPERATION_KINDS,
  COOPERATION_MIN_GROUP,
  COOPERATION_OFFENCES,
  COOPERATION_OUTCOMES,
  LEGAL_BASES,
  type CooperationKind,
  type CooperationOffence,
  type CooperationOutcome,
  type LegalBasis,
} from '@ta/domain';
import type { CooperationDimension, CooperationFilter, CooperationStatisticsQuery } from '@ta/graphql-types/graphql';
import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayRecordCooperation } from '../../app/access';
import type { SignedInUser } from '../../app/session';
import { FilterPanel } from '../../components/FilterPanel';
import { LoadError } from '../../components/LoadError';
import { SelectFilter } from '../../components/SelectFilter';
import { useQuery } from '../../graphql/hooks';
import { ChartFigure } from '../charts/ChartFigure';
import { useReferenceData } from '../reference/use-reference-data';
import { CooperationCaseForm } from './CooperationCaseForm';
import { CooperationImport } from './CooperationImport';
import { cooperationStatisticsQuery } from './cooperation.graphql';

export const DIMENSIONS: readonly CooperationDimension[] = [
  'YEAR',
  'REGION',
  'REQUESTING_STATE',
  'REQUESTED_STATE',
  'OFFENCE',
  'LEGAL_BASIS',
  'OUTCOME',
  'KIND',
  'REFUSAL_GROUND',
];
/** The years a request may have been sent in, newest first (the document's period and after). */
const YEARS = Array.from({ length: new Date().getFullYear() - 1999 }, (_, i) => String(new Date().getFullYear() - i));

type Row = CooperationStatisticsQuery['cooperationStatistics'][number];

interface Filters {
  year: string;
  stateIso3: string;
  kind: CooperationKind | '';
  offence: string;
  legalBasis: LegalBasis | '';
  outcome: CooperationOutcome | '';
}
const NO_FILTERS: Filters = { year: '', stateIso3: '', kind: '', offence: '', legalBasis: '', outcome: '' };

/**
 * Statistics on international cooperation requests (para. 41): grouped as the reader chooses and filtered, as a
 * table and a chart. Everyone reads the aggregates (donors and viewers only groups of COOPERATION_MIN_GROUP or
 * more, which the API decides); a field office or the secretariat also records requests, one by one or from a
 * spreadsheet.
 */
export function CooperationPage({ user }: { user: SignedInUser }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { states } = useReferenceData();
  const [groupBy, setGroupBy] = useState<CooperationDimension[]>(['YEAR']);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const filter = useMemo<CooperationFilter>(
    () => ({
      years: filters.year ? [Number(filters.year)] : null,
      stateIso3: filters.stateIso3 || null,
      kind: filters.kind || null,
      offence: filters.offence || null,
      legalBasis: filters.legalBasis || null,
      outcome: filters.outcome || null,
    }),
    [filters],
  );
  const { data, previousData, loading, error, refetch } = useQuery(cooperationStatisticsQuery, {
    variables: { groupBy, filter },
    notifyOnNetworkStatusChange: true,
  });
  const rows = (data ?? previousData)?.cooperationStatistics ?? [];
  const names = useMemo(() => new Map(states.map((s) => [s.iso3, s.name])), [states]);
  const number = useMemo(() => new Intl.NumberFormat(lang), [lang]);
  const change = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const active = Object.values(filters).filter((v) => v !== '').length;
  const recorder = mayRecordCooperation(user.can);

  const valueOf = (row: Row, dim: CooperationDimension): string => {
    const none = t('cooperationPage.none');
    switch (dim) {
      case 'YEAR':
        return row.year === null || row.year === undefined ? none : String(row.year);
      case 'REGION':
        return row.region ?? none;
      case 'REQUESTING_STATE':
        return row.requestingStateIso3 ? (names.get(row.requestingStateIso3) ?? row.requestingStateIso3) : none;
      case 'REQUESTED_STATE':
        return row.requestedStateIso3 ? (names.get(row.requestedStateIso3) ?? row.requestedStateIso3) : none;
      case 'OFFENCE':
        return row.offence ? t(`cooperationPage.offences.${row.offence as CooperationOffence}`) : none;
      case 'LEGAL_BASIS':
        return row.legalBasis ? t(`cooperationPage.legalBases.${row.legalBasis}`) : none;
      case 'OUTCOME':
        return row.outcome ? t(`cooperationPage.outcomes.${row.outcome}`) : none;
      case 'KIND':
        return row.kind ? t(`authorities.kinds.${row.kind}`) : none;
      case 'REFUSAL_GROUND':
        return row.refusalGround ? t(`cooperationPage.refusalGrounds.${row.refusalGround}`) : none;
    }
  };
  const labelOf = (row: Row): string => groupBy.map((d) => valueOf(row, d)).join(' · ') || t('cooperationPage.all');
  const median = (row: Row): string =>
    row.medianDaysToExecute === null || row.medianDaysToExecute === undefined
      ? '—'
      : number.format(row.medianDaysToExecute);

  const chart: ChartData<'bar'> = {
    labels: rows.map(labelOf),
    datasets: [
      { label: t('cooperation.requests'), data: rows.map((r) => r.requests), backgroundColor: '#1f5f99' },
      { label: t('cooperation.refusals'), data: rows.map((r) => r.refusals), backgroundColor: '#b5472e' },
    ],
  };
  const options: ChartOptions<'bar'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
  };

  return (
    <section className="page" aria-labelledby="cooperation-title">
      <div className="page__head">
        <div>
          <h1 id="cooperation-title">{t('cooperationPage.title')}</h1>
          <p className="page__intro">{t('cooperationPage.intro')}</p>
        </div>
      </div>
      <FilterPanel active={active}>
        <form className="filters" role="search" aria-label={t('filters.title')} onSubmit={(e) => e.preventDefault()}>
          <fieldset className="field" data-testid="cooperation-group-by">
            <legend>{t('cooperationPage.groupBy')}</legend>
            {DIMENSIONS.map((dim) => (
              <label key={dim} className="checkbox">
                <input
                  type="checkbox"
                  checked={groupBy.includes(dim)}
                  onChange={(e) =>
                    setGroupBy((g) =>
                      e.target.checked
                        ? DIMENSIONS.filter((d) => d === dim || g.includes(d))
                        : g.filter((d) => d !== dim),
                    )
                  }
                  data-testid={`cooperation-dim-${dim}`}
                />{' '}
                {t(`cooperationPage.dimensions.${dim}`)}
              </label>
            ))}
          </fieldset>
          <SelectFilter
            id="cooperation-year"
            label={t('cooperation.year')}
            value={filters.year}
            options={YEARS.map((y) => ({ value: y, label: y }))}
            onChange={(year) => change({ year })}
            testId="cooperation-filter-year"
          />
          <SelectFilter
            id="cooperation-state"
            label={t('filters.state')}
            value={filters.stateIso3}
            options={states.map((s) => ({ value: s.iso3, label: s.name }))}
            onChange={(stateIso3) => change({ stateIso3 })}
            testId="cooperation-filter-state"
          />
          <SelectFilter<CooperationKind>
            id="cooperation-kind"
            label={t('cooperationPage.dimensions.KIND')}
            value={filters.kind}
            options={COOPERATION_KINDS.map((k) => ({ value: k, label: t(`authorities.kinds.${k}`) }))}
            onChange={(kind) => change({ kind })}
            testId="cooperation-filter-kind"
          />
          <SelectFilter
            id="cooperation-offence"
            label={t('cooperationPage.dimensions.OFFENCE')}
            value={filters.offence}
            options={COOPERATION_OFFENCES.map((o) => ({ value: o, label: t(`cooperationPage.offences.${o}`) }))}
            onChange={(offence) => change({ offence })}
            testId="cooperation-filter-offence"
          />
          <SelectFilter<LegalBasis>
            id="cooperation-legal-basis"
            label={t('cooperationPage.dimensions.LEGAL_BASIS')}
            value={filters.legalBasis}
            options={LEGAL_BASES.map((b) => ({ value: b, label: t(`cooperationPage.legalBases.${b}`) }))}
            onChange={(legalBasis) => change({ legalBasis })}
            testId="cooperation-filter-legal-basis"
          />
          <SelectFilter<CooperationOutcome>
            id="cooperation-outcome"
            label={t('cooperationPage.dimensions.OUTCOME')}
            value={filters.outcome}
            options={COOPERATION_OUTCOMES.map((o) => ({ value: o, label: t(`cooperationPage.outcomes.${o}`) }))}
            onChange={(outcome) => change({ outcome })}
            testId="cooperation-filter-outcome"
          />
          <div className="filters__actions">
            <button
              type="button"
              className="button button--quiet"
              onClick={() => setFilters(NO_FILTERS)}
              disabled={active === 0}
              data-testid="cooperation-filters-clear"
            >
              {t('filters.clear')}
            </button>
          </div>
        </form>
      </FilterPanel>
      {!recorder && <p className="field-hint">{t('cooperationPage.smallGroups', { min: COOPERATION_MIN_GROUP })}</p>}
      {error && <LoadError error={error} onRetry={() => void refetch()} />}
      <div className="table-wrap" aria-busy={loading} data-busy={loading}>
        <table className="mini-table" data-testid="cooperation-table" aria-labelledby="cooperation-title">
          <thead>
            <tr>
              {groupBy.map((dim) => (
                <th key={dim} scope="col">
                  {t(`cooperationPage.dimensions.${dim}`)}
                </th>
              ))}
              <th scope="col" className="cell-amount">
                {t('cooperation.requests')}
              </th>
              <th scope="col" className="cell-amount">
                {t('cooperation.refusals')}
              </th>
              <th scope="col" className="cell-amount">
                {t('cooperation.medianDays')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index} data-testid="cooperation-row">
                {groupBy.map((dim) => (
                  <td key={dim} data-dim={dim}>
                    {valueOf(row, dim)}
                  </td>
                ))}
                <td className="cell-amount" data-testid="cooperation-requests">
                  {number.format(row.requests)}
                </td>
                <td className="cell-amount" data-testid="cooperation-refusals">
                  {number.format(row.refusals)}
                </td>
                <td className="cell-amount">{median(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data && rows.length === 0 && !loading && (
        <p className="empty" data-testid="cooperation-empty">
          {t('cooperationPage.empty')}
        </p>
      )}
      {rows.length > 0 && (
        <ChartFigure
          title={t('cooperationPage.chartTitle')}
          testId="cooperation-chart"
          label={t('cooperationPage.chartLabel')}
          data={chart}
          options={options}
          table={{
            category: groupBy.map((d) => t(`cooperationPage.dimensions.${d}`)).join(' · ') || t('cooperationPage.all'),
            series: [t('cooperation.requests'), t('cooperation.refusals'), t('cooperation.medianDays')],
            rows: rows.map((row, index) => ({
              key: String(index),
              label: labelOf(row),
              values: [number.format(row.requests), number.format(row.refusals), median(row)],
            })),
          }}
        />
      )}
      {recorder && (
        <>
          <section className="card" aria-labelledby="cooperation-record-title">
            <h2 id="cooperation-record-title">{t('cooperationPage.recordTitle')}</h2>
            <CooperationCaseForm user={user} states={states} />
          </section>
          <section className="card" aria-labelledby="cooperation-import-title">
            <h2 id="cooperation-import-title">{t('cooperationPage.importTitle')}</h2>
            <CooperationImport />
          </section>
        </>
      )}
    </section>
  );
}
