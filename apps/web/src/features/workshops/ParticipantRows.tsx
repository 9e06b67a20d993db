import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FormField';
import type { ReferenceData } from '../reference/use-reference-data';
import { emptyParticipant, type ParticipantRow } from './outcome-form';

interface ParticipantRowsProps {
  rows: ParticipantRow[];
  states: ReferenceData['states'];
  errorFor: (path: string) => string | undefined;
  /** The new rows, and the path of the field that changed (shown as touched). */
  onChange: (rows: ParticipantRow[], path?: string) => void;
}

/** Who came: one row per State, with how many participants and how many women among them. */
export function ParticipantRows({ rows, states, errorFor, onChange }: ParticipantRowsProps) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<ParticipantRow>, field: keyof ParticipantRow): void =>
    onChange(
      rows.map((row, i) => (i === index ? { ...row, ...patch } : row)),
      `participants.${index}.${field}`,
    );
  return (
    <fieldset className="sub-form" data-testid="participants">
      <legend>{t('outcome.participants', { count: rows.length })}</legend>
      <table className="mini-table">
        <thead>
          <tr>
            <th scope="col">{t('columns.state')}</th>
            <th scope="col">{t('outcome.participantCount')}</th>
            <th scope="col">{t('outcome.women')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('outcome.removeParticipant')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.key} data-testid="participant-row" data-state={row.stateIso3}>
              <td>
                <select
                  value={row.stateIso3}
                  aria-label={t('columns.state')}
                  onChange={(e) => set(i, { stateIso3: e.target.value }, 'stateIso3')}
                  aria-invalid={Boolean(errorFor(`participants.${i}.stateIso3`))}
                  data-testid={`participant-state-${i}`}
                >
                  <option value="">{t('form.choose')}</option>
                  {states.map((state) => (
                    <option key={state.iso3} value={state.iso3}>
                      {state.name}
                    </option>
                  ))}
                </select>
                <FieldError name={`participants.${i}.stateIso3`} message={errorFor(`participants.${i}.stateIso3`)} />
              </td>
              <td>
                <input
                  type="text"
                  inputMode="numeric"
                  className="input--narrow"
                  value={row.participants}
                  aria-label={t('outcome.participantCount')}
                  onChange={(e) => set(i, { participants: e.target.value }, 'participants')}
                  aria-invalid={Boolean(errorFor(`participants.${i}.participants`))}
                  data-testid={`participant-count-${i}`}
                />
                <FieldError
                  name={`participants.${i}.participants`}
                  message={errorFor(`participants.${i}.participants`)}
                />
              </td>
              <td>
                <input
                  type="text"
                  inputMode="numeric"
                  className="input--narrow"
                  value={row.women}
                  aria-label={t('outcome.women')}
                  onChange={(e) => set(i, { women: e.target.value }, 'women')}
                  aria-invalid={Boolean(errorFor(`participants.${i}.women`))}
                  data-testid={`participant-women-${i}`}
                />
                <FieldError name={`participants.${i}.women`} message={errorFor(`participants.${i}.women`)} />
              </td>
              <td>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                  data-testid={`participant-remove-${i}`}
                >
                  {t('outcome.removeParticipant')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => onChange([...rows, emptyParticipant()])}
        data-testid="participant-add"
      >
        + {t('outcome.addParticipant')}
      </button>
    </fieldset>
  );
}
