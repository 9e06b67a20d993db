import { useTranslation } from 'react-i18next';
import { apiProblems } from '../graphql/errors';
import { Notice } from './Notice';

/** "Could not load …" with the API's words and a way to try again. */
export function LoadError({ error, onRetry, testId }: { error: unknown; onRetry: () => void; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Notice tone="error" testId={testId ?? 'load-error'}>
      <p>
        {t('app.loadError', {
          message: apiProblems(error)
            .map((p) => p.message)
            .join(' '),
        })}
      </p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t('requests.retry')}
      </button>
    </Notice>
  );
}
