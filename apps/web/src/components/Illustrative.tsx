import { useTranslation } from 'react-i18next';
import { Marker } from './Marker';

/** The "illustrative" flag on a figure or record the source document does not give. */
export function Illustrative({ note, testId }: { note?: string | null; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Marker
      variant="illustrative"
      label={t('requests.illustrative')}
      tooltip={note ? t('requests.illustrativeLabel', { note }) : t('app.illustrativeFigure')}
      testId={testId ?? 'illustrative-marker'}
    />
  );
}
