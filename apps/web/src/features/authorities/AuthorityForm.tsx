import { AUTHORITY_CHANNELS } from '@ta/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { useForm } from '../../components/use-form';
import { useMutation } from '../../graphql/hooks';
import {
  authorityToValues,
  toAuthorityInput,
  validateAuthority,
  type AuthorityEntry,
  type AuthorityValues,
} from './authority-form';
import { proposeAuthorityChangeMutation, updateAuthorityMutation } from './authorities.graphql';

type TextField = Exclude<keyof AuthorityValues, 'channels'>;
const TEXT_FIELDS: ReadonlyArray<{ field: TextField; multiline?: boolean; type?: string; required?: boolean }> = [
  { field: 'name', required: true },
  { field: 'email', type: 'email' },
  { field: 'phone', type: 'tel' },
  { field: 'address', multiline: true },
  { field: 'languages' },
  { field: 'legalRequirements', multiline: true },
  { field: 'timeLimits', multiline: true },
  { field: 'lastConfirmedOn', type: 'date' },
];

/**
 * An entry of the directory, edited: the secretariat writes it at the version it read (`updateAuthority`); a field
 * office proposes the change, with a note, for the secretariat to confirm (`proposeAuthorityChange`).
 */
export function AuthorityForm({
  entry,
  mode,
  onDone,
}: {
  entry: AuthorityEntry & { id: string; version: number };
  mode: 'edit' | 'propose';
  onDone: (outcome: 'saved' | 'proposed') => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const form = useForm<AuthorityValues>({
    initial: () => authorityToValues(entry),
    validate: (v) => validateAuthority(v),
    // The API names the input's fields under `input.`; the note is the proposal's own.
    aliases: Object.fromEntries(TEXT_FIELDS.map(({ field }) => [`input.${field}`, field])),
  });
  const [update, updating] = useMutation(updateAuthorityMutation, { refetchQueries: ['Authorities'] });
  const [propose, proposing] = useMutation(proposeAuthorityChangeMutation, {
    refetchQueries: ['AuthorityProposals'],
  });

  const submit = form.handleSubmit(async (values) => {
    const input = toAuthorityInput(entry, values);
    if (mode === 'edit') {
      await update({ variables: { id: entry.id, expectedVersion: entry.version, input } });
      onDone('saved');
    } else {
      await propose({ variables: { authorityId: entry.id, input, note: values.note.trim() || null } });
      onDone('proposed');
    }
  });

  const field = (name: TextField, options: { multiline?: boolean; type?: string; required?: boolean }) => (
    <FormField
      key={name}
      id={`${id}-${name}`}
      name={name}
      label={t(`authorities.fields.${name}`)}
      hint={name === 'languages' ? t('authorities.languagesHint') : undefined}
      error={form.errorFor(name)}
      required={options.required}
    >
      {(describedBy) =>
        options.multiline ? (
          <textarea
            id={`${id}-${name}`}
            rows={2}
            value={form.values[name]}
            onChange={(e) => form.set(name, e.target.value)}
            onBlur={form.touch(name)}
            aria-describedby={describedBy}
            aria-invalid={Boolean(form.errorFor(name))}
            data-testid={`authority-${name}`}
          />
        ) : (
          <input
            id={`${id}-${name}`}
            type={options.type ?? 'text'}
            value={form.values[name]}
            onChange={(e) => form.set(name, e.target.value)}
            onBlur={form.touch(name)}
            aria-describedby={describedBy}
            aria-invalid={Boolean(form.errorFor(name))}
            data-testid={`authority-${name}`}
          />
        )
      }
    </FormField>
  );

  return (
    <form className="log-form" noValidate onSubmit={submit} data-testid="authority-form" data-mode={mode}>
      {form.formError && (
        <p className="form-error" role="alert" data-testid="authority-form-error">
          {form.formError}
        </p>
      )}
      {TEXT_FIELDS.map(({ field: name, ...options }) => field(name, options))}
      <fieldset className="field">
        <legend>{t('authorities.fields.channels')}</legend>
        {AUTHORITY_CHANNELS.map((channel) => (
          <label key={channel} className="checkbox">
            <input
              type="checkbox"
              checked={form.values.channels.includes(channel)}
              onChange={(e) =>
                form.set(
                  'channels',
                  e.target.checked
                    ? [...form.values.channels, channel]
                    : form.values.channels.filter((c) => c !== channel),
                )
              }
              data-testid={`authority-channel-${channel}`}
            />{' '}
            {t(`authorities.channelNames.${channel}`)}
          </label>
        ))}
      </fieldset>
      {mode === 'propose' && field('note', { multiline: true })}
      <footer className="dialog__footer">
        <button
          type="submit"
          className="button button--primary"
          disabled={updating.loading || proposing.loading}
          data-testid="authority-submit"
        >
          {mode === 'edit' ? t('authorities.save') : t('authorities.sendProposal')}
        </button>
      </footer>
    </form>
  );
}
