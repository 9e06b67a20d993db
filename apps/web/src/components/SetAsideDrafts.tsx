import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openSetAside, setAsideDrafts, type DraftControls, type SetAsideDraft } from '../offline/drafts';
import { isQueued, onOutboxChange } from '../offline/outbox';
import { Notice } from './Notice';

/**
 * The drafts kept apart from the form's draft `name` (a queued submission refused while the person typed another,
 * or the draft set apart when they opened one): each said with its refusal, and "Open it", which puts it in the form
 * and keeps what the form held apart in its turn (unless that waits in the outbox, which keeps its own copy). Read
 * again whenever the outbox changes (a refusal sets one apart). `onOpened` shows the form afresh from its draft.
 */
export function SetAsideDrafts({
  name,
  draft,
  onOpened,
  testId,
}: {
  name: string;
  draft: Pick<DraftControls, 'written'>;
  onOpened: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<SetAsideDraft[]>([]);
  const [failed, setFailed] = useState(false);
  const read = useCallback(() => void setAsideDrafts(name).then(setDrafts), [name]);
  useEffect(() => {
    read();
    return onOutboxChange(read);
  }, [read]);

  const open = async (key: string): Promise<void> => {
    setFailed(false);
    // What the form shows is on the device first: it is what gets set apart.
    const opened =
      (await draft.written()) &&
      (await openSetAside(name, key, async (current) => !(await isQueued(current.idempotencyKey))));
    if (!opened) {
      setFailed(true);
      read();
      return;
    }
    onOpened();
  };

  if (drafts.length === 0) return null;
  return (
    <>
      {failed && (
        <p className="form-error" role="alert">
          {t('offline.setAsideNotOpened')}
        </p>
      )}
      {drafts.map((kept) => (
        <Notice
          key={kept.idempotencyKey}
          tone={kept.refusal === null ? 'warning' : 'error'}
          testId={`${testId}-set-aside`}
          data={{ 'data-refused': String(kept.refusal !== null) }}
        >
          <p>
            {kept.refusal === null
              ? t('offline.setAsideOther')
              : t('offline.setAsideRefused', { message: kept.refusal })}
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void open(kept.idempotencyKey)}
            data-testid={`${testId}-set-aside-open`}
          >
            {t('offline.openSetAside')}
          </button>
        </Notice>
      ))}
    </>
  );
}
