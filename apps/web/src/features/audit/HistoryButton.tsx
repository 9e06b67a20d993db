import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HistoryDialog } from './HistoryDialog';

/** "History": the audit log of one record, for those who may read it. */
export function HistoryButton({
  entityType,
  entityId,
  title,
}: {
  entityType: string;
  entityId: string;
  title: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => setOpen(true)}
        data-testid="history-open"
      >
        {t('history.open')}
      </button>
      <HistoryDialog
        open={open}
        onClose={() => setOpen(false)}
        entityType={entityType}
        entityId={entityId}
        title={title}
      />
    </>
  );
}
