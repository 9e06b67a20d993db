import type { ActivityForEditQuery } from '@ta/graphql-types/graphql';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { DraftFormDialog } from '../../components/DraftFormDialog';
import { stillNeeded } from '../../components/FormFooter';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/use-form';
import { apiProblems } from '../../graphql/errors';
import { useMutation, useQuery } from '../../graphql/hooks';
import { apiLanguage } from '../../i18n';
import { useDraft } from '../../offline/drafts';
import { useReferenceData } from '../reference/use-reference-data';
import { TextField } from '../../components/FormControls';
import { type ActivityFieldName } from './activity-fields';
import { useActivityFields } from './ActivityFields';
import {
  carryEdits,
  draftOnto,
  changedFields,
  EDIT_ACTIVITY_ALIASES,
  EDIT_ACTIVITY_FIELDS,
  EDIT_ACTIVITY_LABELS,
  editActivityValuesOf,
  isEditActivityField,
  toUpdateActivityInput,
  validateEditActivity,
  type EditActivityValues,
} from './edit-activity-form';
import { activityForEditQuery, newActivityChoicesQuery, updateActivityMutation } from './programme.graphql';

type ActivityRead = NonNullable<ActivityForEditQuery['activity']>;

/** Until the choices are read (one list, so the regions are not worked out again on every render). */
const NO_AREAS: never[] = [];

interface EditActivityDialogProps {
  activityId: string;
  /** Whose draft this is: on a shared computer, each user's own. */
  userId: string;
  onClose: () => void;
  onSaved: () => void;
}

/**
 * "Edit activity": the activity as the server has it now (read when the dialog opens), its title, description,
 * dates, beneficiaries and partners in the fields New activity uses, with the same rules as one types. Mounted while
 * open. Only what changed is sent, at the version read; if someone saved a change meanwhile the API refuses
 * (CONFLICT) and the dialog offers to reload: the activity as it is now, with this person's changes put back on it.
 */
export function EditActivityDialog({ activityId, userId, onClose, onSaved }: EditActivityDialogProps) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(activityForEditQuery, {
    variables: { id: activityId },
    fetchPolicy: 'network-only',
  });
  // The activity the form is at, and (after a reload) the values it opens with: changed together, never apart, and
  // never by the query's answer changing under the form (a reload's answer reaches the query too).
  const [shown, setShown] = useState<{ activity: ActivityRead; carried: EditActivityValues | null } | null>(null);
  if (!shown && data?.activity) setShown({ activity: data.activity, carried: null });
  const activity = shown?.activity ?? data?.activity ?? null;

  if (!activity) {
    return (
      <Dialog open title={t('editActivity.title')} onClose={onClose} testId="edit-activity-dialog">
        {error ? (
          <LoadError error={error} onRetry={() => void refetch()} />
        ) : data ? (
          <p className="empty">{t('activity.notFound')}</p>
        ) : (
          <Loading />
        )}
      </Dialog>
    );
  }

  const reload = async (mine: EditActivityValues): Promise<boolean> => {
    const { data: fresh } = await refetch();
    if (!fresh?.activity) return false;
    const base = editActivityValuesOf(activity);
    setShown({ activity: fresh.activity, carried: carryEdits(base, mine, editActivityValuesOf(fresh.activity)) });
    return true;
  };

  return (
    <EditActivityForm
      // A new version is a new form: its draft, its values and the version it sends.
      key={activity.version}
      activity={activity}
      carried={shown?.carried ?? null}
      reloaded={Boolean(shown?.carried)}
      userId={userId}
      onClose={onClose}
      onSaved={onSaved}
      onReload={reload}
    />
  );
}

interface EditActivityFormProps {
  activity: ActivityRead;
  carried: EditActivityValues | null;
  reloaded: boolean;
  userId: string;
  onClose: () => void;
  onSaved: () => void;
  onReload: (mine: EditActivityValues) => Promise<boolean>;
}

