import { PARTICIPATION_ROLE_NAMES, type ParticipationRole } from '@ta/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiProblems } from '../../graphql/errors';
import { useMutation, useQuery } from '../../graphql/hooks';
import {
  organisationChoicesQuery,
  setParticipatingOrganisationsMutation,
} from '../organisations/organisations.graphql';

interface Link {
  organisationId: string;
  role: ParticipationRole;
}

interface Props {
  activity: {
    id: string;
    version: number;
    participatingOrganisations: ReadonlyArray<{ role: ParticipationRole; organisation: { id: string; name: string } }>;
  };
  editable: boolean;
}

/**
 * The organisations taking part in an activity, each with its role (IATI participating-org): read by everyone;
 * the secretariat names them, in order, at the activity's version (setParticipatingOrganisations).
 */
export function ParticipantsEditor({ activity, editable }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [editing, setEditing] = useState<Link[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const choices = useQuery(organisationChoicesQuery, { skip: editing === null }).data?.organisations ?? [];
  const [save, saving] = useMutation(setParticipatingOrganisationsMutation, {
    refetchQueries: ['Activities', 'ActivityDetail', 'Organisations'],
  });
  const current = activity.participatingOrganisations;
  const change = (index: number, patch: Partial<Link>) =>
    setEditing((links) => links && links.map((l, i) => (i === index ? { ...l, ...patch } : l)));

  const submit = async () => {
    if (!editing) return;
    const links = editing.filter((l) => l.organisationId);
    setProblem(null);
    try {
      await save({ variables: { activityId: activity.id, expectedVersion: activity.version, links } });
      setEditing(null);
    } catch (error) {
      setProblem(
        apiProblems(error)
          .map((p) => p.message)
          .join(' ') || String(error),
      );
    }
  };

  return (
    <section data-testid="activity-organisations">
      <h3>{t('organisations.onActivity')}</h3>
      {editing === null ? (
        <>
          {current.length ? (
            <ul className="plain-list">
              {current.map((p) => (
                <li key={`${p.organisation.id}-${p.role}`} data-testid="activity-organisation">
                  {p.organisation.name} <span className="muted">({t(`organisations.roles.${p.role}`)})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('organisations.noneOnActivity')}</p>
          )}
          {editable && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setEditing(current.map((p) => ({ organisationId: p.organisation.id, role: p.role })))}
              data-testid="activity-organisations-edit"
            >
              {t('organisations.edit')}
            </button>
          )}
        </>
      ) : (
        <form
          className="log-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          data-testid="activity-organisations-form"
        >
          {problem && (
            <p className="form-error" role="alert" data-testid="activity-organisations-error">
              {problem}
            </p>
          )}
          {editing.map((link, index) => (
            <fieldset key={index} className="inline-form" data-testid="activity-organisation-link">
              <legend className="visually-hidden">{t('organisations.linkN', { n: index + 1 })}</legend>
              <label htmlFor={`${id}-org-${index}`}>{t('organisations.organisation')}</label>
              <select
                id={`${id}-org-${index}`}
                value={link.organisationId}
                onChange={(e) => change(index, { organisationId: e.target.value })}
                data-testid="activity-organisation-choice"
              >
                <option value="">{t('form.choose')}</option>
                {/* The current one stays offered while the registry loads. */}
                {link.organisationId && !choices.some((c) => c.id === link.organisationId) && (
                  <option value={link.organisationId}>
                    {current.find((p) => p.organisation.id === link.organisationId)?.organisation.name ??
                      link.organisationId}
                  </option>
                )}
                {choices.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                    {c.acronym && c.acronym !== c.name ? ` (${c.acronym})` : ''}
                  </option>
                ))}
              </select>
              <label htmlFor={`${id}-role-${index}`}>{t('organisations.role')}</label>
              <select
                id={`${id}-role-${index}`}
                value={link.role}
                onChange={(e) => change(index, { role: e.target.value as ParticipationRole })}
                data-testid="activity-organisation-role"
              >
                {PARTICIPATION_ROLE_NAMES.map((r) => (
                  <option key={r} value={r}>
                    {t(`organisations.roles.${r}`)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => setEditing((links) => links && links.filter((_, i) => i !== index))}
                data-testid="activity-organisation-remove"
              >
                {t('organisations.remove')}
              </button>
            </fieldset>
          ))}
          <div className="inline-form">
            <button
              type="button"
              className="button button--quiet"
              onClick={() => setEditing((links) => links && [...links, { organisationId: '', role: 'IMPLEMENTING' }])}
              data-testid="activity-organisation-add"
            >
              {t('organisations.add')}
            </button>
            <button
              type="submit"
              className="button button--primary"
              disabled={saving.loading}
              data-testid="activity-organisations-save"
            >
              {t('organisations.save')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setEditing(null)}>
              {t('organisations.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
