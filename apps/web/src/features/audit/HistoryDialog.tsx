import { useQuery } from '../../graphql/hooks';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { formatDateTime } from '../../format';
import { auditChanges } from './audit-changes';
import { auditLogQuery } from './audit.graphql';

interface HistoryDialogProps {
  open: boolean;
  onClose: () => void;
  /** As the audit log names them: "assistance_request", "activity", "contribution", … */
  entityType: string;
  entityId: string;
  title: string;
}

/** Every change to one record from the audit log: when, who, what, and the fields before → after. */
export function HistoryDialog({ open, onClose, entityType, entityId, title }: HistoryDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('history.title', { what: title })} testId="history-dialog" wide>
      {open && <HistoryEntries entityType={entityType} entityId={entityId} />}
    </Dialog>
  );
}

function HistoryEntries({ entityType, entityId }: { entityType: string; entityId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { data, loading, error, refetch, fetchMore } = useQuery(auditLogQuery, {
    variables: { entityType, entityId },
    fetchPolicy: 'network-only',
  });
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  if (!data) return loading ? <Loading /> : null;
  const log = data.auditLog;
  if (log.nodes.length === 0) return <p className="empty">{t('history.empty')}</p>;
  return (
    <div className="history">
      <p className="history__count" data-testid="history-count" data-count={log.totalCount}>
        {t('history.count', { count: log.totalCount })}
      </p>
      <ol className="history__list">
        {log.nodes.map((entry) => (
          <li key={entry.id} className="history__entry" data-testid="history-entry" data-action={entry.action}>
            <p className="history__head">
              <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time>
              <span className="history__who">{entry.actorLabel}</span>
              <span className="chip">{entry.action}</span>
            </p>
            <ul className="history__changes">
              {auditChanges(entry.before, entry.after).map((change) => (
                <li key={change.field} data-field={change.field}>
                  <code>{change.field}</code>:{' '}
                  {change.before !== null && <span className="history__before">{change.before}</span>}
                  {change.before !== null && change.after !== null && ' → '}
                  {change.after !== null && <span className="history__after">{change.after}</span>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {log.pageInfo.hasNextPage && log.pageInfo.endCursor && (
        <button
          type="button"
          className="button button--secondary"
          disabled={loading}
          onClick={() =>
            void fetchMore({
              variables: { after: log.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                auditLog: {
                  ...fetchMoreResult.auditLog,
                  nodes: [...previous.auditLog.nodes, ...fetchMoreResult.auditLog.nodes],
                },
              }),
            })
          }
        >
          {t('history.more')}
        </button>
      )}
    </div>
  );
}
