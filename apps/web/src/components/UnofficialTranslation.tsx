import { useTranslation } from 'react-i18next';
import { Marker } from './Marker';

/** Beside one title: the text is a translation made for this tool, not the UN's own (`unofficialTranslation`). */
export function UnofficialTranslation({ testId }: { testId?: string }) {
  const { t } = useTranslation();
  return (
    <Marker
      variant="illustrative"
      label={t('app.unofficialTranslation')}
      tooltip={t('app.unofficialTranslationLabel')}
      testId={testId ?? 'unofficial-translation'}
    />
  );
}

/**
 * Above a list: one note rather than a marker on every row (each marker is a tab stop), shown when any title in
 * the list is an unofficial translation.
 */
export function UnofficialTranslationsNote({ shown }: { shown: boolean }) {
  const { t } = useTranslation();
  if (!shown) return null;
  return (
    <p className="page__intro" data-testid="unofficial-translations-note">
      {t('app.unofficialTranslations')}
    </p>
  );
}
