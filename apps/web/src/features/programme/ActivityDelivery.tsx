import { sumDecimals, type DeliveryStatus } from '@ta/domain';
import { useTranslation } from 'react-i18next';
import { Money } from '../../components/Money';
import { formatDate } from '../../format';
import { DeliveryMoves } from './DeliveryMoves';

interface YearMoney {
  year?: number | null;
  cost: string;
  committed: string;
  paid: string;
  spent: string;
  balance: string;
}

/**
 * Where the activity's delivery stands, and per year its planned cost, funded (committed and paid), spent and
 * balance. Given `movable` (the activity, for those who may edit the programme), the moves open to it.
 */
export function ActivityDelivery({
  status,
  startedOn,
  completedOn,
  spent,
  years,
  movable,
  userId,
}: {
  status: DeliveryStatus;
  startedOn?: string | null;
  completedOn?: string | null;
  spent: string;
  years: readonly YearMoney[];
  movable?: { id: string; version: number };
  /** Whose draft a move's form keeps on the device. */
  userId: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const funded = (y: YearMoney) => sumDecimals([y.committed, y.paid]);
  const rows = [...years].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  return (
    <section data-testid="activity-delivery">
      <h3>{t('delivery.title')}</h3>
      <p>
        <span
          className={`badge badge--delivery-${status.toLowerCase()}`}
          data-testid="delivery-status"
          data-status={status}
        >
          {t(`delivery.statuses.${status}`)}
        </span>
        {startedOn && <> · {t('delivery.startedOn', { date: formatDate(startedOn, lang) })}</>}
        {completedOn && <> · {t('delivery.completedOn', { date: formatDate(completedOn, lang) })}</>}
      </p>
      {movable && <DeliveryMoves activity={movable} status={status} startedOn={startedOn ?? null} userId={userId} />}
      {rows.length ? (
        <table className="mini-table" data-testid="activity-money">
          <caption className="visually-hidden">{t('delivery.moneyCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('funding.year')}</th>
              <th scope="col" className="cell-amount">
                {t('delivery.plannedCost')}
              </th>
              <th scope="col" className="cell-amount">
                {t('delivery.funded')}
              </th>
              <th scope="col" className="cell-amount">
                {t('delivery.spent')}
              </th>
              <th scope="col" className="cell-amount">
                {t('delivery.balance')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((y) => (
              <tr key={y.year ?? 'all'} data-testid="activity-money-row" data-year={y.year}>
                <td>{y.year}</td>
                <td className="cell-amount">
                  <Money value={y.cost} />
                </td>
                <td className="cell-amount">
                  <Money value={funded(y)} />
                </td>
                <td className="cell-amount">
                  <Money value={y.spent} />
                </td>
                <td className="cell-amount">
                  <Money value={y.balance} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('delivery.total')}</th>
              <td className="cell-amount">
                <Money value={sumDecimals(rows.map((y) => y.cost))} />
              </td>
              <td className="cell-amount">
                <Money value={sumDecimals(rows.map(funded))} />
              </td>
              <td className="cell-amount" data-testid="activity-spent">
                <Money value={spent} />
              </td>
              <td className="cell-amount">
                <Money value={sumDecimals(rows.map((y) => y.balance))} />
              </td>
            </tr>
          </tfoot>
        </table>
      ) : (
        <p className="muted" data-testid="activity-spent">
          {t('delivery.nothingYet')} <Money value={spent} currency="USD" />
        </p>
      )}
    </section>
  );
}