function EditActivityForm({ activity, carried, reloaded, userId, onClose, onSaved, onReload }: EditActivityFormProps) {
  const { t, i18n } = useTranslation();
  const reference = useReferenceData();
  const [read] = useState(() => editActivityValuesOf(activity));
  const form = useForm<EditActivityValues>({
    initial: () => carried ?? read,
    validate: (v) => validateEditActivity(v, activity.phase, reference.planYears),
    isField: isEditActivityField,
    aliases: EDIT_ACTIVITY_ALIASES,
    serverMessage: (message) => t('editActivity.serverError', { message }),
    fixMessage: t('editActivity.fixErrors'),
  });
  const { values, problems, valid, formError } = form;
  const [update, { loading }] = useMutation(updateActivityMutation, {
    // The drawer, and any kept page of the grid (titles) or of the funding gap (beneficiaries' regions).
    refetchQueries: ['ActivityDetail'],
    evict: ['activities', 'fundingGaps'],
  });
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  const formId = useId();
  const lang = apiLanguage(i18n.resolvedLanguage ?? 'en');
  const { data: choices } = useQuery(newActivityChoicesQuery, { variables: { lang } });

  // Kept per activity, with the version and the values it was typed over: a draft of a version someone has since
  // changed comes back as this person's changes put on the activity as it is now (as the in-dialog reload does),
  // not dropped unseen.
  const draft = useDraft(`edit-activity:${userId}:${activity.id}`, form, {
    empty: () => read,
    basis: JSON.stringify({ version: activity.version, read }),
    restore: (kept) => draftOnto(kept, activity.version, read),
  });
  const set = <K extends ActivityFieldName>(field: K, value: EditActivityValues[K]): void => {
    setStale(false);
    form.set(field, value);
  };
  const fields = useActivityFields({
    form,
    update: set,
    formId,
    testPrefix: 'edit-activity',
    states: reference.states,
    m49Areas: choices?.m49Areas ?? NO_AREAS,
  });
  const changed = changedFields(read, values).length > 0;

  const submit = form.handleSubmit(async (v) => {
    try {
      const { data } = await update({
        variables: {
          id: activity.id,
          expectedVersion: activity.version,
          input: toUpdateActivityInput(read, v, fields.areas, activity.beneficiaryRegions),
          lang,
        },
      });
      if (!data) throw new Error('The API answered without the activity.');
    } catch (error) {
      if (apiProblems(error).some((p) => p.code === 'CONFLICT')) {
        setStale(true);
        return;
      }
      throw error;
    }
    await draft.finish();
    onSaved();
  });

  const reload = (): void => {
    setReloading(true);
    // What the form shows is on the device first: if the reload fails, the draft (of this version) is still there.
    void draft
      .written()
      .then(() => onReload(values))
      .then((ok) => {
        if (!ok) setReloading(false);
      });
  };

  return (
    <DraftFormDialog
      onClose={onClose}
      title={t('editActivity.titleOf', { code: activity.code })}
      intro={t('editActivity.intro')}
      testId="edit-activity"
      draft={draft}
      formError={formError}
      onSubmit={submit}
      footer={{
        missing: stillNeeded(EDIT_ACTIVITY_FIELDS, problems, (field) => t(EDIT_ACTIVITY_LABELS[field])),
        submitDisabled: !valid || !changed || loading || stale,
        submitLabel: loading ? t('editActivity.saving') : t('editActivity.save'),
        submitTestId: 'edit-activity-submit',
      }}
    >
      {stale && (
        <Notice tone="warning" testId="edit-activity-stale">
          <p>{t('editActivity.stale')}</p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={reload}
            disabled={reloading}
            data-testid="edit-activity-reload"
          >
            {t('editActivity.reload')}
          </button>
        </Notice>
      )}
      {reloaded && !stale && (
        <p className="dialog__intro" role="status" data-testid="edit-activity-reloaded">
          {t('editActivity.reloaded', { version: activity.version })}
        </p>
      )}
      <div className="log-form__grid">
        {fields.text('title', { required: true, autoFocus: true })}
        {fields.text('startsOn', { type: 'date' })}
        {fields.text('endsOn', { type: 'date' })}
      </div>
      {/* Kept when the English title changes; emptied, the English stands in for it. */}
      <div className="log-form__grid">
        {(['titleFr', 'titleEs'] as const).map((field) => (
          <TextField
            key={field}
            form={form}
            field={field}
            label={t(EDIT_ACTIVITY_LABELS[field])}
            id={`${formId}-${field}`}
            testId={`edit-activity-${field}`}
          />
        ))}
      </div>
      {fields.description()}
      <div className="log-form__grid">
        {fields.states()}
        {fields.regions()}
        {fields.partners()}
      </div>
    </DraftFormDialog>
  );
}
