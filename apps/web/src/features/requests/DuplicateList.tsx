import type { AssistanceKind, RequestStatus } from '@ta/domain';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { sourceLabel } from '../reference/labels';

interface Duplicate {
  id: string;
  kind: AssistanceKind;
  status: RequestStatus;
  receivedOn: string;
  sourceParagraph?: string | null;
  state: { name: string };
}

interface DuplicateListProps {
  duplicates: readonly Duplicate[];
  /** Opens the other request. */
  onOpen: (id: string) => void;
  /** Offered only to those who may merge: compares the two before merging. */
  onMerge?: (id: string) => void;
}

/** Open requests a request may duplicate: each opens the other request, and "Merge…" compares the two. */
export function DuplicateList({ duplicates, onOpen, onMerge }: DuplicateListProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <ul>
      {duplicates.map((d) => (
        <li key={d.id} data-id={d.id} data-testid="duplicate-item">
          <button type="button" className="link-button" onClick={() => onOpen(d.id)} data-testid="duplicate-open">
            {t('requests.duplicateItem', {
              state: d.state.name,
              kind: t(`kinds.${d.kind}`),
              date: formatDate(d.receivedOn, lang),
              status: t(`statuses.${d.status}`),
            })}
          </button>
          {d.sourceParagraph && <span className="source"> · {sourceLabel(t, d.sourceParagraph)}</span>}
          {onMerge && (
            <>
              {' '}
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => onMerge(d.id)}
                data-testid="duplicate-merge"
              >
                {t('triage.mergeOpen')}
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
