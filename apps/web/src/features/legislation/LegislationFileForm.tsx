import { LEGISLATION_FILE_LIMITS, startsLikePdf } from '@ta/domain';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/use-form';
import { problemText, type Problem } from '../../forms';
import { useMutation } from '../../graphql/hooks';
import { toBase64 } from '../imports/import-file';
import { uploadLegislationFileMutation } from './legislation.graphql';

const MAX_KB = LEGISLATION_FILE_LIMITS.pdfKb;

/** What is wrong with the chosen file before its bytes are read (the API checks both again). */
function pdfFileProblem(file: File | null): Problem | undefined {
  if (!file) return { key: 'validation.pdfRequired' };
  if (file.size > MAX_KB * 1000) return { key: 'validation.pdfTooLarge', values: { max: MAX_KB } };
  if (file.size === 0) return { key: 'validation.fileEmpty' };
  return undefined;
}

/** Stores a law's text as a PDF (those who keep the library): checked to be a PDF by its bytes, not its name. */
export function LegislationFileForm({ legislationId }: { legislationId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [stored, setStored] = useState(false);
  // A new file input after a success: the chosen file is cleared with the form.
  const [inputKey, setInputKey] = useState(0);
  const form = useForm<{ file: File | null; confidential: boolean }>({
    initial: { file: null, confidential: false },
    validate: ({ file }) => {
      const problem = pdfFileProblem(file);
      return problem ? { file: problem } : {};
    },
    aliases: { content: 'file', fileName: 'file' },
    onInvalid: () => input.current?.focus(),
    serverMessage: (message) => t('legislation.uploadError', { message }),
  });
  const [upload, { loading }] = useMutation(uploadLegislationFileMutation, { refetchQueries: ['Legislation'] });
  const fileError = form.errorFor('file');

  const submit = form.handleSubmit(async ({ file, confidential }) => {
    if (!file) return;
    const bytes = await file.arrayBuffer();
    if (!startsLikePdf(new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 8)))) {
      form.setFieldError('file', problemText(t, { key: 'validation.fileNotPdf' }));
      return;
    }
    await upload({
      variables: { legislationId, fileName: file.name, content: toBase64(bytes), confidential },
    });
    setStored(true);
    form.reset();
    setInputKey((k) => k + 1);
  });

  return (
    <form className="sub-form" onSubmit={submit} noValidate data-testid="legislation-file-form">
      {form.formError && (
        <Notice tone="error" testId="legislation-file-error">
          <p>{form.formError}</p>
        </Notice>
      )}
      <FormField
        id={`${id}-file`}
        name="file"
        label={t('legislation.fileLabel')}
        error={fileError}
        hint={t('legislation.fileHint', { max: MAX_KB })}
      >
        {(describedBy) => (
          <input
            key={inputKey}
            ref={input}
            id={`${id}-file`}
            type="file"
            accept=".pdf,application/pdf"
            aria-describedby={describedBy}
            aria-invalid={fileError ? true : undefined}
            onChange={(e) => {
              setStored(false);
              form.set('file', e.target.files?.[0] ?? null);
            }}
            data-testid="legislation-file"
          />
        )}
      </FormField>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={form.values.confidential}
          onChange={(e) => form.set('confidential', e.target.checked)}
          data-testid="legislation-file-confidential"
        />
        {t('legislation.markConfidential')}
      </label>
      <button
        type="submit"
        className="button button--secondary button--small"
        disabled={loading}
        data-testid="legislation-file-upload"
      >
        {t('legislation.upload')}
      </button>
      {stored && (
        <p role="status" data-testid="legislation-file-stored">
          {t('legislation.uploaded')}
        </p>
      )}
    </form>
  );
}
