import { ASSISTANCE_KINDS, DEFAULT_PRIORITY_AREA, requiresTopic, TOPICS, type AssistanceKind } from '@ta/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FormField';
import { topicLabel } from '../reference/labels';
import { StateOptions } from '../reference/StateOptions';
import type { ReferenceData } from '../reference/use-reference-data';
import type { FollowUpRow, ParticipantRow } from './outcome-form';

interface FollowUpFieldsProps {
  index: number;
  row: FollowUpRow;
  /** The States that may raise a need: those among the participants. */
  participants: readonly ParticipantRow[];
  reference: ReferenceData;
  /** The States the user may raise a request for (`me.actableStates`): null for every State. */
  actableStates: readonly string[] | null;
  errorFor: (path: string) => string | undefined;
  onChange: (row: FollowUpRow, ...fields: string[]) => void;
  onRemove: () => void;
}

/** One follow-up need: a participating State, the kind of help, its topics (and area, description). */
export function FollowUpFields({
  index,
  row,
  participants,
  reference,
  actableStates,
  errorFor,
  onChange,
  onRemove,
}: FollowUpFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const path = (field: string): string => `followUps.${index}.${field}`;
  const names = new Map(reference.states.map((s) => [s.iso3, s.name]));
  const choices = participants.filter((p) => p.stateIso3).map((p) => p.stateIso3);
  const usualArea = row.kind ? DEFAULT_PRIORITY_AREA[row.kind] : null;

  return (
    <div className="followup" data-testid="followup-row" data-index={index}>
      <div className="log-form__grid">
        <div className={`field${errorFor(path('stateIso3')) ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-state`}>
            {t('columns.state')}
            <span className="required" aria-hidden="true">
              {' *'}
            </span>
          </label>
          <select
            id={`${id}-state`}
            value={row.stateIso3}
            onChange={(e) => onChange({ ...row, stateIso3: e.target.value }, 'stateIso3')}
            data-testid={`followup-state-${index}`}
          >
            <option value="">{t('form.choose')}</option>
            <StateOptions
              states={choices.map((iso3) => ({ iso3, name: names.get(iso3) ?? iso3 }))}
              actable={actableStates}
            />
            {row.stateIso3 && !choices.includes(row.stateIso3) && (
              <option value={row.stateIso3}>{names.get(row.stateIso3) ?? row.stateIso3}</option>
            )}
          </select>
          <FieldError name={path('stateIso3')} message={errorFor(path('stateIso3'))} />
        </div>
        <div className={`field${errorFor(path('kind')) ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-kind`}>
            {t('form.kind')}
            <span className="required" aria-hidden="true">
              {' *'}
            </span>
          </label>
          <select
            id={`${id}-kind`}
            value={row.kind}
            // The kind decides whether a topic is needed, so choosing one shows the topics' verdict too.
            onChange={(e) =>
              onChange({ ...row, kind: e.target.value as AssistanceKind | '' }, 'kind', 'topics', 'priorityAreaCode')
            }
            data-testid={`followup-kind-${index}`}
          >
            <option value="">{t('form.choose')}</option>
            {ASSISTANCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
          <FieldError name={path('kind')} message={errorFor(path('kind'))} />
        </div>
        <div className={`field${errorFor(path('priorityAreaCode')) ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-area`}>{t('form.priorityArea')}</label>
          <select
            id={`${id}-area`}
            value={row.priorityAreaCode}
            onChange={(e) => onChange({ ...row, priorityAreaCode: e.target.value }, 'priorityAreaCode')}
            data-testid={`followup-area-${index}`}
          >
            <option value="">{usualArea ? t('outcome.usualArea', { code: usualArea }) : t('form.choose')}</option>
            {reference.priorityAreas.map((area) => (
              <option key={area.code} value={area.code}>
                {area.code} — {area.title}
              </option>
            ))}
          </select>
          <FieldError name={path('priorityAreaCode')} message={errorFor(path('priorityAreaCode'))} />
        </div>
      </div>
      <fieldset
        className={`topics${errorFor(path('topics')) ? ' topics--invalid' : ''}`}
        data-testid={`followup-topics-${index}`}
      >
        <legend>
          {t('form.topics')}
          {row.kind && requiresTopic(row.kind) && (
            <span className="required" aria-hidden="true">
              {' *'}
            </span>
          )}
        </legend>
        <div className="topics__grid">
          {TOPICS.map((topic) => (
            <label key={topic} className="checkbox">
              <input
                type="checkbox"
                checked={row.topics.includes(topic)}
                onChange={(e) =>
                  onChange(
                    {
                      ...row,
                      topics: e.target.checked ? [...row.topics, topic] : row.topics.filter((x) => x !== topic),
                    },
                    'topics',
                  )
                }
                data-testid={`followup-topic-${index}-${topic}`}
              />
              {topicLabel(t, topic)}
            </label>
          ))}
        </div>
        <FieldError name={path('topics')} message={errorFor(path('topics'))} />
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('form.description')}</label>
        <input
          id={`${id}-description`}
          type="text"
          value={row.description}
          placeholder={t('outcome.followUpDescription')}
          onChange={(e) => onChange({ ...row, description: e.target.value }, 'description')}
          data-testid={`followup-description-${index}`}
        />
      </div>
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={onRemove}
        data-testid={`followup-remove-${index}`}
      >
        {t('outcome.removeFollowUp')}
      </button>
    </div>
  );
}
