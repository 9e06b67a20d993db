import { useQuery } from '../../graphql/hooks';
import { useTranslation } from 'react-i18next';
import { pathOf } from '../../app/router';
import { Link } from '../../components/Link';
import { apiLanguage } from '../../i18n';
import { workshopTitleQuery } from '../workshops/workshops.graphql';

/**
 * "From the workshop …" with a way to clear it: the requests filtered to a workshop's follow-ups. A file of its
 * own, loaded only when that filter is on, so the list does not carry the workshops' documents.
 */
export function WorkshopFilterChip({ workshopId, onClear }: { workshopId: string; onClear: () => void }) {
  const { t, i18n } = useTranslation();
  const workshop = useQuery(workshopTitleQuery, {
    variables: { id: workshopId, lang: apiLanguage(i18n.resolvedLanguage ?? 'en') },
  });
  return (
    <p className="filter-chip" data-testid="filter-workshop" data-workshop-id={workshopId}>
      <span>
        {t('requests.fromWorkshop')}{' '}
        <Link to={pathOf({ page: 'workshop', id: workshopId })}>{workshop.data?.workshop?.title ?? '…'}</Link>
      </span>
      <button
        type="button"
        className="filter-chip__clear"
        onClick={onClear}
        aria-label={t('requests.clearWorkshop')}
        data-testid="filter-workshop-clear"
      >
        ×
      </button>
    </p>
  );
}
