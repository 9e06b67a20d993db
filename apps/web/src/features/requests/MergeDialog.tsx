import { useMutation, useQuery } from '../../graphql/hooks';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { FormField } from '../../components/FormField';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { StatusBadge } from '../../components/StatusBadge';
import { useForm } from '../../components/use-form';
import { formatDate } from '../../format';
import { apiLanguage } from '../../i18n';
import { topicLabel } from '../reference/labels';
import { REQUEST_QUERIES } from './TriagePanel';
import { mergeRequestsMutation, mergeSidesQuery } from './requests.graphql';
import { validateMerge, type MergeValues } from './triage';

interface MergeDialogProps {
  /** The two requests, the first one offered as the one to keep. */
  pair: { first: string; second: string } | null;
  onClose: () => void;
  /** The merge is done: the request that stays. */
  onMerged: (keptId: string) => void;
}

/** Two requests side by side: the user chooses the one to keep and says why the other is merged into it. */
export function MergeDialog({ pair, onClose, onMerged }: MergeDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={pair !== null} onClose={onClose} title={t('triage.mergeTitle')} testId="merge-dialog" wide>
      {pair && <MergeForm key={`${pair.first}-${pair.second}`} pair={pair} onMerged={onMerged} onCancel={onClose} />}
    </Dialog>
  );
}

function MergeForm({
  pair,
  onMerged,
  onCancel,
}: {
  pair: { first: string; second: string };
  onMerged: (keptId: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const id = useId();
  const { data, loading, error, refetch } = useQuery(mergeSidesQuery, {
    variables: { keepId: pair.first, mergeId: pair.second, lang: apiLanguage(lang) },
    fetchPolicy: 'network-only',
  });
  const ids = [pair.first, pair.second];
  const form = useForm<MergeValues>({
    initial: { keepId: pair.first, reason: '' },
    validate: (v) => validateMerge(ids, v),
  });
  const { values, errorFor, formError } = form;
  const [merge, mergeState] = useMutation(mergeRequestsMutation, {
    refetchQueries: REQUEST_QUERIES,
    awaitRefetchQueries: true,
  });

  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const sides = [data?.first, data?.second];
  if (!sides[0] || !sides[1]) return loading ? <Loading /> : <p className="empty">{t('requestDetail.notFound')}</p>;
  const [a, b] = sides as [NonNullable<(typeof sides)[0]>, NonNullable<(typeof sides)[0]>];

  const submit = form.handleSubmit(async (v) => {
    const keep = v.keepId === a.id ? a : b;
    const other = keep === a ? b : a;
    try {
      await merge({
        variables: {
          input: {
            keepId: keep.id,
            keepVersion: keep.version,
            mergeId: other.id,
            mergeVersion: other.version,
            reason: v.reason.trim(),
          },
        },
      });
    } catch (e) {
      void refetch();
      throw e;
    }
    onMerged(keep.id);
  });

  const rows: [string, (r: typeof a) => ReactNode][] = [
    [t('columns.state'), (r) => r.state.name],
    [t('columns.kind'), (r) => t(`kinds.${r.kind}`)],
    [t('columns.topics'), (r) => r.topics.map((topic) => topicLabel(t, topic)).join(', ') || '—'],
    [t('columns.receivedOn'), (r) => formatDate(r.receivedOn, lang)],
    [t('triage.loggedOn'), (r) => formatDate(r.createdAt.slice(0, 10), lang)],
    [t('columns.status'), (r) => <StatusBadge status={r.status} />],
    [t('form.description'), (r) => r.description ?? <em>{t('requestDetail.confidential')}</em>],
    [t('triage.historyCount'), (r) => r.history.length],
  ];

  return (
    <form noValidate onSubmit={submit} data-testid="merge-form">
      {formError && (
        <p className="form-error" role="alert" data-testid="merge-error">
          {formError}
        </p>
      )}
      <table className="compare-table" data-testid="merge-compare">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('triage.field')}</span>
            </th>
            {[a, b].map((r) => (
              <th scope="col" key={r.id}>
                <label>
                  <input
                    type="radio"
                    name={`${id}-keep`}
                    value={r.id}
                    checked={values.keepId === r.id}
                    onChange={() => form.set('keepId', r.id)}
                    data-testid="merge-keep"
                    data-id={r.id}
                  />{' '}
                  {t('triage.keepThis')}
                </label>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, cell]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{cell(a)}</td>
              <td>{cell(b)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('triage.mergeExplain')}</p>
      <FormField id={`${id}-reason`} name="reason" label={t('triage.reason')} error={errorFor('reason')} required>
        {(describedBy) => (
          <input
            id={`${id}-reason`}
            type="text"
            value={values.reason}
            onChange={(e) => form.set('reason', e.target.value)}
            onBlur={form.touch('reason')}
            aria-describedby={describedBy}
            data-testid="merge-reason"
          />
        )}
      </FormField>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={mergeState.loading}
          data-testid="merge-submit"
        >
          {t('triage.mergeSubmit')}
        </button>
      </div>
    </form>
  );
}
