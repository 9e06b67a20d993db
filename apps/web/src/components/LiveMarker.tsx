import { useTranslation } from 'react-i18next';

interface LiveMarkerProps {
  /** "N new … since you opened this page", or null while there is none. */
  newSince: string | null;
  /** Changes not yet shown; with `onShow`, a button shows them (the rows do not move by themselves). */
  unseen?: number;
  onShow?: () => void;
  testId: string;
}

/** What a live page has heard since it opened (issue 14), and the button that brings it onto the page. */
export function LiveMarker({ newSince, unseen = 0, onShow, testId }: LiveMarkerProps) {
  const { t } = useTranslation();
  const showable = onShow !== undefined && unseen > 0;
  if (!newSince && !showable) return null;
  return (
    <div className="live-bar" role="status">
      {newSince && (
        <p className="live-marker" data-testid={testId}>
          {newSince}
        </p>
      )}
      {showable && (
        <button type="button" className="button button--secondary" onClick={onShow} data-testid={`${testId}-show`}>
          {t('live.showUpdates', { count: unseen })}
        </button>
      )}
    </div>
  );
}
