import type { AssistanceRequestsQuery } from '@ta/graphql-types/graphql';
import { useTranslation } from 'react-i18next';
import { Marker } from '../../components/Marker';
import { StateLink } from '../../components/StateLink';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../format';
import { channelLabel, sourceLabel, topicLabel } from '../reference/labels';
import type { Sort, SortColumn } from './request-list-state';
import { CardTable } from '../../components/CardTable';

export type RequestRow = AssistanceRequestsQuery['assistanceRequests']['nodes'][number];

interface RequestsTableProps {
  rows: readonly RequestRow[];
  sort: Sort;
  onSort: (column: SortColumn) => void;
  busy: boolean;
  /** Opens the request's details (its description, moves and history). */
  onOpen: (id: string) => void;
  /** Rows chosen for a bulk move (offered only to those who may move requests). */
  selection?: { selected: ReadonlySet<string>; onChange: (selected: ReadonlySet<string>) => void };
}

export function RequestsTable({ rows, sort, onSort, busy, onOpen, selection }: RequestsTableProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';

  const sortHeader = (column: SortColumn, label: string) => {
    const active = sort.column === column;
    const direction = active ? sort.direction : undefined;
    return (
      <th scope="col" aria-sort={direction === 'ASC' ? 'ascending' : direction === 'DESC' ? 'descending' : 'none'}>
        <button
          type="button"
          className={`sort-button${active ? ' sort-button--active' : ''}`}
          onClick={() => onSort(column)}
          title={t('columns.sortBy', { column: label })}
          data-testid={`sort-${column}`}
          data-direction={direction}
        >
          {label}
          <span className="sort-button__arrow" aria-hidden="true">
            {direction === 'ASC' ? '▲' : direction === 'DESC' ? '▼' : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <div className="table-wrap" aria-busy={busy} data-busy={busy}>
      <CardTable
        className="requests-table"
        data-testid="requests-table"
        aria-busy={busy}
        aria-labelledby="requests-title"
      >
        <thead>
          <tr>
            {selection && (
              <th scope="col" className="cell-select">
                <input
                  type="checkbox"
                  aria-label={t('triage.selectAll')}
                  checked={rows.length > 0 && rows.every((r) => selection.selected.has(r.id))}
                  onChange={(e) => selection.onChange(new Set(e.target.checked ? rows.map((r) => r.id) : []))}
                  data-testid="select-all"
                />
              </th>
            )}
            {sortHeader('state', t('columns.state'))}
            <th scope="col">{t('columns.priorityArea')}</th>
            {sortHeader('kind', t('columns.kind'))}
            <th scope="col">{t('columns.topics')}</th>
            {sortHeader('status', t('columns.status'))}
            {sortHeader('receivedOn', t('columns.receivedOn'))}
            <th scope="col">{t('columns.channel')}</th>
            <th scope="col">{t('columns.source')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('requestDetail.open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              data-testid="request-row"
              data-id={row.id}
              data-state={row.state.iso3}
              data-kind={row.kind}
              data-status={row.status}
            >
              {selection && (
                <td className="cell-select">
                  <input
                    type="checkbox"
                    aria-label={t('triage.selectRow', { state: row.state.name, kind: t(`kinds.${row.kind}`) })}
                    checked={selection.selected.has(row.id)}
                    onChange={(e) => {
                      const next = new Set(selection.selected);
                      if (e.target.checked) next.add(row.id);
                      else next.delete(row.id);
                      selection.onChange(next);
                    }}
                    data-testid="select-row"
                  />
                </td>
              )}
              <th scope="row" className="cell-state" data-testid="cell-state">
                <StateLink iso3={row.state.iso3} name={row.state.name} />
              </th>
              <td data-testid="cell-priority-area">
                <span className="area">
                  <span className="area__code">{row.priorityArea.code}</span>
                  <span className="area__title" title={row.priorityArea.title}>
                    {row.priorityArea.title}
                  </span>
                </span>
              </td>
              <td data-testid="cell-kind">{t(`kinds.${row.kind}`)}</td>
              <td data-testid="cell-topics">
                {row.topics.length > 0 && (
                  <ul className="chips">
                    {row.topics.map((topic) => (
                      <li key={topic} className="chip" data-topic={topic}>
                        {topicLabel(t, topic)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td data-testid="cell-status">
                <span className="status-cell">
                  <StatusBadge status={row.status} />
                  {row.duplicates.length > 0 && (
                    <Marker
                      variant="duplicate"
                      label={t('requests.duplicate')}
                      testId="duplicate-marker"
                      tooltip={t('requests.duplicateLabel', {
                        list: row.duplicates
                          .map((d) =>
                            t('requests.duplicateItem', {
                              state: d.state.name,
                              kind: t(`kinds.${d.kind}`),
                              date: formatDate(d.receivedOn, lang),
                              status: t(`statuses.${d.status}`),
                            }),
                          )
                          .join('; '),
                      })}
                    />
                  )}
                </span>
              </td>
              <td data-testid="cell-received-on" className="cell-date">
                <time dateTime={row.receivedOn}>{formatDate(row.receivedOn, lang)}</time>
              </td>
              <td data-testid="cell-channel">{channelLabel(t, row.channel)}</td>
              <td data-testid="cell-source" className="cell-source">
                {row.sourceParagraph && <span className="source">{sourceLabel(t, row.sourceParagraph)}</span>}
                {row.illustrativeNote && (
                  <Marker
                    variant="illustrative"
                    label={t('requests.illustrative')}
                    tooltip={t('requests.illustrativeLabel', { note: row.illustrativeNote })}
                    testId="illustrative-marker"
                  />
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => onOpen(row.id)}
                  data-testid="request-details"
                >
                  {t('requestDetail.open')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </CardTable>
    </div>
  );
}
