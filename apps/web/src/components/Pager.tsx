import { useTranslation } from 'react-i18next';

interface PagerProps {
  page: number;
  pageSize: number;
  shown: number;
  total: number;
  hasNextPage: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/** Cursor paging: "next" follows the API's endCursor, "previous" goes back through the cursors already seen. */
export function Pager({ page, pageSize, shown, total, hasNextPage, onPrevious, onNext }: PagerProps) {
  const { t } = useTranslation();
  const from = shown === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = shown === 0 ? 0 : from + shown - 1;
  return (
    <nav className="pager" aria-label={t('paging.label')}>
      <span className="pager__range" data-testid="page-range">
        {t('requests.showing', { from, to, total })}
      </span>
      <div className="pager__controls">
        <button
          type="button"
          className="button button--secondary"
          onClick={onPrevious}
          disabled={page <= 1}
          data-testid="page-previous"
        >
          ← {t('paging.previous')}
        </button>
        <span className="pager__page" data-testid="page-indicator" data-page={page}>
          {t('paging.page', { page })}
        </span>
        <button
          type="button"
          className="button button--secondary"
          onClick={onNext}
          disabled={!hasNextPage}
          data-testid="page-next"
        >
          {t('paging.next')} →
        </button>
      </div>
    </nav>
  );
}
