import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pathOf } from '../../app/router';
import { Link } from '../../components/Link';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { SearchField } from '../../components/SearchField';
import { formatDate } from '../../format';
import { useQuery } from '../../graphql/hooks';
import { mayEditLegislation } from '../../app/access';
import type { SignedInUser } from '../../app/session';
import { topicLabel } from '../reference/labels';
import { useReferenceData } from '../reference/use-reference-data';
import { legislationQuery } from './legislation.graphql';
import { LegislationFileForm } from './LegislationFileForm';

const LANGUAGES = ['en', 'fr', 'es'] as const;

/** The legal library (para. 10): laws found by words of their titles in any of the three languages, by State and language. */
export function LegislationPage({ user }: { user: SignedInUser }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { states } = useReferenceData();
  const mayUpload = mayEditLegislation(user.can);
  const [search, setSearch] = useState('');
  const [stateIso3, setStateIso3] = useState('');
  const [language, setLanguage] = useState('');
  const { data, error, refetch } = useQuery(legislationQuery, {
    variables: {
      filter: { search: search || null, stateIso3: stateIso3 || null, language: language || null },
      first: 50,
    },
  });
  const nameOf = (iso3: string) => states.find((s) => s.iso3 === iso3)?.name ?? iso3;
  const page = data?.legislation;
  return (
    <section className="page" aria-labelledby="legislation-title" data-testid="legislation-page">
      <div className="page__head">
        <div>
          <h1 id="legislation-title">{t('legislation.title')}</h1>
          <p className="page__intro">{t('legislation.intro')}</p>
        </div>
      </div>
      <div className="filters">
        <SearchField
          id="legislation-search"
          label={t('legislation.search')}
          placeholder={t('legislation.searchPlaceholder')}
          testId="legislation-search"
          applied={search}
          onSearch={setSearch}
        />
        <div className="field">
          <label htmlFor="legislation-state">{t('checklists.state')}</label>
          <select
            id="legislation-state"
            value={stateIso3}
            onChange={(e) => setStateIso3(e.target.value)}
            data-testid="legislation-state"
          >
            <option value="">{t('legislation.anyState')}</option>
            {states.map((s) => (
              <option key={s.iso3} value={s.iso3}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="legislation-language">{t('legislation.language')}</label>
          <select
            id="legislation-language"
            value={language}
            onChange={(e) => setLanguage(e.target.value)}
            data-testid="legislation-language"
          >
            <option value="">{t('legislation.anyLanguage')}</option>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`legislation.languages.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : !page ? (
        <Loading />
      ) : (
        <>
          <p className="page__intro" role="status" data-testid="legislation-count">
            {t('legislation.found', { count: page.totalCount })}
          </p>
          <ul className="plain-list" data-testid="legislation-results">
            {page.nodes.map((l) => (
              <li key={l.id} className="card" data-testid="legislation-row">
                <h2 lang={l.language} data-testid="legislation-row-title">
                  {l.link ? <a href={l.link}>{l.title}</a> : l.title}
                </h2>
                <p>
                  <Link to={pathOf({ page: 'state', iso3: l.stateIso3 })}>{nameOf(l.stateIso3)}</Link>
                  {l.enactedOn ? ` · ${formatDate(l.enactedOn, lang)}` : ''} · {l.articles.join(', ')} ·{' '}
                  {l.topics.map((topic) => topicLabel(t, topic)).join(', ')}
                </p>
                {l.summary && <p lang={l.language}>{l.summary}</p>}
                {l.file &&
                  (l.file.downloadUrl ? (
                    <p>
                      <a href={l.file.downloadUrl} download={l.file.fileName} data-testid="legislation-download">
                        {t('legislation.download', { size: Math.max(1, Math.round(l.file.sizeBytes / 1000)) })}
                      </a>
                      {l.file.confidential && <span className="muted"> · {t('legislation.confidentialFile')}</span>}
                    </p>
                  ) : (
                    <p className="muted" data-testid="legislation-file-confidential-note">
                      {t('legislation.confidentialFile')}
                    </p>
                  ))}
                {mayUpload && <LegislationFileForm legislationId={l.id} />}
                {l.illustrative && (
                  <p className="muted">
                    {t('legislation.illustrative')}
                    {l.sourceParagraph ? ` (${l.sourceParagraph})` : ''}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
