import { useMutation } from '../../graphql/hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/use-form';
import { IMPORT_COLUMNS, mappingOf, mappingProblems, type ImportColumn, type MappingDraft } from './import-file';
import { saveImportMappingTemplateMutation } from './imports.graphql';

type Values = MappingDraft & { shared: boolean };

const emptyColumns = (): Record<ImportColumn, string> =>
  Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, ''])) as Record<ImportColumn, string>;

/**
 * Saves a column mapping: for each import column, the name the person's own file gives it. Checked as it is
 * typed; saved under a name of the user's (the same name again replaces it), shared with every office only by
 * those the API lets share (it says so otherwise).
 */
export function MappingTemplateForm() {
  const { t } = useTranslation();
  const id = useId();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<Values>({
    initial: { name: '', shared: false, columns: emptyColumns() },
    validate: mappingProblems,
    aliases: { mapping: 'columns.state', input: 'name' },
    serverMessage: (message) => t('imports.mappingSaveError', { message }),
  });
  const [save, { loading }] = useMutation(saveImportMappingTemplateMutation, {
    refetchQueries: ['ImportMappingTemplates'],
  });

  const submit = form.handleSubmit(async (values) => {
    const result = await save({
      variables: { input: { name: values.name.trim(), shared: values.shared, mapping: mappingOf(values) } },
    });
    const name = result.data?.saveImportMappingTemplate.name;
    if (name) {
      setSaved(name);
      form.reset();
    }
  });

  return (
    <details className="card" data-testid="mapping-form-panel">
      <summary>{t('imports.newMapping')}</summary>
      <form onSubmit={submit} noValidate data-testid="mapping-form">
        <p className="muted">{t('imports.newMappingIntro')}</p>
        {form.formError && (
          <Notice tone="error" testId="mapping-form-error">
            <p>{form.formError}</p>
          </Notice>
        )}
        {saved && (
          <Notice tone="success" testId="mapping-saved">
            <p>{t('imports.mappingSaved', { name: saved })}</p>
          </Notice>
        )}
        <FormField
          id={`${id}-name`}
          name="name"
          label={t('imports.mappingName')}
          required
          error={form.errorFor('name')}
        >
          {(describedBy) => (
            <input
              id={`${id}-name`}
              value={form.values.name}
              aria-describedby={describedBy}
              aria-invalid={form.errorFor('name') ? true : undefined}
              onChange={(e) => {
                setSaved(null);
                form.set('name', e.target.value);
              }}
              onBlur={form.touch('name')}
              data-testid="mapping-name"
            />
          )}
        </FormField>
        {IMPORT_COLUMNS.map((column) => {
          const path = `columns.${column}`;
          const error = form.errorFor(path);
          return (
            <FormField key={column} id={`${id}-${column}`} name={path} label={column} error={error}>
              {(describedBy) => (
                <input
                  id={`${id}-${column}`}
                  value={form.values.columns[column]}
                  placeholder={t('imports.mappingColumnPlaceholder')}
                  aria-describedby={describedBy}
                  aria-invalid={error ? true : undefined}
                  onChange={(e) => {
                    const value = e.target.value;
                    setSaved(null);
                    form.change((v) => ({ ...v, columns: { ...v.columns, [column]: value } }), path);
                  }}
                  onBlur={form.touch(path)}
                  data-testid={`mapping-column-${column}`}
                />
              )}
            </FormField>
          );
        })}
        <FormField id={`${id}-shared`} name="shared" label={t('imports.mappingShared')} error={form.errorFor('shared')}>
          {(describedBy) => (
            <input
              id={`${id}-shared`}
              type="checkbox"
              checked={form.values.shared}
              aria-describedby={describedBy}
              onChange={(e) => form.set('shared', e.target.checked)}
              data-testid="mapping-shared"
            />
          )}
        </FormField>
        <div className="actions">
          <button type="submit" className="button button--secondary" disabled={loading} data-testid="mapping-save">
            {t('imports.mappingSave')}
          </button>
        </div>
      </form>
    </details>
  );
}
