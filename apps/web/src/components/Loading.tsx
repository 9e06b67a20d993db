import { useTranslation } from 'react-i18next';

export function Loading({ testId }: { testId?: string }) {
  const { t } = useTranslation();
  return (
    <p className="spinner" role="status" data-testid={testId ?? 'loading'}>
      {t('app.loading')}
    </p>
  );
}
