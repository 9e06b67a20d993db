import { useTranslation } from 'react-i18next';
import type { SignedInUser } from '../../app/session';
import { Dialog } from '../../components/Dialog';
import { ActivityDetail } from './ActivityDetail';

/** An activity's details beside the grid (or the funding table). */
export function ActivityDrawer({ id, onClose, user }: { id: string | null; onClose: () => void; user: SignedInUser }) {
  const { t } = useTranslation();
  return (
    <Dialog open={id !== null} onClose={onClose} title={t('activity.title')} variant="drawer" testId="activity-drawer">
      {id && <ActivityDetail id={id} user={user} />}
    </Dialog>
  );
}
