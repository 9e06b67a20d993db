import { deliveryMoves, todayUtc, type DeliveryStatus } from '@ta/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from '../../components/use-form';
import { useMutation } from '../../graphql/hooks';
import { FormError, InlineDraftNote, TextField } from '../../components/FormControls';
import { useDraft } from '../../offline/drafts';
import { useOnlineOnly } from '../../offline/use-online-only';
import { emptyDeliveryMove, toDeliveryInput, validateDeliveryMove, type DeliveryMoveValues } from './delivery-form';
import { setDeliveryStatusMutation } from './programme.graphql';

interface DeliveryMovesProps {
  activity: { id: string; version: number };
  status: DeliveryStatus;
  startedOn: string | null;
  /** Whose draft this is: on a shared computer, each user's own. */
  userId: string;
}

/**
 * The moves open to the activity's delivery, as buttons (for those who may edit the programme): each opens the
 * little form its move needs — start with its date, complete with its date, cancel with a reason, plan again —
 * checked as the planner types with the API's rules. The version sent is the one read when the move's form opened,
 * so a change someone made meanwhile is refused (CONFLICT) and said above the form rather than overwritten; the
 * drawer is asked again. The open move and what is typed in it (a cancellation's reason) are kept on this device
 * until sent or given up ("Back"): after a reload the form is open again, unless that move is no longer open to the
 * activity. A move is sent only while the line is up: when it fails, the form says it was not saved and stays.
 */
export function DeliveryMoves({ activity, status, startedOn, userId }: DeliveryMovesProps) {
  const { t } = useTranslation();
  const id = useId();
  const moves = deliveryMoves(status);
  const [done, setDone] = useState<DeliveryStatus | null>(null);
  // The activity's version when the form opened (`open`): what the planner decided on.
  const [read, setRead] = useState(activity.version);
  // The version this planner's own last move answered: every move moves the version, so the next move is checked
  // against it even before the drawer has read the activity again.
  const [moved, setMoved] = useState<number | null>(null);
  const form = useForm<DeliveryMoveValues>({
    initial: () => emptyDeliveryMove('', todayUtc()),
    validate: (v) => validateDeliveryMove(status, v, startedOn),
    // The move itself (`to`) has no field of its own: the API's word on it is said above the form.
    isField: (path) => path === 'startedOn' || path === 'completedOn' || path === 'reason',
  });
  const { values } = form;
  const draft = useDraft(`delivery-move:${userId}:${activity.id}`, form, {
    empty: () => emptyDeliveryMove('', todayUtc()),
    restore: (kept) => (moves.includes(kept.values.to as DeliveryStatus) ? kept.values : null),
  });
  const [move, { loading }] = useMutation(setDeliveryStatusMutation, {
    refetchQueries: ['ActivityDetail', 'Activities'],
  });
  const online = useOnlineOnly();
  if (moves.length === 0) return null;

  const open = (to: DeliveryStatus) => {
    setDone(null);
    setRead(Math.max(activity.version, moved ?? 0));
    form.reset(emptyDeliveryMove(to, todayUtc()));
  };
  const submit = form.handleSubmit(async (v) => {
    // The draft's key, kept across retries of this move (a lost answer is answered again, not refused for the version
    // the first attempt moved); once moved or given up ("Back"), the next move gets a new one.
    const input = { ...toDeliveryInput({ id: activity.id, version: read }, v), idempotencyKey: draft.idempotencyKey() };
    const answered = await online.attempt(() => move({ variables: { input } }));
    if (!answered) return;
    if (answered.data) setMoved(answered.data.setDeliveryStatus.version);
    await draft.finish();
    setDone(v.to as DeliveryStatus);
    form.reset(emptyDeliveryMove('', todayUtc()));
  });

  return (
    <div className="delivery-moves" data-testid="delivery-moves">
      {done && (
        <p role="status" data-testid="delivery-moved">
          {t('delivery.move.done', { status: t(`delivery.statuses.${done}`) })}
        </p>
      )}
      {!values.to ? (
        <div className="actions" role="group" aria-label={t('delivery.move.title')}>
          {moves.map((to) => (
            <button
              key={to}
              type="button"
              className="button"
              onClick={() => open(to)}
              data-testid={`delivery-move-${to}`}
            >
              {t(`delivery.move.actions.${to}`)}
            </button>
          ))}
        </div>
      ) : (
        <form
          className="inline-form"
          noValidate
          onSubmit={submit}
          aria-label={t(`delivery.move.actions.${values.to}`)}
          data-testid="delivery-move-form"
          data-to={values.to}
          data-draft-saved={draft.savedAt ?? ''}
        >
          <FormError message={form.formError} testId="delivery-move-error" />
          <FormError message={online.notSaved && t(online.notSaved)} testId="delivery-move-not-saved" />
          <InlineDraftNote draft={draft} testId="delivery-move" discardable={false} />
          {values.to === 'IN_DELIVERY' && (
            <TextField
              form={form}
              field="startedOn"
              label={t('delivery.move.startedOn')}
              id={`${id}-startedOn`}
              testId="delivery-started-on"
              type="date"
              required
            />
          )}
          {values.to === 'COMPLETED' && (
            <TextField
              form={form}
              field="completedOn"
              label={t('delivery.move.completedOn')}
              id={`${id}-completedOn`}
              testId="delivery-completed-on"
              type="date"
              required
            />
          )}
          {values.to === 'CANCELLED' && (
            <TextField
              form={form}
              field="reason"
              label={t('delivery.move.reason')}
              id={`${id}-reason`}
              testId="delivery-reason"
              required
              wide
            />
          )}
          {values.to === 'PLANNED' && <p className="muted">{t('delivery.move.replanHint')}</p>}
          <div className="actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={loading}
              data-testid="delivery-move-submit"
            >
              {t('delivery.move.confirm')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => void draft.discard()}
              data-testid="delivery-move-back"
            >
              {t('delivery.move.back')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
