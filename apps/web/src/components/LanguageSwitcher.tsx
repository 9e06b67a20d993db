import { useTranslation } from 'react-i18next';
import { setUiLanguage, UI_LANGUAGES } from '../i18n';

/** EN / FR / ES: the whole interface, and the State names the API sends, follow the choice. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switcher" role="group" aria-label={t('app.language')}>
      {UI_LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="language-switcher__option"
          aria-pressed={i18n.resolvedLanguage === lang}
          title={t(`app.languages.${lang}`)}
          data-testid={`language-${lang}`}
          onClick={() => setUiLanguage(lang)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
