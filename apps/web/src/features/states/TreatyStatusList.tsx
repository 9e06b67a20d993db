import type { TreatyStatusFieldsFragment } from '@ta/graphql-types/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayEditTreaties } from '../../app/access';
import type { SignedInUser } from '../../app/session';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDate } from '../../format';
import { useMutation } from '../../graphql/hooks';
import { clearTreatyStatusMutation } from './states.graphql';
import { TREATY_STATUS_EVICTS, TreatyStatusDialog } from './TreatyStatusDialog';

interface TreatyStatusListProps {
  stateIso3: string;
  stateName: string;
  treatyStatus: readonly TreatyStatusFieldsFragment[];
  /** Every instrument, in order: those who keep treaty status record one where none is. */
  instruments: ReadonlyArray<{ code: string; shortTitle: string }>;
  user: SignedInUser;
}

/**
 * A State's standing under each instrument. Everyone reads what is recorded; those who may keep it (me.can) see
 * every instrument, record or correct each, and clear one recorded in error after a confirmation.
 */
export function TreatyStatusList({ stateIso3, stateName, treatyStatus, instruments, user }: TreatyStatusListProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const editor = mayEditTreaties(user.can);
  const [editing, setEditing] = useState<string | null>(null);
  const [clearing, setClearing] = useState<TreatyStatusFieldsFragment | null>(null);
  const [clear] = useMutation(clearTreatyStatusMutation, {
    refetchQueries: ['StateProfile'],
    evict: TREATY_STATUS_EVICTS,
  });
  const byCode = new Map(treatyStatus.map((s) => [s.instrumentCode, s]));
  const shown = editor
    ? instruments.map((i) => ({ code: i.code, title: i.shortTitle, status: byCode.get(i.code) ?? null }))
    : treatyStatus.map((s) => ({ code: s.instrumentCode, title: null, status: s }));

  const line = (s: TreatyStatusFieldsFragment) => (
    <>
      {t(`treaties.statuses.${s.status}`)}
      {s.consentKind ? ` (${t(`treaties.consentKinds.${s.consentKind}`)})` : ''}
      {s.consentOn ? `, ${formatDate(s.consentOn, lang)}` : s.signedOn ? `, ${formatDate(s.signedOn, lang)}` : ''}
      {s.illustrative ? <span className="muted"> · {t('treaties.illustrative')}</span> : null}
    </>
  );

  return (
    <>
      {shown.length ? (
        <ul className="plain-list">
          {shown.map(({ code, title, status }) => (
            <li key={code} data-testid="treaty-line" data-instrument={code} data-version={status?.version ?? ''}>
              <span title={title === null ? undefined : t(`authorities.instruments.${code}`, { defaultValue: title })}>
                {code}
              </span>
              : {status ? line(status) : <span className="muted">{t('treaties.notRecorded')}</span>}
              {editor && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    onClick={() => setEditing(code)}
                    data-testid={`treaty-edit-${code}`}
                  >
                    {t(status ? 'treaties.correct' : 'treaties.record')}
                  </button>
                  {status && (
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      onClick={() => setClearing(status)}
                      data-testid={`treaty-clear-${code}`}
                    >
                      {t('treaties.clear')}
                    </button>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        '—'
      )}
      {editing && (
        <TreatyStatusDialog
          key={`${editing}:${byCode.get(editing)?.version ?? 0}`}
          stateIso3={stateIso3}
          stateName={stateName}
          instrumentCode={editing}
          recorded={byCode.get(editing) ?? null}
          userId={user.id}
          onClose={() => setEditing(null)}
          onSaved={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        open={clearing !== null}
        title={t('treaties.clearTitle', { instrument: clearing?.instrumentCode ?? '' })}
        message={t('treaties.clearConfirm', {
          state: stateName,
          instrument: clearing?.instrumentCode ?? '',
          status: clearing ? t(`treaties.statuses.${clearing.status}`) : '',
        })}
        confirmLabel={t('treaties.clearSubmit')}
        onConfirm={async () => {
          if (!clearing) return;
          await clear({
            variables: { stateIso3, instrumentCode: clearing.instrumentCode, expectedVersion: clearing.version },
          });
        }}
        onClose={() => setClearing(null)}
        testId="treaty-confirm-clear"
      />
    </>
  );
}
