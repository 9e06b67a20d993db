import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Notice';
import { isChunkLoadError, retryFailedPages } from './lazy-page';

interface PageBoundaryProps {
  children: ReactNode;
}

interface PageBoundaryState {
  error: unknown;
  attempt: number;
}

/**
 * Never a blank page: a page that fails to render, or whose code could not be fetched on a poor line, shows
 * what happened and a way to try again; the header and navigation stay.
 */
export class PageBoundary extends Component<PageBoundaryProps, PageBoundaryState> {
  override state: PageBoundaryState = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<PageBoundaryState> {
    return { error: error ?? new Error('unknown') };
  }

  retry = (): void => {
    retryFailedPages();
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
  };

  override render(): ReactNode {
    if (this.state.error) return <PageFailed error={this.state.error} onRetry={this.retry} />;
    // A new attempt renders the page afresh (its lazy component may be a new one).
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}

function Fragment({ children }: { children: ReactNode }) {
  return <>{children}</>;
}

function PageFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const chunk = isChunkLoadError(error);
  return (
    <Notice tone="error" testId="page-failed">
      <p data-kind={chunk ? 'chunk' : 'render'}>{chunk ? t('offline.chunkFailed') : t('offline.pageFailed')}</p>
      <button type="button" className="button button--secondary" onClick={onRetry} data-testid="page-retry">
        {t('offline.retry')}
      </button>
    </Notice>
  );
}
