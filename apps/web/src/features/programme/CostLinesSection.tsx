import type { ActivityDetailQuery } from '@ta/graphql-types/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Illustrative } from '../../components/Illustrative';
import { Money } from '../../components/Money';
import { formatDate } from '../../format';
import { CostLinesEditor } from './CostLinesEditor';

type Activity = NonNullable<ActivityDetailQuery['activity']>;

/** The activity's cost lines, original and revised (a revised year replaces the original one). */
export function CostLinesSection({ activity, editable }: { activity: Activity; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [editing, setEditing] = useState(false);
  const lines = [...activity.costs].sort(
    (a, b) => a.year - b.year || a.basis.localeCompare(b.basis) || a.category.localeCompare(b.category),
  );
  return (
    <section>
      <div className="section-head">
        <h3>{t('activity.costLines')}</h3>
        {editable && !editing && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setEditing(true)}
            data-testid="cost-lines-edit"
          >
            {t('activity.editCostLines')}
          </button>
        )}
      </div>
      {lines.length ? (
        <table className="mini-table" data-testid="cost-lines">
          <thead>
            <tr>
              <th scope="col">{t('funding.year')}</th>
              <th scope="col">{t('activity.category')}</th>
              <th scope="col">{t('activity.basis')}</th>
              <th scope="col">{t('activity.rateDate')}</th>
              <th scope="col" className="cell-amount">
                {t('funding.amountUsd')}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, i) => (
              <tr
                key={i}
                data-testid="cost-line"
                data-year={line.year}
                data-basis={line.basis}
                data-category={line.category}
              >
                <td>{line.year}</td>
                <td>{t(`costCategories.${line.category}`)}</td>
                <td>{t(`costBases.${line.basis}`)}</td>
                <td>{formatDate(line.rateDate, lang)}</td>
                <td className="cell-amount">
                  <Money value={line.amount} currency={line.currency === 'USD' ? undefined : line.currency} />
                  {line.illustrative && (
                    <>
                      {' '}
                      <Illustrative />
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('activity.noCostLines')}</p>
      )}
      {editing && <CostLinesEditor activity={activity} onDone={() => setEditing(false)} />}
    </section>
  );
}
