import type { ActualSource, IndicatorUnit, ResultType } from '@ta/domain';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Illustrative } from '../../components/Illustrative';
import { sourceLabel } from '../reference/labels';
import { ActualForm } from './ActualForm';
import { IndicatorForm, ResultForm } from './ResultForms';

interface Actual {
  year: number;
  value: string;
  source: ActualSource;
  sourceRefs: readonly string[];
  computed: boolean;
}
interface Indicator {
  id: string;
  version: number;
  title: string;
  unit: IndicatorUnit;
  baseline?: string | null;
  baselineYear?: number | null;
  target?: string | null;
  targetYear?: number | null;
  measure?: string | null;
  illustrative: boolean;
  sourceParagraph?: string | null;
  actuals: readonly Actual[];
}
interface Result {
  id: string;
  version: number;
  type: ResultType;
  title: string;
  sourceParagraph?: string | null;
  indicators: readonly Indicator[];
}

/** An indicator's value as its unit reads: a number, a percentage, or yes / no. */
function useIndicatorValue() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (unit: IndicatorUnit, value: string | null | undefined, year?: number | null) => {
    if (value == null) return '—';
    const n = Number(value);
    const text =
      unit === 'YES_NO'
        ? t(n === 1 ? 'results.yes' : 'results.no')
        : unit === 'PERCENTAGE'
          ? t('results.percent', { value: n.toLocaleString(lang) })
          : n.toLocaleString(lang);
    return year ? t('results.inYear', { value: text, year }) : text;
  };
}

/**
 * The activity's outputs and outcomes, each indicator with its baseline, target and actuals per year and their
 * source. Given `activityId` (for those who may edit the programme): forms to add a result, change one, add an
 * indicator to one and record an actual of an indicator kept by hand, each keeping `userId`'s draft on the device.
 */
export function ActivityResults({
  results,
  activityId,
  userId,
}: {
  results: readonly Result[];
  activityId?: string;
  userId: string;
}) {
  const { t } = useTranslation();
  const show = useIndicatorValue();
  const [editing, setEditing] = useState<string | null>(null);
  const [editingIndicator, setEditingIndicator] = useState<string | null>(null);
  return (
    <section data-testid="activity-results">
      <h3>{t('results.title')}</h3>
      {results.length === 0 && <p className="muted">{t('results.none')}</p>}
      {results.map((r) => (
        <article key={r.id} className="result" data-testid="activity-result" data-type={r.type} data-id={r.id}>
          <h4>
            <span className="badge">{t(`results.types.${r.type}`)}</span>{' '}
            <span data-testid="result-title">{r.title}</span>
            {r.sourceParagraph && <span className="source"> {sourceLabel(t, r.sourceParagraph)}</span>}
            {activityId && editing !== r.id && (
              <>
                {' '}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setEditing(r.id)}
                  data-testid="result-edit-open"
                >
                  {t('results.edit.change')}
                </button>
              </>
            )}
          </h4>
          {activityId && editing === r.id && (
            <ResultForm activityId={activityId} userId={userId} result={r} onDone={() => setEditing(null)} />
          )}
          <table className="mini-table" data-testid="result-indicators">
            <thead>
              <tr>
                <th scope="col">{t('results.indicator')}</th>
                <th scope="col">{t('results.baseline')}</th>
                <th scope="col">{t('results.target')}</th>
                <th scope="col">{t('results.actuals')}</th>
              </tr>
            </thead>
            <tbody>
              {r.indicators.map((i) => (
                <Fragment key={i.id}>
                  <tr
                    data-testid="indicator-row"
                    data-id={i.id}
                    data-illustrative={i.illustrative}
                    data-measure={i.measure ?? ''}
                  >
                    <th scope="row">
                      {i.title} <span className="muted">({t(`results.units.${i.unit}`)})</span>
                      {i.illustrative && <Illustrative testId="indicator-illustrative" />}
                      {i.sourceParagraph && <span className="source"> {sourceLabel(t, i.sourceParagraph)}</span>}
                      {activityId && editingIndicator !== i.id && (
                        <>
                          {' '}
                          <button
                            type="button"
                            className="button button--small"
                            onClick={() => setEditingIndicator(i.id)}
                            aria-label={t('results.edit.editTitle', { title: i.title })}
                            data-testid="indicator-edit-open"
                          >
                            {t('results.edit.editIndicator')}
                          </button>
                        </>
                      )}
                    </th>
                    <td>{show(i.unit, i.baseline, i.baselineYear)}</td>
                    <td>{show(i.unit, i.target, i.targetYear)}</td>
                    <td>
                      {i.actuals.length === 0 ? (
                        '—'
                      ) : (
                        <ul className="plain-list">
                          {i.actuals.map((a, k) => (
                            <li
                              key={k}
                              data-testid="indicator-actual"
                              data-year={a.year}
                              data-value={a.value}
                              data-source={a.source}
                            >
                              <strong>{a.year}</strong>: {show(i.unit, a.value)}{' '}
                              <span className="muted">
                                —{' '}
                                {a.computed
                                  ? t('results.fromOutcomes', { count: a.sourceRefs.length })
                                  : `${t(`results.sources.${a.source}`)}: ${a.sourceRefs.join(', ')}`}
                              </span>
                            </li>
                          ))}
                        </ul>
                      )}
                      {activityId && !i.measure && <ActualForm indicator={i} userId={userId} />}
                    </td>
                  </tr>
                  {activityId && editingIndicator === i.id && (
                    <tr data-testid="indicator-edit">
                      <td colSpan={4}>
                        <IndicatorForm
                          resultId={r.id}
                          userId={userId}
                          indicator={i}
                          onDone={() => setEditingIndicator(null)}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
          {activityId && <IndicatorForm resultId={r.id} userId={userId} />}
        </article>
      ))}
      {activityId && <ResultForm activityId={activityId} userId={userId} />}
    </section>
  );
}
